<?xml version="1.0" encoding="UTF-8"?>
<!-- The lists of persons and terms (website, EPUB): each entry (an item of the list whose name
     carries an xml:id) ends with the documents that point to it ("Mentioned in documents 1, 5,
     12", each linked to its page). The pointers are found with two keys (one walk of the
     volume each), so the lists cost linear time. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Every element of a document that points to an id ("#p_AD1") with @corresp, @target or
       @ref (its first pointer), by that id; and the same by id and document. -->
  <xsl:key name="site-pointers" match="tei:div[@type = 'document']//*[starts-with(normalize-space(concat(@corresp, @target, @ref)), '#')]"
           use="substring(substring-before(concat(normalize-space(concat(@corresp, @target, @ref)), ' '), ' '), 2)"/>
  <xsl:key name="site-pointers-in-document" match="tei:div[@type = 'document']//*[starts-with(normalize-space(concat(@corresp, @target, @ref)), '#')]"
           use="concat(substring(substring-before(concat(normalize-space(concat(@corresp, @target, @ref)), ' '), ' '), 2), ' ',
                       generate-id(ancestor::tei:div[@type = 'document'][last()]))"/>

  <!-- An entry of the list of persons or of terms: as the HTML layer writes an item, then the
       documents that mention it. -->
  <xsl:template match="tei:list[@type = 'names' or @type = 'terms']/tei:item[.//*[@xml:id]] |
                       tei:div[@xml:id = 'persons' or @xml:id = 'terms']//tei:list/tei:item[.//*[@xml:id]]" mode="list-member">
    <li>
      <xsl:call-template name="id-attribute"/>
      <xsl:for-each select="preceding-sibling::*[1]"><xsl:call-template name="list-prelude"/></xsl:for-each>
      <xsl:apply-templates/>
      <xsl:call-template name="mentions">
        <xsl:with-param name="id" select="(.//*[@xml:id])[1]/@xml:id"/>
      </xsl:call-template>
    </li>
  </xsl:template>

  <!-- "Mentioned in documents 1, 5, 12." for the documents pointing to id, each once, in
       order; nothing when none does. -->
  <xsl:template name="mentions">
    <xsl:param name="id"/>
    <xsl:variable name="pointers" select="key('site-pointers', $id)"/>
    <xsl:if test="$pointers">
      <span class="mentions">
        <xsl:text>Mentioned in </xsl:text>
        <xsl:for-each select="$pointers">
          <xsl:variable name="document" select="ancestor::tei:div[@type = 'document'][last()]"/>
          <xsl:if test="generate-id() = generate-id(key('site-pointers-in-document', concat($id, ' ', generate-id($document)))[1])">
            <xsl:if test="position() != 1">, </xsl:if>
            <xsl:for-each select="$document">
              <a>
                <xsl:attribute name="href"><xsl:call-template name="page-of"/></xsl:attribute>
                <xsl:call-template name="document-short-label"/>
              </a>
            </xsl:for-each>
          </xsl:if>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </span>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
