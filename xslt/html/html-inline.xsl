<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: phrase-level elements (highlighting, quotations, links, people, terms, dates,
     editorial additions and deletions, line and page breaks). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="tei:hi">
    <xsl:variable name="kind"><xsl:call-template name="hi-kind"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$kind = 'italic'"><i><xsl:apply-templates/></i></xsl:when>
      <xsl:when test="$kind = 'bold'"><strong><xsl:apply-templates/></strong></xsl:when>
      <xsl:when test="$kind = 'smallcaps'"><span class="sc"><xsl:apply-templates/></span></xsl:when>
      <xsl:when test="$kind = 'superscript'"><sup><xsl:apply-templates/></sup></xsl:when>
      <xsl:when test="$kind = 'subscript'"><sub><xsl:apply-templates/></sub></xsl:when>
      <xsl:when test="$kind = 'underline'"><u><xsl:apply-templates/></u></xsl:when>
      <xsl:when test="$kind = 'strikethrough'"><s><xsl:apply-templates/></s></xsl:when>
      <xsl:otherwise><span class="hi"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:title[not(@level = 'a')] | tei:mentioned">
    <i><xsl:apply-templates/></i>
  </xsl:template>

  <xsl:template match="tei:q | tei:soCalled | tei:title[@level = 'a']">“<xsl:apply-templates/>”</xsl:template>

  <!-- A cross-reference: a local anchor, or an address outside the file (see links.xsl); no
       link when there is no address, or inside another link. -->
  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="href"><xsl:call-template name="link-href"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$href = '' or ancestor::tei:ref[@target] or ancestor::tei:ptr[@target]">
        <span class="{local-name()}"><xsl:apply-templates/><xsl:if test="self::tei:ptr"><xsl:value-of select="@target"/></xsl:if></span>
      </xsl:when>
      <xsl:otherwise>
        <a href="{$href}">
          <!-- "external": an address with a scheme (another site), not a page of the same publication. -->
          <xsl:if test="contains(substring-before(concat($href, '#'), '#'), ':')"><xsl:attribute name="class">external</xsl:attribute></xsl:if>
          <xsl:apply-templates/>
          <xsl:if test="self::tei:ptr"><xsl:value-of select="$href"/></xsl:if>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A person or term the file's lists know: its full name or expansion on hover, and a link
       to its entry (a span inside another link). -->
  <xsl:template match="tei:persName[@corresp] | tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:gloss[@target] | tei:term[@ref] | tei:name[@ref] | tei:rs[@ref]">
    <xsl:variable name="id"><xsl:call-template name="name-target-id"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$id != '' and not(ancestor::tei:ref[@target] or ancestor::tei:ptr[@target])">
        <xsl:variable name="expansion"><xsl:call-template name="name-expansion"/></xsl:variable>
        <a class="{local-name()}">
          <xsl:attribute name="href"><xsl:call-template name="local-href"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="title"><xsl:value-of select="$expansion"/></xsl:attribute>
          <xsl:call-template name="id-attribute"/>
          <xsl:choose>
            <xsl:when test="self::tei:gloss or self::tei:term"><abbr title="{$expansion}"><xsl:apply-templates/></abbr></xsl:when>
            <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
          </xsl:choose>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{local-name()}">
          <xsl:if test="$id != ''"><xsl:attribute name="title"><xsl:call-template name="name-expansion"/></xsl:attribute></xsl:if>
          <xsl:call-template name="id-attribute"/>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date or time with a machine-readable @when: <time datetime>, when it has the form of
       an ISO date or time (digits, - : T Z + .); a span otherwise. -->
  <xsl:template match="tei:date[@when] | tei:time[@when]">
    <xsl:variable name="when" select="normalize-space(@when)"/>
    <xsl:choose>
      <xsl:when test="$when != '' and translate($when, '0123456789-:TZ+.', '') = ''">
        <time class="{local-name()}" datetime="{$when}"><xsl:call-template name="id-attribute"/><xsl:apply-templates/></time>
      </xsl:when>
      <xsl:otherwise><span class="{local-name()}"><xsl:call-template name="id-attribute"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:term |
                       tei:gloss | tei:date | tei:time | tei:num | tei:measure | tei:abbr |
                       tei:expan | tei:said | tei:quote | tei:orig | tei:reg | tei:corr |
                       tei:docDate | tei:pubPlace | tei:publisher | tei:label">
    <span class="{local-name()}"><xsl:call-template name="id-attribute"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A segment: a span, floated left or right when @rendition/@rend say so. -->
  <xsl:template match="tei:seg">
    <span>
      <xsl:call-template name="block-classes"><xsl:with-param name="extra" select="'seg'"/></xsl:call-template>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates/>
    </span>
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
  <xsl:template match="tei:add"><ins><xsl:apply-templates/></ins></xsl:template>

  <!-- Text the editors added: in brackets, set apart. -->
  <xsl:template match="tei:supplied">
    <span class="supplied">[<xsl:apply-templates/>]</span>
  </xsl:template>
  <xsl:template match="tei:gap[@reason = 'dateline-not-in-reading-text']"/>
  <xsl:template match="tei:gap">
    <span class="gap" title="{@reason}">[…]</span>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <!-- A page break in the text: the mark at its place, the page number in the margin. -->
  <xsl:template match="tei:pb">
    <xsl:call-template name="page-marker"/>
  </xsl:template>

  <!-- The mark of a page break (a thin bar drawn by CSS, at the exact place) and "[Page 207]"
       (in the margin on a wide screen, in the line on a narrow one), linkable as #pg_207; no
       link inside another link. -->
  <xsl:template name="page-marker">
    <xsl:variable name="id"><xsl:call-template name="page-id"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="ancestor::tei:ref[@target] or ancestor::tei:ptr[@target] or ancestor::tei:persName[@corresp] or ancestor::tei:gloss[@target]">
        <span class="pb" id="{$id}"><span class="pb-mark" aria-hidden="true"></span><span class="pb-label"><xsl:call-template name="page-label"/></span></span>
      </xsl:when>
      <xsl:otherwise>
        <a class="pb" id="{$id}" href="#{$id}"><span class="pb-mark" aria-hidden="true"></span><span class="pb-label"><xsl:call-template name="page-label"/></span></a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:milestone | tei:anchor | tei:index | tei:fw"/>

</xsl:stylesheet>
