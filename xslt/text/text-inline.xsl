<?xml version="1.0" encoding="UTF-8"?>
<!-- Text: phrase-level elements (their text), notes (the label at their place), page breaks
     ("[Page 207]" at their place), line breaks (a line break in a closer, a signature, a
     dateline or verse; a space elsewhere, where the reading text has one line). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- A note is its label at its place; its text follows the document. -->
  <xsl:template match="tei:note">
    <xsl:call-template name="note-label"/>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:call-template name="page-label"/>
  </xsl:template>

  <xsl:template match="tei:lb">
    <xsl:choose>
      <xsl:when test="(ancestor::tei:closer or ancestor::tei:signed or ancestor::tei:salute or
                       ancestor::tei:dateline or ancestor::tei:opener or ancestor::tei:lg) and
                      not(ancestor::tei:note or ancestor::tei:cell)">
        <xsl:value-of select="$nl"/>
      </xsl:when>
      <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:hi">
    <xsl:variable name="kind"><xsl:call-template name="hi-kind"/></xsl:variable>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A segment; one set to the left or right (@rendition) on a line of its own. -->
  <xsl:template match="tei:seg">
    <xsl:variable name="style"><xsl:call-template name="block-style"/></xsl:variable>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Inline elements whose content is the text. -->
  <xsl:template match="tei:emph | tei:foreign | tei:persName | tei:placeName | tei:orgName |
                       tei:name | tei:rs | tei:gloss | tei:term | tei:ref | tei:ptr | tei:date |
                       tei:time | tei:title | tei:q | tei:quote | tei:said | tei:mentioned |
                       tei:soCalled | tei:abbr | tei:expan | tei:num | tei:measure | tei:label |
                       tei:unclear | tei:sic | tei:corr | tei:orig | tei:reg | tei:add | tei:del |
                       tei:docDate | tei:pubPlace | tei:publisher | tei:figDesc | tei:item">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A choice reads as its corrected, expanded or regularised form. -->
  <xsl:template match="tei:choice[tei:corr or tei:expan or tei:reg]">
    <xsl:apply-templates select="(tei:corr | tei:expan | tei:reg)[1]/node()"/>
  </xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates select="*[1]"/></xsl:template>

  <!-- Not reading text: the header, the editors' additions, front and back matter, images. -->
  <xsl:template match="tei:supplied | tei:gap | tei:teiHeader | tei:back | tei:front |
                       tei:fw | tei:facsimile | tei:milestone | tei:anchor | tei:index |
                       tei:graphic | tei:media"/>

</xsl:stylesheet>
