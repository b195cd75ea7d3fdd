<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile-patterns.xsl (part of compile.xsl): a pattern becomes one walk of the document in a
  mode of its own, each of its rules a template of that mode, its lets global variables.
  A pattern instance (@is-a) runs the rules and lets of its abstract pattern, its params
  replaced (compile-queries.xsl); sch:extends puts an abstract rule's lets, asserts and
  reports where it stands.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:axsl="urn:teipress:schematron:output-xslt"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
                exclude-result-prefixes="sch">

  <!-- Schema- and phase-level lets: global variables (their context is the document's root). -->
  <xsl:template match="sch:let" mode="variable">
    <xsl:choose>
      <xsl:when test="@value">
        <axsl:variable name="{@name}" select="{@value}"/>
      </xsl:when>
      <xsl:otherwise>
        <axsl:variable name="{@name}">
          <xsl:copy-of select="node()"/>
        </axsl:variable>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Pattern-level lets: global variables too (ISO: evaluated with the root as context),
       under the names compile-queries.xsl gives them. -->
  <xsl:template match="sch:pattern" mode="pattern-lets">
    <xsl:variable name="instance" select="."/>
    <xsl:for-each select="self::*[not(@is-a)]/sch:let | /sch:schema/sch:pattern[@abstract = 'true'][@id = current()/@is-a]/sch:let">
      <xsl:variable name="name">
        <xsl:call-template name="let-variable">
          <xsl:with-param name="let" select="."/>
          <xsl:with-param name="instance" select="$instance"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:call-template name="let">
        <xsl:with-param name="name" select="string($name)"/>
        <xsl:with-param name="instance" select="$instance"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The context sch:let as a variable named name, its query as it runs in $instance. -->
  <xsl:template name="let">
    <xsl:param name="name" select="@name"/>
    <xsl:param name="instance"/>
    <xsl:choose>
      <xsl:when test="@value">
        <xsl:variable name="value">
          <xsl:call-template name="query">
            <xsl:with-param name="s" select="@value"/>
            <xsl:with-param name="instance" select="$instance"/>
          </xsl:call-template>
        </xsl:variable>
        <axsl:variable name="{$name}" select="{$value}"/>
      </xsl:when>
      <xsl:otherwise>
        <axsl:variable name="{$name}">
          <xsl:copy-of select="node()"/>
        </axsl:variable>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    A pattern: one template per rule, then the walk that visits every node. When no rule
    context can match an attribute, a text node, a comment or a processing instruction, the
    walk visits elements only (most rules are about elements; this halves the work).
  -->
  <xsl:template match="sch:pattern" mode="pattern">
    <xsl:variable name="instance" select="."/>
    <xsl:variable name="mode" select="generate-id()"/>
    <xsl:variable name="rules"
                  select="(self::*[not(@is-a)] | /sch:schema/sch:pattern[@abstract = 'true'][@id = current()/@is-a])
                            /sch:rule[not(@abstract = 'true')]"/>
    <xsl:variable name="non-elements">
      <xsl:for-each select="$rules">
        <xsl:variable name="context">
          <xsl:call-template name="query">
            <xsl:with-param name="s" select="@context"/>
            <xsl:with-param name="instance" select="$instance"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="path">
          <xsl:call-template name="strip-predicates">
            <xsl:with-param name="s" select="string($context)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="may-match-non-element">
          <xsl:with-param name="context" select="string($path)"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="walk">
      <xsl:choose>
        <xsl:when test="string($non-elements) = ''">*</xsl:when>
        <xsl:otherwise>@*|node()</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:for-each select="$rules">
      <xsl:call-template name="rule">
        <xsl:with-param name="instance" select="$instance"/>
        <xsl:with-param name="mode" select="$mode"/>
        <xsl:with-param name="walk" select="string($walk)"/>
        <xsl:with-param name="priority" select="1000 - position()"/>
      </xsl:call-template>
    </xsl:for-each>
    <axsl:template match="*" mode="{$mode}" priority="-1">
      <axsl:apply-templates select="{$walk}" mode="{$mode}"/>
    </axsl:template>
    <axsl:template match="@*|text()|comment()|processing-instruction()" mode="{$mode}" priority="-1"/>
  </xsl:template>

  <!-- A rule: its lets, asserts, reports and extends in order, then on to the children. -->
  <xsl:template name="rule">
    <xsl:param name="instance"/>
    <xsl:param name="mode"/>
    <xsl:param name="walk"/>
    <xsl:param name="priority"/>
    <xsl:variable name="context">
      <xsl:call-template name="query">
        <xsl:with-param name="s" select="@context"/>
        <xsl:with-param name="instance" select="$instance"/>
      </xsl:call-template>
    </xsl:variable>
    <axsl:template match="{$context}" mode="{$mode}" priority="{$priority}">
      <axsl:if test="$teipress-fired-rules">
        <svrl:fired-rule>
          <xsl:attribute name="context"><xsl:value-of select="$context"/></xsl:attribute>
          <xsl:copy-of select="@id | @role | @flag"/>
        </svrl:fired-rule>
      </axsl:if>
      <xsl:apply-templates select="sch:let | sch:assert | sch:report | sch:extends" mode="rule-body">
        <xsl:with-param name="instance" select="$instance"/>
        <xsl:with-param name="rule" select="."/>
      </xsl:apply-templates>
      <axsl:apply-templates select="{$walk}" mode="{$mode}"/>
    </axsl:template>
  </xsl:template>

  <xsl:template match="sch:let" mode="rule-body">
    <xsl:param name="instance"/>
    <xsl:call-template name="let">
      <xsl:with-param name="instance" select="$instance"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An abstract rule's body where sch:extends stands (checks refuse cycles). -->
  <xsl:template match="sch:extends" mode="rule-body">
    <xsl:param name="instance"/>
    <xsl:param name="rule"/>
    <xsl:apply-templates mode="rule-body"
                         select="(//sch:rule[@abstract = 'true'][@id = current()/@rule])[1]
                                   /*[self::sch:let or self::sch:assert or self::sch:report or self::sch:extends]">
      <xsl:with-param name="instance" select="$instance"/>
      <xsl:with-param name="rule" select="$rule"/>
    </xsl:apply-templates>
  </xsl:template>

</xsl:stylesheet>
