<?xml version="1.0" encoding="UTF-8"?>
<!-- Splits a FRUS volume (TEI) into one TEI file per document (div[@type='document']): the
     volume's teiHeader, then text/body holding the document alone. Files are written with
     exsl:document into the folder given as the parameter "out" (DOCUMENT-ID.xml). A stopgap for
     the benchmarks until `teipress split` exists. Usage:
     xsltproc -stringparam out DIR/ tests/bench/split_documents.xsl VOLUME.xml -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:exsl="http://exslt.org/common"
                extension-element-prefixes="exsl" exclude-result-prefixes="tei">
  <xsl:param name="out" select="'./'"/>
  <xsl:output method="text"/>

  <xsl:template match="/">
    <xsl:for-each select="//tei:div[@type = 'document']">
      <xsl:variable name="name">
        <xsl:value-of select="/tei:TEI/@xml:id"/>
        <xsl:text>-</xsl:text>
        <xsl:choose>
          <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="generate-id()"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <exsl:document href="{$out}{$name}.xml" method="xml" encoding="UTF-8">
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <xsl:copy-of select="/tei:TEI/namespace::*"/>
          <xsl:copy-of select="/tei:TEI/tei:teiHeader"/>
          <text>
            <body>
              <xsl:copy-of select="."/>
            </body>
          </text>
        </TEI>
      </exsl:document>
      <xsl:value-of select="concat($name, '&#10;')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
