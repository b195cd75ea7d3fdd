<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile-asserts.xsl (part of compile.xsl): an assert fires when its test is false, a report
  when it is true; each writes svrl:failed-assert / svrl:successful-report with its message
  and where it is (the node @subject selects, else the rule's @subject, else the context).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:axsl="urn:teipress:schematron:output-xslt"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
                xmlns:tpx="urn:teipress:schematron"
                exclude-result-prefixes="sch">

  <xsl:template match="sch:assert | sch:report" mode="rule-body">
    <xsl:param name="instance"/>
    <xsl:param name="rule"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="self::sch:assert">svrl:failed-assert</xsl:when>
        <xsl:otherwise>svrl:successful-report</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="test">
      <xsl:call-template name="query">
        <xsl:with-param name="s" select="@test"/>
        <xsl:with-param name="instance" select="$instance"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="subject-path">
      <xsl:choose>
        <xsl:when test="@subject or $rule/@subject">
          <xsl:call-template name="query">
            <xsl:with-param name="s" select="(@subject | $rule[not(current()/@subject)]/@subject)[1]"/>
            <xsl:with-param name="instance" select="$instance"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>.</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <axsl:if>
      <xsl:attribute name="test">
        <xsl:choose>
          <xsl:when test="self::sch:assert">not(<xsl:value-of select="$test"/>)</xsl:when>
          <xsl:otherwise><xsl:value-of select="$test"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:element name="{$element}" namespace="http://purl.oclc.org/dsdl/svrl">
        <xsl:attribute name="test"><xsl:value-of select="$test"/></xsl:attribute>
        <xsl:call-template name="inherited">
          <xsl:with-param name="name" select="'id'"/>
          <xsl:with-param name="instance" select="$instance"/>
          <xsl:with-param name="rule" select="$rule"/>
        </xsl:call-template>
        <xsl:call-template name="inherited">
          <xsl:with-param name="name" select="'role'"/>
          <xsl:with-param name="instance" select="$instance"/>
          <xsl:with-param name="rule" select="$rule"/>
        </xsl:call-template>
        <xsl:call-template name="inherited">
          <xsl:with-param name="name" select="'flag'"/>
          <xsl:with-param name="instance" select="$instance"/>
          <xsl:with-param name="rule" select="$rule"/>
        </xsl:call-template>
        <axsl:choose>
          <axsl:when test="$teipress-node-ref">
            <axsl:attribute name="teipress-node">
              <axsl:value-of select="tpx:node-ref({$subject-path})"/>
            </axsl:attribute>
          </axsl:when>
          <axsl:otherwise>
            <axsl:attribute name="location">
              <axsl:for-each select="{$subject-path}">
                <axsl:if test="position() = 1">
                  <axsl:call-template name="teipress-location"/>
                </axsl:if>
              </axsl:for-each>
            </axsl:attribute>
          </axsl:otherwise>
        </axsl:choose>
        <svrl:text>
          <xsl:apply-templates select="node()" mode="message">
            <xsl:with-param name="instance" select="$instance"/>
          </xsl:apply-templates>
        </svrl:text>
      </xsl:element>
    </axsl:if>
  </xsl:template>

  <!-- @id, @role or @flag of the assert, else of the rule that holds it (an abstract rule
       too), else of the rule that fired, else of the pattern instance. -->
  <xsl:template name="inherited">
    <xsl:param name="name"/>
    <xsl:param name="instance"/>
    <xsl:param name="rule"/>
    <xsl:variable name="from"
                  select="(self::*[@*[local-name() = $name and namespace-uri() = '']]
                           | parent::sch:rule[not(current()/@*[local-name() = $name and namespace-uri() = ''])]
                               [@*[local-name() = $name and namespace-uri() = '']])[1]"/>
    <xsl:variable name="fallback"
                  select="($rule[@*[local-name() = $name and namespace-uri() = '']]
                           | $instance[not($rule/@*[local-name() = $name and namespace-uri() = ''])]
                               [@*[local-name() = $name and namespace-uri() = '']])[1]"/>
    <xsl:variable name="chosen" select="$from | $fallback[not($from)]"/>
    <xsl:if test="$chosen">
      <xsl:attribute name="{$name}">
        <xsl:value-of select="$chosen/@*[local-name() = $name and namespace-uri() = '']"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The message: text as is (in xsl:text, so that a space between two sch:value-of stays),
       sch:value-of and sch:name evaluated, other markup as its text. -->
  <xsl:template match="text()" mode="message">
    <axsl:text><xsl:value-of select="."/></axsl:text>
  </xsl:template>
  <xsl:template match="sch:value-of" mode="message">
    <xsl:param name="instance"/>
    <xsl:variable name="select">
      <xsl:call-template name="query">
        <xsl:with-param name="s" select="@select"/>
        <xsl:with-param name="instance" select="$instance"/>
      </xsl:call-template>
    </xsl:variable>
    <axsl:value-of select="{$select}"/>
  </xsl:template>
  <xsl:template match="sch:name" mode="message">
    <xsl:param name="instance"/>
    <xsl:choose>
      <xsl:when test="@path">
        <xsl:variable name="path">
          <xsl:call-template name="query">
            <xsl:with-param name="s" select="@path"/>
            <xsl:with-param name="instance" select="$instance"/>
          </xsl:call-template>
        </xsl:variable>
        <axsl:value-of select="name({$path})"/>
      </xsl:when>
      <xsl:otherwise>
        <axsl:value-of select="name()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="*" mode="message">
    <xsl:param name="instance"/>
    <xsl:apply-templates select="node()" mode="message">
      <xsl:with-param name="instance" select="$instance"/>
    </xsl:apply-templates>
  </xsl:template>

  <!--
    The named template of the compiled stylesheet that writes an XPath to the context node:
    /*[local-name()='TEI' and namespace-uri()='…'][1]/…, attributes as /@name. (It counts the
    node's preceding siblings: teipress names nodes by tpx:node-ref() instead and writes the
    same XPath itself, in time linear in the document.)
  -->
  <xsl:template name="location">
    <axsl:template name="teipress-location">
      <axsl:for-each select="ancestor-or-self::*">
        <axsl:variable name="n" select="local-name()"/>
        <axsl:variable name="u" select="namespace-uri()"/>
        <axsl:text>/*[local-name()='</axsl:text>
        <axsl:value-of select="$n"/>
        <axsl:text>' and namespace-uri()='</axsl:text>
        <axsl:value-of select="$u"/>
        <axsl:text>'][</axsl:text>
        <axsl:value-of select="count(preceding-sibling::*[local-name() = $n and namespace-uri() = $u]) + 1"/>
        <axsl:text>]</axsl:text>
      </axsl:for-each>
      <axsl:if test="count(. | ../@*) = count(../@*)">
        <axsl:text>/@</axsl:text>
        <axsl:value-of select="name()"/>
      </axsl:if>
      <axsl:if test="self::text()">
        <axsl:text>/text()[</axsl:text>
        <axsl:value-of select="count(preceding-sibling::text()) + 1"/>
        <axsl:text>]</axsl:text>
      </axsl:if>
    </axsl:template>
  </xsl:template>

</xsl:stylesheet>
