<?xml version="1.0" encoding="UTF-8"?>
<!-- A FRUS volume as a printed book: the FRUS layer of the LaTeX output (xslt/frus) under the
     book's pages (see tei-to-book.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../frus/tei-to-latex.xsl"/>
  <xsl:import href="../chunks/chunk-titles.xsl"/>
  <xsl:import href="book-pages.xsl"/>
</xsl:stylesheet>
