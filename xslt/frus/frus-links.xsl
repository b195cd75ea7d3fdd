<?xml version="1.0" encoding="UTF-8"?>
<!-- The FRUS layer's shared part (imported by each xslt/frus/tei-to-*.xsl after the generic
     stylesheet): what is specific to Foreign Relations of the United States and its web
     edition at the Office of the Historian (history.state.gov). A pointer to a document, note
     or page of the volume that is not in the file ("#d60", "#d60fn4", "#pg_12"), or to another
     volume ("frus1964-68v13#d312"), becomes the web edition's address of it; a document's
     heading is preceded by its number when the head does not begin with it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Base address of the web edition's volumes. -->
  <xsl:param name="web-edition-base" select="'https://history.state.gov/historicaldocuments/'"/>

  <!-- This volume's identifier (e.g. frus1964-68v17), for pointers to documents not in this
       file; empty = taken from the header (idno type="frus", else the TEI root's xml:id).
       Letters, digits and - _ . only; anything else is refused. -->
  <xsl:param name="volume-id" select="''"/>

  <xsl:variable name="frus-id-characters" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'"/>

  <!-- The volume identifier in effect. -->
  <xsl:variable name="volume">
    <xsl:choose>
      <xsl:when test="$volume-id != ''">
        <xsl:if test="translate($volume-id, $frus-id-characters, '') != ''">
          <xsl:message terminate="yes">error: the parameter volume-id must be a volume identifier such as frus1964-68v17 (letters, digits, - _ .)</xsl:message>
        </xsl:if>
        <xsl:value-of select="$volume-id"/>
      </xsl:when>
      <xsl:when test="/*/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'frus'][normalize-space()]">
        <xsl:value-of select="normalize-space(/*/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'frus'][normalize-space()][1])"/>
      </xsl:when>
      <xsl:when test="starts-with(/*/@xml:id, 'frus')"><xsl:value-of select="/*/@xml:id"/></xsl:when>
    </xsl:choose>
  </xsl:variable>

  <!-- A pointer "#id" not in this file. What `teipress validate` accepts as a part of the same
       volume stored elsewhere (README "Local pointers") is linked to the web edition's page of
       it: a document ("d60"), a note of a document that is not in this file ("d60fn4"), a page
       ("pg_207", "pg_xii"). Anything else (a person, a term, a note of a document that is in
       the file, a malformed page) names nothing: no link, its text stays, and a warning. -->
  <xsl:template name="address-of-missing-local">
    <xsl:param name="id"/>
    <xsl:variable name="digits" select="'0123456789'"/>
    <xsl:variable name="doc" select="substring-before($id, 'fn')"/>
    <xsl:variable name="page" select="substring-after($id, 'pg_')"/>
    <xsl:variable name="elsewhere"
                  select="(starts-with($id, 'd') and string-length($id) &gt; 1 and
                           translate(substring($id, 2), $digits, '') = '')
                          or (starts-with($doc, 'd') and string-length($doc) &gt; 1 and
                              translate(substring($doc, 2), $digits, '') = '' and
                              string-length(substring-after($id, 'fn')) &gt; 0 and
                              translate(substring-after($id, 'fn'), $digits, '') = '' and
                              not(id($doc)))
                          or (starts-with($id, 'pg_') and $page != '' and
                              (translate($page, $digits, '') = '' or translate($page, 'ivxlcdmIVXLCDM', '') = ''))"/>
    <xsl:choose>
      <xsl:when test="$elsewhere and $volume != ''">
        <xsl:call-template name="web-edition-address">
          <xsl:with-param name="volume" select="$volume"/>
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="not($elsewhere)">
        <xsl:message>
          <xsl:call-template name="source-line"/>
          <xsl:value-of select="concat(': warning: the pointer &quot;#', $id, '&quot; names nothing in this file and is not a document, note or page of the volume; its text is not linked')"/>
        </xsl:message>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "frus1964-68v13#d312" (or a volume alone): the web edition's page; any other URI as it is. -->
  <xsl:template name="address-of-external">
    <xsl:param name="target"/>
    <xsl:variable name="volume-part" select="substring-before(concat($target, '#'), '#')"/>
    <xsl:choose>
      <xsl:when test="starts-with($target, 'frus') and $volume-part != '' and translate($volume-part, $frus-id-characters, '') = ''">
        <xsl:call-template name="web-edition-address">
          <xsl:with-param name="volume" select="$volume-part"/>
          <xsl:with-param name="id" select="substring-after($target, '#')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$target"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The web edition's address of id in volume: documents (d312) and pages (pg_207) have
       pages of their own; a note (d60fn4) is an anchor on its document's page; no id: the
       volume's page. -->
  <xsl:template name="web-edition-address">
    <xsl:param name="volume"/>
    <xsl:param name="id"/>
    <xsl:value-of select="concat($web-edition-base, $volume)"/>
    <xsl:choose>
      <xsl:when test="$id = ''"/>
      <xsl:when test="starts-with($id, 'd') and contains($id, 'fn')">
        <xsl:value-of select="concat('/', substring-before($id, 'fn'), '#fn', substring-after($id, 'fn'))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('/', $id)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "67. " for the context document when its head does not hold its number already (the
       Office of the Historian's heads, and convert's, begin with it: "67. Memorandum …", the
       older volumes' with "No. 67."; older TEI keeps it only in @n); nothing otherwise or
       without @n. The text writer asks for the "67. " form (strict = 'yes'): the reading text's
       first line. -->
  <xsl:template name="document-number">
    <xsl:param name="strict" select="'no'"/>
    <xsl:variable name="n" select="normalize-space(@n)"/>
    <xsl:variable name="head" select="normalize-space(tei:head[1])"/>
    <xsl:if test="@type = 'document' and $n != '' and not(starts-with($head, concat($n, '.'))) and
                  ($strict = 'yes' or not(starts-with($head, concat('No. ', $n, '.'))))">
      <xsl:value-of select="concat($n, '. ')"/>
    </xsl:if>
  </xsl:template>

  <!-- The web edition's page of this document, when the header gives its address (https). -->
  <xsl:variable name="web-edition-url"
                select="normalize-space(/*/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'url'][starts-with(normalize-space(.), 'https://')][1])"/>

</xsl:stylesheet>
