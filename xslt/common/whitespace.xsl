<?xml version="1.0" encoding="UTF-8"?>
<!-- Whitespace as XML and TEI define it, for the outputs where it shows (text, Markdown,
     LaTeX). Whitespace-only text in element-only content (div, list, table …) is not text:
     each entry stylesheet strips it (xsl:strip-space). In mixed content (p, item, note …):
     - a text node without a line break or tab is kept exactly as written (so the spaces of a
       typed reading text, which `convert` keeps, come back byte for byte), but for the spaces
       next to a break inside the text (a list or a block quotation inside a paragraph, lb),
       which are layout;
     - in a text node with a line break (TEI that was pretty-printed or wrapped), every
       whitespace run is one space, as TEI's normalisation defines it; a leading or trailing
       run is dropped at the start or end of a block, next to a line break (lb) or a block
       (a list inside a paragraph), before a note anchor, and where the text before already
       ends in whitespace (so that two runs meeting at an element boundary give one space);
       a page break keeps the space on each side (its marker is shown in the line);
     - xml:space="preserve" keeps everything.
     Each check looks at neighbours only (preceding-sibling::node()[1] …): linear in the
     input. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:variable name="ws-characters" select="' &#9;&#10;&#13;'"/>

  <!-- Writes a piece of text: the output overrides it (to escape). -->
  <xsl:template name="emit-text">
    <xsl:param name="s"/>
    <xsl:value-of select="$s"/>
  </xsl:template>

  <!-- Writes the context text node as the output shows it (through emit-text). -->
  <xsl:template name="normalized-text">
    <xsl:variable name="space" select="' '"/>
    <xsl:variable name="s" select="string(.)"/>
    <xsl:choose>
      <xsl:when test="ancestor::*[@xml:space][1]/@xml:space = 'preserve'">
        <xsl:call-template name="emit-text"><xsl:with-param name="s" select="$s"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="not(contains($s, '&#10;') or contains($s, '&#13;') or contains($s, '&#9;'))">
        <!-- As written; only spaces next to a break (a list inside a paragraph, a line break)
             are layout. -->
        <xsl:variable name="before-break"><xsl:for-each select="preceding-sibling::node()[1]"><xsl:call-template name="ws-is-break"/></xsl:for-each></xsl:variable>
        <xsl:variable name="after-break"><xsl:for-each select="following-sibling::node()[1]"><xsl:call-template name="ws-is-break"/></xsl:for-each></xsl:variable>
        <xsl:variable name="from">
          <xsl:choose>
            <xsl:when test="$before-break = 'yes'"><xsl:value-of select="string-length(substring-before($s, substring(normalize-space($s), 1, 1))) + 1"/></xsl:when>
            <xsl:otherwise>1</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="rest" select="substring($s, $from)"/>
        <xsl:choose>
          <xsl:when test="normalize-space($s) = '' and ($before-break = 'yes' or $after-break = 'yes')"/>
          <xsl:when test="$after-break = 'yes'">
            <xsl:call-template name="ws-emit-without-trailing-spaces"><xsl:with-param name="s" select="$rest"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="emit-text"><xsl:with-param name="s" select="$rest"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="core" select="normalize-space($s)"/>
        <xsl:variable name="lead">
          <xsl:if test="contains($ws-characters, substring($s, 1, 1))">
            <xsl:call-template name="ws-space-allowed-before"/>
          </xsl:if>
        </xsl:variable>
        <xsl:variable name="trail">
          <xsl:if test="contains($ws-characters, substring($s, string-length($s), 1))">
            <xsl:call-template name="ws-space-allowed-after"/>
          </xsl:if>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$core = ''">
            <xsl:if test="$lead = 'yes' and $trail = 'yes'"><xsl:value-of select="$space"/></xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <xsl:if test="$lead = 'yes'"><xsl:value-of select="$space"/></xsl:if>
            <xsl:call-template name="emit-text"><xsl:with-param name="s" select="$core"/></xsl:call-template>
            <xsl:if test="$trail = 'yes'"><xsl:value-of select="$space"/></xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Writes s without the spaces at its end (at most 64 are taken off: a bounded recursion;
       there is no other whitespace than spaces in s). -->
  <xsl:template name="ws-emit-without-trailing-spaces">
    <xsl:param name="s"/>
    <xsl:param name="steps" select="64"/>
    <xsl:choose>
      <xsl:when test="$steps &gt; 0 and substring($s, string-length($s)) = ' '">
        <xsl:call-template name="ws-emit-without-trailing-spaces">
          <xsl:with-param name="s" select="substring($s, 1, string-length($s) - 1)"/>
          <xsl:with-param name="steps" select="$steps - 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="emit-text"><xsl:with-param name="s" select="$s"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "yes" when the context element breaks the line where it stands (a block inside mixed
       content, a line break); its neighbours' whitespace is then layout. -->
  <xsl:template name="ws-is-break">
    <xsl:if test="self::tei:lb or self::tei:list or self::tei:table or self::tei:figure or
                  self::tei:p or self::tei:lg or self::tei:floatingText or self::tei:head or
                  self::tei:quote[tei:p or tei:list or @rend = 'blockquote'] or self::tei:signed or
                  self::tei:salute or self::tei:dateline or self::tei:label or self::tei:item or
                  self::tei:note[@place = 'inline' or @rend = 'inline']">yes</xsl:if>
  </xsl:template>

  <!-- "yes" when the context element is inline: its text continues the text around it. -->
  <xsl:template name="ws-is-inline">
    <xsl:if test="self::tei:hi or self::tei:persName or self::tei:placeName or self::tei:orgName or
                  self::tei:name or self::tei:rs or self::tei:gloss or self::tei:term or
                  self::tei:date or self::tei:time or self::tei:ref or self::tei:ptr or
                  self::tei:seg or self::tei:q or self::tei:quote[not(tei:p or tei:list or @rend = 'blockquote')] or
                  self::tei:title or self::tei:emph or self::tei:foreign or self::tei:mentioned or
                  self::tei:soCalled or self::tei:abbr or self::tei:expan or self::tei:num or
                  self::tei:measure or self::tei:del or self::tei:add or self::tei:sic or
                  self::tei:corr or self::tei:orig or self::tei:reg or self::tei:choice or
                  self::tei:unclear or self::tei:supplied or self::tei:said">yes</xsl:if>
  </xsl:template>

  <!-- "yes" when a space may stand before the context text node: something precedes it in its
       block that is neither a break nor text ending in whitespace. -->
  <xsl:template name="ws-space-allowed-before">
    <xsl:variable name="inline-parent"><xsl:for-each select=".."><xsl:call-template name="ws-is-inline"/></xsl:for-each></xsl:variable>
    <xsl:variable name="sibling" select="preceding-sibling::node()[1]"/>
    <xsl:choose>
      <xsl:when test="$sibling">
        <xsl:for-each select="$sibling"><xsl:call-template name="ws-neighbour-allows"><xsl:with-param name="side" select="'before'"/></xsl:call-template></xsl:for-each>
      </xsl:when>
      <xsl:when test="$inline-parent = 'yes'">
        <xsl:for-each select=".."><xsl:call-template name="ws-space-allowed-before"/></xsl:for-each>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "yes" when a space may stand after the context text node (the mirror image). -->
  <xsl:template name="ws-space-allowed-after">
    <xsl:variable name="inline-parent"><xsl:for-each select=".."><xsl:call-template name="ws-is-inline"/></xsl:for-each></xsl:variable>
    <xsl:variable name="sibling" select="following-sibling::node()[1]"/>
    <xsl:choose>
      <xsl:when test="$sibling">
        <xsl:for-each select="$sibling"><xsl:call-template name="ws-neighbour-allows"><xsl:with-param name="side" select="'after'"/></xsl:call-template></xsl:for-each>
      </xsl:when>
      <xsl:when test="$inline-parent = 'yes'">
        <xsl:for-each select=".."><xsl:call-template name="ws-space-allowed-after"/></xsl:for-each>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "yes" when the context node (a neighbour of a whitespace run on side before|after of
       it) lets the run be a space. -->
  <xsl:template name="ws-neighbour-allows">
    <xsl:param name="side"/>
    <xsl:variable name="break"><xsl:call-template name="ws-is-break"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$break = 'yes'"/>
      <!-- A note anchor is glued to the word before it. -->
      <xsl:when test="$side = 'after' and self::tei:note"/>
      <xsl:when test="self::comment() or self::processing-instruction()"/>
      <xsl:when test="self::tei:milestone or self::tei:anchor or self::tei:index">
        <!-- Invisible in the text flow: look further. -->
        <xsl:choose>
          <xsl:when test="$side = 'before'"><xsl:call-template name="ws-space-allowed-before"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="ws-space-allowed-after"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$side = 'before' and contains($ws-characters, substring(., string-length(.), 1))"/>
      <!-- Layout whitespace after: what comes after it decides. -->
      <xsl:when test="$side = 'after' and self::text() and normalize-space(.) = ''">
        <xsl:call-template name="ws-space-allowed-after"/>
      </xsl:when>
      <xsl:otherwise>yes</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
