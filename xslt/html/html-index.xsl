<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: the people and terms of the file's lists (the converter puts there those the
     document names), as the edition gives them, each the target of the names in the text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template name="names-index">
    <xsl:variable name="persons"
                  select="/*/tei:text/tei:back//tei:div[@subtype='index']//tei:item[.//tei:persName/@xml:id]"/>
    <xsl:variable name="terms"
                  select="/*/tei:text/tei:back//tei:div[@subtype='index']//tei:item[.//tei:term/@xml:id]"/>
    <xsl:if test="$persons | $terms">
      <section class="names">
        <xsl:if test="$persons">
          <h2>Persons</h2>
          <dl><xsl:apply-templates select="$persons" mode="names-index"/></dl>
        </xsl:if>
        <xsl:if test="$terms">
          <h2>Abbreviations and Terms</h2>
          <dl><xsl:apply-templates select="$terms" mode="names-index"/></dl>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:item" mode="names-index">
    <xsl:variable name="id" select="(.//tei:persName/@xml:id | .//tei:term/@xml:id)[1]"/>
    <dt id="{$id}">
      <xsl:call-template name="entry-name"><xsl:with-param name="id" select="$id"/></xsl:call-template>
    </dt>
    <dd>
      <xsl:call-template name="entry-description"><xsl:with-param name="id" select="$id"/></xsl:call-template>
    </dd>
  </xsl:template>

</xsl:stylesheet>
