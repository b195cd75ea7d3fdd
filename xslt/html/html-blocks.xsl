<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: the block structure of a document (heading, opener, subject, paragraphs, lists,
     sections, closer) and page markers. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- One document: an article with its heading, text, notes and names. -->
  <xsl:template match="*" mode="document">
    <article class="document">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:if test="@n or tei:head">
        <h1>
          <xsl:variable name="number"><xsl:call-template name="document-number"/></xsl:variable>
          <xsl:if test="$number != ''"><span class="docnum"><xsl:value-of select="$number"/></span></xsl:if>
          <xsl:apply-templates select="tei:head[1]/node()"/>
        </h1>
      </xsl:if>
      <xsl:apply-templates select="node()[not(self::tei:head) or preceding-sibling::tei:head]"/>
      <xsl:call-template name="endnotes"/>
    </article>
  </xsl:template>

  <!-- The number at the start of a document's head ("67.") set apart. -->
  <xsl:template match="tei:div[@n]/tei:head[1]/node()[1][self::text()][starts-with(., concat(../../@n, '.'))]">
    <xsl:variable name="number" select="concat(../../@n, '.')"/>
    <span class="docnum"><xsl:value-of select="$number"/></span>
    <xsl:value-of select="substring-after(., $number)"/>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <p><xsl:call-template name="id-attribute"/><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A list inside a paragraph closes the paragraph's text and follows it. -->
  <xsl:template match="tei:p[tei:list]">
    <div class="p-with-list">
      <xsl:call-template name="id-attribute"/>
      <p><xsl:apply-templates select="node()[not(self::tei:list)]"/></p>
      <xsl:apply-templates select="tei:list"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:div">
    <section>
      <xsl:attribute name="class"><xsl:value-of select="normalize-space(concat('div ', @type))"/></xsl:attribute>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <h2><xsl:apply-templates/></h2>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <!-- An opener with nothing to show (the dateline is a gap) makes no box. -->
  <xsl:template match="tei:opener[not(.//text()[normalize-space()])]"/>

  <xsl:template match="tei:dateline | tei:salute | tei:signed">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- The subject line: "SUBJECT" (supplied) and the items. -->
  <xsl:template match="tei:list[@type='subject']">
    <div class="subject">
      <xsl:for-each select="tei:item">
        <p>
          <xsl:if test="position() = 1">
            <span class="subject-label"><xsl:apply-templates select="../tei:head/node()"/></span>
            <xsl:if test="../tei:head"><xsl:text> </xsl:text></xsl:if>
          </xsl:if>
          <xsl:apply-templates/>
        </p>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:choose>
      <xsl:when test="@rend = 'numbered' or @type = 'ordered'">
        <ol><xsl:apply-templates select="tei:item | tei:pb[not(following-sibling::tei:item)]"/></ol>
      </xsl:when>
      <xsl:otherwise><ul><xsl:apply-templates select="tei:item | tei:pb[not(following-sibling::tei:item)]"/></ul></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:list/tei:head">
    <p class="list-head"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- An item; a page break just before it (between items) opens it, since a list holds only
       items in HTML. -->
  <xsl:template match="tei:item">
    <li>
      <xsl:call-template name="id-attribute"/>
      <xsl:for-each select="preceding-sibling::*[1][self::tei:pb]"><xsl:call-template name="page-marker"/></xsl:for-each>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- A page break after the last item: an item of its own holding only the marker. -->
  <xsl:template match="tei:list/tei:pb[not(following-sibling::tei:item)]">
    <li class="pb-item"><xsl:call-template name="page-marker"/></li>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p] | tei:floatingText | tei:lg">
    <blockquote><xsl:apply-templates/></blockquote>
  </xsl:template>

  <!-- Tables: TEI rows and cells; a cell with role="label" (or in a row with role="label") is
       a heading cell. -->
  <xsl:template match="tei:table">
    <table>
      <xsl:call-template name="id-attribute"/>
      <xsl:if test="tei:head"><caption><xsl:apply-templates select="tei:head/node()"/></caption></xsl:if>
      <tbody><xsl:apply-templates select="tei:row"/></tbody>
    </table>
  </xsl:template>
  <xsl:template match="tei:row">
    <tr><xsl:apply-templates select="tei:cell"/></tr>
  </xsl:template>
  <xsl:template match="tei:row[@role='label']/tei:cell">
    <th scope="col"><xsl:call-template name="cell-span"/><xsl:apply-templates/></th>
  </xsl:template>
  <xsl:template match="tei:cell[@role='label']">
    <th scope="row"><xsl:call-template name="cell-span"/><xsl:apply-templates/></th>
  </xsl:template>
  <xsl:template match="tei:cell">
    <td><xsl:call-template name="cell-span"/><xsl:apply-templates/></td>
  </xsl:template>
  <xsl:template name="cell-span">
    <xsl:if test="@cols &gt; 1"><xsl:attribute name="colspan"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
    <xsl:if test="@rows &gt; 1"><xsl:attribute name="rowspan"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- A figure: its description stands for the image (a page never loads anything). -->
  <xsl:template match="tei:figure">
    <figure>
      <xsl:call-template name="id-attribute"/>
      <xsl:apply-templates select="node()[not(self::tei:figDesc)]"/>
      <xsl:if test="tei:figDesc"><figcaption><xsl:apply-templates select="tei:figDesc/node()"/></figcaption></xsl:if>
    </figure>
  </xsl:template>
  <xsl:template match="tei:figure/tei:head"><p class="figure-head"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:graphic">
    <span class="graphic">[image: <xsl:value-of select="@url"/>]</span>
  </xsl:template>

  <xsl:template match="tei:l">
    <span class="l"><xsl:apply-templates/></span><br/>
  </xsl:template>

  <!-- A page marker between blocks: a marginal marker on a line of its own. -->
  <xsl:template match="tei:div/tei:pb | tei:body/tei:pb">
    <div class="pb-block"><xsl:call-template name="page-marker"/></div>
  </xsl:template>

  <!-- The marginal marker "[Page 207]", linkable as #pg_207. -->
  <xsl:template name="page-marker">
    <a class="pb">
      <xsl:attribute name="id"><xsl:call-template name="page-id"/></xsl:attribute>
      <xsl:attribute name="href">#<xsl:call-template name="page-id"/></xsl:attribute>
      <xsl:call-template name="page-label"/>
    </a>
  </xsl:template>

  <!-- id="..." from the context element's xml:id. -->
  <xsl:template name="id-attribute">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- Front and back matter other than the lists of persons and terms (shown after the notes):
       a section of its own before / after the documents. -->
  <xsl:template match="tei:front | tei:back">
    <xsl:variable name="content" select="*[not(self::tei:div[@subtype='index'])]"/>
    <xsl:if test="$content">
      <section class="{local-name()}"><xsl:apply-templates select="$content"/></section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:fw | tei:facsimile"/>

</xsl:stylesheet>
