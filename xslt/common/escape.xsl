<?xml version="1.0" encoding="UTF-8"?>
<!-- Escaping text for a markup language in linear time: each output gives a table of
     replacements (<r f="%" t="\%"/> …, one character each) and "escape-text" applies it in one
     pass with EXSLT str:replace (libexslt, also in plain xsltproc: every match replaced at
     once, linear since libxslt 1.1.35). A processor without str:replace gets the same result
     by divide and conquer: a text longer than 64 characters is cut in halves, and only within
     a chunk is each special character replaced by one step (O(n log n) time, recursion depth
     O(log n); one step per character, as before, made 1,500 "%" exceed libxslt's recursion
     limit). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:str="http://exslt.org/strings" exclude-result-prefixes="str">

  <!-- A private-use character that never occurs in TEI text, used to find the next special. -->
  <xsl:variable name="escape-marker" select="'&#xE000;'"/>
  <xsl:variable name="escape-markers"
                select="'&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;&#xE000;'"/>

  <!-- s with every character of the table (r elements: @f the character, @t what it becomes)
       replaced; specials: the characters of the table, one string (a text without any is
       written at once). -->
  <xsl:template name="escape-text">
    <xsl:param name="s"/>
    <xsl:param name="table"/>
    <xsl:param name="specials"><xsl:for-each select="$table/@f"><xsl:value-of select="."/></xsl:for-each></xsl:param>
    <xsl:choose>
      <xsl:when test="translate($s, $specials, '') = $s"><xsl:value-of select="$s"/></xsl:when>
      <xsl:when test="function-available('str:replace')">
        <xsl:value-of select="str:replace($s, $table/@f, $table/@t)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="escape-halves">
          <xsl:with-param name="s" select="$s"/>
          <xsl:with-param name="table" select="$table"/>
          <xsl:with-param name="specials" select="$specials"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The fallback: halves above 64 characters. -->
  <xsl:template name="escape-halves">
    <xsl:param name="s"/>
    <xsl:param name="table"/>
    <xsl:param name="specials"/>
    <xsl:variable name="length" select="string-length($s)"/>
    <xsl:choose>
      <xsl:when test="string-length(translate($s, $specials, '')) = $length">
        <xsl:value-of select="$s"/>
      </xsl:when>
      <xsl:when test="$length &gt; 64">
        <xsl:variable name="half" select="floor($length div 2)"/>
        <xsl:call-template name="escape-halves">
          <xsl:with-param name="s" select="substring($s, 1, $half)"/>
          <xsl:with-param name="table" select="$table"/>
          <xsl:with-param name="specials" select="$specials"/>
        </xsl:call-template>
        <xsl:call-template name="escape-halves">
          <xsl:with-param name="s" select="substring($s, $half + 1)"/>
          <xsl:with-param name="table" select="$table"/>
          <xsl:with-param name="specials" select="$specials"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="t" select="translate($s, $specials, substring($escape-markers, 1, string-length($specials)))"/>
        <xsl:variable name="n" select="string-length(substring-before($t, $escape-marker))"/>
        <xsl:value-of select="substring($s, 1, $n)"/>
        <xsl:value-of select="$table[@f = substring($s, $n + 1, 1)]/@t"/>
        <xsl:call-template name="escape-halves">
          <xsl:with-param name="s" select="substring($s, $n + 2)"/>
          <xsl:with-param name="table" select="$table"/>
          <xsl:with-param name="specials" select="$specials"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
