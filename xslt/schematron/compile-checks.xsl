<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile-checks.xsl (part of compile.xsl): what the compiler refuses, each with a message
  (xsl:message terminate="yes", "schematron: …") naming the construct, so that nothing of a
  schema is left out silently.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                exclude-result-prefixes="sch">

  <!-- The elements of the Schematron namespace the compiler knows. -->
  <xsl:variable name="known-elements"
                select="' schema title p ns let phase active pattern rule assert report param extends value-of name emph dir span '"/>

  <xsl:template name="check-schema">
    <xsl:variable name="schema" select="/sch:schema"/>
    <xsl:if test="$schema/@queryBinding and not($schema/@queryBinding = 'xslt' or $schema/@queryBinding = 'xslt1')">
      <xsl:message terminate="yes">
        <xsl:text>schematron: queryBinding "</xsl:text>
        <xsl:value-of select="$schema/@queryBinding"/>
        <xsl:text>" is not supported (use "xslt": XPath 1.0)</xsl:text>
      </xsl:message>
    </xsl:if>

    <!-- Elements and attributes that are refused. -->
    <xsl:for-each select="//sch:*[not(contains($known-elements, concat(' ', local-name(), ' ')))]">
      <xsl:message terminate="yes">
        <xsl:text>schematron: sch:</xsl:text>
        <xsl:value-of select="local-name()"/>
        <xsl:choose>
          <xsl:when test="self::sch:include"> is not expanded by the compiler (teipress validate expands sch:include before compiling; expand it first when running compile.xsl yourself)</xsl:when>
          <xsl:otherwise> is not supported by teipress's Schematron compiler</xsl:otherwise>
        </xsl:choose>
      </xsl:message>
    </xsl:for-each>
    <xsl:for-each select="//sch:*[@diagnostics or @properties or @documents or @visit-each]
                          | //sch:let[@as] | //sch:extends[@href]">
      <xsl:message terminate="yes">
        <xsl:text>schematron: sch:</xsl:text>
        <xsl:value-of select="local-name()"/>
        <xsl:text> with @</xsl:text>
        <xsl:value-of select="local-name((@diagnostics | @properties | @documents | @visit-each | self::sch:let/@as | self::sch:extends/@href)[1])"/>
        <xsl:text> is not supported by teipress's Schematron compiler</xsl:text>
      </xsl:message>
    </xsl:for-each>

    <!-- Phases. -->
    <xsl:if test="$phase-id != '#ALL' and not($phase-element)">
      <xsl:message terminate="yes">
        <xsl:text>schematron: phase "</xsl:text>
        <xsl:value-of select="$phase-id"/>
        <xsl:text>" is not defined (</xsl:text>
        <xsl:choose>
          <xsl:when test="$schema/sch:phase">
            <xsl:text>phases: </xsl:text>
            <xsl:for-each select="$schema/sch:phase">
              <xsl:if test="position() > 1">, </xsl:if>
              <xsl:value-of select="@id"/>
            </xsl:for-each>
            <xsl:text>; or #ALL, #DEFAULT</xsl:text>
          </xsl:when>
          <xsl:otherwise>the schema defines no phase: use #ALL or #DEFAULT</xsl:otherwise>
        </xsl:choose>
        <xsl:text>)</xsl:text>
      </xsl:message>
    </xsl:if>
    <xsl:for-each select="$schema/sch:phase/sch:active[not(@pattern = $schema/sch:pattern/@id)]">
      <xsl:message terminate="yes">schematron: phase "<xsl:value-of select="../@id"/>" makes active the pattern "<xsl:value-of select="@pattern"/>", which is not defined</xsl:message>
    </xsl:for-each>

    <!-- Abstract patterns and rules. -->
    <xsl:for-each select="$schema/sch:pattern[@is-a][not(@is-a = $schema/sch:pattern[@abstract = 'true']/@id)]">
      <xsl:message terminate="yes">schematron: pattern "<xsl:value-of select="@id"/>" is-a "<xsl:value-of select="@is-a"/>", which is not an abstract pattern of the schema</xsl:message>
    </xsl:for-each>
    <xsl:for-each select="$schema/sch:pattern[@abstract = 'true'][not(@id)] | //sch:rule[@abstract = 'true'][not(@id)]">
      <xsl:message terminate="yes">schematron: an abstract sch:<xsl:value-of select="local-name()"/> needs an @id</xsl:message>
    </xsl:for-each>
    <xsl:for-each select="//sch:rule[not(@abstract = 'true')][not(@context)]">
      <xsl:message terminate="yes">schematron: a rule without @context (only abstract rules may leave it out)</xsl:message>
    </xsl:for-each>
    <xsl:for-each select="//sch:extends">
      <xsl:if test="not(//sch:rule[@abstract = 'true'][@id = current()/@rule])">
        <xsl:message terminate="yes">schematron: extends rule="<xsl:value-of select="@rule"/>", which is not an abstract rule of the schema</xsl:message>
      </xsl:if>
    </xsl:for-each>
    <xsl:for-each select="//sch:rule[@abstract = 'true'][sch:extends]">
      <xsl:call-template name="check-extends-cycle">
        <xsl:with-param name="start" select="."/>
        <xsl:with-param name="set" select="//sch:rule[@abstract = 'true'][@id = current()/sch:extends/@rule]"/>
      </xsl:call-template>
    </xsl:for-each>

    <!-- Pattern-level lets become global variables under names of their own: a rule-level let
         of the same name in that pattern would be ambiguous. -->
    <xsl:for-each select="$schema/sch:pattern/sch:let">
      <xsl:if test="../sch:rule/sch:let[@name = current()/@name]">
        <xsl:message terminate="yes">schematron: let "<xsl:value-of select="@name"/>" is declared both by pattern "<xsl:value-of select="../@id"/>" and by one of its rules</xsl:message>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- Refuses abstract rule start when it can reach itself by extends: set holds the rules
       reached so far, and grows by one step of extends at each call (at most one call per
       abstract rule, so no schema can make this slow). -->
  <xsl:template name="check-extends-cycle">
    <xsl:param name="start"/>
    <xsl:param name="set"/>
    <xsl:variable name="next" select="$set | //sch:rule[@abstract = 'true'][@id = $set/sch:extends/@rule]"/>
    <xsl:choose>
      <xsl:when test="count($next | $start) = count($next)">
        <xsl:message terminate="yes">schematron: abstract rule "<xsl:value-of select="$start/@id"/>" extends itself (a cycle of extends)</xsl:message>
      </xsl:when>
      <xsl:when test="count($next) > count($set)">
        <xsl:call-template name="check-extends-cycle">
          <xsl:with-param name="start" select="$start"/>
          <xsl:with-param name="set" select="$next"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
