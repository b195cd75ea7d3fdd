<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: lists. Each item a li that holds, before the item's text, what stands between it and
     the item before (its label "A." / "(1)", a page break); what follows the last item (or
     stands more than 50 elements before the next one) makes a li of its own. The subject
     line of a memorandum: its label and the items as lines. The walk from an item back to
     the one before is bounded (50 steps), so a list is rendered in linear time whatever its
     shape. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:variable name="class" select="normalize-space(concat(@type, ' ', substring('labelled', 1, 8 * number(boolean(tei:label)))))"/>
    <xsl:choose>
      <xsl:when test="@rend = 'numbered' or @type = 'ordered'">
        <ol>
          <xsl:if test="$class != ''"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
          <xsl:call-template name="id-attribute"/>
          <xsl:apply-templates select="*" mode="list-member"/>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <ul>
          <xsl:if test="$class != ''"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
          <xsl:call-template name="id-attribute"/>
          <xsl:apply-templates select="*" mode="list-member"/>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:list/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- An item: what stands before it (label, page break), then its text. -->
  <xsl:template match="tei:item" mode="list-member">
    <li>
      <xsl:call-template name="id-attribute"/>
      <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"/></xsl:for-each>
      <xsl:apply-templates/>
    </li>
  </xsl:template>
  <xsl:template match="tei:head" mode="list-member"/>

  <!-- Anything else in a list (a label, a page break): rendered by the next item, unless
       there is none within 50 elements: then a li of its own. -->
  <xsl:template match="*" mode="list-member">
    <xsl:variable name="taken"><xsl:call-template name="next-item-near"/></xsl:variable>
    <xsl:if test="$taken != 'yes'">
      <li class="list-extra"><xsl:apply-templates select="." mode="list-prelude"/></li>
    </xsl:if>
  </xsl:template>

  <!-- "yes" when an item follows the context element within 50 elements, nothing but
       non-items between. -->
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

  <!-- The context element and the non-items before it, up to 50, in document order. -->
  <xsl:template name="list-prelude">
    <xsl:param name="steps" select="1"/>
    <xsl:if test="not(self::tei:item or self::tei:head) and $steps &lt;= 50">
      <xsl:for-each select="preceding-sibling::*[1]">
        <xsl:call-template name="list-prelude"><xsl:with-param name="steps" select="$steps + 1"/></xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="." mode="list-prelude"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:label" mode="list-prelude">
    <span class="label"><xsl:apply-templates/></span><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="*" mode="list-prelude">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- Lists of entities (persons, places, organisations, events, sources): a list, an entry
       an item, linkable by its xml:id. -->
  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listBibl">
    <xsl:apply-templates select="tei:head"/>
    <ul class="{local-name()}">
      <xsl:call-template name="id-attribute"/>
      <xsl:for-each select="*[not(self::tei:head)]">
        <li><xsl:call-template name="id-attribute"/><xsl:apply-templates select="."/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>
  <xsl:template match="tei:listPerson/tei:head | tei:listPlace/tei:head | tei:listOrg/tei:head |
                       tei:listEvent/tei:head | tei:listBibl/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:person | tei:place | tei:org | tei:event | tei:bibl">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- The subject line: its label (the head, "SUBJECT"; a supplied one gets its colon) and the
       items, one line each. -->
  <xsl:template match="tei:list[@type = 'subject']">
    <div class="subject">
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates select="*" mode="subject"/>
    </div>
  </xsl:template>
  <xsl:template match="tei:item" mode="subject">
    <p>
      <xsl:call-template name="id-attribute"/>
      <xsl:if test="generate-id(../tei:item[1]) = generate-id(.)">
        <xsl:apply-templates select="../tei:head" mode="subject-label"/>
      </xsl:if>
      <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"/></xsl:for-each>
      <xsl:apply-templates/>
    </p>
  </xsl:template>
  <xsl:template match="tei:head" mode="subject">
    <xsl:if test="not(../tei:item)"><p><xsl:apply-templates select="." mode="subject-label"/></p></xsl:if>
  </xsl:template>
  <xsl:template match="tei:head" mode="subject-label">
    <span class="subject-label"><xsl:apply-templates/></span>
    <xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="*" mode="subject">
    <xsl:variable name="taken"><xsl:call-template name="next-item-near"/></xsl:variable>
    <xsl:if test="$taken != 'yes'"><p><xsl:apply-templates select="." mode="list-prelude"/></p></xsl:if>
  </xsl:template>
  <xsl:template match="tei:list[@type = 'subject']/tei:head/tei:supplied">
    <span class="supplied"><xsl:apply-templates/>:</span>
  </xsl:template>

</xsl:stylesheet>
