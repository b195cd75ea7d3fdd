<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: phrase-level elements (highlighting, links, people, terms, editorial additions). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:hi[@rend='italic'] | tei:emph | tei:foreign | tei:title[not(@level='a')] | tei:mentioned">
    <i><xsl:apply-templates/></i>
  </xsl:template>
  <xsl:template match="tei:hi[@rend='strong' or @rend='bold']"><strong><xsl:apply-templates/></strong></xsl:template>
  <xsl:template match="tei:hi[@rend='underline']"><u><xsl:apply-templates/></u></xsl:template>
  <xsl:template match="tei:hi[@rend='superscript']"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="tei:hi[@rend='subscript']"><sub><xsl:apply-templates/></sub></xsl:template>
  <xsl:template match="tei:hi[@rend='smallcaps']"><span class="sc"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:hi"><span class="hi"><xsl:apply-templates/></span></xsl:template>

  <xsl:template match="tei:q | tei:soCalled | tei:title[@level='a']">“<xsl:apply-templates/>”</xsl:template>

  <!-- A cross-reference: a local anchor, or the web edition's page of another document.
       (Attributes are written by the templates directly: no result-tree variables.) -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="t" select="normalize-space(@target)"/>
    <a>
      <xsl:attribute name="href"><xsl:call-template name="link-href"/></xsl:attribute>
      <xsl:if test="not(starts-with($t, '#') and id(substring-before(concat(substring($t, 2), ' '), ' ')))">
        <xsl:attribute name="class">external</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="self::tei:ptr"><xsl:call-template name="link-href"/></xsl:if>
    </a>
  </xsl:template>
  <xsl:template match="tei:ref"><xsl:apply-templates/></xsl:template>

  <!-- A person or term the edition's lists know: its full name or expansion on hover, and a
       link to its entry after the text. -->
  <xsl:template match="tei:persName[@corresp] | tei:gloss[@target] | tei:term[@ref]">
    <xsl:variable name="t" select="normalize-space(@corresp | @target | @ref)"/>
    <xsl:choose>
      <xsl:when test="starts-with($t, '#') and id(substring($t, 2))[ancestor::tei:div[@subtype='index']]">
        <a class="{local-name()}" href="{$t}">
          <xsl:attribute name="title"><xsl:call-template name="name-expansion"/></xsl:attribute>
          <xsl:choose>
            <xsl:when test="self::tei:persName"><xsl:apply-templates/></xsl:when>
            <xsl:otherwise>
              <abbr><xsl:attribute name="title"><xsl:call-template name="name-expansion"/></xsl:attribute><xsl:apply-templates/></abbr>
            </xsl:otherwise>
          </xsl:choose>
        </a>
      </xsl:when>
      <xsl:otherwise><span class="{local-name()}"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:term |
                       tei:gloss | tei:date | tei:time | tei:num | tei:measure | tei:seg |
                       tei:abbr | tei:expan | tei:label | tei:said | tei:quote | tei:orig |
                       tei:reg | tei:corr | tei:add">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A choice shows the corrected, expanded or regularised form, the other on hover. -->
  <xsl:template match="tei:choice[tei:corr or tei:expan or tei:reg]">
    <xsl:variable name="shown" select="(tei:corr | tei:expan | tei:reg)[1]"/>
    <span class="choice" title="{normalize-space((tei:sic | tei:abbr | tei:orig)[1])}"><xsl:apply-templates select="$shown/node()"/></span>
  </xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates select="*[1]"/></xsl:template>

  <xsl:template match="tei:sic"><xsl:apply-templates/> [<i>sic</i>]</xsl:template>
  <xsl:template match="tei:unclear">[<xsl:apply-templates/>?]</xsl:template>
  <xsl:template match="tei:del"><del><xsl:apply-templates/></del></xsl:template>

  <!-- Text the editors added: in brackets, set apart. -->
  <xsl:template match="tei:supplied">
    <span class="supplied">[<xsl:apply-templates/>]</span>
  </xsl:template>
  <xsl:template match="tei:list[@type='subject']/tei:head/tei:supplied">
    <span class="supplied"><xsl:apply-templates/>:</span>
  </xsl:template>
  <xsl:template match="tei:gap[@reason='dateline-not-in-reading-text']"/>
  <xsl:template match="tei:gap">
    <span class="gap" title="{@reason}">[…]</span>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <!-- A page break inside a paragraph. -->
  <xsl:template match="tei:pb">
    <xsl:call-template name="page-marker"/>
  </xsl:template>

  <xsl:template match="tei:milestone | tei:anchor | tei:index"/>

</xsl:stylesheet>
