<?xml version="1.0" encoding="UTF-8"?>
<!-- For the benchmark only (tests/bench/volume_bench.sh): a split of a volume in plain XSLT 1.0
     with libxslt's exsl:document, doing the work teipress split does in the same way — one file
     per document (a header with the title, the identifiers, the volume's titles and imprint,
     a biblScope per enclosing division with a copy of its head; the document copied as it is;
     the list items it points to in back) and volume.xml with an xi:include per document. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:exsl="http://exslt.org/common" xmlns:xi="http://www.w3.org/2001/XInclude"
    extension-element-prefixes="exsl" exclude-result-prefixes="tei exsl">
  <xsl:param name="out" select="'.'"/>
  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="vol" select="normalize-space($header//tei:publicationStmt/tei:idno[@type='frus'])"/>

  <xsl:template match="/">
    <xsl:for-each select="/tei:TEI/tei:text/tei:body//tei:div[@type='document']">
      <exsl:document href="{$out}/{@xml:id}.xml" method="xml" encoding="UTF-8">
        <xsl:apply-templates select="." mode="file"/>
      </exsl:document>
    </xsl:for-each>
    <exsl:document href="{$out}/volume.xml" method="xml" encoding="UTF-8">
      <xsl:apply-templates select="node()" mode="frame"/>
    </exsl:document>
  </xsl:template>

  <xsl:template match="tei:div" mode="file">
    <xsl:variable name="refs">
      <xsl:for-each select=".//@corresp | .//@target">
        <xsl:value-of select="translate(., '#', ' ')"/>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </xsl:variable>
    <TEI>
      <teiHeader>
        <fileDesc>
          <titleStmt><title type="complete"><xsl:value-of select="normalize-space(tei:head)"/></title></titleStmt>
          <publicationStmt>
            <xsl:copy-of select="$header//tei:publicationStmt/tei:publisher"/>
            <idno type="frus"><xsl:value-of select="$vol"/></idno>
            <idno type="document"><xsl:value-of select="@xml:id"/></idno>
            <idno type="url">https://history.state.gov/historicaldocuments/<xsl:value-of select="concat($vol, '/', @xml:id)"/></idno>
          </publicationStmt>
          <sourceDesc>
            <biblStruct>
              <monogr>
                <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[normalize-space()]">
                  <title level="m" type="{@type}"><xsl:value-of select="normalize-space()"/></title>
                </xsl:for-each>
                <imprint><xsl:copy-of select="$header//tei:publicationStmt/tei:pubPlace | $header//tei:publicationStmt/tei:publisher"/></imprint>
                <xsl:for-each select="ancestor::tei:div">
                  <biblScope unit="{@type}" n="{@xml:id}"><xsl:copy-of select="tei:head/node()"/></biblScope>
                </xsl:for-each>
              </monogr>
            </biblStruct>
          </sourceDesc>
        </fileDesc>
        <xsl:copy-of select="$header/tei:encodingDesc"/>
      </teiHeader>
      <text>
        <body><xsl:copy-of select="."/></body>
        <xsl:variable name="items" select="id(string($refs))[ancestor::tei:front or ancestor::tei:back]/ancestor-or-self::tei:item"/>
        <xsl:if test="$items">
          <back>
            <xsl:for-each select="$items/parent::tei:list/parent::tei:div">
              <xsl:variable name="div" select="."/>
              <div type="{@type}">
                <xsl:attribute name="xml:id"><xsl:value-of select="@xml:id"/></xsl:attribute>
                <xsl:copy-of select="tei:head"/>
                <list type="{tei:list/@type}"><xsl:copy-of select="$items[parent::tei:list/parent::tei:div = $div]"/></list>
              </div>
            </xsl:for-each>
          </back>
        </xsl:if>
      </text>
    </TEI>
  </xsl:template>

  <xsl:template match="node() | @*" mode="frame">
    <xsl:copy><xsl:apply-templates select="node() | @*" mode="frame"/></xsl:copy>
  </xsl:template>
  <xsl:template match="tei:body//tei:div[@type='document']" mode="frame">
    <xi:include href="{@xml:id}.xml" xpointer="{@xml:id}"/>
  </xsl:template>
</xsl:stylesheet>
