<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile.xsl: compiles an ISO Schematron schema (ISO/IEC 19757-3, queryBinding "xslt" or
  "xslt1": XPath 1.0) into an XSLT 1.0 stylesheet that, applied to a document, writes SVRL
  (Annex D). A small "skeleton" of teipress's own; teipress validate runs it with libxslt.
  It also works with xsltproc:

    xsltproc xslt/schematron/compile.xsl schema/teipress.sch > rules.xsl
    xsltproc rules.xsl document.xml
    (xsltproc's option "stringparam phase NAME" on compile.xsl chooses a phase; its option
     "param teipress-fired-rules 'true()'" on the compiled rules adds svrl:fired-rule)

  Supported:
  - sch:ns; sch:let at schema, phase, pattern and rule level (@value, or content); schema,
    phase and pattern lets are evaluated once, with the document's root as context (ISO 5.4.5),
    rule lets at each context node;
  - sch:phase with sch:active, @defaultPhase; the parameter "phase": a phase's id, "#ALL"
    (every pattern) or "#DEFAULT" (the default: @defaultPhase, else every pattern);
  - sch:pattern with sch:rule (@context, @id, @role, @flag, @subject), sch:assert and
    sch:report (@test, @id, @role, @flag, @subject) whose message may hold sch:value-of,
    sch:name, sch:emph, sch:dir, sch:span; abstract patterns (@abstract="true") instantiated
    by sch:pattern/@is-a with sch:param (each $name in the abstract pattern's queries replaced
    by the param's value, as ISO says); abstract rules (@abstract="true", @id) used by
    sch:extends/@rule (their lets, asserts and reports at that place; chains allowed);
  - sch:title (SVRL names), sch:p (ignored: prose); top-level xsl:key (copied).
  Refused, with a message naming the construct (the compile stops; nothing is left out
  silently): sch:include (teipress validate expands includes before compiling; xsltproc users
  must expand them first), sch:extends/@href, @diagnostics and sch:diagnostics, @properties
  and sch:properties, @documents, @visit-each, sch:let/@as, sch:group, sch:library, sch:rules,
  any other element of the Schematron namespace it does not know, query bindings other than
  XSLT 1.0, an unknown phase, a missing abstract pattern or rule, an extends cycle.

  Each pattern runs as one pass over the document in a mode of its own; within a pattern, the
  first rule whose context matches a node fires (ISO semantics), by descending priority.
  Every failed assert or successful report becomes svrl:failed-assert / svrl:successful-report
  with @id, @role, @flag, @test, the message in svrl:text, and where it is: @location (an
  XPath to the node), or, when teipress runs the rules (parameter teipress-node-ref), a
  number that names the node through teipress's extension function tpx:node-ref(), which
  costs the same for every node (an XPath location costs the node's preceding siblings).

  Speed (libxslt): a pattern whose rule contexts can only match elements walks elements only;
  write rule contexts without predicates where the element is frequent (libxslt tests a
  predicate in a match pattern against the node's position among its siblings).

  Modules: compile-checks.xsl (what is refused), compile-queries.xsl (param and let
  substitution in queries), compile-patterns.xsl (patterns, rules, lets), compile-asserts.xsl
  (asserts, reports, messages, locations).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:axsl="urn:teipress:schematron:output-xslt"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
                xmlns:tpx="urn:teipress:schematron"
                exclude-result-prefixes="sch">

  <xsl:include href="compile-checks.xsl"/>
  <xsl:include href="compile-queries.xsl"/>
  <xsl:include href="compile-patterns.xsl"/>
  <xsl:include href="compile-asserts.xsl"/>

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>

  <!-- The phase to run: a phase's id, "#ALL" or "#DEFAULT" (@defaultPhase, else #ALL). -->
  <xsl:param name="phase" select="'#DEFAULT'"/>

  <!-- The phase in effect: a phase's id or "#ALL". -->
  <xsl:variable name="phase-id">
    <xsl:choose>
      <xsl:when test="normalize-space($phase) != '' and normalize-space($phase) != '#DEFAULT'">
        <xsl:value-of select="normalize-space($phase)"/>
      </xsl:when>
      <xsl:when test="normalize-space(/sch:schema/@defaultPhase) != ''">
        <xsl:value-of select="normalize-space(/sch:schema/@defaultPhase)"/>
      </xsl:when>
      <xsl:otherwise>#ALL</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="phase-element" select="/sch:schema/sch:phase[@id = $phase-id]"/>

  <!-- The patterns that run: concrete ones (abstract patterns run only through @is-a), all of
       them for #ALL, else those the phase makes active. -->
  <xsl:variable name="active-patterns"
                select="/sch:schema/sch:pattern[not(@abstract = 'true')]
                          [$phase-id = '#ALL' or @id = $phase-element/sch:active/@pattern]"/>

  <!-- The schema: check for what is refused, then write the stylesheet. -->
  <xsl:template match="/sch:schema">
    <xsl:call-template name="check-schema"/>
    <axsl:stylesheet version="1.0" exclude-result-prefixes="tpx">
      <!-- The schema's namespaces, for the rules' XPath expressions. -->
      <xsl:for-each select="sch:ns">
        <xsl:attribute name="{@prefix}:declared-for-xpath" namespace="{@uri}">
          <xsl:value-of select="@uri"/>
        </xsl:attribute>
      </xsl:for-each>
      <axsl:output method="xml" indent="yes" encoding="UTF-8"/>
      <!-- true(): write svrl:fired-rule for each rule that fires (a complete SVRL; slower). -->
      <axsl:param name="teipress-fired-rules" select="false()"/>
      <!-- true(): name each node by tpx:node-ref() (teipress's extension function) instead of
           an XPath @location. -->
      <axsl:param name="teipress-node-ref" select="false()"/>
      <xsl:copy-of select="xsl:key"/>
      <xsl:apply-templates select="sch:let | $phase-element/sch:let" mode="variable"/>
      <xsl:apply-templates select="$active-patterns" mode="pattern-lets"/>
      <axsl:template match="/">
        <svrl:schematron-output>
          <xsl:copy-of select="@schemaVersion"/>
          <xsl:if test="sch:title">
            <xsl:attribute name="title"><xsl:value-of select="normalize-space(sch:title)"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="$phase-id != '#ALL'">
            <xsl:attribute name="phase"><xsl:value-of select="$phase-id"/></xsl:attribute>
          </xsl:if>
          <xsl:for-each select="sch:ns">
            <svrl:ns-prefix-in-attribute-values prefix="{@prefix}" uri="{@uri}"/>
          </xsl:for-each>
          <xsl:for-each select="$active-patterns">
            <svrl:active-pattern>
              <xsl:copy-of select="@id"/>
              <xsl:variable name="title" select="(sch:title | /sch:schema/sch:pattern[@abstract = 'true'][@id = current()/@is-a]/sch:title)[1]"/>
              <xsl:if test="$title">
                <xsl:attribute name="name"><xsl:value-of select="normalize-space($title)"/></xsl:attribute>
              </xsl:if>
            </svrl:active-pattern>
            <axsl:apply-templates select="/" mode="{generate-id()}"/>
          </xsl:for-each>
        </svrl:schematron-output>
      </axsl:template>
      <xsl:apply-templates select="$active-patterns" mode="pattern"/>
      <xsl:call-template name="location"/>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:template match="/*" priority="-1">
    <xsl:message terminate="yes">schematron: the root element is not sch:schema (namespace http://purl.oclc.org/dsdl/schematron)</xsl:message>
  </xsl:template>

  <xsl:template match="text()"/>
</xsl:stylesheet>
