<?xml version="1.0" encoding="UTF-8"?>
<!-- The unhandled-element policy, loud by default: an element no module knows is rendered as
     its content and reported ("LINE: warning: ..." — teipress turns it into FILE:LINE:
     warning), never dropped. Each output calls "unhandled" from its fallback templates. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:saxon="http://icl.com/saxon"
                exclude-result-prefixes="tei saxon">

  <!-- "yes": report every unhandled element; "no": render its content silently. -->
  <xsl:param name="warn-unhandled" select="'yes'"/>

  <!-- Reports the context element as unhandled (its content is rendered by the caller). -->
  <xsl:template name="unhandled">
    <xsl:if test="$warn-unhandled = 'yes'">
      <xsl:message>
        <xsl:choose>
          <xsl:when test="function-available('saxon:line-number')"><xsl:value-of select="saxon:line-number()"/></xsl:when>
          <xsl:otherwise>0</xsl:otherwise>
        </xsl:choose>
        <xsl:text>: warning: unhandled element &lt;</xsl:text>
        <xsl:value-of select="name()"/>
        <xsl:text>&gt;; its content is rendered as it is</xsl:text>
      </xsl:message>
    </xsl:if>
  </xsl:template>

  <!-- Default-mode fallback of every output. -->
  <xsl:template match="*">
    <xsl:call-template name="unhandled"/>
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
