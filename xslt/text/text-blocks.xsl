<?xml version="1.0" encoding="UTF-8"?>
<!-- Text: blocks. Each block starts after one blank line: paragraphs, headings of divisions and
     embedded texts, datelines, salutations, signatures, closers (one line each of their
     lines), postscripts, inline notes, figures, tables (a row a line, cells joined by " | "),
     page breaks between blocks ("[Page 207]"). A block inside a paragraph (a list, a table, a
     block quotation) is a block of its own after the paragraph's text, which goes on after
     it as a new block. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- A paragraph: its text; what follows a block inside it begins a new block. -->
  <xsl:template match="tei:p | tei:ab | tei:trailer | tei:argument | tei:epigraph | tei:byline">
    <xsl:variable name="style"><xsl:call-template name="block-style"/></xsl:variable>
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:call-template name="text-with-blocks"/>
  </xsl:template>

  <!-- The children of the context element; after a block child, the text goes on as a new
       block. -->
  <xsl:template name="text-with-blocks">
    <xsl:for-each select="node()">
      <xsl:variable name="before" select="preceding-sibling::node()[1]"/>
      <xsl:variable name="after-block"><xsl:for-each select="$before"><xsl:call-template name="is-block-in-text"/></xsl:for-each></xsl:variable>
      <xsl:variable name="block"><xsl:call-template name="is-block-in-text"/></xsl:variable>
      <xsl:if test="$after-block = 'yes' and $block != 'yes' and (self::* or normalize-space())">
        <xsl:value-of select="concat($nl, $nl)"/>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- In a line of its own (a note, a table cell, an item, a heading) a paragraph is text run on. -->
  <xsl:template match="tei:note//tei:p | tei:cell//tei:p | tei:item//tei:p | tei:head//tei:p">
    <xsl:if test="preceding-sibling::node()[1]"><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A heading of a division (not a document's first: that is line 1) or an embedded text. -->
  <xsl:template match="tei:div/tei:head | tei:floatingText//tei:head">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A division that is not a document: one more blank line before it (a section break). -->
  <xsl:template match="tei:div">
    <xsl:value-of select="$nl"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- An embedded text (floatingText; the edition's enclosures): its blocks. -->
  <xsl:template match="tei:floatingText | tei:floatingText/tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- An opener: its lines as a block; one without text of the reading text (the converter's
       supplied dateline, a gap) stands for the lost dateline: the heading is followed by two
       blank lines. -->
  <xsl:template match="tei:opener">
    <xsl:choose>
      <xsl:when test=".//text()[normalize-space()][not(ancestor::tei:supplied)]">
        <xsl:value-of select="concat($nl, $nl)"/>
        <xsl:call-template name="lines"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$nl"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A closer: its lines as a block. -->
  <xsl:template match="tei:closer">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:call-template name="lines"/>
  </xsl:template>

  <!-- The children of an opener or closer, each dateline, salutation or signature on a line of
       its own; a note's label right after one stays at the end of its line (glued, as the
       reading text anchors a note). -->
  <xsl:template name="lines">
    <xsl:for-each select="node()">
      <xsl:variable name="before" select="preceding-sibling::node()[1]"/>
      <xsl:if test="(self::tei:signed or self::tei:salute or self::tei:dateline or self::tei:seg[@rendition] or
                     $before/self::tei:signed or $before/self::tei:salute or $before/self::tei:dateline or
                     $before/self::tei:seg[@rendition]) and $before and not($before/self::tei:lb) and
                    not(self::tei:note[not(@place = 'inline' or @rend = 'inline')])">
        <xsl:value-of select="$nl"/>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- Lines set apart between blocks: a block each. -->
  <xsl:template match="tei:dateline | tei:salute | tei:signed">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="tei:opener/tei:dateline | tei:opener/tei:salute | tei:opener/tei:signed |
                       tei:closer/tei:dateline | tei:closer/tei:salute | tei:closer/tei:signed">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:postscript">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A block quotation: its paragraphs as blocks (in a line of its own: run on). -->
  <xsl:template match="tei:quote[tei:p or tei:list or tei:lg or @rend = 'blockquote'] | tei:lg">
    <xsl:choose>
      <!-- (its paragraphs run on: each after one space) -->
      <xsl:when test="ancestor::tei:note or ancestor::tei:cell or ancestor::tei:item or ancestor::tei:head">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:when test="tei:p or tei:lg or tei:list">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($nl, $nl)"/>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- A line of verse: a line of its own (the first begins the block). -->
  <xsl:template match="tei:l">
    <xsl:if test="preceding-sibling::tei:l[1]"><xsl:value-of select="$nl"/></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A note printed where it stands (a source note): a block of its own, no label. -->
  <xsl:template match="tei:note[@place = 'inline' or @rend = 'inline']">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A table: a block, a row a line, cells joined by " | "; a page break between rows a line
       of its own. -->
  <xsl:template match="tei:table">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:for-each select="*">
      <xsl:if test="position() &gt; 1"><xsl:value-of select="$nl"/></xsl:if>
      <xsl:choose>
        <xsl:when test="self::tei:row">
          <xsl:for-each select="*">
            <xsl:if test="self::tei:cell and preceding-sibling::tei:cell[1]"><xsl:text> | </xsl:text></xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:table/tei:head | tei:cell">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A figure: its heading and description, a line each (an image has no text). -->
  <xsl:template match="tei:figure">
    <xsl:for-each select="tei:head | tei:figDesc | tei:p">
      <xsl:value-of select="concat($nl, $nl)"/>
      <xsl:apply-templates/>
    </xsl:for-each>
  </xsl:template>

  <!-- A page break between blocks: a block "[Page 207]". -->
  <xsl:template match="tei:div/tei:pb | tei:body/tei:pb | tei:postscript/tei:pb | tei:floatingText/tei:body/tei:pb | tei:table/tei:pb | tei:quote[tei:p]/tei:pb">
    <xsl:if test="not(parent::tei:table)"><xsl:value-of select="concat($nl, $nl)"/></xsl:if>
    <xsl:call-template name="page-label"/>
  </xsl:template>

</xsl:stylesheet>
