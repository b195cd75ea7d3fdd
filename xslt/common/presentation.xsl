<?xml version="1.0" encoding="UTF-8"?>
<!-- Presentation attributes every output reads the same way: the alignment of a block
     (p/@rend center|right|flushleft, @rendition "#center", "#right", "#left" pointing to the
     header's rendition definitions) and the kind of highlighting of hi/@rend. Unknown values
     are reported (unhandled-value) and the element is rendered without them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The block style of the context element: center, right, flushleft (no indent),
       section-title (a title set as a paragraph, in italics: rend="sectiontitleital"), or
       "" for none. Reports an unknown @rend or @rendition. -->
  <xsl:template name="block-style">
    <xsl:variable name="rend" select="normalize-space(@rend)"/>
    <xsl:variable name="rendition" select="normalize-space(@rendition)"/>
    <xsl:choose>
      <xsl:when test="$rend = 'center' or $rend = 'centered' or $rendition = '#center'">center</xsl:when>
      <xsl:when test="$rend = 'right' or $rend = 'flushright' or $rendition = '#right'">right</xsl:when>
      <xsl:when test="$rend = 'flushleft' or $rend = 'left' or $rendition = '#left'">flushleft</xsl:when>
      <xsl:when test="$rend = 'sectiontitleital'">section-title</xsl:when>
      <xsl:otherwise>
        <xsl:if test="@rend and not(self::tei:quote and $rend = 'blockquote') and not(self::tei:table and $rend = 'bordered')
                      and not(self::tei:note and $rend = 'inline')">
          <xsl:call-template name="unhandled-value"><xsl:with-param name="attribute" select="'rend'"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="@rendition">
          <xsl:call-template name="unhandled-value"><xsl:with-param name="attribute" select="'rendition'"/></xsl:call-template>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The kind of highlighting of the context hi: italic, bold, smallcaps, superscript,
       subscript, underline, strikethrough, or "" (reported) for a value no output knows. -->
  <xsl:template name="hi-kind">
    <xsl:variable name="rend" select="normalize-space(concat(@rend, ' ', translate(@rendition, '#', '')))"/>
    <xsl:choose>
      <xsl:when test="$rend = 'italic' or $rend = 'italics' or $rend = 'i'">italic</xsl:when>
      <xsl:when test="$rend = 'bold' or $rend = 'strong' or $rend = 'b'">bold</xsl:when>
      <xsl:when test="$rend = 'smallcaps' or $rend = 'small-caps' or $rend = 'sc'">smallcaps</xsl:when>
      <xsl:when test="$rend = 'superscript' or $rend = 'sup'">superscript</xsl:when>
      <xsl:when test="$rend = 'subscript' or $rend = 'sub'">subscript</xsl:when>
      <xsl:when test="$rend = 'underline'">underline</xsl:when>
      <xsl:when test="$rend = 'strikethrough' or $rend = 'strike'">strikethrough</xsl:when>
      <xsl:when test="$rend = ''"/>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="@rend"><xsl:call-template name="unhandled-value"><xsl:with-param name="attribute" select="'rend'"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:call-template name="unhandled-value"><xsl:with-param name="attribute" select="'rendition'"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "yes" when the context element is set as a block of its own inside mixed content (a
       paragraph that holds a list, a table or a block quotation). -->
  <xsl:template name="is-block-in-text">
    <xsl:if test="self::tei:list or self::tei:table or self::tei:figure or self::tei:lg or
                  self::tei:floatingText or self::tei:quote[tei:p or tei:list or tei:lg or @rend = 'blockquote'] or
                  self::tei:note[@place = 'inline' or @rend = 'inline']">yes</xsl:if>
  </xsl:template>

</xsl:stylesheet>
