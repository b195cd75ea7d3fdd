<?xml version="1.0" encoding="UTF-8"?>
<!-- Markdown: lists and tables. A list item is "- " and its text on one line (its label first,
     escaped: "- 1\. …"; a page break before it at its start), a nested list indented under
     it; the subject line of a memorandum a paragraph per item. A table is a pipe table (the
     first row its header; a cell spanning columns followed by empty cells; line breaks as
     <br>); inside a note, an item or a cell, where no block can stand, a table and a list run
     on in the line. The walk from an item back to the one before is bounded (50 steps). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- "yes" when the context is in a line of its own (no block can start there). -->
  <xsl:template name="in-line">
    <xsl:if test="ancestor::tei:note or ancestor::tei:cell or ancestor::tei:head">yes</xsl:if>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:variable name="in-line"><xsl:call-template name="in-line"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$in-line = 'yes'">
        <xsl:for-each select="*"><xsl:text> </xsl:text><xsl:apply-templates select="." mode="list-prelude"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="not(parent::tei:item)"><xsl:value-of select="$nl"/></xsl:if>
        <xsl:if test="tei:head and not(parent::tei:item)"><xsl:value-of select="$nl"/></xsl:if>
        <xsl:apply-templates select="*" mode="list-member"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The indentation of the context list's items (two spaces a level). -->
  <xsl:template name="list-indent">
    <xsl:for-each select="ancestor::tei:list[ancestor::tei:item]">
      <xsl:text>  </xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:head" mode="list-member">
    <xsl:apply-templates/>
    <xsl:value-of select="$nl"/>
    <xsl:if test="parent::*/parent::tei:item"><xsl:call-template name="list-indent"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:item" mode="list-member">
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="list-indent"/>
    <xsl:text>- </xsl:text>
    <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"/></xsl:for-each>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Anything else: taken by the next item, unless there is none within 50 elements. -->
  <xsl:template match="*" mode="list-member">
    <xsl:variable name="taken"><xsl:call-template name="next-item-near"/></xsl:variable>
    <xsl:if test="$taken != 'yes'">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="list-indent"/>
      <xsl:text>- </xsl:text>
      <xsl:apply-templates select="." mode="list-prelude"/>
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

  <!-- The context element and the non-items before it (up to 50), in document order. -->
  <xsl:template name="list-prelude">
    <xsl:param name="steps" select="1"/>
    <xsl:if test="not(self::tei:item or self::tei:head) and $steps &lt;= 50">
      <xsl:for-each select="preceding-sibling::*[1]">
        <xsl:call-template name="list-prelude"><xsl:with-param name="steps" select="$steps + 1"/></xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="." mode="list-prelude"/>
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:label" mode="list-prelude"><xsl:apply-templates/></xsl:template>
  <xsl:template match="*" mode="list-prelude"><xsl:apply-templates select="."/></xsl:template>

  <!-- Lists of entities (persons, places, organisations, events, sources): "- " an entry. -->
  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listBibl">
    <xsl:if test="tei:head"><xsl:value-of select="concat($nl, $nl)"/><xsl:apply-templates select="tei:head/node()"/></xsl:if>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="*[not(self::tei:head)]">
      <xsl:value-of select="$nl"/>
      <xsl:text>- </xsl:text>
      <xsl:call-template name="anchor"/>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:person | tei:place | tei:org | tei:event | tei:bibl">
    <xsl:for-each select="node()">
      <xsl:if test="self::* and preceding-sibling::*[1]"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- The subject line: a paragraph per item, the first with the label. -->
  <xsl:template match="tei:list[@type = 'subject']">
    <xsl:apply-templates select="*" mode="subject"/>
  </xsl:template>
  <xsl:template match="tei:item" mode="subject">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:if test="generate-id(../tei:item[1]) = generate-id(.)">
      <xsl:apply-templates select="../tei:head" mode="subject-label"/>
    </xsl:if>
    <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"/></xsl:for-each>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="tei:head" mode="subject">
    <xsl:if test="not(../tei:item)">
      <xsl:value-of select="concat($nl, $nl)"/><xsl:apply-templates select="." mode="subject-label"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="subject">
    <xsl:variable name="taken"><xsl:call-template name="next-item-near"/></xsl:variable>
    <xsl:if test="$taken != 'yes'"><xsl:value-of select="concat($nl, $nl)"/><xsl:apply-templates select="." mode="list-prelude"/></xsl:if>
  </xsl:template>
  <xsl:template match="tei:head" mode="subject-label">
    <xsl:text>**</xsl:text><xsl:apply-templates/><xsl:text>** </xsl:text>
  </xsl:template>
  <xsl:template match="tei:list[@type = 'subject']/tei:head/tei:supplied">
    <xsl:apply-templates/><xsl:text>:</xsl:text>
  </xsl:template>

  <!-- A table: a pipe table, or its rows run on in a line. -->
  <xsl:template match="tei:table">
    <xsl:variable name="in-line"><xsl:call-template name="in-line"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$in-line = 'yes' or ancestor::tei:item">
        <xsl:for-each select="*">
          <xsl:text> </xsl:text>
          <xsl:for-each select="node()">
            <xsl:if test="self::tei:cell and preceding-sibling::tei:cell[1]"><xsl:text> | </xsl:text></xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="tei:head">
          <xsl:value-of select="concat($nl, $nl, '**')"/><xsl:apply-templates select="tei:head/node()"/><xsl:text>**</xsl:text>
        </xsl:if>
        <xsl:value-of select="$nl"/>
        <xsl:for-each select="*[not(self::tei:head)]">
          <xsl:choose>
            <xsl:when test="self::tei:row">
              <xsl:value-of select="$nl"/>
              <xsl:text>|</xsl:text>
              <xsl:apply-templates select="*" mode="table"/>
              <xsl:if test="position() = 1">
                <xsl:value-of select="$nl"/>
                <xsl:text>|</xsl:text>
                <xsl:for-each select="tei:cell">
                  <xsl:text> --- |</xsl:text>
                  <xsl:if test="number(@cols) &gt; 1"><xsl:call-template name="repeat"><xsl:with-param name="s" select="' --- |'"/><xsl:with-param name="n" select="floor(@cols) - 1"/></xsl:call-template></xsl:if>
                </xsl:for-each>
              </xsl:if>
            </xsl:when>
            <!-- A page break between rows: a row of its own. -->
            <xsl:otherwise>
              <xsl:value-of select="$nl"/><xsl:text>| </xsl:text><xsl:apply-templates select="."/><xsl:text> |</xsl:text>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:cell" mode="table">
    <xsl:text> </xsl:text>
    <xsl:apply-templates/>
    <xsl:text> |</xsl:text>
    <xsl:if test="number(@cols) &gt; 1 and number(@cols) &lt;= 1000">
      <xsl:call-template name="repeat"><xsl:with-param name="s" select="'  |'"/><xsl:with-param name="n" select="floor(@cols) - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="table"><xsl:text> </xsl:text><xsl:apply-templates select="."/><xsl:text> |</xsl:text></xsl:template>

  <!-- s n times (n at most 1000: a cell's span). -->
  <xsl:template name="repeat">
    <xsl:param name="s"/>
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0 and $n &lt;= 1000">
      <xsl:value-of select="$s"/>
      <xsl:call-template name="repeat"><xsl:with-param name="s" select="$s"/><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
