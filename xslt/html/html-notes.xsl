<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML notes: the printed label as a superscript link to the numbered note after the text
     (which links back), and the note in a popover on hover and on keyboard focus. A note in a
     note is a link inside its note and has an entry of its own in the list. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The context note's anchor (see note-id) with a prefix and a suffix. -->
  <xsl:template name="note-anchor">
    <xsl:param name="prefix" select="''"/>
    <xsl:param name="suffix" select="''"/>
    <xsl:value-of select="$prefix"/>
    <xsl:call-template name="note-id"/>
    <xsl:value-of select="$suffix"/>
  </xsl:template>

  <!-- A note at its place. -->
  <xsl:template match="tei:note">
    <span class="fn">
      <sup>
        <a class="noteref">
          <xsl:attribute name="id"><xsl:call-template name="note-anchor"><xsl:with-param name="suffix" select="'-ref'"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="href"><xsl:call-template name="note-anchor"><xsl:with-param name="prefix" select="'#'"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="aria-describedby"><xsl:call-template name="note-anchor"><xsl:with-param name="suffix" select="'-pop'"/></xsl:call-template></xsl:attribute>
          <xsl:call-template name="note-label"/>
        </a>
      </sup>
      <span class="popover" role="tooltip">
        <xsl:attribute name="id"><xsl:call-template name="note-anchor"><xsl:with-param name="suffix" select="'-pop'"/></xsl:call-template></xsl:attribute>
        <span class="popover-label"><xsl:call-template name="note-label"/></span>
        <xsl:text> </xsl:text>
        <xsl:apply-templates mode="popover"/>
      </span>
    </span>
  </xsl:template>

  <!-- The notes given (those of a document, of a top-level division, of the front …), inline
       notes left out, in order, each with a link back to its place. -->
  <xsl:template name="endnotes">
    <xsl:param name="notes"/>
    <xsl:variable name="numbered" select="$notes[not(@place = 'inline' or @rend = 'inline')]"/>
    <xsl:if test="$numbered">
      <section class="notes">
        <h2>Notes</h2>
        <ol>
          <xsl:for-each select="$numbered">
            <li>
              <xsl:attribute name="id"><xsl:call-template name="note-id"/></xsl:attribute>
              <a class="note-label">
                <xsl:attribute name="href"><xsl:call-template name="note-anchor"><xsl:with-param name="prefix" select="'#'"/><xsl:with-param name="suffix" select="'-ref'"/></xsl:call-template></xsl:attribute>
                <xsl:attribute name="title">Back to the text</xsl:attribute>
                <xsl:call-template name="note-label"/>
              </a>
              <xsl:text> </xsl:text>
              <div class="note-text"><xsl:apply-templates/></div>
              <xsl:text> </xsl:text>
              <a class="backref">
                <xsl:attribute name="href"><xsl:call-template name="note-anchor"><xsl:with-param name="prefix" select="'#'"/><xsl:with-param name="suffix" select="'-ref'"/></xsl:call-template></xsl:attribute>
                <xsl:attribute name="aria-label">Back to the text</xsl:attribute>
                <xsl:text>↩</xsl:text>
              </a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- In a popover (phrasing content only, and no ids: the endnote has them), blocks are
       spans set as blocks, a note in the note is its label, a page break its label. -->
  <xsl:template match="tei:pb" mode="popover">
    <span class="pb-inline"><xsl:call-template name="page-label"/></span>
  </xsl:template>
  <xsl:template match="tei:note" mode="popover">
    <sup class="noteref"><xsl:call-template name="note-label"/></sup>
  </xsl:template>
  <xsl:template match="tei:p | tei:ab | tei:list | tei:item | tei:quote | tei:table | tei:row |
                       tei:cell | tei:lg | tei:l | tei:figure | tei:head | tei:label" mode="popover">
    <span class="{local-name()}-in-note"><xsl:apply-templates mode="popover"/></span>
  </xsl:template>
  <xsl:template match="*" mode="popover">
    <xsl:apply-templates select="."/>
  </xsl:template>

</xsl:stylesheet>
