<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> the reading text: the exact reverse of `teipress convert` (README, "The reading-text
     format and the TEI it becomes"). Leaves out teiHeader, back, supplied and gap; writes a
     note as its label at its place and every note of a document after its text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- The converter indents only element-only content: whitespace there is not text. -->
  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:div tei:list tei:opener tei:closer tei:listBibl"/>

  <xsl:variable name="nl" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$documents">
        <xsl:for-each select="$documents">
          <!-- Documents of one file are set apart by two blank lines. -->
          <xsl:if test="position() &gt; 1"><xsl:value-of select="concat($nl, $nl, $nl)"/></xsl:if>
          <xsl:apply-templates select="." mode="document"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="//tei:text/tei:body">
          <xsl:apply-templates select="." mode="document"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Line 1 "{@n}. {head}", the blocks, then the notes. -->
  <xsl:template match="*" mode="document">
    <xsl:call-template name="document-number"/>
    <xsl:apply-templates select="tei:head[1]/node()"/>
    <xsl:apply-templates select="node()[not(self::tei:head) or preceding-sibling::tei:head]"/>
    <xsl:if test=".//tei:note">
      <xsl:value-of select="$nl"/>
      <xsl:for-each select=".//tei:note[not(ancestor::tei:note)]">
        <xsl:value-of select="concat($nl, '  ')"/>
        <xsl:call-template name="note-label"/>
        <xsl:text>. </xsl:text>
        <xsl:apply-templates/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- Blocks: each starts after one blank line. -->
  <xsl:template match="tei:p | tei:ab | tei:head | tei:closer | tei:postscript | tei:trailer">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The lines of a closer (salute, signed, ...) one per line. -->
  <xsl:template match="tei:closer/*">
    <xsl:if test="preceding-sibling::*"><xsl:value-of select="$nl"/></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A heading followed by two blank lines: the opener stands for the lost dateline. -->
  <xsl:template match="tei:opener">
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A section break: one more blank line before its first block. -->
  <xsl:template match="tei:div">
    <xsl:value-of select="$nl"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A list is a block of its own (also inside a p), one line per item; a page marker
       between items is a line of its own. -->
  <xsl:template match="tei:list">
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:apply-templates select="tei:head"/>
    <xsl:for-each select="tei:item | tei:pb">
      <xsl:if test="position() &gt; 1"><xsl:value-of select="$nl"/></xsl:if>
      <xsl:choose>
        <xsl:when test="self::tei:pb"><xsl:call-template name="page-label"/></xsl:when>
        <xsl:otherwise>
          <xsl:if test="../@type = 'subject'"><xsl:text>  • </xsl:text></xsl:if>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A list heading is written only when it holds text of the reading text. -->
  <xsl:template match="tei:list/tei:head">
    <xsl:if test=".//text()[normalize-space()][not(ancestor::tei:supplied)]">
      <xsl:apply-templates/>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

  <!-- A page marker: a block between blocks, else inline. -->
  <xsl:template match="tei:pb">
    <xsl:if test="parent::tei:div or parent::tei:body">
      <xsl:value-of select="concat($nl, $nl)"/>
    </xsl:if>
    <xsl:call-template name="page-label"/>
  </xsl:template>

  <xsl:template match="tei:lb">
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A note is its label at its place; its text follows the document. -->
  <xsl:template match="tei:note">
    <xsl:call-template name="note-label"/>
  </xsl:template>

  <!-- Inline elements whose content is the text. -->
  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:persName | tei:placeName |
                       tei:orgName | tei:name | tei:rs | tei:gloss | tei:term | tei:ref |
                       tei:ptr | tei:date | tei:time | tei:title | tei:q | tei:quote |
                       tei:said | tei:mentioned | tei:soCalled | tei:abbr | tei:expan |
                       tei:num | tei:measure | tei:seg | tei:dateline | tei:signed |
                       tei:salute | tei:item | tei:label | tei:unclear | tei:sic |
                       tei:corr | tei:orig | tei:reg | tei:add | tei:del">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A choice reads as its corrected, expanded or regularised form. -->
  <xsl:template match="tei:choice[tei:corr or tei:expan or tei:reg]">
    <xsl:apply-templates select="(tei:corr | tei:expan | tei:reg)[1]/node()"/>
  </xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates select="*[1]"/></xsl:template>

  <!-- Text the reading text does not have. -->
  <xsl:template match="tei:supplied | tei:gap | tei:teiHeader | tei:back | tei:front |
                       tei:fw | tei:facsimile | tei:milestone | tei:anchor | tei:index"/>

</xsl:stylesheet>
