<?xml version="1.0" encoding="UTF-8"?>
<!-- Labels and anchors every output shares: a note's printed label, the ids of notes and
     pages, a document's number. A label is always the one the volume prints (@n: "1", "60a",
     "*", "0"), never a counter of our own; only a note without @n gets its position. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The printed label of the context note: @n, else its number among the notes of its
       document (or of the whole text when there is no document division). -->
  <xsl:template name="note-label">
    <xsl:choose>
      <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
      <xsl:when test="ancestor::tei:div[@type='document']">
        <xsl:number level="any" count="tei:note" from="tei:div[@type='document']"/>
      </xsl:when>
      <xsl:otherwise><xsl:number level="any" count="tei:note" from="tei:text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The anchor of the context note: @xml:id, else a generated one. -->
  <xsl:template name="note-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('note_', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The anchor of the context pb: @xml:id, else pg_ + @n (the FRUS scheme), else generated. -->
  <xsl:template name="page-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="@n"><xsl:value-of select="concat('pg_', @n)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('pg_', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "[Page 207]" for the context pb ("[Page]" when it has no @n). -->
  <xsl:template name="page-label">
    <xsl:text>[Page</xsl:text>
    <xsl:if test="@n"><xsl:text> </xsl:text><xsl:value-of select="@n"/></xsl:if>
    <xsl:text>]</xsl:text>
  </xsl:template>

</xsl:stylesheet>
