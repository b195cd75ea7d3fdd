<?xml version="1.0" encoding="UTF-8"?>
<!-- Making addresses and anchor names safe for every output: a link's target comes from the
     TEI (@target) and from parameters (web-edition-base), both untrusted. A URL keeps only the
     schemes of the web (others become no link), and the characters that could close the link
     or open markup in any output (space " < > \ ^ ` { | }) are percent-encoded. An anchor
     name loses the characters TeX would read as commands. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="url-unsafe" select="concat(' &quot;&lt;&gt;\^`{|}', '&#9;&#10;&#13;')"/>
  <!-- Two hex digits per character of url-unsafe, in the same order. -->
  <xsl:variable name="url-unsafe-codes" select="'20223C3E5C5E607B7C7D090A0D'"/>
  <xsl:variable name="url-marker" select="'&#xE001;'"/>

  <!-- url made safe: "" when its scheme is not http, https, mailto or ftp (javascript:, data:,
       file: …); otherwise url with every url-unsafe character percent-encoded. -->
  <xsl:template name="url-safe">
    <xsl:param name="url"/>
    <xsl:variable name="scheme" select="translate(substring-before($url, ':'),
                                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:if test="not(contains($url, ':')) or contains($scheme, '/') or contains($scheme, '#')
                  or contains($scheme, '?') or $scheme = 'http' or $scheme = 'https'
                  or $scheme = 'mailto' or $scheme = 'ftp'">
      <xsl:call-template name="url-percent-encode">
        <xsl:with-param name="s" select="$url"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- s with each url-unsafe character written as %XX (cut at each one, found by translate()). -->
  <xsl:template name="url-percent-encode">
    <xsl:param name="s"/>
    <xsl:variable name="t" select="translate($s, $url-unsafe,
                                   concat($url-marker, $url-marker, $url-marker, $url-marker,
                                          $url-marker, $url-marker, $url-marker, $url-marker,
                                          $url-marker, $url-marker, $url-marker, $url-marker,
                                          $url-marker))"/>
    <xsl:choose>
      <xsl:when test="contains($t, $url-marker)">
        <xsl:variable name="n" select="string-length(substring-before($t, $url-marker))"/>
        <xsl:variable name="c" select="substring($s, $n + 1, 1)"/>
        <xsl:variable name="i" select="string-length(substring-before($url-unsafe, $c))"/>
        <xsl:value-of select="substring($s, 1, $n)"/>
        <xsl:value-of select="concat('%', substring($url-unsafe-codes, 2 * $i + 1, 2))"/>
        <xsl:call-template name="url-percent-encode">
          <xsl:with-param name="s" select="substring($s, $n + 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- id as an anchor name for TeX (\hypertarget, \hyperlink): without \ { } % # ~ ^ $ &
       and white space, so that a crafted xml:id cannot close the command. -->
  <xsl:template name="anchor-name">
    <xsl:param name="id"/>
    <xsl:value-of select="translate($id, '\{}%#~^$&amp; &#9;&#10;&#13;', '')"/>
  </xsl:template>

</xsl:stylesheet>
