<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> the reading text: the exact reverse of `teipress convert` (README, "The reading-text
     format and the TEI it becomes"), extended to every construct of generic TEI. Leaves out
     teiHeader, front, back, supplied and gap; writes a note as its label at its place and
     every note of a document after its text; whitespace as XML and TEI define it
     (whitespace.xsl), so that pretty-printed TEI gives the same text as TEI written on one
     line. Runnable with plain xsltproc. An edition's layer imports it (the FRUS layer). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/urls.xsl"/>
  <xsl:import href="../common/escape.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/whitespace.xsl"/>
  <xsl:import href="../common/presentation.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:include href="text-blocks.xsl"/>
  <xsl:include href="text-lists.xsl"/>
  <xsl:include href="text-inline.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- Element-only content (the converter indents only there): whitespace there is not text. -->
  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:group tei:div tei:list tei:table tei:row tei:opener
                             tei:closer tei:postscript tei:listBibl tei:titlePage tei:docTitle
                             tei:figure tei:floatingText tei:lg"/>

  <xsl:variable name="nl" select="'&#10;'"/>

  <!-- The text without the line breaks that separate it from what would come before (every
       block begins with its separator). -->
  <xsl:template match="/">
    <xsl:variable name="text">
      <xsl:apply-templates select="/tei:TEI/tei:text/tei:body | /tei:teiCorpus/tei:TEI/tei:text/tei:body |
                                   /tei:TEI/tei:text/tei:group | /tei:teiCorpus/tei:TEI/tei:text/tei:group"/>
    </xsl:variable>
    <xsl:variable name="first" select="substring(translate($text, $nl, ''), 1, 1)"/>
    <xsl:value-of select="substring($text, string-length(substring-before($text, $first)) + 1)"/>
  </xsl:template>

  <!-- The body: its blocks; the notes outside documents after them. -->
  <xsl:template match="tei:body | tei:group">
    <xsl:apply-templates/>
    <xsl:call-template name="notes-list">
      <xsl:with-param name="notes" select=".//tei:note[not(ancestor::tei:div[@type = 'document'])]"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A document: line 1 its heading ("{number}. {head}"; an inline note that stands before
       the heading follows it), then its blocks, then its notes. Documents are set apart by
       two blank lines. -->
  <xsl:template match="tei:div[@type = 'document']">
    <xsl:call-template name="document-separator"/>
    <!-- (strict: an edition's layer that numbers headings gives line 1 its "{n}. " form) -->
    <xsl:call-template name="document-number"><xsl:with-param name="strict" select="'yes'"/></xsl:call-template>
    <xsl:apply-templates select="tei:head[1]/node()"/>
    <xsl:apply-templates select="node()[not(generate-id() = generate-id(current()/tei:head[1]))]"/>
    <xsl:call-template name="notes-list">
      <xsl:with-param name="notes" select=".//tei:note"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Two blank lines before a document (dropped at the start of the text). -->
  <xsl:template name="document-separator">
    <xsl:value-of select="concat($nl, $nl, $nl)"/>
  </xsl:template>

  <!-- After the blocks: one blank line, then each note (inline notes are in the text) as
       "  {label}. {text}" on a line of its own. -->
  <xsl:template name="notes-list">
    <xsl:param name="notes"/>
    <xsl:variable name="numbered" select="$notes[not(@place = 'inline' or @rend = 'inline')]"/>
    <xsl:if test="$numbered">
      <xsl:value-of select="$nl"/>
      <xsl:for-each select="$numbered">
        <xsl:value-of select="concat($nl, '  ')"/>
        <xsl:call-template name="note-label"/>
        <xsl:text>. </xsl:text>
        <xsl:apply-templates/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- Text: whitespace as TEI defines it (whitespace.xsl). Each piece is written inside an
       element of its own, which the text output leaves out: libxslt appends to the last text
       node of the output by copying it whenever a variable holding text was built in between,
       so one text node for the whole output would make rendering quadratic (8,000 paragraphs:
       3.3 s, against 0.3 s). -->
  <xsl:template match="text()">
    <t><xsl:call-template name="normalized-text"/></t>
  </xsl:template>

</xsl:stylesheet>
