<?xml version="1.0" encoding="UTF-8"?>
<!-- One line per element and attribute occurrence of a TEI file, for tests/corpus/inventory.sh
     (which sorts and counts them): "PART<TAB>KIND<TAB>NAME", where PART is "header" (inside
     teiHeader) or "text", KIND is "element", "attribute" or "value", and NAME is the element
     ("hi", "frus:attachment"), the attribute ("hi/@rend") or, for the attributes that steer
     rendering, the attribute with its value ("hi/@rend=italic"). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:output method="text" encoding="UTF-8"/>

  <!-- The name of a node with the corpus's conventional prefixes: none for TEI, frus: for the
       Office of the Historian's namespace, xml: and xi:; {URI} otherwise. -->
  <xsl:template name="qname">
    <xsl:variable name="ns" select="namespace-uri()"/>
    <xsl:choose>
      <xsl:when test="$ns = 'http://www.tei-c.org/ns/1.0' or $ns = ''"/>
      <xsl:when test="$ns = 'http://history.state.gov/frus/ns/1.0'">frus:</xsl:when>
      <xsl:when test="$ns = 'http://www.w3.org/XML/1998/namespace'">xml:</xsl:when>
      <xsl:when test="$ns = 'http://www.w3.org/2001/XInclude'">xi:</xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('{', $ns, '}')"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="local-name()"/>
  </xsl:template>

  <xsl:template match="/">
    <xsl:apply-templates select="//*"/>
  </xsl:template>

  <xsl:template match="*">
    <xsl:variable name="part">
      <xsl:choose>
        <xsl:when test="ancestor-or-self::tei:teiHeader">header</xsl:when>
        <xsl:otherwise>text</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="element"><xsl:call-template name="qname"/></xsl:variable>
    <xsl:value-of select="concat($part, '&#9;element&#9;', $element, '&#10;')"/>
    <xsl:for-each select="@*">
      <xsl:variable name="attribute"><xsl:call-template name="qname"/></xsl:variable>
      <xsl:value-of select="concat($part, '&#9;attribute&#9;', $element, '/@', $attribute, '&#10;')"/>
      <!-- The attributes whose value chooses how an element is rendered: presentation
           (rend, rendition, place, role) everywhere; the type of divisions, lists and notes
           and the subtype of divisions. Other values (dates, identifiers, pointers, types that
           classify without changing the rendering) are not listed one by one. -->
      <xsl:if test="name() = 'rend' or name() = 'rendition' or name() = 'place' or name() = 'role'
                    or (name() = 'type' and ($element = 'div' or $element = 'list' or $element = 'note'))
                    or (name() = 'subtype' and $element = 'div')">
        <xsl:value-of select="concat($part, '&#9;value&#9;', $element, '/@', $attribute, '=', normalize-space(.), '&#10;')"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
