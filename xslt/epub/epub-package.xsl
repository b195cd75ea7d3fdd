<?xml version="1.0" encoding="UTF-8"?>
<!-- The files of the EPUB: META-INF/container.xml, OEBPS/package.opf (metadata, manifest,
     spine: the title and contents page, the front matter's parts, the documents, the back
     matter's parts), OEBPS/nav.xhtml (the contents as a nested list, the page list of every
     page break, landmarks), the pages (chunk-pages.xsl names them, with ".xhtml") and
     OEBPS/style.css. The date of the package (dcterms:modified) is the parameter modified,
     which teipress sets from SOURCE_DATE_EPOCH, so the same volume gives the same bytes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:c="urn:teipress:chunks"
                xmlns:epub="http://www.idpf.org/2007/ops"
                xmlns:opf="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"
                exclude-result-prefixes="tei c opf">

  <xsl:param name="page-extension" select="'.xhtml'"/>
  <xsl:param name="index-page" select="'title'"/>
  <xsl:param name="division-pages" select="'yes'"/>

  <!-- The pages of the body in reading order: every division that is not inside a document
       (the documents, and the compilations, chapters and subchapters around them). -->
  <xsl:variable name="units" select="/tei:TEI/tei:text/tei:body//tei:div[not(ancestor::tei:div[@type = 'document'])]"/>
  <!-- dcterms:modified: CCYY-MM-DDThh:mm:ssZ. -->
  <xsl:param name="modified" select="'1970-01-01T00:00:00Z'"/>

  <!-- The publication's identifier: the volume's (idno type="frus", else the root's xml:id). -->
  <xsl:variable name="publication-id">
    <xsl:variable name="idno" select="normalize-space(/*/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'frus'][normalize-space()][1])"/>
    <xsl:choose>
      <xsl:when test="$idno != ''"><xsl:value-of select="$idno"/></xsl:when>
      <xsl:when test="/*/@xml:id"><xsl:value-of select="/*/@xml:id"/></xsl:when>
      <xsl:otherwise>teipress-volume</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:if test="$language = '' or translate($language, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-', '') != ''">
      <xsl:message terminate="yes">error: the parameter language must be a language tag such as en or fr-CA</xsl:message>
    </xsl:if>
    <xsl:if test="string-length($modified) != 20 or translate($modified, '0123456789', '') != '--T::Z'">
      <xsl:message terminate="yes">error: the parameter modified must be a date and time CCYY-MM-DDThh:mm:ssZ</xsl:message>
    </xsl:if>
    <c:chunks>
      <c:chunk href="META-INF/container.xml" method="xml">
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>
      </c:chunk>
      <c:chunk href="OEBPS/package.opf" method="xml"><xsl:call-template name="package"/></c:chunk>
      <c:chunk href="OEBPS/nav.xhtml" method="xhtml"><xsl:call-template name="navigation"/></c:chunk>
      <c:chunk href="OEBPS/title.xhtml" method="xhtml">
        <xsl:for-each select="/*">
          <xsl:call-template name="epub-page">
            <xsl:with-param name="title" select="$volume-title"/>
            <xsl:with-param name="kind" select="'contents'"/>
          </xsl:call-template>
        </xsl:for-each>
      </c:chunk>
      <xsl:for-each select="$units | $parts">
        <c:chunk method="xhtml">
          <xsl:attribute name="href">OEBPS/<xsl:call-template name="page-of"/></xsl:attribute>
          <xsl:call-template name="epub-page">
            <xsl:with-param name="title">
              <xsl:choose>
                <xsl:when test="@type = 'document'"><xsl:call-template name="document-entry"/></xsl:when>
                <xsl:otherwise><xsl:call-template name="part-title"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="kind">
              <xsl:choose>
                <xsl:when test="@type = 'document'">document</xsl:when>
                <xsl:when test="ancestor::tei:body">division</xsl:when>
                <xsl:otherwise>part</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </c:chunk>
      </xsl:for-each>
      <xsl:for-each select="/*[not($persons-part)]">
        <c:chunk href="OEBPS/persons.xhtml" method="xhtml">
          <xsl:call-template name="epub-page"><xsl:with-param name="title" select="'Persons'"/><xsl:with-param name="kind" select="'missing'"/></xsl:call-template>
        </c:chunk>
      </xsl:for-each>
      <xsl:for-each select="/*[not($terms-part)]">
        <c:chunk href="OEBPS/terms.xhtml" method="xhtml">
          <xsl:call-template name="epub-page"><xsl:with-param name="title" select="'Abbreviations and Terms'"/><xsl:with-param name="kind" select="'missing'"/></xsl:call-template>
        </c:chunk>
      </xsl:for-each>
      <c:chunk href="OEBPS/style.css" method="text"><xsl:call-template name="epub-css"/></c:chunk>
    </c:chunks>
  </xsl:template>

  <!-- The pages in reading order: the contents page, the front's parts, the divisions and
       documents of the body, the back's parts, then the lists the volume lacks. Writes "name " for each (no ending). -->
  <xsl:template name="reading-order">
    <xsl:text>title </xsl:text>
    <xsl:for-each select="/tei:TEI/tei:text/tei:front/tei:div | $units | /tei:TEI/tei:text/tei:back/tei:div">
      <xsl:variable name="page"><xsl:call-template name="page-of"/></xsl:variable>
      <xsl:value-of select="concat(substring-before($page, $page-extension), ' ')"/>
    </xsl:for-each>
    <xsl:if test="not($persons-part)">persons </xsl:if>
    <xsl:if test="not($terms-part)">terms </xsl:if>
  </xsl:template>

  <xsl:template name="package">
    <xsl:variable name="order"><xsl:call-template name="reading-order"/></xsl:variable>
    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="publication-id" xml:lang="{$language}">
      <metadata>
        <dc:identifier id="publication-id"><xsl:value-of select="$publication-id"/></dc:identifier>
        <dc:title><xsl:value-of select="$volume-title"/></dc:title>
        <dc:language><xsl:value-of select="$language"/></dc:language>
        <xsl:for-each select="/*/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:editor[normalize-space()]">
          <dc:contributor><xsl:value-of select="normalize-space()"/></dc:contributor>
        </xsl:for-each>
        <xsl:for-each select="/*/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher[normalize-space()][1]">
          <dc:publisher><xsl:value-of select="normalize-space()"/></dc:publisher>
        </xsl:for-each>
        <meta property="dcterms:modified"><xsl:value-of select="$modified"/></meta>
      </metadata>
      <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="style" href="style.css" media-type="text/css"/>
        <xsl:call-template name="manifest-items"><xsl:with-param name="names" select="$order"/></xsl:call-template>
      </manifest>
      <spine>
        <xsl:call-template name="spine-items"><xsl:with-param name="names" select="$order"/></xsl:call-template>
      </spine>
    </package>
  </xsl:template>

  <!-- One item / itemref per name of names ("a b c "): names are pages (letters, digits,
       _ . -), ids "page-NAME". Recursion over a list of a few hundred names. -->
  <xsl:template name="manifest-items">
    <xsl:param name="names"/>
    <xsl:for-each select="str:tokenize($names, ' ')" xmlns:str="http://exslt.org/strings">
      <item xmlns="http://www.idpf.org/2007/opf" id="page-{.}" href="{.}{$page-extension}" media-type="application/xhtml+xml"/>
    </xsl:for-each>
  </xsl:template>
  <xsl:template name="spine-items">
    <xsl:param name="names"/>
    <xsl:for-each select="str:tokenize($names, ' ')" xmlns:str="http://exslt.org/strings">
      <itemref xmlns="http://www.idpf.org/2007/opf" idref="page-{.}"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The navigation document: the contents, the page list, the landmarks. -->
  <xsl:template name="navigation">
    <html lang="{$language}" xml:lang="{$language}">
      <head>
        <meta charset="UTF-8"/>
        <title>Contents</title>
        <link rel="stylesheet" type="text/css" href="style.css"/>
      </head>
      <body>
        <nav epub:type="toc" id="toc">
          <h1>Contents</h1>
          <ol>
            <li><a href="title{$page-extension}"><xsl:value-of select="$volume-title"/></a></li>
            <xsl:for-each select="/tei:TEI/tei:text/tei:front/tei:div"><xsl:call-template name="nav-part"/></xsl:for-each>
            <xsl:apply-templates select="/tei:TEI/tei:text/tei:body/tei:div" mode="nav"/>
            <xsl:for-each select="/tei:TEI/tei:text/tei:back/tei:div"><xsl:call-template name="nav-part"/></xsl:for-each>
            <xsl:if test="not($persons-part)"><li><a href="persons{$page-extension}">Persons</a></li></xsl:if>
            <xsl:if test="not($terms-part)"><li><a href="terms{$page-extension}">Abbreviations and Terms</a></li></xsl:if>
          </ol>
        </nav>
        <xsl:variable name="pages" select="//tei:text//tei:pb[not(ancestor::tei:teiHeader)]"/>
        <xsl:if test="$pages">
          <nav epub:type="page-list" id="page-list" hidden="hidden">
            <h2>Pages</h2>
            <ol>
              <xsl:for-each select="$pages">
                <li>
                  <a>
                    <xsl:attribute name="href"><xsl:call-template name="page-of"/>#<xsl:call-template name="page-id"/></xsl:attribute>
                    <xsl:choose>
                      <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise>
                    </xsl:choose>
                  </a>
                </li>
              </xsl:for-each>
            </ol>
          </nav>
        </xsl:if>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden">
          <h2>Landmarks</h2>
          <ol>
            <li><a epub:type="toc" href="title{$page-extension}#contents">Contents</a></li>
            <xsl:for-each select="$page-documents[1]">
              <li><a epub:type="bodymatter"><xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>Documents</a></li>
            </xsl:for-each>
          </ol>
        </nav>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="nav-part">
    <li><a><xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute><xsl:call-template name="part-title"/></a></li>
  </xsl:template>

  <!-- The contents of the navigation document: a document or a division links to its page;
       a division holds what it holds. -->
  <xsl:template match="tei:div[@type = 'document']" mode="nav">
    <li>
      <a>
        <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
        <xsl:if test="normalize-space(@n) != ''"><xsl:value-of select="concat(normalize-space(@n), '. ')"/></xsl:if>
        <xsl:call-template name="document-title-only"/>
      </a>
    </li>
  </xsl:template>
  <xsl:template match="tei:div" mode="nav">
    <li>
      <a>
        <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
        <xsl:call-template name="part-title"/>
      </a>
      <xsl:if test="tei:div">
        <ol><xsl:apply-templates select="tei:div" mode="nav"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
