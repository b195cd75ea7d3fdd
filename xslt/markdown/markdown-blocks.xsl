<?xml version="1.0" encoding="UTF-8"?>
<!-- Markdown: the structure (front, body, back; headings by depth; a document's number and
     heading, its footnote definitions after it) and the blocks, one blank line apart:
     paragraphs (a block inside one — a list, a table, a block quotation — follows its text,
     and the paragraph goes on after it), lines of openers and closers (hard line breaks),
     inline notes, block quotations, tables (pipe tables), figures, page breaks between
     blocks. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group">
    <xsl:apply-templates/>
    <xsl:if test="not(self::tei:text)">
      <xsl:call-template name="footnotes">
        <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:div)]"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div">
    <xsl:variable name="before" select="preceding-sibling::*[1]"/>
    <xsl:if test="not(tei:head) and $before and not($before/self::tei:head or $before/self::tei:opener or
                  $before/self::tei:pb or $before/self::tei:list[@type = 'subject'])">
      <xsl:value-of select="concat($nl, $nl, '* * *')"/>
    </xsl:if>
    <xsl:if test="not(tei:head) and @xml:id">
      <xsl:value-of select="concat($nl, $nl)"/><xsl:call-template name="anchor"/>
    </xsl:if>
    <xsl:apply-templates/>
    <xsl:if test="not(ancestor::tei:div)">
      <xsl:call-template name="footnotes">
        <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:div[@type = 'document'])]"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A document: its anchor, heading (with its number), blocks, footnote definitions. -->
  <xsl:template match="tei:div[@type = 'document']">
    <xsl:if test="not(tei:head)">
      <xsl:variable name="number"><xsl:call-template name="document-number"/></xsl:variable>
      <xsl:call-template name="heading-marks"/>
      <xsl:call-template name="anchor"/>
      <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="$number"/></xsl:call-template>
    </xsl:if>
    <xsl:apply-templates/>
    <xsl:call-template name="footnotes"><xsl:with-param name="notes" select=".//tei:note"/></xsl:call-template>
  </xsl:template>

  <!-- "<a id="…"></a>" for the context element's xml:id (at the start of its block). -->
  <xsl:template name="anchor">
    <xsl:if test="@xml:id">
      <xsl:text>&lt;a id="</xsl:text>
      <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="@xml:id"/></xsl:call-template>
      <xsl:text>"&gt;&lt;/a&gt;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- "# " … "###### " by the depth of the context's division. -->
  <xsl:template name="heading-marks">
    <xsl:param name="extra" select="0"/>
    <xsl:variable name="depth">
      <xsl:for-each select="ancestor-or-self::*[self::tei:div or self::tei:floatingText][1]"><xsl:call-template name="division-depth"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth + $extra &lt; 1">1</xsl:when>
        <xsl:when test="$depth + $extra &gt; 6">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="$depth + $extra"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat($nl, $nl, substring('######', 1, $level), ' ')"/>
  </xsl:template>

  <!-- A heading: the first of a document with its number; a further one a level below. -->
  <xsl:template match="tei:div/tei:head | tei:floatingText//tei:head">
    <xsl:call-template name="heading-marks">
      <xsl:with-param name="extra" select="number(boolean(preceding-sibling::tei:head))"/>
    </xsl:call-template>
    <xsl:if test="not(preceding-sibling::tei:head)">
      <xsl:for-each select=".."><xsl:call-template name="anchor"/></xsl:for-each>
    </xsl:if>
    <xsl:call-template name="anchor"/>
    <xsl:if test="parent::tei:div[@type = 'document'] and not(preceding-sibling::tei:head)">
      <xsl:variable name="number"><xsl:for-each select=".."><xsl:call-template name="document-number"/></xsl:for-each></xsl:variable>
      <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="$number"/></xsl:call-template>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A paragraph; what follows a block inside it goes on as a new paragraph. -->
  <xsl:template match="tei:docTitle"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:p | tei:ab | tei:trailer | tei:argument | tei:epigraph | tei:byline |
                       tei:dateline | tei:salute | tei:signed | tei:docImprint | tei:titlePart">
    <xsl:variable name="style"><xsl:call-template name="block-style"/></xsl:variable>
    <xsl:if test="node()">
      <xsl:value-of select="concat($nl, $nl)"/>
      <xsl:call-template name="anchor"/>
      <xsl:for-each select="node()">
        <xsl:variable name="before" select="preceding-sibling::node()[1]"/>
        <xsl:variable name="after-block"><xsl:for-each select="$before"><xsl:call-template name="is-block-in-text"/></xsl:for-each></xsl:variable>
        <xsl:variable name="block"><xsl:call-template name="is-block-in-text"/></xsl:variable>
        <xsl:if test="$after-block = 'yes' and $block != 'yes' and (self::* or normalize-space())">
          <xsl:value-of select="concat($nl, $nl)"/>
        </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- In a line of its own (a note, an item, a cell, a heading), a paragraph runs on. -->
  <xsl:template match="tei:note//tei:p | tei:item//tei:p | tei:cell//tei:p | tei:head//tei:p">
    <xsl:if test="preceding-sibling::node()[1]"><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Openers and closers: their lines (a dateline, a salutation, a signature each a
       paragraph); an opener with nothing to show makes nothing. -->
  <xsl:template match="tei:opener[not(.//text()[normalize-space()])]"/>
  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:titlePage">
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:p or
                        self::tei:pb or self::tei:list or self::tei:table or self::tei:quote or
                        self::tei:docTitle or self::tei:docImprint or self::tei:byline or self::tei:figure or
                        self::tei:note[@place = 'inline' or @rend = 'inline']">
          <xsl:apply-templates select="."/>
        </xsl:when>
        <!-- Text of the closer itself: a paragraph of its own, up to the next line. -->
        <xsl:otherwise>
          <xsl:variable name="before" select="preceding-sibling::node()[1]"/>
          <xsl:if test="not($before) or $before/self::tei:dateline or $before/self::tei:salute or $before/self::tei:signed or
                        $before/self::tei:p or $before/self::tei:pb or $before/self::tei:list or $before/self::tei:table">
            <xsl:value-of select="concat($nl, $nl)"/>
          </xsl:if>
          <xsl:apply-templates select="."/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A note printed where it stands (a source note): a paragraph of its own, no label. -->
  <xsl:template match="tei:note[@place = 'inline' or @rend = 'inline']">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:call-template name="anchor"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A block quotation: its paragraphs as a quotation ("> " before each). -->
  <xsl:template match="tei:quote[tei:p or tei:list or tei:lg or @rend = 'blockquote'] | tei:lg">
    <xsl:choose>
      <xsl:when test="ancestor::tei:note or ancestor::tei:item or ancestor::tei:cell or ancestor::tei:head">
        <xsl:text> </xsl:text><xsl:apply-templates/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$nl"/>
        <xsl:for-each select="node()[self::* or normalize-space()]">
          <xsl:choose>
            <!-- Verse: a line each, in one quotation. -->
            <xsl:when test="self::tei:l">
              <xsl:value-of select="concat($nl, '&gt; ')"/>
              <xsl:apply-templates/>
              <xsl:if test="following-sibling::tei:l[1]"><xsl:text>\</xsl:text></xsl:if>
            </xsl:when>
            <xsl:when test="self::tei:p"><xsl:value-of select="concat($nl, '&gt; ')"/><xsl:apply-templates/><xsl:value-of select="concat($nl, '&gt;')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="concat($nl, '&gt; ')"/><xsl:apply-templates select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A page break between blocks: a paragraph of its own, with its anchor. -->
  <xsl:template match="tei:div/tei:pb | tei:body/tei:pb | tei:front/tei:pb | tei:back/tei:pb |
                       tei:opener/tei:pb | tei:closer/tei:pb | tei:postscript/tei:pb | tei:titlePage/tei:pb | tei:quote/tei:pb | tei:lg/tei:pb |
                       tei:floatingText/tei:body/tei:pb">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:call-template name="page-marker"/>
  </xsl:template>

  <!-- An embedded text (floatingText; the edition's enclosures): its blocks. -->
  <xsl:template match="tei:floatingText | tei:floatingText/tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The footnote definitions of the notes given (inline notes left out), one line each. -->
  <xsl:template name="footnotes">
    <xsl:param name="notes"/>
    <xsl:variable name="numbered" select="$notes[not(@place = 'inline' or @rend = 'inline')]"/>
    <xsl:if test="$numbered">
      <xsl:value-of select="$nl"/>
      <xsl:for-each select="$numbered">
        <xsl:value-of select="$nl"/>
        <xsl:text>[^</xsl:text>
        <xsl:call-template name="footnote-label"/>
        <xsl:text>]: </xsl:text>
        <xsl:apply-templates/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
