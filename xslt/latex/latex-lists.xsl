<?xml version="1.0" encoding="UTF-8"?>
<!-- LaTeX: lists. Bullets, or the labels the text gives ("A." "(1)" in \item[…]), or none
     (the lists of persons and terms, an index); a page break or a label between two items
     goes with the item after it. The walk from an item back to the one before is bounded (50
     steps; what stands further away is set as an item of its own): linear in the list. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The list environment of the context list. -->
  <xsl:template name="list-environment">
    <xsl:choose>
      <xsl:when test="tei:label">teilabelled</xsl:when>
      <xsl:when test="@type = 'index' or @type = 'names' or @type = 'terms' or @type = 'toc' or
                      ancestor::tei:div[@subtype = 'index']">teiindex</xsl:when>
      <xsl:otherwise>teilist</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:variable name="environment"><xsl:call-template name="list-environment"/></xsl:variable>
    <xsl:apply-templates select="tei:head"/>
    <xsl:choose>
      <!-- A list without items (only a head, a page break …): no environment. -->
      <xsl:when test="not(tei:item)">
        <xsl:apply-templates select="*[not(self::tei:head)]" mode="list-prelude"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tex-line"/>
        <xsl:value-of select="concat('\begin{', $environment, '}')"/>
        <xsl:call-template name="tex-anchor"/>
        <xsl:text>&#10;</xsl:text>
        <xsl:apply-templates select="*" mode="list-member"/>
        <xsl:value-of select="concat('\end{', $environment, '}&#10;')"/>
        <xsl:call-template name="resume-paragraph"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:list/tei:head">
    <xsl:call-template name="tex-line"/>
    <xsl:text>{\noindent </xsl:text>
    <xsl:apply-templates/>
    <xsl:text>\par}\nopagebreak&#10;</xsl:text>
  </xsl:template>

  <!-- An item: \item[its labels], then what else stands before it (page breaks), its text. -->
  <xsl:template match="tei:item" mode="list-member">
    <xsl:text>\item</xsl:text>
    <xsl:variable name="labels">
      <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"><xsl:with-param name="part" select="'labels'"/></xsl:call-template></xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($labels) != ''"><xsl:value-of select="concat('[{', $labels, '}]')"/></xsl:when>
      <xsl:when test="../tei:label or ../@type = 'index' or ../@type = 'names' or ../@type = 'terms' or ../@type = 'toc' or ancestor::tei:div[@subtype = 'index']">[]</xsl:when>
    </xsl:choose>
    <xsl:text>{}</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"><xsl:with-param name="part" select="'others'"/></xsl:call-template></xsl:for-each>
    <xsl:apply-templates/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:head" mode="list-member"/>

  <!-- Anything else: taken by the next item, unless there is none within 50 elements. -->
  <xsl:template match="*" mode="list-member">
    <xsl:variable name="taken"><xsl:call-template name="next-item-near"/></xsl:variable>
    <xsl:if test="$taken != 'yes'">
      <xsl:text>\item[]{}</xsl:text>
      <xsl:apply-templates select="." mode="list-prelude"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- "yes" when an item follows the context element within 50 elements. -->
  <xsl:template name="next-item-near">
    <xsl:param name="steps" select="1"/>
    <xsl:variable name="next" select="following-sibling::*[1]"/>
    <xsl:choose>
      <xsl:when test="not($next) or $next/self::tei:head"/>
      <xsl:when test="$next/self::tei:item">yes</xsl:when>
      <xsl:when test="$steps &lt; 50">
        <xsl:for-each select="$next"><xsl:call-template name="next-item-near"><xsl:with-param name="steps" select="$steps + 1"/></xsl:call-template></xsl:for-each>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The context element and the non-items before it (up to 50), in document order: their
       labels (part "labels") or the others (part "others"). -->
  <xsl:template name="list-prelude">
    <xsl:param name="part"/>
    <xsl:param name="steps" select="1"/>
    <xsl:if test="not(self::tei:item or self::tei:head) and $steps &lt;= 50">
      <xsl:for-each select="preceding-sibling::*[1]">
        <xsl:call-template name="list-prelude">
          <xsl:with-param name="part" select="$part"/>
          <xsl:with-param name="steps" select="$steps + 1"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="($part = 'labels') = boolean(self::tei:label)">
        <xsl:if test="$part = 'labels' and preceding-sibling::*[1]/self::tei:label"><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates select="." mode="list-prelude"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:label" mode="list-prelude"><xsl:apply-templates/></xsl:template>
  <xsl:template match="*" mode="list-prelude"><xsl:apply-templates select="."/></xsl:template>

  <!-- Lists of entities (persons, places, organisations, events, sources): an entry a line. -->
  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listBibl">
    <xsl:apply-templates select="tei:head"/>
    <xsl:if test="*[not(self::tei:head)]">
      <xsl:call-template name="tex-line"/>
      <xsl:text>\begin{teiindex}&#10;</xsl:text>
      <xsl:for-each select="*[not(self::tei:head)]">
        <xsl:text>\item[]{}</xsl:text>
        <xsl:call-template name="tex-anchor"/>
        <xsl:apply-templates select="."/>
        <xsl:text>&#10;</xsl:text>
      </xsl:for-each>
      <xsl:text>\end{teiindex}&#10;</xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:listPerson/tei:head | tei:listPlace/tei:head | tei:listOrg/tei:head |
                       tei:listEvent/tei:head | tei:listBibl/tei:head">
    <xsl:call-template name="tex-line"/>
    <xsl:text>{\noindent </xsl:text><xsl:apply-templates/><xsl:text>\par}\nopagebreak&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:person | tei:place | tei:org | tei:event | tei:bibl">
    <xsl:for-each select="node()">
      <xsl:if test="self::* and preceding-sibling::*[1]"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- The subject line: its label and the items, one line each. -->
  <xsl:template match="tei:list[@type = 'subject']">
    <xsl:apply-templates select="*" mode="subject"/>
    <xsl:text>\medskip&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:item" mode="subject">
    <xsl:call-template name="tex-line"/>
    <xsl:text>{\noindent\teihang{}</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:if test="generate-id(../tei:item[1]) = generate-id(.)">
      <xsl:apply-templates select="../tei:head" mode="subject-label"/>
    </xsl:if>
    <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"><xsl:with-param name="part" select="'labels'"/></xsl:call-template></xsl:for-each>
    <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"><xsl:with-param name="part" select="'others'"/></xsl:call-template></xsl:for-each>
    <xsl:apply-templates/>
    <xsl:text>\par}&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:head" mode="subject">
    <xsl:if test="not(../tei:item)">
      <xsl:text>{\noindent </xsl:text><xsl:apply-templates select="." mode="subject-label"/><xsl:text>\par}&#10;</xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="subject">
    <xsl:variable name="taken"><xsl:call-template name="next-item-near"/></xsl:variable>
    <xsl:if test="$taken != 'yes'"><xsl:apply-templates select="." mode="list-prelude"/></xsl:if>
  </xsl:template>
  <!-- The label: the head in small capitals (the converter's supplied "SUBJECT" with its
       colon). -->
  <xsl:template match="tei:head" mode="subject-label">
    <xsl:text>\textsc{</xsl:text><xsl:apply-templates/><xsl:text>} </xsl:text>
  </xsl:template>
  <xsl:template match="tei:list[@type = 'subject']/tei:head/tei:supplied">
    <xsl:apply-templates/><xsl:text>:</xsl:text>
  </xsl:template>

</xsl:stylesheet>
