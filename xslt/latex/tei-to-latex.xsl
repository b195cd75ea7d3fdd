<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> LaTeX for print (pdflatex): a title block, real footnotes at the foot of the page
     that print the volume's own labels, the printed volume's page numbers in the margin,
     typographic quotes, dashes and accents from UTF-8. Runnable with plain xsltproc. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/links.xsl"/>
  <xsl:import href="../common/names.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/escape.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:include href="latex-preamble.xsl"/>
  <xsl:include href="latex-blocks.xsl"/>
  <xsl:include href="latex-inline.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:div tei:list tei:opener tei:closer tei:listBibl"/>

  <xsl:template match="/">
    <xsl:call-template name="preamble"/>
    <xsl:text>\begin{document}&#10;</xsl:text>
    <xsl:if test="$publication-title != ''">
      <xsl:text>\begin{center}\small\scshape </xsl:text>
      <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$publication-title"/></xsl:call-template>
      <xsl:text>\end{center}&#10;\medskip&#10;</xsl:text>
    </xsl:if>
    <xsl:apply-templates select="/*/tei:text/tei:front"/>
    <xsl:choose>
      <xsl:when test="$documents"><xsl:apply-templates select="$documents" mode="document"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="//tei:text/tei:body" mode="document"/></xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="/*/tei:text/tei:back"/>
    <xsl:call-template name="names-index"/>
    <xsl:text>&#10;\end{document}&#10;</xsl:text>
  </xsl:template>

  <!-- Text: escaped, with the whitespace of the source kept as TeX reads it. -->
  <xsl:template match="text()">
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="."/></xsl:call-template>
  </xsl:template>

  <!-- TeX's special characters as text; a double hyphen kept apart so it stays two hyphens. -->
  <xsl:template name="latex-escape">
    <xsl:param name="s"/>
    <xsl:call-template name="escape-text">
      <xsl:with-param name="s" select="$s"/>
      <xsl:with-param name="specials" select="'\{}$&amp;#^_%~-&lt;&gt;|&quot;`'"/>
      <xsl:with-param name="markers" select="'&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="escape-char">
    <xsl:param name="c"/>
    <xsl:param name="next"/>
    <xsl:choose>
      <xsl:when test="$c = '\'">\textbackslash{}</xsl:when>
      <xsl:when test="$c = '^'">\textasciicircum{}</xsl:when>
      <xsl:when test="$c = '~'">\textasciitilde{}</xsl:when>
      <xsl:when test="$c = '&lt;'">\textless{}</xsl:when>
      <xsl:when test="$c = '&gt;'">\textgreater{}</xsl:when>
      <xsl:when test="$c = '|'">\textbar{}</xsl:when>
      <xsl:when test="$c = '`'">\textasciigrave{}</xsl:when>
      <xsl:when test="$c = '&quot;'">\textquotedbl{}</xsl:when>
      <xsl:when test="$c = '-' and $next = '-'">-{}</xsl:when>
      <xsl:when test="$c = '-'">-</xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('\', $c)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
