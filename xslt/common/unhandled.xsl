<?xml version="1.0" encoding="UTF-8"?>
<!-- The unhandled-element policy, loud by default: an element no module knows is rendered as
     its content and reported ("LINE: warning: ..." — teipress turns it into FILE:LINE:
     warning), never dropped. The same for a presentation attribute (@rend, @rendition,
     @place, @role) whose value no template knows: the element is rendered as if the
     attribute were absent, and the value is reported. Each output calls "unhandled" from its
     fallback templates and "unhandled-value" where it reads such an attribute. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:saxon="http://icl.com/saxon"
                exclude-result-prefixes="tei saxon">

  <!-- "yes": report every unhandled element and value; "no": render silently. -->
  <xsl:param name="warn-unhandled" select="'yes'"/>

  <!-- The source line of the context node ("0" when the processor cannot tell). -->
  <xsl:template name="source-line">
    <xsl:choose>
      <xsl:when test="function-available('saxon:line-number')"><xsl:value-of select="saxon:line-number()"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Reports the context element as unhandled (its content is rendered by the caller). -->
  <xsl:template name="unhandled">
    <xsl:if test="$warn-unhandled = 'yes'">
      <xsl:message>
        <xsl:call-template name="source-line"/>
        <xsl:text>: warning: unhandled element &lt;</xsl:text>
        <xsl:value-of select="name()"/>
        <xsl:text>&gt;; its content is rendered as it is</xsl:text>
      </xsl:message>
    </xsl:if>
  </xsl:template>

  <!-- Reports the value of the attribute named attribute of the context element as one no
       template renders (the element is rendered without it). -->
  <xsl:template name="unhandled-value">
    <xsl:param name="attribute"/>
    <xsl:if test="$warn-unhandled = 'yes'">
      <xsl:message>
        <xsl:call-template name="source-line"/>
        <xsl:text>: warning: unhandled </xsl:text>
        <xsl:value-of select="concat('@', $attribute, '=&quot;', @*[name() = $attribute], '&quot; on &lt;', name(), '&gt;')"/>
        <xsl:text>; rendered as if it were absent</xsl:text>
      </xsl:message>
    </xsl:if>
  </xsl:template>

  <!-- Default-mode fallback of every output. -->
  <xsl:template match="*">
    <xsl:call-template name="unhandled"/>
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>
