<?xml version="1.0" encoding="UTF-8"?>
<!-- The titles a volume's own pages show (website, EPUB, printed volume): the volume's title,
     a part's, a document's number and title (line breaks of the heading as spaces, the number
     the heading begins with — "5." or "No. 5." — set apart), and its date. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The volume's title: the publication's, else the first title page's first line, else
       "Volume". -->
  <xsl:variable name="volume-title">
    <xsl:choose>
      <xsl:when test="$publication-title != ''"><xsl:value-of select="$publication-title"/></xsl:when>
      <xsl:when test="//tei:front/tei:titlePage//tei:titlePart"><xsl:value-of select="normalize-space((//tei:front/tei:titlePage//tei:titlePart)[1])"/></xsl:when>
      <xsl:otherwise>Volume</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The title of the context part: its head without notes, else its type. -->
  <xsl:template name="part-title">
    <xsl:variable name="t">
      <xsl:for-each select="tei:head[1]//text()[not(ancestor::tei:note)] | tei:head[1]//tei:lb[not(ancestor::tei:note)]">
        <xsl:choose>
          <xsl:when test="self::tei:lb"><xsl:text> </xsl:text></xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($t) != ''"><xsl:value-of select="normalize-space($t)"/></xsl:when>
      <xsl:when test="@type"><xsl:value-of select="concat(translate(substring(@type, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring(@type, 2))"/></xsl:when>
      <xsl:otherwise>Part</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The number of the context document and its title without it: "5" and "Memorandum …". -->
  <xsl:template name="document-title-only">
    <xsl:variable name="n" select="normalize-space(@n)"/>
    <xsl:variable name="t">
      <xsl:for-each select="tei:head[1]//text()[not(ancestor::tei:note)] | tei:head[1]//tei:lb[not(ancestor::tei:note)]">
        <xsl:choose>
          <xsl:when test="self::tei:lb"><xsl:text> </xsl:text></xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="title" select="normalize-space($t)"/>
    <xsl:choose>
      <xsl:when test="$n != '' and starts-with($title, concat($n, '. '))"><xsl:value-of select="substring-after($title, concat($n, '. '))"/></xsl:when>
      <xsl:when test="$n != '' and starts-with($title, concat('No. ', $n, '. '))"><xsl:value-of select="substring-after($title, concat('No. ', $n, '. '))"/></xsl:when>
      <xsl:when test="$n != '' and starts-with($title, concat('No. ', $n, '.'))"><xsl:value-of select="substring-after($title, concat('No. ', $n, '.'))"/></xsl:when>
      <xsl:when test="$title = '' and $n != ''"><xsl:value-of select="concat('Document ', $n)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "5. Memorandum …": the context document's number (when it has one) and title. -->
  <xsl:template name="document-entry">
    <xsl:if test="normalize-space(@n) != ''"><xsl:value-of select="concat(normalize-space(@n), '. ')"/></xsl:if>
    <xsl:call-template name="document-title-only"/>
  </xsl:template>

  <!-- "Document 5" (or the title, for a document without a number). -->
  <xsl:template name="document-short-label">
    <xsl:choose>
      <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="concat('Document ', normalize-space(@n))"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="document-title-only"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The date of the context document: its dateline's date (the first with @when, else the
       first), else frus:doc-dateTime-min. Writes "when|text": the ISO date (or nothing) and
       the date as printed (or the ISO date). -->
  <xsl:template name="document-date">
    <xsl:variable name="dates" select="(tei:opener/tei:dateline | tei:dateline)/tei:date"/>
    <xsl:variable name="date" select="($dates[@when] | $dates[not(../tei:date[@when])])[1]"/>
    <xsl:variable name="min" select="@*[local-name() = 'doc-dateTime-min'][1]"/>
    <xsl:choose>
      <xsl:when test="$date">
        <xsl:value-of select="concat(normalize-space($date/@when), '|', normalize-space($date))"/>
      </xsl:when>
      <xsl:when test="$min"><xsl:value-of select="concat(substring($min, 1, 10), '|', substring($min, 1, 10))"/></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
