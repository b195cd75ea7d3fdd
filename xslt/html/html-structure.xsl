<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: the structure of a text. Front, body and back in their order; every division a
     section with a heading of its depth (h1 for a top-level one), in tree order, so that the
     chapters and compilations of a volume hold their documents; a document (div
     type="document") an article with its notes after it; notes outside documents after their
     top-level division, or after the front, body or back; an embedded text (floatingText, or
     an edition's enclosure) a section inside its document; the title page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:text">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:front | tei:back">
    <section class="{local-name()}">
      <xsl:apply-templates/>
      <xsl:call-template name="endnotes">
        <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:div)]"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <xsl:template match="tei:body | tei:group">
    <div class="{local-name()}">
      <xsl:apply-templates/>
      <xsl:call-template name="endnotes">
        <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:div)]"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- A division: a section; a top-level one also lists the notes of its text outside its
       documents. -->
  <xsl:template match="tei:div">
    <section>
      <xsl:attribute name="class"><xsl:value-of select="normalize-space(concat('div ', @type))"/></xsl:attribute>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates/>
      <xsl:if test="not(ancestor::tei:div)">
        <xsl:call-template name="endnotes">
          <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:div[@type = 'document'])]"/>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- A document: an article; its heading holds its number; its notes follow it. -->
  <xsl:template match="tei:div[@type = 'document']">
    <article class="document">
      <xsl:call-template name="id-attribute"/>
      <xsl:if test="not(tei:head)">
        <xsl:variable name="number"><xsl:call-template name="document-number"/></xsl:variable>
        <xsl:if test="$number != ''">
          <xsl:call-template name="heading"><xsl:with-param name="number" select="$number"/></xsl:call-template>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:call-template name="endnotes">
        <xsl:with-param name="notes" select=".//tei:note"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <!-- The heading of a division or embedded text. -->
  <xsl:template match="tei:div/tei:head | tei:floatingText/tei:body/tei:head | tei:floatingText/tei:body/tei:div/tei:head">
    <xsl:call-template name="heading"/>
  </xsl:template>

  <!-- h1 … h6 by the depth of the context head's division (level: one more for an embedded
       text); the first head of a document starts with its number (document-number). -->
  <xsl:template name="heading">
    <xsl:param name="number" select="''"/>
    <xsl:param name="level">
      <xsl:for-each select="ancestor-or-self::*[self::tei:div or self::tei:floatingText or self::tei:body[parent::tei:floatingText]][1]">
        <xsl:call-template name="division-depth"/>
      </xsl:for-each>
    </xsl:param>
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="$level &lt; 1">1</xsl:when>
        <xsl:when test="$level &gt; 6">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="$level"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$n}">
      <xsl:if test="self::tei:head">
        <xsl:call-template name="block-classes"/>
        <xsl:call-template name="id-attribute"/>
      </xsl:if>
      <xsl:variable name="doc-number">
        <xsl:if test="self::tei:head and parent::tei:div[@type = 'document'] and not(preceding-sibling::tei:head)">
          <xsl:for-each select=".."><xsl:call-template name="document-number"/></xsl:for-each>
        </xsl:if>
      </xsl:variable>
      <xsl:if test="concat($number, $doc-number) != ''">
        <span class="docnum"><xsl:value-of select="concat($number, $doc-number)"/></span>
      </xsl:if>
      <xsl:if test="self::tei:head"><xsl:call-template name="head-content"/></xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- Hook: the content of the context head (an edition's layer may set part of it apart). -->
  <xsl:template name="head-content">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- An embedded text (a letter enclosed in a letter): a section of its own inside the text
       around it, with its heading, opener, closer and notes (the notes are listed with those
       of its document). The edition's layer sends its own enclosures here. -->
  <xsl:template name="embedded-text">
    <xsl:param name="class" select="local-name()"/>
    <section class="embedded {$class}">
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:floatingText">
    <xsl:call-template name="embedded-text"/>
  </xsl:template>
  <xsl:template match="tei:floatingText/tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The title page: each part a line of its own, the imprint below. -->
  <xsl:template match="tei:titlePage">
    <section class="titlePage"><xsl:call-template name="id-attribute"/><xsl:apply-templates/></section>
  </xsl:template>
  <xsl:template match="tei:docTitle | tei:docImprint | tei:byline | tei:docAuthor | tei:docEdition">
    <xsl:if test="node()">
      <div class="{local-name()}"><xsl:apply-templates/></div>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:titlePart">
    <xsl:if test="node()">
      <p class="titlePart {@type}"><xsl:apply-templates/></p>
    </xsl:if>
  </xsl:template>

  <!-- id="..." from the context element's xml:id (made safe: see anchor-name). Not inside a
       note, whose content is shown twice (popover and endnote): only the note itself and its
       page breaks are anchors there. -->
  <xsl:template name="id-attribute">
    <xsl:if test="@xml:id and not(ancestor::tei:note)">
      <xsl:attribute name="id"><xsl:call-template name="anchor-name"><xsl:with-param name="id" select="@xml:id"/></xsl:call-template></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:fw | tei:facsimile"/>

</xsl:stylesheet>
