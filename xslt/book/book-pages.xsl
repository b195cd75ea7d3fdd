<?xml version="1.0" encoding="UTF-8"?>
<!-- The printed volume: what a book adds to the LaTeX layer. A title page (the front's
     titlePage, else the volume's record), the contents (every compilation, chapter and
     document, from the headings), the front matter with roman page numbers, the documents
     and the back matter with arabic ones; each heading is an entry of the contents and a PDF
     bookmark (hyperref makes one of each \addcontentsline); running heads: the chapter on the
     left, the document on the right, the page number at the foot. Each heading's entry is its
     plain text (notes left out), escaped. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">

  <xsl:template match="/">
    <xsl:call-template name="preamble"/>
    <xsl:call-template name="book-preamble"/>
    <xsl:text>\begin{document}&#10;\pagenumbering{roman}&#10;</xsl:text>
    <xsl:variable name="front" select="/tei:TEI/tei:text/tei:front"/>
    <xsl:choose>
      <xsl:when test="$front/tei:titlePage">
        <xsl:text>\thispagestyle{empty}&#10;</xsl:text>
        <xsl:apply-templates select="$front/tei:titlePage[1]/preceding-sibling::tei:pb | $front/tei:titlePage"/>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="book-record-title-page"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;\tableofcontents&#10;\clearpage&#10;</xsl:text>
    <xsl:apply-templates select="$front/node()[not(self::tei:titlePage)][not(following-sibling::tei:titlePage and self::tei:pb)]"/>
    <xsl:text>&#10;\clearpage&#10;\pagenumbering{arabic}&#10;</xsl:text>
    <xsl:apply-templates select="/tei:TEI/tei:text/tei:body"/>
    <xsl:apply-templates select="/tei:TEI/tei:text/tei:back"/>
    <xsl:text>&#10;\end{document}&#10;</xsl:text>
  </xsl:template>

  <!-- The front is written piece by piece above (title page first). -->
  <xsl:template match="tei:front"><xsl:apply-templates/></xsl:template>

  <xsl:template name="book-preamble">
    <xsl:text>% The printed volume: contents, bookmarks, running heads, page labels.
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\footnotesize\scshape\nouppercase{\leftmark}}
\fancyhead[R]{\footnotesize\nouppercase{\rightmark}}
\fancyfoot[C]{\footnotesize\thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\headheight}{14pt}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\footnotesize\thepage}}
\setcounter{tocdepth}{5}
\makeatletter
\renewcommand{\tableofcontents}{\begin{center}\large\scshape Contents\end{center}\medskip\markboth{Contents}{}\@starttoc{toc}}
\makeatother
\hypersetup{bookmarksopen=true,bookmarksopenlevel=1,pdfpagelabels=true,pdftitle={</xsl:text>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$publication-title"/></xsl:call-template>
    <xsl:text>}}
</xsl:text>
  </xsl:template>

  <!-- Without a title page: the volume's titles, editors and imprint from the header. -->
  <xsl:template name="book-record-title-page">
    <xsl:variable name="file" select="/tei:TEI/tei:teiHeader/tei:fileDesc"/>
    <xsl:text>\thispagestyle{empty}&#10;\begin{center}&#10;\vspace*{6\baselineskip}{\LARGE </xsl:text>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$publication-title"/></xsl:call-template>
    <xsl:text>\par}\vspace{3\baselineskip}&#10;</xsl:text>
    <xsl:for-each select="$file/tei:titleStmt/tei:editor[normalize-space()]">
      <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="normalize-space()"/></xsl:call-template>
      <xsl:if test="@role"><xsl:call-template name="latex-escape"><xsl:with-param name="s" select="concat(', ', @role, ' editor')"/></xsl:call-template></xsl:if>
      <xsl:text>\par&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>\vfill&#10;</xsl:text>
    <xsl:for-each select="$file/tei:publicationStmt">
      <xsl:call-template name="latex-escape">
        <xsl:with-param name="s" select="normalize-space(concat(tei:publisher[1], ', ', tei:pubPlace[1], ', ', tei:date[1]))"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:text>\par&#10;\end{center}&#10;\clearpage&#10;</xsl:text>
  </xsl:template>

  <!-- The first head of a division or a document: first its entry in the contents (and its
       bookmark) and the running head, then the heading as the LaTeX layer sets it. -->
  <xsl:template match="tei:div/tei:head[not(preceding-sibling::tei:head)]">
    <xsl:variable name="division" select=".."/>
    <xsl:variable name="document" select="$division[@type = 'document']"/>
    <xsl:variable name="depth"><xsl:for-each select="$division"><xsl:call-template name="division-depth"/></xsl:for-each></xsl:variable>
    <xsl:variable name="entry">
      <xsl:for-each select="$division">
        <xsl:choose>
          <xsl:when test="@type = 'document'"><xsl:call-template name="document-entry"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="part-title"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth = 1">section</xsl:when>
        <xsl:when test="$depth = 2">subsection</xsl:when>
        <xsl:when test="$depth = 3">subsubsection</xsl:when>
        <xsl:when test="$depth = 4">paragraph</xsl:when>
        <xsl:otherwise>subparagraph</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:text>&#10;\phantomsection\addcontentsline{toc}{</xsl:text>
    <xsl:value-of select="normalize-space($level)"/>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="$entry"/></xsl:call-template>
    <xsl:text>}</xsl:text>
    <xsl:choose>
      <xsl:when test="$document">
        <xsl:text>\markright{</xsl:text>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="s">
            <xsl:choose>
              <xsl:when test="normalize-space($document/@n) != ''"><xsl:value-of select="concat('Document ', normalize-space($document/@n))"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="substring($entry, 1, 60)"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:when>
      <xsl:when test="$depth &lt;= 2">
        <xsl:text>\markboth{</xsl:text>
        <xsl:call-template name="latex-escape"><xsl:with-param name="s" select="substring($entry, 1, 70)"/></xsl:call-template>
        <xsl:text>}{}</xsl:text>
      </xsl:when>
    </xsl:choose>
    <xsl:apply-imports/>
  </xsl:template>

</xsl:stylesheet>
