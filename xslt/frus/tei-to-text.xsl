<?xml version="1.0" encoding="UTF-8"?>
<!-- FRUS layer over the generic text stylesheet: a document's number before its heading when
     the head lacks it (frus-links.xsl), and the frus:attachment (an enclosure) as blocks in
     the document's text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"
                exclude-result-prefixes="tei frus">

  <xsl:import href="../text/tei-to-text.xsl"/>
  <xsl:import href="frus-links.xsl"/>

  <xsl:strip-space elements="frus:attachment"/>

  <xsl:template match="frus:attachment">
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="frus:attachment/tei:head">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="frus:attachment/tei:pb">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:call-template name="page-label"/>
  </xsl:template>

</xsl:stylesheet>
