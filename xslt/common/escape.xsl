<?xml version="1.0" encoding="UTF-8"?>
<!-- Escaping text for a markup language without one recursion step per character: the text is
     cut at each special character (found with translate()), and each special character is
     written by the "escape-char" template that the importing output defines. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A private-use character that never occurs in TEI text, used to find the next special. -->
  <xsl:variable name="escape-marker" select="'&#xE000;'"/>

  <!-- Writes s with every character of specials passed to "escape-char" (param c, and next:
       the character after it). -->
  <xsl:template name="escape-text">
    <xsl:param name="s"/>
    <xsl:param name="specials"/>
    <xsl:param name="markers"/>
    <xsl:variable name="t" select="translate($s, $specials, $markers)"/>
    <xsl:choose>
      <xsl:when test="contains($t, $escape-marker)">
        <xsl:variable name="n" select="string-length(substring-before($t, $escape-marker))"/>
        <xsl:value-of select="substring($s, 1, $n)"/>
        <xsl:call-template name="escape-char">
          <xsl:with-param name="c" select="substring($s, $n + 1, 1)"/>
          <xsl:with-param name="next" select="substring($s, $n + 2, 1)"/>
        </xsl:call-template>
        <xsl:call-template name="escape-text">
          <xsl:with-param name="s" select="substring($s, $n + 2)"/>
          <xsl:with-param name="specials" select="$specials"/>
          <xsl:with-param name="markers" select="$markers"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Default: the character itself (each output overrides this). -->
  <xsl:template name="escape-char">
    <xsl:param name="c"/>
    <xsl:param name="next"/>
    <xsl:value-of select="$c"/>
  </xsl:template>

</xsl:stylesheet>
