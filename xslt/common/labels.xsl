<?xml version="1.0" encoding="UTF-8"?>
<!-- Labels and anchors every output shares: a note's printed label, the ids of notes, pages
     and other elements. A label is always the one the text prints (@n: "1", "60a", "*", "0"),
     never a counter of our own; a note without @n that is not inline gets its number among
     such notes of its document (or of the whole text outside documents); an inline note
     (@place or @rend "inline", e.g. a source note printed above a heading) has no label: it
     is shown where it stands. The numbers are counted once, in one pass (a key into a small
     table), not per note: linear in the input. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="tei exsl">

  <xsl:key name="note-number" match="note-number" use="@of"/>

  <!-- generate-id() of every note without @n that is not inline, with its number. -->
  <xsl:variable name="note-numbers-table">
    <xsl:for-each select="//tei:text//tei:div[@type = 'document']">
      <xsl:for-each select=".//tei:note[not(@n)][not(@place = 'inline' or @rend = 'inline')]">
        <note-number of="{generate-id()}" n="{position()}"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="//tei:text//tei:note[not(@n)][not(@place = 'inline' or @rend = 'inline')]
                          [not(ancestor::tei:div[@type = 'document'])]">
      <note-number of="{generate-id()}" n="{position()}"/>
    </xsl:for-each>
  </xsl:variable>

  <!-- "yes" when the context note is shown where it stands, without a label. -->
  <xsl:template name="note-is-inline">
    <xsl:if test="@place = 'inline' or @rend = 'inline'">yes</xsl:if>
  </xsl:template>

  <!-- The printed label of the context note: @n, else its number (see above). -->
  <xsl:template name="note-label">
    <xsl:choose>
      <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="id" select="generate-id()"/>
        <xsl:for-each select="exsl:node-set($note-numbers-table)">
          <xsl:value-of select="key('note-number', $id)/@n"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The anchor of the context element: @xml:id made safe (see anchor-name), else one made
       from prefix and generate-id() (prefix_idN). -->
  <xsl:template name="element-id">
    <xsl:param name="prefix" select="'id'"/>
    <xsl:choose>
      <xsl:when test="@xml:id">
        <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="@xml:id"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($prefix, '_', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The anchor of the context note. -->
  <xsl:template name="note-id">
    <xsl:call-template name="element-id"><xsl:with-param name="prefix" select="'note'"/></xsl:call-template>
  </xsl:template>

  <!-- The anchor of the context pb: @xml:id, else pg_ + @n, else generated (all made safe). -->
  <xsl:template name="page-id">
    <xsl:choose>
      <xsl:when test="@xml:id or not(@n)">
        <xsl:call-template name="element-id"><xsl:with-param name="prefix" select="'pg'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="concat('pg_', @n)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "[Page 207]" for the context pb ("[Page]" when it has no @n), unescaped. -->
  <xsl:template name="page-label">
    <xsl:text>[Page</xsl:text>
    <xsl:if test="normalize-space(@n) != ''"><xsl:text> </xsl:text><xsl:value-of select="normalize-space(@n)"/></xsl:if>
    <xsl:text>]</xsl:text>
  </xsl:template>

</xsl:stylesheet>
