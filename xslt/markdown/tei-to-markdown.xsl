<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> CommonMark with footnotes ([^1], as GitHub and pandoc read them) and the printed
     volume's page markers. Runnable with plain xsltproc. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/links.xsl"/>
  <xsl:import href="../common/names.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/escape.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:include href="markdown-blocks.xsl"/>
  <xsl:include href="markdown-inline.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:div tei:list tei:opener tei:closer tei:listBibl"/>

  <xsl:variable name="nl" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="/*/tei:text/tei:front"/>
    <xsl:choose>
      <xsl:when test="$documents"><xsl:apply-templates select="$documents" mode="document"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="//tei:text/tei:body" mode="document"/></xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="/*/tei:text/tei:back"/>
    <xsl:call-template name="names-index"/>
  </xsl:template>

  <!-- Text with Markdown's inline syntax characters escaped; line ends become spaces. At the
       start of a block, what would begin a heading, list or quote is escaped too. -->
  <xsl:template match="text()">
    <xsl:variable name="s" select="translate(., '&#10;', ' ')"/>
    <xsl:variable name="first" select="substring($s, 1, 1)"/>
    <xsl:variable name="block-start" select="not(preceding-sibling::node()) and (parent::tei:p or parent::tei:ab or parent::tei:item)"/>
    <xsl:variable name="number" select="substring-before(translate($s, ')', '.'), '.')"/>
    <xsl:choose>
      <xsl:when test="$block-start and $first != '' and contains('#-+>=|', $first)">
        <xsl:text>\</xsl:text>
        <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$block-start and $number != '' and translate($number, '0123456789', '') = ''">
        <xsl:value-of select="concat($number, '\')"/>
        <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="substring($s, string-length($number) + 1)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="markdown-escape">
    <xsl:param name="s"/>
    <xsl:call-template name="escape-text">
      <xsl:with-param name="s" select="$s"/>
      <xsl:with-param name="specials" select="'\`*_[]&lt;&gt;&amp;|'"/>
      <xsl:with-param name="markers" select="'&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Every escaped character gets a backslash (CommonMark allows it before any punctuation). -->
  <xsl:template name="escape-char">
    <xsl:param name="c"/>
    <xsl:param name="next"/>
    <xsl:value-of select="concat('\', $c)"/>
  </xsl:template>

</xsl:stylesheet>
