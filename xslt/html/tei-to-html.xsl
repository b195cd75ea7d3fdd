<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI -> one standalone HTML5 page (CSS inside, no network resources): for each document its
     number and title, dateline, subject, text, numbered notes with popovers, marginal page
     markers, and the people and terms it names. Runnable with plain xsltproc. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/links.xsl"/>
  <xsl:import href="../common/names.xsl"/>
  <xsl:import href="../common/metadata.xsl"/>
  <xsl:import href="../common/unhandled.xsl"/>
  <xsl:include href="html-css.xsl"/>
  <xsl:include href="html-blocks.xsl"/>
  <xsl:include href="html-inline.xsl"/>
  <xsl:include href="html-notes.xsl"/>
  <xsl:include href="html-index.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:text tei:front tei:body
                             tei:back tei:div tei:list tei:opener tei:closer tei:listBibl"/>

  <!-- The page's language (html/@lang). -->
  <xsl:param name="language" select="'en'"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$language}">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:for-each select="$documents[1]">
            <xsl:call-template name="document-plain-title"/>
          </xsl:for-each>
          <xsl:if test="not($documents)"><xsl:value-of select="$publication-title"/></xsl:if>
          <xsl:if test="not($documents) and $publication-title = ''">TEI document</xsl:if>
        </title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <xsl:if test="$publication-title != ''">
          <header class="publication">
            <p><xsl:value-of select="$publication-title"/></p>
            <!-- The document in the web edition, when the header gives its address. -->
            <xsl:for-each select="/*/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type='url'][starts-with(normalize-space(.), 'https://')][1]">
              <p class="web-edition"><a class="external" href="{normalize-space(.)}">Office of the Historian</a></p>
            </xsl:for-each>
          </header>
        </xsl:if>
        <main>
          <xsl:apply-templates select="/*/tei:text/tei:front"/>
          <xsl:choose>
            <xsl:when test="$documents"><xsl:apply-templates select="$documents" mode="document"/></xsl:when>
            <xsl:otherwise><xsl:apply-templates select="//tei:text/tei:body" mode="document"/></xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates select="/*/tei:text/tei:back"/>
          <xsl:call-template name="names-index"/>
        </main>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
