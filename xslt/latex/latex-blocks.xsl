<?xml version="1.0" encoding="UTF-8"?>
<!-- LaTeX: blocks of text. Paragraphs (aligned as @rend/@rendition say; a list, a table or a
     block quotation inside one is set as a block and the paragraph goes on after it),
     openers, closers and postscripts, datelines, salutations and signatures (with their line
     breaks), block quotations and verse, inline source notes where they stand, page breaks
     between blocks. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Opens the context block in its style; close-block closes it. -->
  <xsl:template name="open-block">
    <xsl:param name="style"><xsl:call-template name="block-style"/></xsl:param>
    <xsl:choose>
      <xsl:when test="$style = 'center'">{\centering </xsl:when>
      <xsl:when test="$style = 'right'">{\raggedleft </xsl:when>
      <xsl:when test="$style = 'flushleft'">{\noindent </xsl:when>
      <xsl:when test="$style = 'section-title'">{\noindent\itshape </xsl:when>
      <xsl:otherwise>{</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:call-template name="tex-line"/>
    <xsl:call-template name="open-block"/>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\par}&#10;</xsl:text>
  </xsl:template>

  <!-- In a note or a table cell a paragraph is a paragraph break. -->
  <xsl:template match="tei:note//tei:p | tei:cell//tei:p">
    <xsl:if test="preceding-sibling::node()[1]"><xsl:text>\par </xsl:text></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Lines set apart: a dateline (to the right), a salutation, a signature (to the right, in
       small capitals), a trailer. -->
  <xsl:template match="tei:dateline">
    <xsl:call-template name="tex-line"/>
    <!-- Datelines are set to the right (the style is read for its warnings only). -->
    <xsl:variable name="style"><xsl:call-template name="block-style"/></xsl:variable>
    <xsl:text>\begin{flushright}</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\end{flushright}&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:signed">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\begin{flushright}\scshape </xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\end{flushright}&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:salute | tei:trailer | tei:byline | tei:argument | tei:epigraph">
    <xsl:call-template name="tex-line"/>
    <xsl:call-template name="open-block"/>
    <xsl:text>\noindent </xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\par}&#10;</xsl:text>
  </xsl:template>

  <!-- An opener: its lines; one with nothing to show (its dateline is a gap) makes nothing. -->
  <xsl:template match="tei:opener">
    <xsl:if test=".//text()[normalize-space()]">
      <xsl:call-template name="tex-line"/>
      <xsl:text>\par{</xsl:text>
      <xsl:call-template name="tex-anchor"/>
      <xsl:apply-templates/>
      <xsl:text>\par}&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- A closer: to the right, each signature, dateline or line break on a line of its own. -->
  <xsl:template match="tei:closer">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\par\smallskip{\raggedleft </xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\par}&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:closer/tei:signed | tei:closer/tei:dateline | tei:closer/tei:salute">
    <xsl:text>\par{</xsl:text>
    <xsl:if test="self::tei:signed">\scshape </xsl:if>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\par}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:postscript">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\par\medskip&#10;</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A block quotation (with paragraphs, or set as a block by @rend) and verse. -->
  <xsl:template match="tei:quote[tei:p or tei:list or tei:lg or @rend = 'blockquote'] | tei:lg">
    <xsl:variable name="inner"><xsl:call-template name="tex-inner"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$inner = 'yes'">
        <xsl:text> </xsl:text><xsl:apply-templates/><xsl:text> </xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tex-line"/>
        <xsl:text>\begin{quote}</xsl:text>
        <xsl:call-template name="tex-anchor"/>
        <xsl:apply-templates/>
        <xsl:text>\end{quote}&#10;</xsl:text>
        <xsl:call-template name="resume-paragraph"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:quote/tei:p | tei:lg/tei:l">
    <xsl:if test="preceding-sibling::*[1]"><xsl:text>\par </xsl:text></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- After a block inside a paragraph: the paragraph goes on without an indent. -->
  <xsl:template name="resume-paragraph">
    <xsl:if test="(parent::tei:p or parent::tei:ab or parent::tei:item) and following-sibling::node()[1]">
      <xsl:text>\noindent </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- A note printed where it stands (a source note above a heading): a line of its own. -->
  <xsl:template match="tei:note[@place = 'inline' or @rend = 'inline']">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\begin{teinoteinline}</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:for-each select=".//tei:note[not(@place = 'inline' or @rend = 'inline')]"><xsl:call-template name="note-text-after"/></xsl:for-each>
    <xsl:text>\end{teinoteinline}&#10;</xsl:text>
  </xsl:template>

  <!-- A page break between blocks: the page number in the margin. -->
  <xsl:template match="tei:div/tei:pb | tei:body/tei:pb | tei:front/tei:pb | tei:back/tei:pb |
                       tei:postscript/tei:pb | tei:titlePage/tei:pb | tei:quote/tei:pb | tei:lg/tei:pb | tei:opener/tei:pb">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\teipageblock{</xsl:text>
    <xsl:call-template name="page-id"/>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="normalize-space(@n)"/></xsl:call-template>
    <xsl:text>}&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:lb">
    <xsl:choose>
      <xsl:when test="ancestor::tei:cell">\teicelllb{}</xsl:when>
      <xsl:otherwise>\teilb{}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
