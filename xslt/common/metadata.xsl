<?xml version="1.0" encoding="UTF-8"?>
<!-- What every output shows about the file and each document: the title of the publication,
     a document's number and title. Generic TEI; an edition's layer may override
     "document-number" (the FRUS layer). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The title of the publication: the complete title of the work the header's source
       describes (sourceDesc//monogr), else titleStmt's complete title, else its first. -->
  <xsl:variable name="publication-title">
    <xsl:variable name="header" select="/*/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="monogr" select="$header/tei:sourceDesc//tei:monogr/tei:title[@type='complete']"/>
    <xsl:choose>
      <xsl:when test="$monogr"><xsl:value-of select="normalize-space($monogr[1])"/></xsl:when>
      <xsl:when test="$header/tei:titleStmt/tei:title[@type='complete']"><xsl:value-of select="normalize-space($header/tei:titleStmt/tei:title[@type='complete'][1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($header/tei:titleStmt/tei:title[1])"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The documents: divisions of type "document" (an edition's letters, memoranda,
       telegrams); each is a unit with its own number, heading and notes. -->
  <xsl:variable name="documents" select="//tei:text/tei:body//tei:div[@type='document']"/>

  <!-- What stands before the context document's heading (its number). Generic TEI: nothing,
       the head is shown as it is. -->
  <xsl:template name="document-number"/>

  <!-- The plain heading of the context division, number included: its first head without
       notes, whitespace normalised. -->
  <xsl:template name="document-plain-title">
    <xsl:call-template name="document-number"/>
    <xsl:variable name="t">
      <xsl:for-each select="tei:head[1]//text()[not(ancestor::tei:note)]"><xsl:value-of select="."/></xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>

  <!-- The depth of the context division among divisions and embedded texts (1 for a
       top-level one), for heading levels. -->
  <xsl:template name="division-depth">
    <xsl:value-of select="count(ancestor-or-self::tei:div | ancestor-or-self::tei:floatingText)"/>
  </xsl:template>

</xsl:stylesheet>
