<?xml version="1.0" encoding="UTF-8"?>
<!-- A volume as a printed book (generic TEI): the LaTeX layer with a title page, a table of
     contents, PDF bookmarks, running heads and the front matter's pages numbered in roman
     figures (PDF page labels i, ii … then 1, 2 …). teipress build writes the result as
     OUT/volume.tex and typesets it into OUT/volume.pdf. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../latex/tei-to-latex.xsl"/>
  <xsl:import href="../chunks/chunk-titles.xsl"/>
  <xsl:import href="book-pages.xsl"/>
</xsl:stylesheet>
