<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> one standalone HTML5 page (CSS inside, no network resources), generic TEI: front,
     body and back in their order, divisions as nested sections, each document (div
     type="document") an article with its notes after it, notes as superscript links with
     popovers, page breaks as a mark in the line with the page number in the margin, names
     linked to the file's lists. Runnable with plain xsltproc. An edition's layer imports it
     (the FRUS layer). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:import href="../common/escape.xsl"/>
  <xsl:import href="../common/urls.xsl"/>
  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/links.xsl"/>
  <xsl:import href="../common/names.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/presentation.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:include href="html-css.xsl"/>
  <xsl:include href="html-structure.xsl"/>
  <xsl:include href="html-blocks.xsl"/>
  <xsl:include href="html-lists.xsl"/>
  <xsl:include href="html-tables.xsl"/>
  <xsl:include href="html-inline.xsl"/>
  <xsl:include href="html-notes.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:group tei:div tei:list tei:table tei:row tei:opener
                             tei:closer tei:postscript tei:listBibl tei:titlePage tei:docTitle
                             tei:figure tei:floatingText tei:lg"/>

  <!-- The page's language (html/@lang): a language tag (letters, digits, hyphens); anything
       else is refused. -->
  <xsl:param name="language" select="'en'"/>

  <xsl:template match="/">
    <xsl:if test="$language = '' or translate($language, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-', '') != ''">
      <xsl:message terminate="yes">error: the parameter language must be a language tag such as en or fr-CA</xsl:message>
    </xsl:if>
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$language}">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:call-template name="page-title"/></title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <xsl:if test="$publication-title != ''">
          <header class="publication">
            <p><xsl:value-of select="$publication-title"/></p>
            <xsl:call-template name="publication-links"/>
          </header>
        </xsl:if>
        <main>
          <xsl:apply-templates select="/tei:TEI/tei:text | /tei:teiCorpus/tei:TEI/tei:text"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The page's title: the document's heading when the file holds one document, else the
       title of the publication, else the first heading. -->
  <xsl:template name="page-title">
    <xsl:choose>
      <xsl:when test="count($documents) = 1">
        <xsl:for-each select="$documents"><xsl:call-template name="document-plain-title"/></xsl:for-each>
      </xsl:when>
      <xsl:when test="$publication-title != ''"><xsl:value-of select="$publication-title"/></xsl:when>
      <xsl:when test="//tei:text//tei:head">
        <xsl:for-each select="(//tei:text//tei:head)[1]/.."><xsl:call-template name="document-plain-title"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise>TEI document</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Hook: links under the publication's title (an edition's web site). Generic: none. -->
  <xsl:template name="publication-links"/>

</xsl:stylesheet>
