<?xml version="1.0" encoding="UTF-8"?>
<!-- EPUB content documents: what differs from the web page. A note is a noteref
     (epub:type="noteref") to an aside epub:type="footnote" after the text (reading systems
     show it in a pop-up; there is no CSS popover); a page break is an empty-looking
     epub:type="pagebreak" marker with the printed page's number, which the navigation
     document's page list points to. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:epub="http://www.idpf.org/2007/ops"
                exclude-result-prefixes="tei">

  <!-- A note at its place: its label, a link to its footnote. -->
  <xsl:template match="tei:note[not(@place = 'inline' or @rend = 'inline')]">
    <a class="noteref" epub:type="noteref">
      <xsl:attribute name="id"><xsl:call-template name="note-anchor"><xsl:with-param name="suffix" select="'-ref'"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="href"><xsl:call-template name="note-anchor"><xsl:with-param name="prefix" select="'#'"/></xsl:call-template></xsl:attribute>
      <sup><xsl:call-template name="note-label"/></sup>
    </a>
  </xsl:template>

  <!-- The notes given, inline ones left out, each an aside epub:type="footnote" that links
       back to its place. -->
  <xsl:template name="endnotes">
    <xsl:param name="notes"/>
    <xsl:variable name="numbered" select="$notes[not(@place = 'inline' or @rend = 'inline')]"/>
    <xsl:if test="$numbered">
      <section class="notes">
        <h2>Notes</h2>
        <xsl:for-each select="$numbered">
          <aside class="footnote" epub:type="footnote">
            <xsl:attribute name="id"><xsl:call-template name="note-id"/></xsl:attribute>
            <div class="note-text">
              <a class="note-label">
                <xsl:attribute name="href"><xsl:call-template name="note-anchor"><xsl:with-param name="prefix" select="'#'"/><xsl:with-param name="suffix" select="'-ref'"/></xsl:call-template></xsl:attribute>
                <xsl:call-template name="note-label"/>
              </a>
              <xsl:text> </xsl:text>
              <xsl:apply-templates/>
            </div>
          </aside>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A page break: the printed page's number, a target of the page list. -->
  <xsl:template name="page-marker">
    <xsl:variable name="id"><xsl:call-template name="page-id"/></xsl:variable>
    <span class="pb" epub:type="pagebreak" role="doc-pagebreak" id="{$id}">
      <xsl:attribute name="aria-label"><xsl:call-template name="page-label"/></xsl:attribute>
      <xsl:call-template name="page-label"/>
    </span>
  </xsl:template>

  <!-- An EPUB page: XHTML with the volume's stylesheet; the content of the context node. -->
  <xsl:template name="epub-page">
    <xsl:param name="title"/>
    <xsl:param name="kind"/>
    <html lang="{$language}" xml:lang="{$language}">
      <head>
        <meta charset="UTF-8"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="style.css"/>
      </head>
      <body>
        <xsl:choose>
          <xsl:when test="$kind = 'document'">
            <xsl:call-template name="page-breaks-before"/>
            <xsl:apply-templates select="."/>
          </xsl:when>
          <xsl:when test="$kind = 'part'">
            <xsl:call-template name="page-breaks-before"/>
            <xsl:apply-templates select="."/>
          </xsl:when>
          <xsl:when test="$kind = 'division'">
            <xsl:call-template name="page-breaks-before"/>
            <section>
              <xsl:attribute name="class"><xsl:value-of select="normalize-space(concat('div ', @type))"/></xsl:attribute>
              <xsl:attribute name="id"><xsl:call-template name="contents-anchor"/></xsl:attribute>
              <xsl:apply-templates select="tei:head"/>
              <xsl:call-template name="division-introduction"/>
            </section>
            <xsl:call-template name="endnotes">
              <xsl:with-param name="notes" select="(tei:head | *[not(self::tei:head or self::tei:div)])//tei:note"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$kind = 'missing'">
            <h1><xsl:value-of select="$title"/></h1>
            <p>The volume has no such list.</p>
          </xsl:when>
          <xsl:otherwise><xsl:call-template name="contents-page"/></xsl:otherwise>
        </xsl:choose>
      </body>
    </html>
  </xsl:template>

  <!-- The stylesheet of the publication: plain reading typography (a reading system's own
       settings take over). -->
  <xsl:template name="epub-css">
    <xsl:text>body { line-height: 1.5; }
h1, h2, h3, h4, h5, h6 { font-weight: normal; line-height: 1.3; }
h1 .docnum, .contents-document .docnum { font-weight: bold; }
.pb { font-size: .75em; color: #666; white-space: nowrap; }
.noteref { text-decoration: none; }
section.notes { margin-top: 2em; border-top: 1px solid #999; font-size: .9em; }
aside.footnote { margin: .4em 0; }
.note-label { font-weight: bold; margin-right: .3em; }
.note-inline { font-size: .9em; font-style: italic; }
.title-page { text-align: center; margin: 2em 0; }
ol.contents, ol.contents ol { list-style: none; padding-left: 1em; }
.contents-division > .division-head { display: block; font-variant: small-caps; margin-top: 1em; }
.mentions { display: block; font-size: .85em; color: #555; }
.sc { font-variant: small-caps; }
table { border-collapse: collapse; }
td, th { padding: .1em .4em; vertical-align: top; }
blockquote { margin: .5em 1.5em; }
.opener, .closer, .dateline { margin: .5em 0; }
.right, .dateline { text-align: right; }
.center { text-align: center; }
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
