<?xml version="1.0" encoding="UTF-8"?>
<!-- FRUS layer over the generic Markdown stylesheet: links into the Office of the Historian's
     web edition (frus-links.xsl) and the frus:attachment (an enclosure) with a heading one
     level below its document's. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"
                exclude-result-prefixes="tei frus">

  <xsl:import href="../markdown/tei-to-markdown.xsl"/>
  <xsl:import href="frus-links.xsl"/>

  <xsl:strip-space elements="frus:attachment"/>

  <xsl:template match="frus:attachment">
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="frus:attachment/tei:head">
    <xsl:call-template name="heading-marks"><xsl:with-param name="extra" select="1"/></xsl:call-template>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="frus:attachment/tei:pb">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:call-template name="page-marker"/>
  </xsl:template>

</xsl:stylesheet>
