<?xml version="1.0" encoding="UTF-8"?>
<!-- A FRUS volume as a website: the FRUS layer of the HTML output (xslt/frus), cut into pages
     (xslt/chunks), with the site's pages on top (see tei-to-site.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../frus/tei-to-html.xsl"/>
  <xsl:import href="../chunks/chunk-titles.xsl"/>
  <xsl:import href="../chunks/chunk-pages.xsl"/>
  <xsl:import href="../chunks/chunk-contents.xsl"/>
  <xsl:import href="../chunks/chunk-mentions.xsl"/>
  <xsl:import href="site-pages.xsl"/>
</xsl:stylesheet>
