<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> LaTeX for print (pdflatex), generic TEI: front, body and back in their order,
     divisions with headings of their depth, real footnotes at the foot of the page that print
     the text's own labels, page breaks as a mark in the line with the page number in the
     margin, tables that break across pages, typographic quotes, dashes and accents from UTF-8.
     Each block starts with a comment "% TEI line N" (N: its line in the TEI file), which lets
     teipress report a TeX error at the TEI line it came from. Runnable with plain xsltproc. An
     edition's layer imports it (the FRUS layer). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="tei exsl">

  <xsl:import href="../common/urls.xsl"/>
  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/links.xsl"/>
  <xsl:import href="../common/names.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/escape.xsl"/>
  <xsl:import href="../common/whitespace.xsl"/>
  <xsl:import href="../common/presentation.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:include href="latex-preamble.xsl"/>
  <xsl:include href="latex-structure.xsl"/>
  <xsl:include href="latex-blocks.xsl"/>
  <xsl:include href="latex-lists.xsl"/>
  <xsl:include href="latex-tables.xsl"/>
  <xsl:include href="latex-inline.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:group tei:div tei:list tei:table tei:row tei:opener
                             tei:closer tei:postscript tei:listBibl tei:titlePage tei:docTitle
                             tei:figure tei:floatingText tei:lg"/>

  <xsl:template match="/">
    <xsl:call-template name="preamble"/>
    <xsl:text>\begin{document}&#10;</xsl:text>
    <xsl:if test="$publication-title != ''">
      <xsl:text>\teipublication{</xsl:text>
      <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$publication-title"/></xsl:call-template>
      <xsl:text>}&#10;</xsl:text>
    </xsl:if>
    <xsl:apply-templates select="/tei:TEI/tei:text | /tei:teiCorpus/tei:TEI/tei:text"/>
    <xsl:text>&#10;\end{document}&#10;</xsl:text>
  </xsl:template>

  <!-- Text: whitespace as TEI defines it (see whitespace.xsl; no blank line can end a
       paragraph inside a text), then escaped. -->
  <!-- (Each piece inside an element of its own, which the text output leaves out: one text
       node for the whole output would make libxslt copy it at every append after a variable
       holding text — quadratic. See the text writer.) -->
  <xsl:template match="text()">
    <t><xsl:call-template name="normalized-text"/></t>
  </xsl:template>

  <!-- How normalized-text writes a piece of text: escaped. -->
  <xsl:template name="emit-text">
    <xsl:param name="s"/>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$s"/></xsl:call-template>
  </xsl:template>

  <!-- TeX's special characters as text; a hyphen followed by an empty group, so that two
       or three stay hyphens (not the ligatures of a dash). -->
  <xsl:variable name="latex-table">
    <r f="\" t="\textbackslash{{}}"/><r f="{{" t="\{{"/><r f="}}" t="\}}"/><r f="$" t="\$"/>
    <r f="&amp;" t="\&amp;"/><r f="#" t="\#"/><r f="^" t="\textasciicircum{{}}"/><r f="_" t="\_"/>
    <r f="%" t="\%"/><r f="~" t="\textasciitilde{{}}"/><r f="-" t="-{{}}"/><r f="&lt;" t="\textless{{}}"/>
    <r f="&gt;" t="\textgreater{{}}"/><r f="|" t="\textbar{{}}"/><r f="&quot;" t="\textquotedbl{{}}"/>
    <r f="`" t="\textasciigrave{{}}"/>
  </xsl:variable>
  <!-- Inside \href{…}: only # and % need a backslash (link-href has percent-encoded the rest). -->
  <xsl:variable name="latex-url-table"><r f="#" t="\#"/><r f="%" t="\%"/></xsl:variable>

  <xsl:variable name="latex-rules" select="exsl:node-set($latex-table)/r"/>
  <xsl:variable name="latex-specials" select="'\{}$&amp;#^_%~-&lt;&gt;|&quot;`'"/>

  <xsl:template name="latex-escape">
    <xsl:param name="s"/>
    <xsl:call-template name="escape-text">
      <xsl:with-param name="s" select="$s"/>
      <xsl:with-param name="table" select="$latex-rules"/>
      <xsl:with-param name="specials" select="$latex-specials"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="url-escape">
    <xsl:param name="s"/>
    <xsl:call-template name="escape-text">
      <xsl:with-param name="s" select="$s"/>
      <xsl:with-param name="table" select="exsl:node-set($latex-url-table)/r"/>
      <xsl:with-param name="specials" select="'#%'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A line "% TEI line N" for the context element (before a block). -->
  <xsl:template name="tex-line">
    <xsl:text>&#10;% TEI line </xsl:text><xsl:call-template name="source-line"/><xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- \hypertarget{id}{} for the context element's xml:id (anchor-name: nothing TeX reads). -->
  <xsl:template name="tex-anchor">
    <xsl:if test="@xml:id">
      <xsl:text>\hypertarget{</xsl:text>
      <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="@xml:id"/></xsl:call-template>
      <xsl:text>}{}</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- "yes" when the context node is where TeX has no margin and no outer paragraph (a note,
       a table cell, a table caption, a link, a list label): page breaks and notes are set in
       the line there. -->
  <xsl:template name="tex-inner">
    <xsl:if test="ancestor::tei:note or ancestor::tei:table or
                  ancestor::tei:ref[@target] or ancestor::tei:ptr[@target] or ancestor::tei:label or
                  ancestor::tei:figure">yes</xsl:if>
  </xsl:template>

</xsl:stylesheet>
