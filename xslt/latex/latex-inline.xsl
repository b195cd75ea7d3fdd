<?xml version="1.0" encoding="UTF-8"?>
<!-- LaTeX: phrase-level elements, footnotes with the printed label (a note in a note, or in a
     table, is marked there and printed right after), page breaks, links. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The context note's label, escaped. -->
  <xsl:template name="tex-note-label">
    <xsl:variable name="label"><xsl:call-template name="note-label"/></xsl:variable>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$label"/></xsl:call-template>
  </xsl:template>

  <!-- A real footnote at the foot of the page, marked with the note's own label; the notes in
       it follow it as footnotes of their own. -->
  <xsl:template match="tei:note">
    <xsl:choose>
      <xsl:when test="ancestor::tei:note or ancestor::tei:table">
        <!-- (its text: after the note or table around it) -->
        <xsl:text>\teinotemark{</xsl:text><xsl:call-template name="tex-note-label"/><xsl:text>}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <!-- A note between blocks: its mark begins a line of its own, not an indented paragraph. -->
        <xsl:if test="parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back or
                      parent::tei:postscript or parent::tei:floatingText or namespace-uri(..) != namespace-uri()">\noindent</xsl:if>
        <xsl:text>\teinote{</xsl:text>
        <xsl:call-template name="tex-note-label"/>
        <xsl:text>}{</xsl:text>
        <xsl:call-template name="tex-anchor"/>
        <xsl:apply-templates/>
        <xsl:text>}</xsl:text>
        <xsl:for-each select=".//tei:note[not(@place = 'inline' or @rend = 'inline')]"><xsl:call-template name="note-text-after"/></xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The text of the context note as a footnote of its own (after its mark). -->
  <xsl:template name="note-text-after">
    <xsl:text>\teinotetext{</xsl:text>
    <xsl:call-template name="tex-note-label"/>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- A page break: the mark at its place, the page number in the margin (in the line where
       TeX has no margin). -->
  <xsl:template match="tei:pb">
    <xsl:variable name="inner"><xsl:call-template name="tex-inner"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$inner = 'yes'">\teipageinline{</xsl:when>
      <xsl:otherwise>\teipage{</xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="page-id"/>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="normalize-space(@n)"/></xsl:call-template>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:hi">
    <xsl:variable name="kind"><xsl:call-template name="hi-kind"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$kind = 'italic'">\emph{</xsl:when>
      <xsl:when test="$kind = 'bold'">\textbf{</xsl:when>
      <xsl:when test="$kind = 'smallcaps'">\textsc{</xsl:when>
      <xsl:when test="$kind = 'superscript'">\textsuperscript{</xsl:when>
      <xsl:when test="$kind = 'subscript'">\textsubscript{</xsl:when>
      <xsl:when test="$kind = 'underline'">\underline{</xsl:when>
      <xsl:when test="$kind = 'strikethrough'">\teidel{</xsl:when>
      <xsl:otherwise>{</xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:title[not(@level = 'a')] | tei:mentioned">
    <xsl:text>\emph{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:q | tei:soCalled | tei:title[@level = 'a']">
    <xsl:text>“</xsl:text><xsl:apply-templates/><xsl:text>”</xsl:text>
  </xsl:template>

  <!-- A cross-reference: a link to the local target or to its address; text only when it has
       none. -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="href"><xsl:call-template name="link-href"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$href = '' or ancestor::tei:ref[@target] or ancestor::tei:ptr[@target]">
        <xsl:apply-templates/>
        <xsl:if test="self::tei:ptr"><xsl:call-template name="latex-escape"><xsl:with-param name="s" select="string(@target)"/></xsl:call-template></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="starts-with($href, '#')">
            <xsl:value-of select="concat('\hyperlink{', substring($href, 2), '}{')"/>
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
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A person or term the file's lists know: a link to its entry. -->
  <xsl:template match="tei:persName[@corresp] | tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:gloss[@target] | tei:term[@ref] | tei:name[@ref] | tei:rs[@ref]">
    <xsl:variable name="id"><xsl:call-template name="name-target-id"/></xsl:variable>
    <xsl:call-template name="tex-anchor"/>
    <xsl:choose>
      <xsl:when test="$id != '' and not(ancestor::tei:ref[@target] or ancestor::tei:ptr[@target])">
        <xsl:text>\hyperlink{</xsl:text>
        <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="$id"/></xsl:call-template>
        <xsl:text>}{</xsl:text>
        <xsl:apply-templates/>
        <xsl:text>}</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref | tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs |
                       tei:term | tei:gloss | tei:date | tei:time | tei:num | tei:measure |
                       tei:abbr | tei:expan | tei:label | tei:said | tei:quote | tei:orig |
                       tei:reg | tei:corr | tei:item | tei:docDate | tei:pubPlace | tei:publisher">
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A segment; one set to the left or right (@rendition) on a line of its own. -->
  <xsl:template match="tei:seg">
    <xsl:variable name="style"><xsl:call-template name="block-style"/></xsl:variable>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:if test="$style = 'flushleft' or $style = 'right'"><xsl:text>\par </xsl:text></xsl:if>
  </xsl:template>

  <!-- A choice shows the corrected, expanded or regularised form. -->
  <xsl:template match="tei:choice[tei:corr or tei:expan or tei:reg]">
    <xsl:apply-templates select="(tei:corr | tei:expan | tei:reg)[1]/node()"/>
  </xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates select="*[1]"/></xsl:template>

  <xsl:template match="tei:sic"><xsl:apply-templates/><xsl:text> [\emph{sic}]</xsl:text></xsl:template>
  <xsl:template match="tei:unclear"><xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>?]</xsl:text></xsl:template>
  <xsl:template match="tei:del"><xsl:text>\teidel{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text></xsl:template>
  <xsl:template match="tei:add"><xsl:text>\teiins{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text></xsl:template>

  <!-- Editorial additions in brackets. -->
  <xsl:template match="tei:supplied"><xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>]</xsl:text></xsl:template>
  <xsl:template match="tei:gap[@reason = 'dateline-not-in-reading-text']"/>
  <xsl:template match="tei:gap"><xsl:text>[\dots]</xsl:text></xsl:template>
  <xsl:template match="tei:milestone | tei:anchor | tei:index | tei:fw"/>

</xsl:stylesheet>
