<?xml version="1.0" encoding="UTF-8"?>
<!-- A FRUS volume as an EPUB 3 publication: the FRUS layer of the HTML output (xslt/frus)
     under the EPUB pages (see tei-to-epub.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../frus/tei-to-html.xsl"/>
  <xsl:import href="../chunks/chunk-titles.xsl"/>
  <xsl:import href="../chunks/chunk-pages.xsl"/>
  <xsl:import href="../chunks/chunk-contents.xsl"/>
  <xsl:import href="../chunks/chunk-mentions.xsl"/>
  <xsl:import href="epub-content.xsl"/>
  <xsl:import href="epub-package.xsl"/>
</xsl:stylesheet>
