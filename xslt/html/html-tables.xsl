<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: tables (rows and cells; a row or cell with role="label" gives heading cells, a cell
     with role="num" is set to the right; spans from @cols and @rows, whole numbers only) and
     figures (the description stands for the image: a page never loads anything). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:table">
    <table>
      <xsl:call-template name="block-classes"><xsl:with-param name="extra" select="normalize-space(@rend[. = 'bordered'])"/></xsl:call-template>
      <xsl:call-template name="id-attribute"/>
      <xsl:if test="tei:head">
        <caption><xsl:apply-templates select="tei:head" mode="caption"/></caption>
      </xsl:if>
      <tbody><xsl:apply-templates select="*[not(self::tei:head)]"/></tbody>
    </table>
  </xsl:template>
  <xsl:template match="tei:head" mode="caption">
    <xsl:if test="preceding-sibling::tei:head"><br/></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:row">
    <tr><xsl:call-template name="id-attribute"/><xsl:apply-templates/></tr>
  </xsl:template>

  <!-- A page break between rows or cells: a row of its own / at the start of the next cell. -->
  <xsl:template match="tei:table/tei:pb">
    <tr class="pb-row"><td><xsl:call-template name="page-marker"/></td></tr>
  </xsl:template>
  <xsl:template match="tei:row/tei:pb">
    <td class="pb-cell"><xsl:call-template name="page-marker"/></td>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:variable name="heading" select="@role = 'label' or ../@role = 'label'"/>
    <xsl:element name="{substring('tdth', 1 + 2 * number($heading), 2)}">
      <xsl:if test="$heading">
        <xsl:attribute name="scope"><xsl:value-of select="substring('rowcol', 1 + 3 * number(../@role = 'label'), 3)"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="cell-attributes"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- colspan, rowspan (whole numbers above 1 only) and the class of the cell's role. -->
  <xsl:template name="cell-attributes">
    <xsl:call-template name="id-attribute"/>
    <xsl:call-template name="cell-role"/>
    <xsl:if test="@cols &gt; 1 and floor(@cols) = @cols">
      <xsl:attribute name="colspan"><xsl:value-of select="floor(@cols)"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="@rows &gt; 1 and floor(@rows) = @rows">
      <xsl:attribute name="rowspan"><xsl:value-of select="floor(@rows)"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- class="num" (figures, set to the right) or "brace" (a brace joining rows); label and
       data need no class; another role is reported. -->
  <xsl:template name="cell-role">
    <xsl:choose>
      <xsl:when test="@role = 'num' or @role = 'brace'"><xsl:attribute name="class"><xsl:value-of select="@role"/></xsl:attribute></xsl:when>
      <xsl:when test="not(@role) or @role = 'label' or @role = 'data'"/>
      <xsl:otherwise><xsl:call-template name="unhandled-value"><xsl:with-param name="attribute" select="'role'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A figure: its parts in order, the description as its caption. -->
  <xsl:template match="tei:figure">
    <figure>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates select="node()[not(self::tei:figDesc)]"/>
      <xsl:if test="tei:figDesc"><figcaption><xsl:apply-templates select="tei:figDesc/node()"/></figcaption></xsl:if>
    </figure>
  </xsl:template>
  <xsl:template match="tei:figure/tei:head"><p class="figure-head"><xsl:apply-templates/></p></xsl:template>
  <!-- An image is named, never loaded. -->
  <xsl:template match="tei:graphic | tei:media">
    <span class="graphic">[image: <xsl:value-of select="@url"/>]</span>
  </xsl:template>

</xsl:stylesheet>
