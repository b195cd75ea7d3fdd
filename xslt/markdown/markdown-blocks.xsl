<?xml version="1.0" encoding="UTF-8"?>
<!-- Markdown: a document's heading, blocks (one blank line apart), lists, page markers between
     blocks, and the footnote definitions after the text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="*" mode="document">
    <xsl:if test="position() &gt; 1"><xsl:value-of select="concat($nl, '---', $nl, $nl)"/></xsl:if>
    <xsl:if test="@n or tei:head">
      <xsl:text># </xsl:text>
      <xsl:call-template name="document-number"/>
      <xsl:apply-templates select="tei:head[1]/node()"/>
      <xsl:value-of select="$nl"/>
    </xsl:if>
    <xsl:apply-templates select="node()[not(self::tei:head) or preceding-sibling::tei:head]"/>
    <xsl:variable name="notes" select=".//tei:note[not(ancestor::tei:note)]"/>
    <xsl:if test="$notes">
      <xsl:value-of select="$nl"/>
      <xsl:for-each select="$notes">
        <xsl:text>[^</xsl:text>
        <xsl:call-template name="footnote-label"/>
        <xsl:text>]: </xsl:text>
        <xsl:apply-templates/>
        <xsl:value-of select="$nl"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:value-of select="$nl"/>
    <xsl:apply-templates select="node()[not(self::tei:list)]"/>
    <xsl:value-of select="$nl"/>
    <xsl:apply-templates select="tei:list"/>
  </xsl:template>

  <!-- A section break: a thematic break. -->
  <xsl:template match="tei:div">
    <xsl:if test="preceding-sibling::*[not(self::tei:head or self::tei:opener or self::tei:pb or self::tei:list[@type='subject'])]">
      <xsl:value-of select="concat($nl, '* * *', $nl)"/>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <xsl:value-of select="concat($nl, '## ')"/>
    <xsl:apply-templates/>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:opener[not(.//text()[normalize-space()])]"/>
  <xsl:template match="tei:opener | tei:closer"><xsl:apply-templates/></xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed">
    <xsl:value-of select="concat($nl, '*')"/>
    <xsl:apply-templates/>
    <xsl:value-of select="concat('*', $nl)"/>
  </xsl:template>

  <xsl:template match="tei:list[@type='subject']">
    <xsl:for-each select="tei:item">
      <xsl:value-of select="$nl"/>
      <xsl:if test="position() = 1 and ../tei:head">**Subject:** </xsl:if>
      <xsl:apply-templates/>
      <xsl:value-of select="$nl"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A list; a page break between items opens the next item. -->
  <xsl:template match="tei:list">
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="tei:item">
      <xsl:text>- </xsl:text>
      <xsl:for-each select="preceding-sibling::*[1][self::tei:pb]">
        <xsl:call-template name="page-marker"/>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:apply-templates/>
      <xsl:value-of select="$nl"/>
    </xsl:for-each>
    <xsl:for-each select="tei:pb[not(following-sibling::tei:item)]">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="page-marker"/>
      <xsl:value-of select="$nl"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A page marker between blocks: a paragraph of its own, with an anchor. -->
  <xsl:template match="tei:div/tei:pb | tei:body/tei:pb">
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="page-marker"/>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A table: a GitHub pipe table, the first row as its header. -->
  <xsl:template match="tei:table">
    <xsl:if test="tei:head">
      <xsl:value-of select="concat($nl, '**')"/><xsl:apply-templates select="tei:head/node()"/><xsl:value-of select="concat('**', $nl)"/>
    </xsl:if>
    <xsl:value-of select="$nl"/>
    <xsl:for-each select="tei:row">
      <xsl:text>|</xsl:text>
      <xsl:for-each select="tei:cell">
        <xsl:text> </xsl:text><xsl:apply-templates/><xsl:text> |</xsl:text>
      </xsl:for-each>
      <xsl:value-of select="$nl"/>
      <xsl:if test="position() = 1">
        <xsl:text>|</xsl:text>
        <xsl:for-each select="tei:cell"><xsl:text> --- |</xsl:text></xsl:for-each>
        <xsl:value-of select="$nl"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- A figure: its heading and description in brackets (no image is fetched). -->
  <xsl:template match="tei:figure">
    <xsl:value-of select="concat($nl, '\[')"/>
    <xsl:apply-templates select="tei:head/node()"/>
    <xsl:if test="tei:head and tei:figDesc"><xsl:text>: </xsl:text></xsl:if>
    <xsl:apply-templates select="tei:figDesc/node()"/>
    <xsl:if test="not(tei:head or tei:figDesc)"><xsl:text>figure</xsl:text></xsl:if>
    <xsl:value-of select="concat('\]', $nl)"/>
  </xsl:template>

  <!-- Front and back matter other than the lists of persons and terms: before / after the
       documents. -->
  <xsl:template match="tei:front | tei:back">
    <xsl:apply-templates select="*[not(self::tei:div[@subtype='index'])]"/>
  </xsl:template>

  <!-- The lists of persons and of abbreviations and terms, after the documents. -->
  <xsl:template name="names-index">
    <xsl:for-each select="/*/tei:text/tei:back//tei:div[@subtype='index'][.//tei:item[.//tei:persName/@xml:id or .//tei:term/@xml:id]]">
      <xsl:value-of select="concat($nl, '## ')"/>
      <xsl:choose>
        <xsl:when test="tei:head"><xsl:apply-templates select="tei:head/node()"/></xsl:when>
        <xsl:when test=".//tei:persName/@xml:id">Persons</xsl:when>
        <xsl:otherwise>Abbreviations and Terms</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat($nl, $nl)"/>
      <xsl:for-each select=".//tei:item[.//tei:persName/@xml:id or .//tei:term/@xml:id]">
        <xsl:variable name="id" select="(.//tei:persName/@xml:id | .//tei:term/@xml:id)[1]"/>
        <xsl:text>- **</xsl:text>
        <xsl:call-template name="markdown-escape">
          <xsl:with-param name="s"><xsl:call-template name="entry-name"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:text>**, </xsl:text>
        <xsl:call-template name="markdown-escape">
          <xsl:with-param name="s"><xsl:call-template name="entry-description"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:value-of select="$nl"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:fw | tei:facsimile"/>

</xsl:stylesheet>
