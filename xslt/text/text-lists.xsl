<?xml version="1.0" encoding="UTF-8"?>
<!-- Text: lists. A list is a block, one line per item: a subject item as "  • {item}", an item
     with a label as "{label} {item}" ("A. …", as the reading text writes it), any other as its
     text; a page break between items is a line "[Page N]" of its own; a list in an item
     follows its line, a line per item. In a line of its own (a note, a cell, a heading) the
     items run on. The walk from an item back to the one before is bounded (50 steps): linear
     in the list. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:list">
    <xsl:choose>
      <xsl:when test="ancestor::tei:note or ancestor::tei:cell or ancestor::tei:head">
        <xsl:for-each select="*">
          <xsl:text> </xsl:text><xsl:apply-templates select="."/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="not(parent::tei:item)"><xsl:value-of select="$nl"/></xsl:if>
        <xsl:apply-templates select="*" mode="list-member"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A list heading is a line when it holds text of the reading text (not the converter's
       supplied SUBJECT). -->
  <xsl:template match="tei:head" mode="list-member">
    <xsl:if test=".//text()[normalize-space()][not(ancestor::tei:supplied)]">
      <xsl:value-of select="$nl"/>
      <xsl:apply-templates/>
    </xsl:if>
  </xsl:template>

  <!-- An item: the page breaks before it, each on a line; then its line. -->
  <xsl:template match="tei:item" mode="list-member">
    <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"><xsl:with-param name="part" select="'others'"/></xsl:call-template></xsl:for-each>
    <xsl:value-of select="$nl"/>
    <xsl:if test="../@type = 'subject'"><xsl:text>  • </xsl:text></xsl:if>
    <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"><xsl:with-param name="part" select="'labels'"/></xsl:call-template></xsl:for-each>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Lists of entities (persons, places, organisations, events, sources): a line an entry. -->
  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listBibl">
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="*">
      <xsl:value-of select="$nl"/>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:person | tei:place | tei:org | tei:event | tei:bibl | tei:listPerson/tei:head |
                       tei:listPlace/tei:head | tei:listOrg/tei:head | tei:listEvent/tei:head | tei:listBibl/tei:head">
    <xsl:for-each select="node()">
      <xsl:if test="self::* and preceding-sibling::*[1]"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- Anything else: taken by the next item, unless there is none within 50 elements. -->
  <xsl:template match="*" mode="list-member">
    <xsl:variable name="taken"><xsl:call-template name="next-item-near"/></xsl:variable>
    <xsl:if test="$taken != 'yes'">
      <xsl:value-of select="$nl"/>
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

  <!-- The context element and the non-items before it (up to 50), in document order: the
       labels ("A. ", part "labels") or the others, each on a line (part "others"). -->
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
      <xsl:choose>
        <xsl:when test="$part = 'labels' and self::tei:label">
          <xsl:apply-templates select="." mode="list-prelude"/>
          <xsl:text> </xsl:text>
        </xsl:when>
        <xsl:when test="$part = 'others' and not(self::tei:label)">
          <xsl:value-of select="$nl"/>
          <xsl:apply-templates select="." mode="list-prelude"/>
        </xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="list-prelude"><xsl:apply-templates select="."/></xsl:template>
  <xsl:template match="tei:label" mode="list-prelude"><xsl:apply-templates/></xsl:template>

</xsl:stylesheet>
