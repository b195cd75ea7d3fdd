<?xml version="1.0" encoding="UTF-8"?>
<!-- FRUS layer over the generic HTML stylesheet: links into the Office of the Historian's web
     edition (frus-links.xsl), a link to the document's page there under the title, and the
     frus:attachment (an enclosure) as an embedded text with its own heading, opener, closer,
     postscript and notes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"
                exclude-result-prefixes="tei frus">

  <xsl:import href="../html/tei-to-html.xsl"/>
  <xsl:import href="frus-links.xsl"/>

  <xsl:strip-space elements="frus:attachment"/>

  <xsl:template name="publication-links">
    <xsl:if test="$web-edition-url != ''">
      <p class="web-edition"><a class="external" href="{$web-edition-url}">Office of the Historian</a></p>
    </xsl:if>
  </xsl:template>

  <!-- A document's number at the start of its heading ("67." of "67. Memorandum …") set apart. -->
  <xsl:template name="head-content">
    <xsl:variable name="first" select="node()[1]"/>
    <xsl:variable name="number" select="concat(normalize-space(../@n), '.')"/>
    <xsl:choose>
      <xsl:when test="parent::tei:div[@type = 'document'] and not(preceding-sibling::tei:head) and
                      normalize-space(../@n) != '' and $first/self::text() and starts-with(normalize-space($first), $number)">
        <span class="docnum"><xsl:value-of select="$number"/></span>
        <xsl:value-of select="substring-after($first, $number)"/>
        <xsl:apply-templates select="node()[position() &gt; 1]"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="frus:attachment">
    <xsl:call-template name="embedded-text"><xsl:with-param name="class" select="'attachment'"/></xsl:call-template>
  </xsl:template>

  <!-- The enclosure's heading: one level below its document's. -->
  <xsl:template match="frus:attachment/tei:head">
    <xsl:variable name="depth"><xsl:for-each select="ancestor::tei:div[1]"><xsl:call-template name="division-depth"/></xsl:for-each></xsl:variable>
    <xsl:call-template name="heading"><xsl:with-param name="level" select="$depth + 1"/></xsl:call-template>
  </xsl:template>

  <!-- Blocks inside an enclosure read as in a division. -->
  <xsl:template match="frus:attachment/tei:pb">
    <div class="pb-block"><xsl:call-template name="page-marker"/></div>
  </xsl:template>

</xsl:stylesheet>
