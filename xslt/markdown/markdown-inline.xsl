<?xml version="1.0" encoding="UTF-8"?>
<!-- Markdown: phrase-level elements, footnote references with the printed label, page markers
     inside the text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- A footnote label: the printed one; characters Markdown would read otherwise become
       words ("*" is "star"), as footnote labels must be plain. -->
  <xsl:template name="footnote-label">
    <xsl:variable name="label"><xsl:call-template name="note-label"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="translate($label, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-', '') = ''">
        <xsl:value-of select="$label"/>
      </xsl:when>
      <xsl:when test="$label = '*'">star</xsl:when>
      <xsl:when test="$label = '†'">dagger</xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('n', count(preceding::tei:note) + 1)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note">
    <xsl:text>[^</xsl:text>
    <xsl:call-template name="footnote-label"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- "[Page 207]" with an anchor (#pg_207), as inline HTML CommonMark passes through. -->
  <xsl:template name="page-marker">
    <xsl:variable name="id"><xsl:call-template name="page-id"/></xsl:variable>
    <xsl:value-of select="concat('&lt;a id=&quot;', $id, '&quot;&gt;&lt;/a&gt;\')"/>
    <xsl:text>[Page </xsl:text>
    <xsl:value-of select="@n"/>
    <xsl:text>\]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:choose>
      <xsl:when test="ancestor::tei:note">
        <xsl:text>\[Page </xsl:text><xsl:value-of select="@n"/><xsl:text>\]</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="page-marker"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:hi[@rend='italic'] | tei:emph | tei:foreign | tei:title[not(@level='a')] | tei:mentioned">
    <xsl:text>*</xsl:text><xsl:apply-templates/><xsl:text>*</xsl:text>
  </xsl:template>
  <xsl:template match="tei:hi[@rend='strong' or @rend='bold']">
    <xsl:text>**</xsl:text><xsl:apply-templates/><xsl:text>**</xsl:text>
  </xsl:template>
  <xsl:template match="tei:q | tei:soCalled | tei:title[@level='a']">
    <xsl:text>“</xsl:text><xsl:apply-templates/><xsl:text>”</xsl:text>
  </xsl:template>

  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="href"><xsl:call-template name="link-href"/></xsl:variable>
    <xsl:text>[</xsl:text>
    <xsl:apply-templates/>
    <xsl:if test="self::tei:ptr"><xsl:value-of select="$href"/></xsl:if>
    <!-- The destination in <…>: link-href has percent-encoded < > and spaces in it. -->
    <xsl:text>](&lt;</xsl:text>
    <xsl:value-of select="$href"/>
    <xsl:text>&gt;)</xsl:text>
  </xsl:template>

  <xsl:template match="tei:ref | tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs |
                       tei:term | tei:gloss | tei:date | tei:time | tei:num | tei:measure |
                       tei:seg | tei:abbr | tei:expan | tei:label | tei:said | tei:quote |
                       tei:orig | tei:reg | tei:corr | tei:add | tei:hi | tei:item | tei:del">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A choice shows the corrected, expanded or regularised form. -->
  <xsl:template match="tei:choice[tei:corr or tei:expan or tei:reg]">
    <xsl:apply-templates select="(tei:corr | tei:expan | tei:reg)[1]/node()"/>
  </xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates select="*[1]"/></xsl:template>

  <xsl:template match="tei:sic"><xsl:apply-templates/><xsl:text> \[*sic*\]</xsl:text></xsl:template>
  <xsl:template match="tei:unclear"><xsl:text>\[</xsl:text><xsl:apply-templates/><xsl:text>?\]</xsl:text></xsl:template>
  <xsl:template match="tei:supplied"><xsl:text>\[</xsl:text><xsl:apply-templates/><xsl:text>\]</xsl:text></xsl:template>
  <xsl:template match="tei:list[@type='subject']/tei:head"/>
  <xsl:template match="tei:gap[@reason='dateline-not-in-reading-text']"/>
  <xsl:template match="tei:gap"><xsl:text>\[…\]</xsl:text></xsl:template>
  <xsl:template match="tei:lb"><xsl:text>\&#10;</xsl:text></xsl:template>
  <xsl:template match="tei:milestone | tei:anchor | tei:index"/>

</xsl:stylesheet>
