<?xml version="1.0" encoding="UTF-8"?>
<!-- A volume cut into pages (the website, the EPUB): which page shows which element, and links
     that cross pages. Each document (div type="document", the outermost one) is a page named
     after its xml:id; each division of the front and back matter is a page named after its
     xml:id (the list of persons is always "persons", the list of terms "terms"; "index",
     "search", "nav", "title" and "site" are the volume's own pages, so a division with such an
     id gets "part-" in front); the title page is on the contents page (index, or title).
     The compilations, chapters and subchapters of the body, with their heads and
     introductions, are on the contents page (website), or, when division-pages is "yes"
     (EPUB, where the pages are read in order), each on a page of its own ("div-" and its
     anchor) before what it holds. A page break between divisions (nothing but page breaks
     between it and the next division, or the end of what holds it) is shown at the top of the
     next page in reading order: the next document's or part's (website), the next division's
     of any kind (EPUB). Imported after the
     HTML layer: it overrides the hook local-href (xslt/common/links.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The file name ending of a page: ".html" (website) or ".xhtml" (EPUB). -->
  <xsl:param name="page-extension" select="'.html'"/>

  <!-- The page of the contents (and of the title page). -->
  <xsl:param name="index-page" select="'index'"/>

  <!-- "yes": each compilation, chapter and subchapter is a page of its own (EPUB). -->
  <xsl:param name="division-pages" select="'no'"/>

  <!-- The page breaks between divisions: outside documents and the parts of the front and
       back, with nothing but page breaks between them and the next division or the end of
       what holds them. Each is shown at the top of the next page in reading order: the next
       document's or part's (website), the next division's of any kind (EPUB). -->
  <xsl:key name="loose-pages-by-document"
           match="tei:pb[not(ancestor::tei:teiHeader or ancestor::tei:div[@type = 'document'] or ancestor::tei:div[parent::tei:front or parent::tei:back])]
                        [not(following-sibling::*[not(self::tei:pb)][1][not(self::tei:div)])]"
           use="generate-id(following::tei:div[@type = 'document' or parent::tei:front or parent::tei:back][1])"/>
  <xsl:key name="loose-pages-by-division"
           match="tei:pb[not(ancestor::tei:teiHeader or ancestor::tei:div[@type = 'document'] or ancestor::tei:div[parent::tei:front or parent::tei:back])]
                        [not(following-sibling::*[not(self::tei:pb)][1][not(self::tei:div)])]"
           use="generate-id(following::tei:div[1])"/>

  <!-- The divisions of the front and back matter that are pages of their own. -->
  <xsl:variable name="parts" select="/tei:TEI/tei:text/tei:front/tei:div | /tei:TEI/tei:text/tei:back/tei:div"/>

  <!-- The list of persons and the list of terms: the division with that xml:id, else the first
       holding a list of that type. -->
  <xsl:variable name="persons-part" select="($parts[@xml:id = 'persons'] | $parts[not(../tei:div[@xml:id = 'persons'])][.//tei:list[@type = 'names']])[1]"/>
  <xsl:variable name="terms-part" select="($parts[@xml:id = 'terms'] | $parts[not(../tei:div[@xml:id = 'terms'])][.//tei:list[@type = 'terms']])[1]"/>

  <!-- The outermost documents, in order. -->
  <xsl:variable name="page-documents" select="//tei:text/tei:body//tei:div[@type = 'document'][not(ancestor::tei:div[@type = 'document'])]"/>

  <!-- The name (without ending) of the context part (a division of the front or back). -->
  <xsl:template name="part-name">
    <xsl:variable name="id"><xsl:call-template name="anchor-name"><xsl:with-param name="id" select="@xml:id"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="generate-id() = generate-id($persons-part)">persons</xsl:when>
      <xsl:when test="generate-id() = generate-id($terms-part)">terms</xsl:when>
      <xsl:when test="$id = ''"><xsl:value-of select="concat(local-name(..), '-', count(preceding-sibling::tei:div) + 1)"/></xsl:when>
      <xsl:when test="$id = 'index' or $id = 'search' or $id = 'nav' or $id = 'title' or $id = 'persons' or $id = 'terms' or $id = 'site'">
        <xsl:value-of select="concat('part-', $id)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The name (without ending) of the context document's page: its xml:id made safe, else
       "document-" and its position. -->
  <xsl:template name="document-page-name">
    <xsl:variable name="id"><xsl:call-template name="anchor-name"><xsl:with-param name="id" select="@xml:id"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$id != ''"><xsl:value-of select="$id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('document-', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The file name of the page that shows node (default: the context node). -->
  <xsl:template name="page-of">
    <xsl:param name="node" select="."/>
    <xsl:for-each select="$node[1]">
      <xsl:variable name="loose" select="self::tei:pb[not(ancestor::tei:div[@type = 'document'] or ancestor::tei:div[parent::tei:front or parent::tei:back])]
                                         [not(following-sibling::*[not(self::tei:pb)][1][not(self::tei:div)])]"/>
      <xsl:variable name="next" select="$loose/following::tei:div[@type = 'document' or parent::tei:front or parent::tei:back or $division-pages = 'yes'][1]"/>
      <xsl:choose>
        <xsl:when test="$next">
          <xsl:call-template name="page-of"><xsl:with-param name="node" select="$next"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="page-name"/>
          <xsl:value-of select="$page-extension"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- The name of the page of the context node, which is not a page break between divisions. -->
  <xsl:template name="page-name">
    <xsl:variable name="document" select="ancestor-or-self::tei:div[@type = 'document'][last()]"/>
    <xsl:variable name="part" select="ancestor-or-self::tei:div[parent::tei:front or parent::tei:back]"/>
    <xsl:variable name="division" select="ancestor-or-self::tei:div[ancestor::tei:body][1]"/>
    <xsl:choose>
      <xsl:when test="$document">
        <xsl:for-each select="$document"><xsl:call-template name="document-page-name"/></xsl:for-each>
      </xsl:when>
      <xsl:when test="$part">
        <xsl:for-each select="$part"><xsl:call-template name="part-name"/></xsl:for-each>
      </xsl:when>
      <xsl:when test="$division and $division-pages = 'yes'">
        <xsl:for-each select="$division"><xsl:call-template name="unit-page-name"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$index-page"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The page name of the context division of the body: a document's, or a division's
       ("div-" and its contents anchor). -->
  <xsl:template name="unit-page-name">
    <xsl:choose>
      <xsl:when test="@type = 'document'"><xsl:call-template name="document-page-name"/></xsl:when>
      <xsl:otherwise>div-<xsl:call-template name="contents-anchor"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The anchor of the context division in the contents. -->
  <xsl:template name="contents-anchor">
    <xsl:call-template name="element-id"><xsl:with-param name="prefix" select="'contents'"/></xsl:call-template>
  </xsl:template>

  <!-- A link to the element with xml:id id: "#anchor" on the same page, else "page#anchor". -->
  <xsl:template name="local-href">
    <xsl:param name="id"/>
    <xsl:variable name="here"><xsl:call-template name="page-of"/></xsl:variable>
    <xsl:variable name="there"><xsl:call-template name="page-of"><xsl:with-param name="node" select="id($id)"/></xsl:call-template></xsl:variable>
    <xsl:if test="$there != $here"><xsl:value-of select="$there"/></xsl:if>
    <xsl:text>#</xsl:text>
    <xsl:call-template name="anchor-name"><xsl:with-param name="id" select="$id"/></xsl:call-template>
  </xsl:template>

  <!-- The page breaks between divisions that the context division's page shows first. -->
  <xsl:template name="page-breaks-before">
    <xsl:choose>
      <xsl:when test="$division-pages = 'yes'"><xsl:apply-templates select="key('loose-pages-by-division', generate-id())"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="key('loose-pages-by-document', generate-id())"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
