<?xml version="1.0" encoding="UTF-8"?>
<!-- The website's pages: index.html (the title page and the contents: xslt/chunks/chunk-contents.xsl), one
     page per document with links to the previous and next documents and up to its chapter in
     the contents, one page per division of the front and back matter (the lists of persons and
     terms with "mentioned in" links: xslt/chunks/chunk-mentions.xsl), search.html (with search.js and the
     index search-index.js that teipress writes) and site.css. Every page links to site.css and
     works from file:// and from a web server (relative links only, no network resource). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:c="urn:teipress:chunks"
                exclude-result-prefixes="tei c">

  <xsl:template match="/">
    <xsl:if test="$language = '' or translate($language, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-', '') != ''">
      <xsl:message terminate="yes">error: the parameter language must be a language tag such as en or fr-CA</xsl:message>
    </xsl:if>
    <c:chunks>
      <c:chunk href="index.html" method="html">
        <xsl:call-template name="site-page">
          <xsl:with-param name="title" select="$volume-title"/>
          <xsl:with-param name="kind" select="'index'"/>
        </xsl:call-template>
      </c:chunk>
      <xsl:for-each select="$page-documents">
        <xsl:variable name="p" select="position()"/>
        <c:chunk method="html">
          <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
          <xsl:call-template name="site-page">
            <xsl:with-param name="title"><xsl:call-template name="document-entry"/></xsl:with-param>
            <xsl:with-param name="kind" select="'document'"/>
            <xsl:with-param name="previous" select="$page-documents[$p - 1]"/>
            <xsl:with-param name="next" select="$page-documents[$p + 1]"/>
          </xsl:call-template>
        </c:chunk>
      </xsl:for-each>
      <xsl:for-each select="$parts">
        <c:chunk method="html">
          <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
          <xsl:call-template name="site-page">
            <xsl:with-param name="title"><xsl:call-template name="part-title"/></xsl:with-param>
            <xsl:with-param name="kind" select="'part'"/>
          </xsl:call-template>
        </c:chunk>
      </xsl:for-each>
      <xsl:if test="not($persons-part)">
        <xsl:call-template name="missing-list-page">
          <xsl:with-param name="name" select="'persons'"/>
          <xsl:with-param name="title" select="'Persons'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="not($terms-part)">
        <xsl:call-template name="missing-list-page">
          <xsl:with-param name="name" select="'terms'"/>
          <xsl:with-param name="title" select="'Abbreviations and Terms'"/>
        </xsl:call-template>
      </xsl:if>
      <c:chunk href="search.html" method="html">
        <xsl:call-template name="site-page">
          <xsl:with-param name="title" select="'Search'"/>
          <xsl:with-param name="kind" select="'search'"/>
        </xsl:call-template>
      </c:chunk>
      <c:chunk href="site.css" method="text">
        <xsl:call-template name="css"/>
        <xsl:call-template name="site-css"/>
      </c:chunk>
    </c:chunks>
  </xsl:template>

  <!-- A page of the site: the head (title, site.css), the volume's title and the site's links,
       then the content of its kind for the context node. -->
  <xsl:template name="site-page">
    <xsl:param name="title"/>
    <xsl:param name="kind"/>
    <xsl:param name="previous" select="/.."/>
    <xsl:param name="next" select="/.."/>
    <html lang="{$language}">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="$title"/>
          <xsl:if test="$kind != 'index'"><xsl:value-of select="concat(' — ', $volume-title)"/></xsl:if>
        </title>
        <link rel="stylesheet" href="site.css"/>
        <!-- No icon: a browser would otherwise ask the server for /favicon.ico. -->
        <link rel="icon" href="data:,"/>
      </head>
      <body>
        <header class="publication site-header">
          <p><a href="index.html"><xsl:value-of select="$volume-title"/></a></p>
          <nav class="site-links" aria-label="The volume">
            <a href="index.html">Contents</a>
            <xsl:text> </xsl:text><a href="persons.html">Persons</a>
            <xsl:text> </xsl:text><a href="terms.html">Terms</a>
            <xsl:text> </xsl:text><a href="search.html">Search</a>
          </nav>
        </header>
        <xsl:choose>
          <xsl:when test="$kind = 'document'">
            <xsl:call-template name="document-navigation">
              <xsl:with-param name="previous" select="$previous"/>
              <xsl:with-param name="next" select="$next"/>
              <xsl:with-param name="where" select="'top'"/>
            </xsl:call-template>
            <main>
              <xsl:call-template name="page-breaks-before"/>
              <xsl:apply-templates select="."/>
            </main>
            <xsl:call-template name="document-navigation">
              <xsl:with-param name="previous" select="$previous"/>
              <xsl:with-param name="next" select="$next"/>
              <xsl:with-param name="where" select="'bottom'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$kind = 'part'">
            <main>
              <xsl:call-template name="page-breaks-before"/>
              <xsl:apply-templates select="."/>
            </main>
          </xsl:when>
          <xsl:when test="$kind = 'missing'">
            <main>
              <h1><xsl:value-of select="$title"/></h1>
              <p>The volume has no such list.</p>
            </main>
          </xsl:when>
          <xsl:when test="$kind = 'search'">
            <main><xsl:call-template name="search-page"/></main>
          </xsl:when>
          <xsl:otherwise>
            <main><xsl:call-template name="contents-page"/></main>
          </xsl:otherwise>
        </xsl:choose>
      </body>
    </html>
  </xsl:template>

  <!-- Previous / up / next for the context document. -->
  <xsl:template name="document-navigation">
    <xsl:param name="previous"/>
    <xsl:param name="next"/>
    <xsl:param name="where"/>
    <nav class="document-nav {$where}" aria-label="Documents ({$where} of the page)">
      <xsl:for-each select="$previous">
        <a rel="prev" class="prev">
          <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
          <xsl:text>← </xsl:text><xsl:call-template name="document-short-label"/>
        </a>
      </xsl:for-each>
      <xsl:variable name="up" select="ancestor::tei:div[1]"/>
      <a class="up">
        <xsl:attribute name="href">
          <xsl:text>index.html</xsl:text>
          <xsl:for-each select="$up">#<xsl:call-template name="contents-anchor"/></xsl:for-each>
        </xsl:attribute>
        <xsl:choose>
          <xsl:when test="$up">
            <xsl:text>↑ </xsl:text>
            <xsl:for-each select="$up"><xsl:call-template name="part-title"/></xsl:for-each>
          </xsl:when>
          <xsl:otherwise>↑ Contents</xsl:otherwise>
        </xsl:choose>
      </a>
      <xsl:for-each select="$next">
        <a rel="next" class="next">
          <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
          <xsl:call-template name="document-short-label"/><xsl:text> →</xsl:text>
        </a>
      </xsl:for-each>
    </nav>
  </xsl:template>

  <!-- persons.html or terms.html for a volume without such a list. -->
  <xsl:template name="missing-list-page">
    <xsl:param name="name"/>
    <xsl:param name="title"/>
    <c:chunk href="{$name}{$page-extension}" method="html">
      <xsl:for-each select="/*">
        <xsl:call-template name="site-page">
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="kind" select="'missing'"/>
        </xsl:call-template>
      </xsl:for-each>
    </c:chunk>
  </xsl:template>

  <!-- The search form; search.js (written beside it) reads search-index.js. -->
  <xsl:template name="search-page">
    <h1>Search</h1>
    <form id="search-form" role="search" action="search.html">
      <label for="search-query">Words of the documents</label>
      <xsl:text> </xsl:text>
      <input type="search" id="search-query" name="q" autocomplete="off"/>
      <xsl:text> </xsl:text>
      <button type="submit">Search</button>
    </form>
    <p id="search-status" aria-live="polite"></p>
    <ol id="search-results" class="search-results"></ol>
    <script src="search-index.js"></script>
    <script src="search.js"></script>
  </xsl:template>

  <!-- What the site's pages add to the HTML layer's CSS. -->
  <xsl:template name="site-css">
    <xsl:text>
header.site-header a { color: inherit; text-decoration: none; }
header.site-header a:hover, header.site-header a:focus { text-decoration: underline; }
nav.site-links { font-variant: normal; letter-spacing: 0; margin-top: .25rem; }
nav.site-links a { margin: 0 .5rem; }
nav.document-nav { max-width: 40rem; margin: 0 auto; padding: .6rem 1.25rem; display: flex; gap: 1rem;
  justify-content: space-between; font-size: .9rem; }
nav.document-nav.bottom { border-top: 1px solid var(--rule); }
nav.document-nav a { color: var(--accent); }
nav.document-nav .up { text-align: center; flex: 1; }
ol.contents, ol.contents ol { list-style: none; padding-left: 0; }
ol.contents ol { padding-left: 1.25rem; }
.contents-division > .division-head { font-variant: small-caps; letter-spacing: .04em; margin: 1.25rem 0 .4rem; display: block; }
.contents-document { margin: .2rem 0; }
.contents-document .docnum { font-weight: bold; color: var(--accent); }
.contents-document time, .contents-document .date { color: var(--muted); font-size: .9rem; }
.mentions { display: block; font-size: .85rem; color: var(--muted); }
.parts a, .mentions a { color: var(--accent); }
.title-page { text-align: center; margin: 2rem 0 3rem; }
.search-results time { color: var(--muted); font-size: .9rem; margin-left: .4rem; }
#search-query { font: inherit; padding: .2rem .4rem; width: 60%; }
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
