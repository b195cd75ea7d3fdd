<?xml version="1.0" encoding="UTF-8"?>
<!-- FRUS layer over the generic LaTeX stylesheet: links into the Office of the Historian's web
     edition (frus-links.xsl) and the frus:attachment (an enclosure) as an embedded text with
     its own heading, opener, closer, postscript and notes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0"
                exclude-result-prefixes="tei frus">

  <xsl:import href="../latex/tei-to-latex.xsl"/>
  <xsl:import href="frus-links.xsl"/>

  <xsl:strip-space elements="frus:attachment"/>

  <xsl:template match="frus:attachment">
    <xsl:call-template name="embedded-text"/>
  </xsl:template>

  <!-- The enclosure's heading: one level below its document's. -->
  <xsl:template match="frus:attachment/tei:head">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\begin{teisubhead}</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\end{teisubhead}&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="frus:attachment/tei:pb">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\teipageblock{</xsl:text>
    <xsl:call-template name="page-id"/>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="normalize-space(@n)"/></xsl:call-template>
    <xsl:text>}&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
