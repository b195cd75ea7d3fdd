<?xml version="1.0" encoding="UTF-8"?>
<!-- Link targets (generic TEI): a pointer to an xml:id of this file ("#d12") is a local
     anchor; any other URI is kept as it is; a pointer "#x" to nothing in this file becomes no
     link (its text stays). An edition's layer overrides the two hooks below to send such
     pointers to its web edition (the FRUS layer). Targets are found with id()
     (xml:id is an ID for libxml2: a hash look-up). Every address goes through url-safe. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The address of target (the first pointer of @target/@corresp), made safe for every
       output (see urls.xsl): "" for no link. -->
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

  <!-- The address of target before it is made safe: "#id" when id is in this file, else what
       the hooks say. -->
  <xsl:template name="link-href-raw">
    <xsl:param name="target" select="normalize-space(@target)"/>
    <xsl:variable name="first" select="substring-before(concat($target, ' '), ' ')"/>
    <xsl:choose>
      <xsl:when test="starts-with($first, '#') and id(substring($first, 2))">
        <xsl:call-template name="local-href"><xsl:with-param name="id" select="substring($first, 2)"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="starts-with($first, '#')">
        <xsl:call-template name="address-of-missing-local">
          <xsl:with-param name="id" select="substring($first, 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="address-of-external">
          <xsl:with-param name="target" select="$first"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Hook: the address of the element of this file whose xml:id is id: "#anchor" (see
       anchor-name). A layer that cuts the file into several pages (the website, the EPUB:
       xslt/chunks/) puts the page in front when it is not the page being written. -->
  <xsl:template name="local-href">
    <xsl:param name="id"/>
    <xsl:text>#</xsl:text>
    <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="$id"/></xsl:call-template>
  </xsl:template>

  <!-- Hook: the address of a pointer "#id" whose id is not in this file. Generic TEI: none. -->
  <xsl:template name="address-of-missing-local">
    <xsl:param name="id"/>
  </xsl:template>

  <!-- Hook: the address of any other pointer (a URI, "file.xml#id"). Generic TEI: itself. -->
  <xsl:template name="address-of-external">
    <xsl:param name="target"/>
    <xsl:value-of select="$target"/>
  </xsl:template>

  <!-- "yes" when the context element's target points into this file. -->
  <xsl:template name="link-is-local">
    <xsl:param name="target" select="normalize-space(@target)"/>
    <xsl:if test="starts-with($target, '#') and id(substring-before(concat(substring($target, 2), ' '), ' '))">yes</xsl:if>
  </xsl:template>

</xsl:stylesheet>
