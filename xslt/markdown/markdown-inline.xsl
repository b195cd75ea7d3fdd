<?xml version="1.0" encoding="UTF-8"?>
<!-- Markdown: phrase-level elements, footnote references with the printed label, page breaks
     at their place, links. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- A footnote label: the printed one; characters Markdown would read otherwise become
       words ("*" is "star"), as footnote labels must be plain; any other label one made from
       the note's identity. -->
  <xsl:template name="footnote-label">
    <xsl:variable name="label"><xsl:call-template name="note-label"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$label != '' and translate($label, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-', '') = ''">
        <xsl:value-of select="$label"/>
      </xsl:when>
      <xsl:when test="$label = '*'">star</xsl:when>
      <xsl:when test="$label = '†'">dagger</xsl:when>
      <xsl:when test="$label = '‡'">ddagger</xsl:when>
      <xsl:when test="$label = '§'">section</xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('n', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note">
    <xsl:text>[^</xsl:text>
    <xsl:call-template name="footnote-label"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- "[Page 207]" with an anchor (#pg_207), as inline HTML CommonMark passes through (in a
       footnote definition, the label only). -->
  <xsl:template name="page-marker">
    <xsl:if test="not(ancestor::tei:note)">
      <xsl:text>&lt;a id="</xsl:text>
      <xsl:call-template name="page-id"/>
      <xsl:text>"&gt;&lt;/a&gt;</xsl:text>
    </xsl:if>
    <xsl:text>\[Page</xsl:text>
    <xsl:if test="normalize-space(@n) != ''">
      <xsl:text> </xsl:text>
      <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="normalize-space(@n)"/></xsl:call-template>
    </xsl:if>
    <xsl:text>\]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:pb"><xsl:call-template name="page-marker"/></xsl:template>

  <xsl:template match="tei:hi">
    <xsl:variable name="kind"><xsl:call-template name="hi-kind"/></xsl:variable>
    <xsl:variable name="mark">
      <xsl:if test="normalize-space(.) != ''">
        <xsl:choose>
          <xsl:when test="$kind = 'italic'">*</xsl:when>
          <xsl:when test="$kind = 'bold'">**</xsl:when>
          <xsl:when test="$kind = 'strikethrough'">~~</xsl:when>
        </xsl:choose>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$kind = 'superscript'"><xsl:text>&lt;sup&gt;</xsl:text><xsl:apply-templates/><xsl:text>&lt;/sup&gt;</xsl:text></xsl:when>
      <xsl:when test="$kind = 'subscript'"><xsl:text>&lt;sub&gt;</xsl:text><xsl:apply-templates/><xsl:text>&lt;/sub&gt;</xsl:text></xsl:when>
      <xsl:otherwise><xsl:value-of select="$mark"/><xsl:apply-templates/><xsl:value-of select="$mark"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:title[not(@level = 'a')] | tei:mentioned">
    <xsl:text>*</xsl:text><xsl:apply-templates/><xsl:text>*</xsl:text>
  </xsl:template>
  <xsl:template match="tei:q | tei:soCalled | tei:title[@level = 'a']">
    <xsl:text>“</xsl:text><xsl:apply-templates/><xsl:text>”</xsl:text>
  </xsl:template>
  <xsl:template match="tei:del"><xsl:text>~~</xsl:text><xsl:apply-templates/><xsl:text>~~</xsl:text></xsl:template>

  <!-- A link: [text](<address>); text only when there is no address or inside another link. -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="href"><xsl:call-template name="link-href"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$href = '' or ancestor::tei:ref[@target] or ancestor::tei:ptr[@target]">
        <xsl:apply-templates/>
        <xsl:if test="self::tei:ptr"><xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="string(@target)"/></xsl:call-template></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>[</xsl:text>
        <xsl:apply-templates/>
        <xsl:if test="self::tei:ptr"><xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="$href"/></xsl:call-template></xsl:if>
        <!-- The destination in <…>: link-href has percent-encoded < > and spaces in it. -->
        <xsl:value-of select="concat('](&lt;', $href, '&gt;)')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref | tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs |
                       tei:term | tei:gloss | tei:date | tei:time | tei:num | tei:measure |
                       tei:abbr | tei:expan | tei:label | tei:said | tei:quote | tei:orig |
                       tei:reg | tei:corr | tei:add | tei:item | tei:cell | tei:docDate |
                       tei:pubPlace | tei:publisher | tei:figDesc">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:seg">
    <xsl:variable name="style"><xsl:call-template name="block-style"/></xsl:variable>
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
  <xsl:template match="tei:gap[@reason = 'dateline-not-in-reading-text']"/>
  <xsl:template match="tei:gap"><xsl:text>\[…\]</xsl:text></xsl:template>

  <!-- A line break: a hard break where lines matter (closers, signatures, datelines, verse),
       <br> in a table, a space where the text is one line (a heading, a note, an item). -->
  <xsl:template match="tei:lb">
    <xsl:choose>
      <xsl:when test="ancestor::tei:cell"><xsl:text>&lt;br&gt;</xsl:text></xsl:when>
      <xsl:when test="ancestor::tei:head or ancestor::tei:note or ancestor::tei:item"><xsl:text> </xsl:text></xsl:when>
      <!-- Before a line that is a paragraph of its own anyway: nothing. -->
      <xsl:when test="following-sibling::node()[1]/self::tei:signed or following-sibling::node()[1]/self::tei:salute or
                      following-sibling::node()[1]/self::tei:dateline"/>
      <xsl:otherwise><xsl:text>\</xsl:text><xsl:value-of select="$nl"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A figure: its parts in brackets (no image is read). -->
  <xsl:template match="tei:figure">
    <xsl:value-of select="concat($nl, $nl, '\[')"/>
    <xsl:for-each select="*">
      <xsl:if test="position() &gt; 1"><xsl:text>: </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:if test="not(*)"><xsl:text>figure</xsl:text></xsl:if>
    <xsl:value-of select="concat('\]', $nl)"/>
  </xsl:template>
  <xsl:template match="tei:figure/tei:head"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:graphic | tei:media">
    <xsl:text>image: </xsl:text>
    <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="string(@url)"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:fw | tei:facsimile | tei:milestone | tei:anchor | tei:index"/>

</xsl:stylesheet>
