<?xml version="1.0" encoding="UTF-8"?>
<!-- Link targets: a pointer in this file stays a local anchor; a pointer to another document of
     the volume, or to another volume ("frus1964-68v13#d312"), becomes the Office of the
     Historian's address of it. Targets are found with id() (xml:id is an ID for libxml2). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:include href="urls.xsl"/>

  <!-- Base address of the web edition's volumes. -->
  <xsl:param name="web-edition-base" select="'https://history.state.gov/historicaldocuments/'"/>

  <!-- This volume's identifier (e.g. frus1964-68v17), for pointers to documents not in this
       file; empty = taken from the header (idno type="frus", else the TEI root's xml:id). -->
  <xsl:param name="volume-id" select="''"/>

  <!-- The volume identifier in effect. -->
  <xsl:variable name="volume">
    <xsl:choose>
      <xsl:when test="$volume-id != ''"><xsl:value-of select="$volume-id"/></xsl:when>
      <xsl:when test="//tei:teiHeader//tei:publicationStmt/tei:idno[@type='frus']">
        <xsl:value-of select="normalize-space((//tei:teiHeader//tei:publicationStmt/tei:idno[@type='frus'])[1])"/>
      </xsl:when>
      <xsl:when test="starts-with(/*/@xml:id, 'frus')"><xsl:value-of select="/*/@xml:id"/></xsl:when>
    </xsl:choose>
  </xsl:variable>

  <!-- The address of target, made safe for every output (see urls.xsl): "" for a scheme that
       is not of the web (javascript:, file: …), unsafe characters percent-encoded. -->
  <xsl:template name="link-href">
    <xsl:param name="target" select="normalize-space(@target)"/>
    <xsl:call-template name="url-safe">
      <xsl:with-param name="url">
        <xsl:call-template name="link-href-raw">
          <xsl:with-param name="target" select="$target"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The address of target (one pointer of @target/@corresp): "#id" when id is in this file;
       the web edition's page of a document, note or page of a volume otherwise; any other
       URI unchanged. -->
  <xsl:template name="link-href-raw">
    <xsl:param name="target" select="normalize-space(@target)"/>
    <xsl:variable name="first" select="substring-before(concat($target, ' '), ' ')"/>
    <xsl:choose>
      <xsl:when test="starts-with($first, '#') and id(substring($first, 2))">
        <xsl:value-of select="$first"/>
      </xsl:when>
      <xsl:when test="starts-with($first, '#') and $volume != ''">
        <xsl:call-template name="web-edition-address">
          <xsl:with-param name="volume" select="$volume"/>
          <xsl:with-param name="id" select="substring($first, 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="starts-with($first, 'frus') and contains($first, '#')">
        <xsl:call-template name="web-edition-address">
          <xsl:with-param name="volume" select="substring-before($first, '#')"/>
          <xsl:with-param name="id" select="substring-after($first, '#')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$first"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The web edition's address of id in volume: documents (d312) and pages (pg_207) have
       pages of their own; a note (d60fn4) is an anchor on its document's page. -->
  <xsl:template name="web-edition-address">
    <xsl:param name="volume"/>
    <xsl:param name="id"/>
    <xsl:value-of select="concat($web-edition-base, $volume, '/')"/>
    <xsl:choose>
      <xsl:when test="starts-with($id, 'd') and contains($id, 'fn')">
        <xsl:value-of select="concat(substring-before($id, 'fn'), '#fn', substring-after($id, 'fn'))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "yes" when the context element's target points into this file. -->
  <xsl:template name="link-is-local">
    <xsl:param name="target" select="normalize-space(@target)"/>
    <xsl:if test="starts-with($target, '#') and id(substring-before(concat(substring($target, 2), ' '), ' '))">yes</xsl:if>
  </xsl:template>

</xsl:stylesheet>
