<?xml version="1.0" encoding="UTF-8"?>
<!-- LaTeX: the structure of a text. Front, body and back in their order; divisions in tree
     order with headings of their depth (so a volume's compilations and chapters hold their
     documents); a document's heading with its number; an embedded text (floatingText, an
     edition's enclosure) set in; the title page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:text | tei:body | tei:group">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:front">
    <xsl:apply-templates/>
    <xsl:if test="../tei:body"><xsl:text>&#10;\clearpage&#10;</xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="tei:back">
    <xsl:text>&#10;\clearpage&#10;</xsl:text>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A division: its content; a section break before a section that follows text. -->
  <xsl:template match="tei:div">
    <xsl:variable name="before" select="preceding-sibling::*[1]"/>
    <xsl:if test="not(tei:head) and $before and not($before/self::tei:head or $before/self::tei:opener or $before/self::tei:pb)">
      <xsl:text>&#10;\teisectionbreak&#10;</xsl:text>
    </xsl:if>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A document: set apart from what precedes; its heading holds its number. -->
  <xsl:template match="tei:div[@type = 'document']">
    <xsl:text>&#10;\par\bigskip\goodbreak&#10;</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:if test="not(tei:head)">
      <xsl:variable name="number"><xsl:call-template name="document-number"/></xsl:variable>
      <xsl:if test="$number != ''">
        <xsl:text>&#10;\begin{teidochead}</xsl:text>
        <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$number"/></xsl:call-template>
        <xsl:text>\end{teidochead}&#10;</xsl:text>
      </xsl:if>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Headings: a document's first head (with its number), a division's by its depth, a
       further head of the same division below it. -->
  <xsl:template match="tei:div/tei:head | tei:floatingText/tei:body/tei:head | tei:floatingText//tei:div/tei:head">
    <xsl:param name="level">
      <xsl:for-each select="ancestor::*[self::tei:div or self::tei:floatingText][1]"><xsl:call-template name="division-depth"/></xsl:for-each>
    </xsl:param>
    <xsl:call-template name="tex-line"/>
    <xsl:choose>
      <xsl:when test="preceding-sibling::tei:head">
        <xsl:text>\begin{teisubhead}</xsl:text>
        <xsl:call-template name="tex-anchor"/>
        <xsl:apply-templates/>
        <xsl:text>\end{teisubhead}&#10;</xsl:text>
      </xsl:when>
      <xsl:when test="parent::tei:div[@type = 'document']">
        <xsl:text>\begin{teidochead}</xsl:text>
        <xsl:call-template name="tex-anchor"/>
        <xsl:for-each select=".."><xsl:variable name="n"><xsl:call-template name="document-number"/></xsl:variable>
          <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$n"/></xsl:call-template>
        </xsl:for-each>
        <xsl:apply-templates/>
        <xsl:text>\end{teidochead}&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('\begin{teihead}{', $level, '}')"/>
        <xsl:call-template name="tex-anchor"/>
        <xsl:apply-templates/>
        <xsl:text>\end{teihead}&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An embedded text (a letter enclosed in a letter): set in, with its heading, opener,
       closer and notes. The edition's layer sends its own enclosures here. -->
  <xsl:template name="embedded-text">
    <xsl:text>&#10;\begin{teiembedded}</xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>\end{teiembedded}&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:floatingText"><xsl:call-template name="embedded-text"/></xsl:template>
  <xsl:template match="tei:floatingText/tei:body"><xsl:apply-templates/></xsl:template>

  <!-- The title page: centred lines. -->
  <xsl:template match="tei:titlePage">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\begin{center}</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>\end{center}&#10;\clearpage&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:docTitle | tei:docImprint | tei:byline | tei:docAuthor | tei:docEdition | tei:titlePart">
    <xsl:if test="node()">
      <xsl:text>&#10;</xsl:text>
      <xsl:if test="self::tei:titlePart"><xsl:text>{\large </xsl:text></xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="self::tei:titlePart"><xsl:text>}</xsl:text></xsl:if>
      <xsl:text>\par\medskip&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:fw | tei:facsimile"/>

</xsl:stylesheet>
