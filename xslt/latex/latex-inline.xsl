<?xml version="1.0" encoding="UTF-8"?>
<!-- LaTeX: phrase-level elements, footnotes with the printed label, page markers. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- A real footnote at the foot of the page, marked with the note's own label. -->
  <xsl:template match="tei:note">
    <xsl:text>\teinote{</xsl:text>
    <xsl:variable name="label"><xsl:call-template name="note-label"/></xsl:variable>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$label"/></xsl:call-template>
    <xsl:text>}{</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- The printed page's number in the margin (as text inside a footnote, where TeX has no
       margin). -->
  <xsl:template match="tei:pb">
    <xsl:choose>
      <xsl:when test="ancestor::tei:note">
        <xsl:text>[Page~</xsl:text>
        <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="string(@n)"/></xsl:call-template>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="id"><xsl:call-template name="page-id"/></xsl:variable>
        <xsl:text>\teipage{</xsl:text>
        <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="$id"/></xsl:call-template>
        <xsl:text>}{</xsl:text>
        <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="string(@n)"/></xsl:call-template>
        <xsl:text>}</xsl:text>
        <xsl:if test="parent::tei:div or parent::tei:body"><xsl:text>&#10;</xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:hi[@rend='italic'] | tei:emph | tei:foreign | tei:title[not(@level='a')] | tei:mentioned">
    <xsl:text>\emph{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:hi[@rend='strong' or @rend='bold']">
    <xsl:text>\textbf{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:hi[@rend='underline']">
    <xsl:text>\underline{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:hi[@rend='superscript']">
    <xsl:text>\textsuperscript{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:hi[@rend='subscript']">
    <xsl:text>\textsubscript{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:hi[@rend='smallcaps']">
    <xsl:text>\textsc{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:q | tei:soCalled | tei:title[@level='a']">
    <xsl:text>“</xsl:text><xsl:apply-templates/><xsl:text>”</xsl:text>
  </xsl:template>

  <!-- A cross-reference: a link to the local target or the web edition's page. -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="href"><xsl:call-template name="link-href"/></xsl:variable>
    <xsl:variable name="local"><xsl:call-template name="link-is-local"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$local = 'yes'">
        <xsl:text>\hyperlink{</xsl:text>
        <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="substring($href, 2)"/></xsl:call-template>
        <xsl:text>}{</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>\href{</xsl:text>
        <xsl:call-template name="url-escape"><xsl:with-param name="s" select="$href"/></xsl:call-template>
        <xsl:text>}{</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates/>
    <xsl:if test="self::tei:ptr"><xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$href"/></xsl:call-template></xsl:if>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- A URL inside \href: only # and % need a backslash there. -->
  <xsl:template name="url-escape">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '#')">
        <xsl:call-template name="url-escape"><xsl:with-param name="s" select="substring-before($s, '#')"/></xsl:call-template>
        <xsl:text>\#</xsl:text>
        <xsl:call-template name="url-escape"><xsl:with-param name="s" select="substring-after($s, '#')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($s, '%')">
        <xsl:value-of select="substring-before($s, '%')"/>
        <xsl:text>\%</xsl:text>
        <xsl:call-template name="url-escape"><xsl:with-param name="s" select="substring-after($s, '%')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref | tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs |
                       tei:term | tei:gloss | tei:date | tei:time | tei:num | tei:measure |
                       tei:seg | tei:abbr | tei:expan | tei:label | tei:said | tei:quote |
                       tei:orig | tei:reg | tei:corr | tei:add | tei:hi | tei:item">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A choice shows the corrected, expanded or regularised form. -->
  <xsl:template match="tei:choice[tei:corr or tei:expan or tei:reg]">
    <xsl:apply-templates select="(tei:corr | tei:expan | tei:reg)[1]/node()"/>
  </xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates select="*[1]"/></xsl:template>

  <xsl:template match="tei:sic"><xsl:apply-templates/><xsl:text> [\emph{sic}]</xsl:text></xsl:template>
  <xsl:template match="tei:unclear"><xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>?]</xsl:text></xsl:template>
  <xsl:template match="tei:del"><xsl:text>[\emph{deleted:} </xsl:text><xsl:apply-templates/><xsl:text>]</xsl:text></xsl:template>

  <!-- Editorial additions in brackets. -->
  <xsl:template match="tei:supplied"><xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>]</xsl:text></xsl:template>
  <xsl:template match="tei:list[@type='subject']/tei:head"/>
  <xsl:template match="tei:gap[@reason='dateline-not-in-reading-text']"/>
  <xsl:template match="tei:gap"><xsl:text>[\dots]</xsl:text></xsl:template>
  <xsl:template match="tei:lb"><xsl:text>\newline{}</xsl:text></xsl:template>
  <xsl:template match="tei:milestone | tei:anchor | tei:index"/>

</xsl:stylesheet>
