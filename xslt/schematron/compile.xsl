<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile.xsl: compiles an ISO Schematron schema (queryBinding "xslt" or "xslt1", XPath 1.0)
  into an XSLT 1.0 stylesheet that, applied to a document, writes SVRL (ISO/IEC 19757-3
  Annex D). A small "skeleton" of teipress's own; teipress validate runs it with libxslt.
  It also works with xsltproc:

    xsltproc xslt/schematron/compile.xsl schema/teipress.sch > rules.xsl
    xsltproc rules.xsl document.xml          (SVRL without svrl:fired-rule)
    (xsltproc's "param" option teipress-fired-rules 'true()' adds svrl:fired-rule)

  Supported: sch:ns; sch:let (schema, pattern and rule level, @value or content); sch:pattern
  with sch:rule (@context, @id, @role, @flag), sch:assert and sch:report (@test, @id, @role,
  @flag) whose message may hold sch:value-of and sch:name; sch:title (SVRL names), sch:p
  (ignored); top-level xsl:key (copied). sch:phase is ignored: every pattern runs.
  Not supported (the compiler stops with a message naming the construct): abstract patterns and
  rules, sch:extends, sch:include, sch:diagnostics references, query bindings other than XSLT 1.0.

  Speed (libxslt): a pattern whose rule contexts can only match elements walks elements only;
  write rule contexts without predicates where the element is frequent (libxslt tests a
  predicate in a match pattern against the node's position among its siblings).

  Each pattern runs as one pass over the document in a mode of its own; within a pattern, the
  first rule whose context matches a node fires (ISO semantics), by descending priority.
  Every failed assert or successful report becomes svrl:failed-assert / svrl:successful-report
  with @id, @role, @flag, @test, @location (an XPath to the node) and the message in svrl:text.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:axsl="urn:teipress:schematron:output-xslt"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
                exclude-result-prefixes="sch">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>

  <!-- The schema: check for what is not supported, then write the stylesheet. -->
  <xsl:template match="/sch:schema">
    <xsl:if test="@queryBinding and not(@queryBinding = 'xslt' or @queryBinding = 'xslt1')">
      <xsl:message terminate="yes">
        <xsl:text>schematron: queryBinding "</xsl:text>
        <xsl:value-of select="@queryBinding"/>
        <xsl:text>" is not supported (use "xslt": XPath 1.0)</xsl:text>
      </xsl:message>
    </xsl:if>
    <xsl:for-each select=".//sch:pattern[@abstract = 'true'] | .//sch:rule[@abstract = 'true']
                          | .//sch:extends | .//sch:include | .//*[@diagnostics]">
      <xsl:message terminate="yes">
        <xsl:text>schematron: </xsl:text>
        <xsl:value-of select="name()"/>
        <xsl:if test="@abstract"> abstract="true"</xsl:if>
        <xsl:if test="@diagnostics"> @diagnostics</xsl:if>
        <xsl:text> is not supported by teipress's Schematron compiler</xsl:text>
      </xsl:message>
    </xsl:for-each>
    <axsl:stylesheet version="1.0">
      <!-- The schema's namespaces, for the rules' XPath expressions. -->
      <xsl:for-each select="sch:ns">
        <xsl:attribute name="{@prefix}:declared-for-xpath" namespace="{@uri}">
          <xsl:value-of select="@uri"/>
        </xsl:attribute>
      </xsl:for-each>
      <axsl:output method="xml" indent="yes" encoding="UTF-8"/>
      <!-- true(): write svrl:fired-rule for each rule that fires (a complete SVRL; slower). -->
      <axsl:param name="teipress-fired-rules" select="false()"/>
      <xsl:copy-of select="xsl:key"/>
      <xsl:apply-templates select="sch:let" mode="variable"/>
      <axsl:template match="/">
        <svrl:schematron-output schemaVersion="{@schemaVersion}">
          <xsl:if test="sch:title">
            <xsl:attribute name="title"><xsl:value-of select="normalize-space(sch:title)"/></xsl:attribute>
          </xsl:if>
          <xsl:for-each select="sch:ns">
            <svrl:ns-prefix-in-attribute-values prefix="{@prefix}" uri="{@uri}"/>
          </xsl:for-each>
          <xsl:for-each select="sch:pattern">
            <svrl:active-pattern>
              <xsl:copy-of select="@id"/>
              <xsl:if test="sch:title">
                <xsl:attribute name="name"><xsl:value-of select="normalize-space(sch:title)"/></xsl:attribute>
              </xsl:if>
            </svrl:active-pattern>
            <axsl:apply-templates select="/" mode="{generate-id()}"/>
          </xsl:for-each>
        </svrl:schematron-output>
      </axsl:template>
      <xsl:apply-templates select="sch:pattern"/>
      <xsl:call-template name="location"/>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:template match="/*" priority="-1">
    <xsl:message terminate="yes">schematron: the root element is not sch:schema (namespace http://purl.oclc.org/dsdl/schematron)</xsl:message>
  </xsl:template>

  <!--
    A pattern: one template per rule, then the walk that visits every node. When no rule
    context can match an attribute, a text node, a comment or a processing instruction, the
    walk visits elements only (most rules are about elements; this halves the work).
  -->
  <xsl:template match="sch:pattern">
    <xsl:variable name="mode" select="generate-id()"/>
    <xsl:variable name="non-elements">
      <xsl:for-each select="sch:rule">
        <xsl:call-template name="may-match-non-element">
          <xsl:with-param name="context">
            <xsl:call-template name="strip-predicates">
              <xsl:with-param name="s" select="@context"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="walk">
      <xsl:choose>
        <xsl:when test="string($non-elements) = ''">*</xsl:when>
        <xsl:otherwise>@*|node()</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:apply-templates select="sch:rule">
      <xsl:with-param name="mode" select="$mode"/>
      <xsl:with-param name="walk" select="$walk"/>
    </xsl:apply-templates>
    <axsl:template match="*" mode="{$mode}" priority="-1">
      <axsl:apply-templates select="{$walk}" mode="{$mode}"/>
    </axsl:template>
    <axsl:template match="@*|text()|comment()|processing-instruction()" mode="{$mode}" priority="-1"/>
  </xsl:template>

  <!-- A rule: its lets, its asserts and reports, then on to the children (and attributes). -->
  <xsl:template match="sch:rule">
    <xsl:param name="mode"/>
    <xsl:param name="walk"/>
    <axsl:template match="{@context}" mode="{$mode}" priority="{1000 - position()}">
      <axsl:if test="$teipress-fired-rules">
        <svrl:fired-rule>
          <xsl:attribute name="context"><xsl:value-of select="@context"/></xsl:attribute>
          <xsl:copy-of select="@id | @role | @flag"/>
        </svrl:fired-rule>
      </axsl:if>
      <xsl:apply-templates select="../sch:let" mode="variable"/>
      <xsl:apply-templates select="sch:let" mode="variable"/>
      <xsl:apply-templates select="sch:assert | sch:report"/>
      <axsl:apply-templates select="{$walk}" mode="{$mode}"/>
    </axsl:template>
  </xsl:template>

  <!-- The context without its predicates ([…], nested), so what remains is the path. -->
  <xsl:template name="strip-predicates">
    <xsl:param name="s"/>
    <xsl:param name="depth" select="0"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="c" select="substring($s, 1, 1)"/>
      <xsl:if test="$depth = 0 and $c != '['">
        <xsl:value-of select="$c"/>
      </xsl:if>
      <xsl:call-template name="strip-predicates">
        <xsl:with-param name="s" select="substring($s, 2)"/>
        <xsl:with-param name="depth" select="$depth + number($c = '[') - number($c = ']')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Writes "x" when a predicate-free context may match something other than an element. -->
  <xsl:template name="may-match-non-element">
    <xsl:param name="context"/>
    <xsl:if test="contains($context, '@') or contains($context, 'attribute::')
                  or contains($context, 'text()') or contains($context, 'node()')
                  or contains($context, 'comment()') or contains($context, 'processing-instruction')
                  or normalize-space($context) = '/'">x</xsl:if>
  </xsl:template>

  <!-- sch:let becomes a variable. -->
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

  <!-- An assert fires when its test is false; a report when it is true. -->
  <xsl:template match="sch:assert | sch:report">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="self::sch:assert">svrl:failed-assert</xsl:when>
        <xsl:otherwise>svrl:successful-report</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <axsl:if>
      <xsl:attribute name="test">
        <xsl:choose>
          <xsl:when test="self::sch:assert">not(<xsl:value-of select="@test"/>)</xsl:when>
          <xsl:otherwise><xsl:value-of select="@test"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:element name="{$element}" namespace="http://purl.oclc.org/dsdl/svrl">
        <xsl:attribute name="test"><xsl:value-of select="@test"/></xsl:attribute>
        <xsl:call-template name="inherited">
          <xsl:with-param name="name" select="'id'"/>
        </xsl:call-template>
        <xsl:call-template name="inherited">
          <xsl:with-param name="name" select="'role'"/>
        </xsl:call-template>
        <xsl:call-template name="inherited">
          <xsl:with-param name="name" select="'flag'"/>
        </xsl:call-template>
        <axsl:attribute name="location">
          <axsl:call-template name="teipress-location"/>
        </axsl:attribute>
        <svrl:text>
          <xsl:apply-templates select="node()" mode="message"/>
        </svrl:text>
      </xsl:element>
    </axsl:if>
  </xsl:template>

  <!-- @id, @role or @flag of the assert, else of its rule, else of its pattern. -->
  <xsl:template name="inherited">
    <xsl:param name="name"/>
    <xsl:variable name="own" select="(ancestor-or-self::*[@*[local-name() = $name and namespace-uri() = '']])[last()]"/>
    <xsl:if test="$own">
      <xsl:attribute name="{$name}">
        <xsl:value-of select="$own/@*[local-name() = $name and namespace-uri() = '']"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The message: text as is, sch:value-of and sch:name evaluated, other markup as its text. -->
  <xsl:template match="text()" mode="message">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="sch:value-of" mode="message">
    <axsl:value-of select="{@select}"/>
  </xsl:template>
  <xsl:template match="sch:name" mode="message">
    <xsl:choose>
      <xsl:when test="@path">
        <axsl:value-of select="name({@path})"/>
      </xsl:when>
      <xsl:otherwise>
        <axsl:value-of select="name()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="*" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>

  <!--
    The named template of the compiled stylesheet that writes an XPath to the context node:
    /*[local-name()='TEI' and namespace-uri()='…'][1]/…, attributes as /@name.
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

  <xsl:template match="text()"/>
</xsl:stylesheet>
