<?xml version="1.0" encoding="UTF-8"?>
<!-- LaTeX: the block structure of a document (title block, opener, subject, paragraphs,
     lists, sections, closer) and page markers between blocks. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- One document: its number and title (with the source note), then the text. -->
  <xsl:template match="*" mode="document">
    <xsl:if test="position() &gt; 1"><xsl:text>&#10;\clearpage&#10;</xsl:text></xsl:if>
    <xsl:if test="@xml:id">
      <xsl:text>\hypertarget{</xsl:text>
      <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="@xml:id"/></xsl:call-template>
      <xsl:text>}{}</xsl:text>
    </xsl:if>
    <xsl:text>&#10;{\noindent\raggedright\large\bfseries </xsl:text>
    <xsl:call-template name="document-number"/>
    <xsl:apply-templates select="tei:head[1]/node()"/>
    <xsl:text>\par}&#10;\bigskip&#10;</xsl:text>
    <xsl:apply-templates select="node()[not(self::tei:head) or preceding-sibling::tei:head]"/>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:text>&#10;</xsl:text>
    <xsl:if test="not(preceding-sibling::*[not(self::tei:pb)])">\noindent </xsl:if>
    <xsl:apply-templates/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:div">
    <xsl:if test="preceding-sibling::*[not(self::tei:opener or self::tei:pb)]">
      <xsl:text>&#10;\teisectionbreak&#10;</xsl:text>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <xsl:text>&#10;\subsection*{</xsl:text><xsl:apply-templates/><xsl:text>}&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:opener[not(.//text()[normalize-space()])]"/>
  <xsl:template match="tei:opener | tei:closer">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <xsl:text>&#10;\begin{flushright}\itshape </xsl:text>
    <xsl:apply-templates/>
    <xsl:text>\end{flushright}&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:signed | tei:salute">
    <xsl:text>&#10;\begin{flushright}\textsc{</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>}\end{flushright}&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:list[@type='subject']">
    <xsl:for-each select="tei:item">
      <xsl:text>&#10;\noindent\hangindent=2em </xsl:text>
      <xsl:if test="position() = 1 and ../tei:head">\teisubject{} </xsl:if>
      <xsl:apply-templates/>
      <xsl:text>\par&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>\medskip&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:text>&#10;\begin{itemize}&#10;</xsl:text>
    <xsl:call-template name="latex-items"/>
    <xsl:text>\end{itemize}&#10;</xsl:text>
  </xsl:template>

  <!-- The items of the context list; a page break between items opens the next one. -->
  <xsl:template name="latex-items">
    <xsl:for-each select="tei:item">
      <xsl:text>\item{}</xsl:text>
      <xsl:apply-templates select="preceding-sibling::*[1][self::tei:pb]"/>
      <xsl:apply-templates/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
    <xsl:apply-templates select="tei:pb[not(following-sibling::tei:item)]"/>
  </xsl:template>

  <!-- A list inside a paragraph follows the paragraph's text. -->
  <xsl:template match="tei:p/tei:list">
    <xsl:text>&#10;\begin{itemize}&#10;</xsl:text>
    <xsl:call-template name="latex-items"/>
    <xsl:text>\end{itemize}&#10;</xsl:text>
    <xsl:if test="following-sibling::node()[self::* or normalize-space()]">\noindent </xsl:if>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p] | tei:floatingText | tei:lg">
    <xsl:text>&#10;\begin{quote}&#10;</xsl:text><xsl:apply-templates/><xsl:text>&#10;\end{quote}&#10;</xsl:text>
  </xsl:template>

  <!-- A table: as many left-aligned paragraph columns as its widest row has cells. -->
  <xsl:template match="tei:table">
    <xsl:variable name="cols">
      <xsl:for-each select="tei:row">
        <xsl:sort select="count(tei:cell)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="count(tei:cell)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:text>&#10;\begin{center}&#10;</xsl:text>
    <xsl:if test="tei:head"><xsl:text>\textsc{</xsl:text><xsl:apply-templates select="tei:head/node()"/><xsl:text>}\par\smallskip&#10;</xsl:text></xsl:if>
    <xsl:value-of select="concat('\begin{tabular}{*{', $cols, '}{p{', format-number(0.9 div $cols, '0.00'), '\linewidth}}}&#10;')"/>
    <xsl:for-each select="tei:row">
      <xsl:for-each select="tei:cell">
        <xsl:if test="position() &gt; 1"><xsl:text> &amp; </xsl:text></xsl:if>
        <xsl:if test="@role = 'label' or ../@role = 'label'"><xsl:text>\textbf{</xsl:text></xsl:if>
        <xsl:apply-templates/>
        <xsl:if test="@role = 'label' or ../@role = 'label'"><xsl:text>}</xsl:text></xsl:if>
      </xsl:for-each>
      <xsl:text> \\&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>\end{tabular}&#10;\end{center}&#10;</xsl:text>
  </xsl:template>

  <!-- A figure: its heading and description in brackets (no image is fetched). -->
  <xsl:template match="tei:figure">
    <xsl:text>&#10;\begin{center}\small [</xsl:text>
    <xsl:apply-templates select="tei:head/node()"/>
    <xsl:if test="tei:head and tei:figDesc"><xsl:text>: </xsl:text></xsl:if>
    <xsl:apply-templates select="tei:figDesc/node()"/>
    <xsl:if test="not(tei:head or tei:figDesc)"><xsl:text>figure</xsl:text></xsl:if>
    <xsl:text>]\end{center}&#10;</xsl:text>
  </xsl:template>

  <!-- Front and back matter other than the lists of persons and terms: before / after the
       documents. -->
  <xsl:template match="tei:front | tei:back">
    <xsl:variable name="content" select="*[not(self::tei:div[@subtype='index'])]"/>
    <xsl:if test="$content">
      <xsl:text>&#10;\bigskip&#10;</xsl:text>
      <xsl:apply-templates select="$content"/>
      <xsl:text>&#10;\bigskip&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The lists of persons and of abbreviations and terms, after the documents. -->
  <xsl:template name="names-index">
    <xsl:for-each select="/*/tei:text/tei:back//tei:div[@subtype='index'][.//tei:item[.//tei:persName/@xml:id or .//tei:term/@xml:id]]">
      <xsl:text>&#10;\subsection*{</xsl:text>
      <xsl:choose>
        <xsl:when test="tei:head"><xsl:apply-templates select="tei:head/node()"/></xsl:when>
        <xsl:when test=".//tei:persName/@xml:id">Persons</xsl:when>
        <xsl:otherwise>Abbreviations and Terms</xsl:otherwise>
      </xsl:choose>
      <xsl:text>}&#10;\begin{description}\small&#10;</xsl:text>
      <xsl:for-each select=".//tei:item[.//tei:persName/@xml:id or .//tei:term/@xml:id]">
        <xsl:variable name="id" select="(.//tei:persName/@xml:id | .//tei:term/@xml:id)[1]"/>
        <xsl:text>\item[</xsl:text>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="s"><xsl:call-template name="entry-name"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:text>] </xsl:text>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="s"><xsl:call-template name="entry-description"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
        <xsl:text>&#10;</xsl:text>
      </xsl:for-each>
      <xsl:text>\end{description}&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:fw | tei:facsimile"/>

</xsl:stylesheet>
