<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile-queries.xsl (part of compile.xsl): the text of a query as it runs in one pattern.
  In a pattern instance (@is-a), each "$name" of a sch:param is replaced by the param's value
  (ISO: abstract patterns are macros); a pattern-level let becomes a global variable named
  "tpx-{pattern}-{name}", so each "$name" of it is renamed (two patterns may use one name).
  The replacements are per occurrence (substring-before/after), never per character.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                exclude-result-prefixes="sch">

  <!-- Characters that continue a variable name ($ab is not $a followed by b). -->
  <xsl:variable name="name-chars"
                select="'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:'"/>

  <!-- The global variable of pattern-level let $let in pattern instance $instance. -->
  <xsl:template name="let-variable">
    <xsl:param name="let"/>
    <xsl:param name="instance"/>
    <xsl:value-of select="concat('tpx-', generate-id($instance), '-', $let/@name)"/>
  </xsl:template>

  <!-- Query s as it runs in pattern instance $instance (see above). -->
  <xsl:template name="query">
    <xsl:param name="s"/>
    <xsl:param name="instance"/>
    <xsl:variable name="source"
                  select="$instance[not(@is-a)] | /sch:schema/sch:pattern[@abstract = 'true'][@id = $instance/@is-a]"/>
    <xsl:call-template name="substitute-all">
      <xsl:with-param name="s" select="string($s)"/>
      <xsl:with-param name="instance" select="$instance"/>
      <xsl:with-param name="items" select="$instance/sch:param | $source/sch:let"/>
    </xsl:call-template>
  </xsl:template>

  <!-- s with the replacements of items[i], items[i+1] … (params and pattern-level lets). -->
  <xsl:template name="substitute-all">
    <xsl:param name="s"/>
    <xsl:param name="instance"/>
    <xsl:param name="items"/>
    <xsl:param name="i" select="1"/>
    <xsl:choose>
      <xsl:when test="$i > count($items) or not(contains($s, '$'))">
        <xsl:value-of select="$s"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="item" select="$items[$i]"/>
        <xsl:variable name="value">
          <xsl:choose>
            <xsl:when test="$item/self::sch:param"><xsl:value-of select="$item/@value"/></xsl:when>
            <xsl:otherwise>
              <xsl:text>$</xsl:text>
              <xsl:call-template name="let-variable">
                <xsl:with-param name="let" select="$item"/>
                <xsl:with-param name="instance" select="$instance"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="replaced">
          <xsl:call-template name="replace-variable">
            <xsl:with-param name="s" select="$s"/>
            <xsl:with-param name="name" select="string($item/@name)"/>
            <xsl:with-param name="value" select="string($value)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="substitute-all">
          <xsl:with-param name="s" select="string($replaced)"/>
          <xsl:with-param name="instance" select="$instance"/>
          <xsl:with-param name="items" select="$items"/>
          <xsl:with-param name="i" select="$i + 1"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- s with each "$name" (not followed by a name character) replaced by value. -->
  <xsl:template name="replace-variable">
    <xsl:param name="s"/>
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:variable name="token" select="concat('$', $name)"/>
    <xsl:choose>
      <xsl:when test="$name != '' and contains($s, $token)">
        <xsl:variable name="after" select="substring-after($s, $token)"/>
        <xsl:value-of select="substring-before($s, $token)"/>
        <xsl:choose>
          <xsl:when test="$after != '' and contains($name-chars, substring($after, 1, 1))">
            <xsl:value-of select="$token"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="replace-variable">
          <xsl:with-param name="s" select="$after"/>
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="value" select="$value"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The context s without its predicates ([…], nested), so that what remains is the path;
       one step per bracket. -->
  <xsl:template name="strip-predicates">
    <xsl:param name="s"/>
    <xsl:param name="depth" select="0"/>
    <xsl:variable name="open" select="substring-before(concat($s, '['), '[')"/>
    <xsl:variable name="close" select="substring-before(concat($s, ']'), ']')"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, '[')) and not(contains($s, ']'))">
        <xsl:if test="$depth = 0"><xsl:value-of select="$s"/></xsl:if>
      </xsl:when>
      <xsl:when test="string-length($open) &lt; string-length($close)">
        <!-- "[" comes first. -->
        <xsl:if test="$depth = 0"><xsl:value-of select="$open"/></xsl:if>
        <xsl:call-template name="strip-predicates">
          <xsl:with-param name="s" select="substring-after($s, '[')"/>
          <xsl:with-param name="depth" select="$depth + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$depth = 0"><xsl:value-of select="$close"/></xsl:if>
        <xsl:call-template name="strip-predicates">
          <xsl:with-param name="s" select="substring-after($s, ']')"/>
          <xsl:with-param name="depth" select="$depth - 1 + number($depth = 0)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Writes "x" when a predicate-free context may match something other than an element. -->
  <xsl:template name="may-match-non-element">
    <xsl:param name="context"/>
    <xsl:if test="contains($context, '@') or contains($context, 'attribute::')
                  or contains($context, 'text()') or contains($context, 'node()')
                  or contains($context, 'comment()') or contains($context, 'processing-instruction')
                  or normalize-space($context) = '/'">x</xsl:if>
  </xsl:template>

</xsl:stylesheet>
