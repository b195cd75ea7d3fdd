<?xml version="1.0" encoding="UTF-8"?>
<!-- What every output shows about the file and each document: the volume's title, a
     document's number and title. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The title of the publication (the volume): the complete title of the volume the header's
       source describes (sourceDesc//monogr), else titleStmt's complete title, else its first. -->
  <xsl:variable name="publication-title">
    <xsl:variable name="header" select="/*/tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="monogr" select="$header/tei:sourceDesc//tei:monogr/tei:title[@type='complete']"/>
    <xsl:choose>
      <xsl:when test="$monogr"><xsl:value-of select="normalize-space($monogr[1])"/></xsl:when>
      <xsl:when test="$header/tei:titleStmt/tei:title[@type='complete']"><xsl:value-of select="normalize-space($header/tei:titleStmt/tei:title[@type='complete'][1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($header/tei:titleStmt/tei:title[1])"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The documents to render: the document divisions, else the body as one. -->
  <xsl:variable name="documents" select="//tei:text/tei:body//tei:div[@type='document']"/>

  <!-- "67. " for the context document when its head does not begin with its number already
       (the Office of the Historian's heads, and convert's, hold it: "67. Memorandum …"; older
       TEI keeps it only in @n); nothing otherwise or without @n. -->
  <xsl:template name="document-number">
    <xsl:if test="@n and not(starts-with(normalize-space(tei:head[1]), concat(@n, '.')))">
      <xsl:value-of select="concat(@n, '. ')"/>
    </xsl:if>
  </xsl:template>

  <!-- The plain heading of the context document, number included: its head without notes,
       whitespace normalised. -->
  <xsl:template name="document-plain-title">
    <xsl:call-template name="document-number"/>
    <xsl:variable name="t">
      <xsl:for-each select="tei:head[1]//text()[not(ancestor::tei:note)]"><xsl:value-of select="."/></xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>

</xsl:stylesheet>
