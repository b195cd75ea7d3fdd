<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: blocks of text. Paragraphs (aligned as @rend/@rendition say; one that holds a list,
     a table or a block quotation becomes a div, as a p cannot hold them), openers, closers and
     postscripts, datelines, salutations and signatures (with their line breaks), block
     quotations and verse, inline source notes shown where they stand, page breaks between
     blocks. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- class="…" from the context element's block style (center, right, flushleft …) and the
       extra classes given. -->
  <xsl:template name="block-classes">
    <xsl:param name="extra" select="''"/>
    <xsl:variable name="style"><xsl:call-template name="block-style"/></xsl:variable>
    <xsl:variable name="classes" select="normalize-space(concat($extra, ' ', $style))"/>
    <xsl:if test="$classes != ''"><xsl:attribute name="class"><xsl:value-of select="$classes"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- A block of mixed content: a p, or a div when it holds blocks (a list, a table, a block
       quotation), with the given class. -->
  <xsl:template name="text-block">
    <xsl:param name="class" select="''"/>
    <xsl:variable name="has-blocks">
      <xsl:for-each select="*"><xsl:call-template name="is-block-in-text"/></xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$has-blocks != ''">
        <div>
          <xsl:call-template name="block-classes"><xsl:with-param name="extra" select="normalize-space(concat('p ', $class))"/></xsl:call-template>
          <xsl:call-template name="id-attribute"/>
          <xsl:apply-templates/>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:call-template name="block-classes"><xsl:with-param name="extra" select="$class"/></xsl:call-template>
          <xsl:call-template name="id-attribute"/>
          <xsl:apply-templates/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:call-template name="text-block"/>
  </xsl:template>

  <!-- Lines set apart: a dateline, a salutation, a signature, a trailer, an argument. -->
  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:trailer | tei:byline | tei:argument | tei:epigraph">
    <xsl:call-template name="text-block"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
  </xsl:template>

  <!-- Groups of lines and blocks at the start or end of a text, or after it. -->
  <xsl:template match="tei:opener | tei:closer | tei:postscript">
    <div>
      <xsl:call-template name="block-classes"><xsl:with-param name="extra" select="local-name()"/></xsl:call-template>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- An opener with nothing to show (its dateline is a gap) makes no box. -->
  <xsl:template match="tei:opener[not(.//text()[normalize-space()])]"/>

  <!-- A block quotation (with paragraphs, or set as a block by @rend) and verse. -->
  <xsl:template match="tei:quote[tei:p or tei:list or tei:lg or @rend = 'blockquote'] | tei:lg">
    <blockquote>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates/>
    </blockquote>
  </xsl:template>
  <xsl:template match="tei:l">
    <span class="l"><xsl:apply-templates/></span><br/>
  </xsl:template>

  <!-- A note printed where it stands (a source note above a heading, "[Telegram]"): a line of
       its own in the note's style; no label. -->
  <xsl:template match="tei:note[@place = 'inline' or @rend = 'inline']">
    <p>
      <xsl:attribute name="class"><xsl:value-of select="normalize-space(concat('note-inline ', @type))"/></xsl:attribute>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <!-- A page break between blocks: the mark and the page number on a line of their own. -->
  <xsl:template match="tei:div/tei:pb | tei:body/tei:pb | tei:front/tei:pb | tei:back/tei:pb |
                       tei:opener/tei:pb | tei:closer/tei:pb | tei:postscript/tei:pb | tei:titlePage/tei:pb | tei:quote/tei:pb | tei:lg/tei:pb">
    <div class="pb-block"><xsl:call-template name="page-marker"/></div>
  </xsl:template>

</xsl:stylesheet>
