<?xml version="1.0" encoding="UTF-8"?>
<!-- The page of the contents (the website's index.html, the EPUB's title.xhtml): the title page (the front's titlePage and what stands around it,
     else the volume's record from the header), links to the front matter's parts, the
     contents — compilations, chapters and subchapters with their heads and introductions, each
     document with its number, title and date, linked to its page — and links to the back
     matter's parts. Notes of the heads and introductions follow, as on every page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="contents-page">
    <xsl:variable name="front" select="/tei:TEI/tei:text/tei:front"/>
    <section class="title-page">
      <xsl:choose>
        <xsl:when test="$front/tei:titlePage">
          <xsl:apply-templates select="$front/*[not(self::tei:div)]" mode="on-this-page"/>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="record-title-page"/></xsl:otherwise>
      </xsl:choose>
    </section>
    <xsl:call-template name="part-links">
      <xsl:with-param name="parts" select="$front/tei:div"/>
      <xsl:with-param name="label" select="'Front matter'"/>
    </xsl:call-template>
    <section class="contents-section" id="contents">
      <h1>Contents</h1>
      <xsl:for-each select="/tei:TEI/tei:text/tei:body">
        <ol class="contents"><xsl:apply-templates select="*" mode="contents"/></ol>
      </xsl:for-each>
    </section>
    <xsl:call-template name="part-links">
      <xsl:with-param name="parts" select="/tei:TEI/tei:text/tei:back/tei:div"/>
      <xsl:with-param name="label" select="'Back matter'"/>
    </xsl:call-template>
    <xsl:apply-templates select="/tei:TEI/tei:text/tei:back/*[not(self::tei:div)]" mode="on-this-page"/>
    <xsl:call-template name="endnotes">
      <xsl:with-param name="notes" select="/tei:TEI/tei:text/tei:front//tei:note[not(ancestor::tei:div)] |
                                           /tei:TEI/tei:text/tei:body//tei:note[not(ancestor::tei:div[@type = 'document'])][$division-pages != 'yes' or not(ancestor::tei:div)] |
                                           /tei:TEI/tei:text/tei:back//tei:note[not(ancestor::tei:div)]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Without a title page: the volume's titles, editors and imprint from the header. -->
  <xsl:template name="record-title-page">
    <xsl:variable name="file" select="/tei:TEI/tei:teiHeader/tei:fileDesc"/>
    <h1 class="volume-title"><xsl:value-of select="$volume-title"/></h1>
    <xsl:for-each select="$file/tei:titleStmt/tei:editor[normalize-space()]">
      <p class="editor"><xsl:value-of select="normalize-space()"/>
        <xsl:if test="@role"><xsl:value-of select="concat(', ', @role, ' editor')"/></xsl:if>
      </p>
    </xsl:for-each>
    <xsl:variable name="imprint" select="$file/tei:publicationStmt"/>
    <xsl:if test="$imprint/tei:publisher[normalize-space()]">
      <p class="imprint">
        <xsl:value-of select="normalize-space($imprint/tei:publisher[1])"/>
        <xsl:for-each select="$imprint/tei:pubPlace[normalize-space()][1]"><xsl:value-of select="concat(', ', normalize-space())"/></xsl:for-each>
        <xsl:for-each select="$imprint/tei:date[normalize-space()][1]"><xsl:value-of select="concat(', ', normalize-space())"/></xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- Links to the parts given (front or back matter), under label. -->
  <xsl:template name="part-links">
    <xsl:param name="parts"/>
    <xsl:param name="label"/>
    <xsl:if test="$parts">
      <nav class="parts" aria-label="{$label}">
        <h2><xsl:value-of select="$label"/></h2>
        <ul>
          <xsl:for-each select="$parts">
            <li><a><xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute><xsl:call-template name="part-title"/></a></li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- A document: number, title and date, linked to its page. -->
  <xsl:template match="tei:div[@type = 'document']" mode="contents">
    <li class="contents-document">
      <a>
        <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
        <xsl:if test="normalize-space(@n) != ''">
          <span class="docnum"><xsl:value-of select="concat(normalize-space(@n), '.')"/></span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:call-template name="document-title-only"/>
      </a>
      <xsl:variable name="date"><xsl:call-template name="document-date"/></xsl:variable>
      <xsl:variable name="when" select="substring-before($date, '|')"/>
      <xsl:variable name="shown" select="substring-after($date, '|')"/>
      <xsl:if test="$shown != ''">
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="$when != '' and translate($when, '0123456789-:TZ+.', '') = ''">
            <time datetime="{$when}"><xsl:value-of select="$shown"/></time>
          </xsl:when>
          <xsl:otherwise><span class="date"><xsl:value-of select="$shown"/></span></xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- A compilation, chapter or subchapter: its head (linkable: the contents anchor, and the
       division's and the head's own xml:id), its introduction, then what it holds. With
       division-pages, the head links to the division's page, which has the rest. -->
  <xsl:template match="tei:div" mode="contents">
    <li class="contents-division">
      <xsl:if test="$division-pages != 'yes'">
        <xsl:attribute name="id"><xsl:call-template name="contents-anchor"/></xsl:attribute>
      </xsl:if>
      <span class="division-head">
        <xsl:choose>
          <xsl:when test="$division-pages = 'yes'">
            <a><xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute><xsl:call-template name="part-title"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:call-template name="division-head"/></xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:if test="$division-pages != 'yes'"><xsl:call-template name="division-introduction"/></xsl:if>
      <xsl:if test="tei:div | tei:pb">
        <ol><xsl:apply-templates select="tei:div | tei:pb" mode="contents"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The head of the context division (its own xml:id and the head's kept as anchors). -->
  <xsl:template name="division-head">
    <xsl:for-each select="tei:head[1]">
      <xsl:if test="@xml:id"><span><xsl:call-template name="id-attribute"/></span></xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
    <xsl:if test="not(tei:head)"><xsl:call-template name="part-title"/></xsl:if>
  </xsl:template>

  <!-- What the context division says before what it holds (paragraphs, notes, page breaks
       among them). -->
  <xsl:template name="division-introduction">
    <xsl:variable name="introduction" select="*[not(self::tei:head or self::tei:div or self::tei:pb)] |
                                              tei:pb[following-sibling::*[not(self::tei:pb)][1][not(self::tei:div)]]"/>
    <xsl:if test="$introduction">
      <div class="division-introduction"><xsl:apply-templates select="$introduction"/></div>
    </xsl:if>
  </xsl:template>

  <!-- A page break between divisions (or directly in the body): here when no document's or
       division's page shows it (see chunk-pages.xsl); one among an introduction's blocks is
       part of the introduction. -->
  <xsl:template match="tei:pb" mode="contents">
    <xsl:if test="parent::tei:body or not(following-sibling::*[not(self::tei:pb)][1][not(self::tei:div)])">
      <xsl:apply-templates select="." mode="on-this-page"/>
    </xsl:if>
  </xsl:template>

  <!-- What stands outside the divisions, when this page is its page: a page break between
       divisions is on the next page in reading order (see chunk-pages.xsl). -->
  <xsl:template match="tei:pb" mode="on-this-page">
    <xsl:variable name="page"><xsl:call-template name="page-of"/></xsl:variable>
    <xsl:if test="$page = concat($index-page, $page-extension)">
      <xsl:choose>
        <xsl:when test="parent::tei:body or parent::tei:div"><li class="contents-page"><xsl:apply-templates select="."/></li></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="on-this-page">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- Anything else directly in the body (a paragraph, a head): as it is. -->
  <xsl:template match="*" mode="contents">
    <li class="contents-other"><xsl:apply-templates select="."/></li>
  </xsl:template>

</xsl:stylesheet>
