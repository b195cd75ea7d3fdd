<?xml version="1.0" encoding="UTF-8"?>
<!-- People and terms: the full name or expansion of a persName/gloss/term from the edition's
     lists (back/div[@subtype='index'] items: hi/persName[@xml:id] or hi/term[@xml:id], then
     the description). Entries are found with id() (xml:id is an ID for libxml2: a hash lookup,
     where an xsl:key would cost a walk of the whole file), and with select expressions only (a
     variable holding a result tree costs libxslt a new document per call). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- Writes the name as the list gives it ("Rusk, Dean") for the entry of id; nothing when
       there is none. -->
  <xsl:template name="entry-name">
    <xsl:param name="id"/>
    <xsl:value-of select="normalize-space(id($id)[ancestor::tei:div[@subtype='index']])"/>
  </xsl:template>

  <!-- Writes the description of the entry of id ("Secretary of State"): the entry's text after
       its highlighted name; nothing when there is none. -->
  <xsl:template name="entry-description">
    <xsl:param name="id"/>
    <xsl:variable name="entry" select="id($id)[ancestor::tei:div[@subtype='index']]/ancestor::tei:item[1]"/>
    <xsl:value-of select="normalize-space(substring-after(normalize-space($entry), normalize-space($entry/tei:hi[1])))"/>
  </xsl:template>

  <!-- Writes what a reader is shown for the context persName/gloss/term: "Rusk, Dean,
       Secretary of State" for a person, "North Atlantic Treaty Organization" for a term;
       nothing when the lists lack it. -->
  <xsl:template name="name-expansion">
    <xsl:variable name="t" select="normalize-space(@corresp | @target | @ref)"/>
    <xsl:variable name="id" select="substring($t, 2)"/>
    <xsl:variable name="entry" select="id($id)[starts-with($t, '#')][ancestor::tei:div[@subtype='index']]/ancestor::tei:item[1]"/>
    <xsl:variable name="name" select="normalize-space(id($id))"/>
    <xsl:variable name="description" select="normalize-space(substring-after(normalize-space($entry), normalize-space($entry/tei:hi[1])))"/>
    <xsl:choose>
      <xsl:when test="not($entry)"/>
      <xsl:when test="self::tei:persName and $description != ''">
        <xsl:value-of select="concat($name, ', ', $description)"/>
      </xsl:when>
      <xsl:when test="$description != ''"><xsl:value-of select="$description"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
