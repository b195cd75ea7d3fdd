<?xml version="1.0" encoding="UTF-8"?>
<!-- LaTeX: tables and figures. A table is a longtable (it breaks across pages: the lists of
     papers run to 140 rows) of as many ragged-right columns as its widest row spans, sharing
     the line's width; its heading a first row; spans from @cols (\multicolumn); @rows does not
     join cells (the text of a spanning cell stands in its first row); role="label" in bold,
     role="num" to the right; a rendered border (rend="bordered") as rules. Inside a note or a
     cell, where longtable cannot go, a tabular. Notes in cells are marked there and printed
     after the table. A figure: its heading, description and image names in brackets (no
     image is read). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:table">
    <xsl:variable name="columns">
      <xsl:for-each select="tei:row">
        <xsl:sort select="sum(tei:cell/@cols[number(.) &gt;= 1]) + count(tei:cell[not(number(@cols) &gt;= 1)])" data-type="number" order="descending"/>
        <xsl:if test="position() = 1">
          <xsl:value-of select="floor(sum(tei:cell/@cols[number(.) &gt;= 1]) + count(tei:cell[not(number(@cols) &gt;= 1)]))"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="number($columns) &gt;= 1"><xsl:value-of select="$columns"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="inner"><xsl:call-template name="tex-inner"/></xsl:variable>
    <xsl:variable name="environment" select="substring('longtabletabular', 1 + 9 * number($inner = 'yes'), 9 - 2 * number($inner = 'yes'))"/>
    <xsl:variable name="rule" select="substring('\hline', 1, 6 * number(@rend = 'bordered'))"/>
    <xsl:call-template name="tex-line"/>
    <xsl:if test="$inner = 'yes'"><xsl:text>\par</xsl:text></xsl:if>
    <xsl:value-of select="concat('\begin{', $environment, '}{*{', $n, '}{&gt;{\raggedright\arraybackslash}p{\dimexpr(\linewidth-', 2 * $n, '\tabcolsep)/', $n, '\relax}}}', $rule, '&#10;')"/>
    <xsl:call-template name="tex-anchor"/>
    <xsl:for-each select="tei:head">
      <xsl:value-of select="concat('\multicolumn{', $n, '}{&gt;{\centering\arraybackslash}p{\dimexpr\linewidth-2\tabcolsep\relax}}{\scshape ')"/>
      <xsl:apply-templates/>
      <xsl:value-of select="concat('}\\', $rule, '&#10;')"/>
    </xsl:for-each>
    <xsl:apply-templates select="*[not(self::tei:head)]" mode="table">
      <xsl:with-param name="n" select="$n"/>
      <xsl:with-param name="rule" select="$rule"/>
    </xsl:apply-templates>
    <xsl:value-of select="concat('\end{', $environment, '}&#10;')"/>
    <xsl:for-each select=".//tei:cell//tei:note[not(ancestor::tei:note)] | tei:head//tei:note[not(ancestor::tei:note)]">
      <xsl:call-template name="note-text-after"/>
    </xsl:for-each>
    <xsl:call-template name="resume-paragraph"/>
  </xsl:template>

  <xsl:template match="tei:row" mode="table">
    <xsl:param name="n"/>
    <xsl:param name="rule"/>
    <xsl:call-template name="tex-line"/>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates select="*" mode="table">
      <xsl:with-param name="n" select="$n"/>
    </xsl:apply-templates>
    <xsl:value-of select="concat('\\', $rule, '&#10;')"/>
  </xsl:template>

  <!-- A page break between rows: a row of its own. -->
  <xsl:template match="tei:pb" mode="table">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="parent::tei:row">
        <xsl:apply-templates select="."/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('\multicolumn{', $n, '}{l}{')"/>
        <xsl:apply-templates select="."/>
        <xsl:text>}\\&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:cell" mode="table">
    <xsl:param name="n"/>
    <xsl:if test="preceding-sibling::tei:cell[1]"><xsl:text> &amp; </xsl:text></xsl:if>
    <xsl:variable name="span">
      <xsl:choose>
        <xsl:when test="number(@cols) &gt; 1 and number(@cols) &lt;= $n"><xsl:value-of select="floor(@cols)"/></xsl:when>
        <xsl:otherwise>1</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$span &gt; 1">
      <xsl:value-of select="concat('\multicolumn{', $span, '}{&gt;{\raggedright\arraybackslash}p{\dimexpr(\linewidth-', 2 * $n, '\tabcolsep)*', $span, '/', $n, '+', 2 * ($span - 1), '\tabcolsep\relax}}{')"/>
    </xsl:if>
    <xsl:text>{</xsl:text>
    <xsl:choose>
      <xsl:when test="@role = 'label' or ../@role = 'label'">\bfseries </xsl:when>
      <xsl:when test="@role = 'num'">\raggedleft </xsl:when>
      <xsl:when test="not(@role) or @role = 'data' or @role = 'brace'"/>
      <xsl:otherwise><xsl:call-template name="unhandled-value"><xsl:with-param name="attribute" select="'role'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:text>}</xsl:text>
    <xsl:if test="$span &gt; 1"><xsl:text>}</xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="table">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- A figure: its parts in brackets, on a line of its own (no image is read). -->
  <xsl:template match="tei:figure">
    <xsl:call-template name="tex-line"/>
    <xsl:text>\par{\centering\small </xsl:text>
    <xsl:call-template name="tex-anchor"/>
    <xsl:apply-templates/>
    <xsl:if test="not(*)"><xsl:text>[figure]</xsl:text></xsl:if>
    <xsl:text>\par}&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="tei:figure/tei:head | tei:figDesc">
    <xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>]\par </xsl:text>
  </xsl:template>
  <xsl:template match="tei:graphic | tei:media">
    <xsl:text>[image: </xsl:text>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="string(@url)"/></xsl:call-template>
    <xsl:text>]\par </xsl:text>
  </xsl:template>

</xsl:stylesheet>
