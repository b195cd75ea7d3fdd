<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> CommonMark with footnotes ([^1], as GitHub and pandoc read them) and the printed
     volume's page breaks (<a id="pg_207"></a>\[Page 207\] at their place), generic TEI: front,
     body and back in their order, headings of their depth, lists with their labels, pipe
     tables. Text is escaped (every character Markdown could read as syntax, and at the start
     of a block what would begin a heading or a list); whitespace as TEI defines it. Runnable
     with plain xsltproc. An edition's layer imports it (the FRUS layer). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="tei exsl">

  <xsl:import href="../common/escape.xsl"/>
  <xsl:import href="../common/urls.xsl"/>
  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/links.xsl"/>
  <xsl:import href="../common/names.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/whitespace.xsl"/>
  <xsl:import href="../common/presentation.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:include href="markdown-blocks.xsl"/>
  <xsl:include href="markdown-lists.xsl"/>
  <xsl:include href="markdown-inline.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:group tei:div tei:list tei:table tei:row tei:opener
                             tei:closer tei:postscript tei:listBibl tei:titlePage tei:docTitle
                             tei:figure tei:floatingText tei:lg"/>

  <xsl:variable name="nl" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:variable name="text">
      <xsl:apply-templates select="/tei:TEI/tei:text | /tei:teiCorpus/tei:TEI/tei:text"/>
    </xsl:variable>
    <!-- Without the line breaks before the first block. -->
    <xsl:variable name="first" select="substring(translate($text, $nl, ''), 1, 1)"/>
    <xsl:value-of select="substring($text, string-length(substring-before($text, $first)) + 1)"/>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- Text: whitespace as TEI defines it, escaped; at the start of a block, a character that
       would begin a heading, a list or a quotation, or a number followed by "." or ")", gets a
       backslash. -->
  <!-- (Each piece inside an element of its own, which the text output leaves out: one text
       node for the whole output would make libxslt copy it at every append after a variable
       holding text — quadratic. See the text writer.) -->
  <xsl:template match="text()">
    <t><xsl:call-template name="normalized-text"/></t>
  </xsl:template>

  <xsl:template name="emit-text">
    <xsl:param name="s"/>
    <xsl:variable name="first" select="substring($s, 1, 1)"/>
    <xsl:variable name="block-start" select="not(preceding-sibling::node()[1]) and
                  (parent::tei:p or parent::tei:ab or parent::tei:item or parent::tei:label or
                   parent::tei:note or parent::tei:cell or parent::tei:signed or parent::tei:dateline or
                   parent::tei:salute or parent::tei:closer or parent::tei:opener)"/>
    <xsl:variable name="number" select="substring-before(translate($s, ')', '.'), '.')"/>
    <xsl:choose>
      <xsl:when test="$block-start and $first != '' and contains('#-+=', $first)">
        <xsl:text>\</xsl:text>
        <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$block-start and $number != '' and translate($number, '0123456789', '') = ''">
        <xsl:value-of select="concat($number, '\')"/>
        <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="substring($s, string-length($number) + 1)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="markdown-escape"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every character Markdown reads as syntax gets a backslash (CommonMark allows one before
       any punctuation). -->
  <xsl:variable name="markdown-table">
    <r f="\" t="\\"/><r f="`" t="\`"/><r f="*" t="\*"/><r f="_" t="\_"/><r f="[" t="\["/>
    <r f="]" t="\]"/><r f="&lt;" t="\&lt;"/><r f="&gt;" t="\&gt;"/><r f="&amp;" t="\&amp;"/>
    <r f="|" t="\|"/><r f="~" t="\~"/>
  </xsl:variable>
  <xsl:variable name="markdown-rules" select="exsl:node-set($markdown-table)/r"/>

  <xsl:template name="markdown-escape">
    <xsl:param name="s"/>
    <xsl:call-template name="escape-text">
      <xsl:with-param name="s" select="$s"/>
      <xsl:with-param name="table" select="$markdown-rules"/>
      <xsl:with-param name="specials" select="'\`*_[]&lt;&gt;&amp;|~'"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
