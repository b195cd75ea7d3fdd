<?xml version="1.0" encoding="UTF-8"?>
<!-- A volume as an EPUB 3 publication (generic TEI): the HTML layer cut into XHTML pages
     (xslt/chunks), with EPUB's notes and page breaks, the navigation document (contents,
     page list, landmarks) and the package. The result is c:chunks (src/writers/chunked_output.h):
     teipress build zips the chunks into OUT/volume.epub (src/writers/epub_package.h). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../html/tei-to-html.xsl"/>
  <xsl:import href="../chunks/chunk-titles.xsl"/>
  <xsl:import href="../chunks/chunk-pages.xsl"/>
  <xsl:import href="../chunks/chunk-contents.xsl"/>
  <xsl:import href="../chunks/chunk-mentions.xsl"/>
  <xsl:import href="epub-content.xsl"/>
  <xsl:import href="epub-package.xsl"/>
</xsl:stylesheet>
