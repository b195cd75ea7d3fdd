<?xml version="1.0" encoding="UTF-8"?>
<!-- A volume as a website (generic TEI): the HTML layer, cut into pages (xslt/chunks), with
     the site's pages on top. The result is c:chunks (src/writers/chunked_output.h): teipress
     build writes each chunk as a file of OUT/site/. An edition's layer has its own entry
     (frus-to-site.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../html/tei-to-html.xsl"/>
  <xsl:import href="../chunks/chunk-titles.xsl"/>
  <xsl:import href="../chunks/chunk-pages.xsl"/>
  <xsl:import href="../chunks/chunk-contents.xsl"/>
  <xsl:import href="../chunks/chunk-mentions.xsl"/>
  <xsl:import href="site-pages.xsl"/>
</xsl:stylesheet>
