<?xml version="1.0" encoding="UTF-8"?>
<!-- Making addresses and anchor names safe for every output: a link's target comes from the
     TEI (@target, @url) and from parameters, all untrusted. A URL keeps only the schemes of
     the web (others become no link), and the characters that could close the link or open
     markup in any output (space " < > \ ^ ` { | } and line breaks) are percent-encoded, in one
     pass (escape.xsl). An anchor name keeps only the characters of an XML name that every
     output can hold as they are, so that it can stand in an HTML attribute, a Markdown anchor
     and a TeX command alike. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">

  <xsl:variable name="url-unsafe-table">
    <r f=" " t="%20"/><r f="&quot;" t="%22"/><r f="&lt;" t="%3C"/><r f="&gt;" t="%3E"/>
    <r f="\" t="%5C"/><r f="^" t="%5E"/><r f="`" t="%60"/><r f="{{" t="%7B"/><r f="|" t="%7C"/>
    <r f="}}" t="%7D"/><r f="&#9;" t="%09"/><r f="&#10;" t="%0A"/><r f="&#13;" t="%0D"/>
  </xsl:variable>

  <!-- url made safe: "" when its scheme is not http, https, mailto or ftp (javascript:, data:,
       file: …); otherwise url with every unsafe character percent-encoded. -->
  <xsl:template name="url-safe">
    <xsl:param name="url"/>
    <xsl:variable name="scheme" select="translate(substring-before($url, ':'),
                                        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:if test="not(contains($url, ':')) or contains($scheme, '/') or contains($scheme, '#')
                  or contains($scheme, '?') or $scheme = 'http' or $scheme = 'https'
                  or $scheme = 'mailto' or $scheme = 'ftp'">
      <xsl:call-template name="escape-text">
        <xsl:with-param name="s" select="$url"/>
        <xsl:with-param name="table" select="exsl:node-set($url-unsafe-table)/r"/>
        <xsl:with-param name="specials" select="concat(' &quot;&lt;&gt;\^`{|}', '&#9;&#10;&#13;')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The characters an anchor name may keep. -->
  <xsl:variable name="anchor-characters"
                select="'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-'"/>

  <!-- id as an anchor name for every output (HTML id, Markdown <a id>, TeX \hypertarget):
       only letters, digits, _ . and - (an xml:id is an XML name, but a page anchor made from
       pb/@n, or an id of another file, can hold anything). -->
  <xsl:template name="anchor-name">
    <xsl:param name="id"/>
    <xsl:value-of select="translate($id, translate($id, $anchor-characters, ''), '')"/>
  </xsl:template>

</xsl:stylesheet>
