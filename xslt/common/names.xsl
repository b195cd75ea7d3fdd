<?xml version="1.0" encoding="UTF-8"?>
<!-- People and terms: what a reader is shown on hover for a persName/gloss/term/rs/name that
     points (@corresp, @target, @ref "#id") to an entry of the file's lists: an item whose
     highlighted name carries the xml:id ("<item><hi><persName xml:id='p_RD1'>Rusk,
     Dean</persName>,</hi> Secretary of State</item>", as FRUS volumes and
     convert write them) or any other element with that xml:id. Entries are found with id()
     (a hash look-up) and select expressions only. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <!-- The id the context name points to ("" when it points to nothing local). -->
  <xsl:template name="name-target-id">
    <xsl:variable name="t" select="normalize-space(@corresp | @target | @ref)"/>
    <xsl:if test="starts-with($t, '#') and not(contains($t, ' ')) and id(substring($t, 2))">
      <xsl:value-of select="substring($t, 2)"/>
    </xsl:if>
  </xsl:template>

  <!-- What a reader is shown for the context name: "Rusk, Dean, Secretary of State" for a
       person, the description for a term ("North Atlantic Treaty Organization"), the entry's
       text for any other target; nothing when it points to nothing in the file. -->
  <xsl:template name="name-expansion">
    <xsl:variable name="id"><xsl:call-template name="name-target-id"/></xsl:variable>
    <xsl:if test="$id != ''">
      <xsl:variable name="target" select="id($id)"/>
      <xsl:variable name="entry" select="$target/ancestor::tei:item[1]"/>
      <xsl:variable name="name" select="normalize-space($target)"/>
      <xsl:variable name="description" select="normalize-space(substring-after(normalize-space($entry), normalize-space($entry/tei:hi[1])))"/>
      <xsl:choose>
        <xsl:when test="not($entry)"><xsl:value-of select="$name"/></xsl:when>
        <xsl:when test="self::tei:persName and $description != ''">
          <xsl:value-of select="concat($name, ', ', $description)"/>
        </xsl:when>
        <xsl:when test="$description != ''"><xsl:value-of select="$description"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
