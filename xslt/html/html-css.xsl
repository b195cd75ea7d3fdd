<?xml version="1.0" encoding="UTF-8"?>
<!-- HTML: the page's stylesheet (inside the page: no network resources). Screen, phone width
     and print. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="css">
    <xsl:text>
:root { --ink: #1d1d1f; --muted: #5f6368; --accent: #7a1f1f; --rule: #d9d4c7; --paper: #fdfcf8; --pop: #fffef6; }
* { box-sizing: border-box; }
html { font-size: 112.5%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font-family: "Iowan Old Style", Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif;
  line-height: 1.6; text-rendering: optimizeLegibility; font-variant-numeric: oldstyle-nums; }
header.publication { border-bottom: 1px solid var(--rule); padding: .6rem 1.25rem; font-variant: small-caps;
  letter-spacing: .04em; color: var(--muted); font-size: .85rem; text-align: center; }
header.publication p { margin: 0; }
header.publication .web-edition { font-variant: normal; letter-spacing: 0; font-size: .8rem; }
main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; position: relative; }
article.document { position: relative; }
h1 { font-size: 1.45rem; line-height: 1.3; font-weight: normal; margin: 1.5rem 0 1.25rem; }
h1 .docnum { font-weight: bold; color: var(--accent); }
h2 { font-size: 1rem; font-variant: small-caps; letter-spacing: .06em; font-weight: normal;
  color: var(--muted); border-top: 1px solid var(--rule); padding-top: .75rem; margin: 2.5rem 0 .75rem; }
h3, h4, h5, h6 { font-size: 1.1rem; font-weight: normal; margin: 1.5rem 0 1rem; }
article.document > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.3rem; line-height: 1.3; font-weight: normal;
  font-variant: normal; letter-spacing: 0; color: var(--ink); border-top: 0; padding-top: 0; margin: 1.5rem 0 1.25rem; }
article.document > h1 { font-size: 1.45rem; }
section.div > :is(h1, h2, h3, h4, h5, h6) { text-align: center; }
article.document > :is(h1, h2, h3, h4, h5, h6) .docnum { font-weight: bold; color: var(--accent); }
p { margin: 0 0 .9rem; }
.opener { margin: 0 0 1rem; }
.dateline { text-align: right; font-style: italic; }
.subject { margin: 0 0 1.5rem; }
.subject p { text-align: left; }
.subject-label { font-variant: small-caps; letter-spacing: .05em; font-size: .9em; color: var(--muted); }
article.document section.div.section + section.div.section { border-top: 0; margin-top: 1.6rem; }
article.document section.div.section + section.div.section::before { content: "⁂"; display: block; text-align: center;
  color: var(--muted); margin: -.4rem 0 .9rem; }
div.p { margin: 0 0 .9rem; }
ul, ol { margin: 0 0 .9rem; padding-left: 1.6rem; }
li { margin: 0 0 .45rem; }
.closer { margin: 1.25rem 0 0; }
.postscript { margin: 1rem 0 0; }
.center { text-align: center; }
.right { text-align: right; }
.flushleft { text-align: left; }
.section-title { font-style: italic; }
.seg.flushleft { float: left; }
.person > *, .place > *, .org > *, .event > * { margin-right: .3em; }
.seg.right { float: right; }
.opener::after { content: ""; display: block; clear: both; }
.note-inline { font-size: .9rem; color: var(--muted); margin: 0 0 .6rem; }
section.embedded { margin: 1.5rem 0 1.5rem 1rem; padding-left: 1rem; border-left: 2px solid var(--rule); }
section.embedded > :is(h2, h3, h4, h5, h6) { font-size: 1.05rem; font-variant: normal; letter-spacing: 0;
  color: var(--ink); border-top: 0; padding-top: 0; margin: .75rem 0 .75rem; text-align: left; }
.titlePage { text-align: center; margin: 2rem 0 3rem; }
.titlePage .titlePart { font-size: 1.2rem; }
.docImprint { margin-top: 1.5rem; font-variant: small-caps; }
ul.listPerson, ul.listPlace, ul.listOrg, ul.listEvent, ul.listBibl, ul.labelled, ul.index, ul.names, ul.terms, ul.toc { list-style: none; padding-left: 0; }
ul.labelled > li { padding-left: 2.2rem; text-indent: -2.2rem; }
ul.labelled > li > * { text-indent: 0; }
span.label { display: inline-block; min-width: 1.8rem; text-indent: 0; }
ul.index > li, ul.names > li, ul.terms > li { padding-left: 1.5rem; text-indent: -1.5rem; }
.list-head { margin-bottom: .3rem; }
.sc { font-variant: small-caps; }
blockquote { margin: .5rem 0 .9rem 1.5rem; }
td.num { text-align: right; }
table.bordered td, table.bordered th { border: 1px solid var(--rule); }
.p-in-note, .item-in-note, .list-in-note, .quote-in-note, .row-in-note, .head-in-note, .lg-in-note, .l-in-note { display: block; }
.cell-in-note + .cell-in-note::before { content: " | "; }
/* A wide table scrolls sideways inside the text column instead of widening the page. */
table { border-collapse: collapse; margin: 0 0 1rem; font-size: .9rem; display: block; max-width: 100%; overflow-x: auto; }
main { overflow-wrap: break-word; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .5rem; text-align: left; vertical-align: top; }
figure { margin: 1rem 0; padding: .5rem; border: 1px solid var(--rule); }
figcaption, .graphic { color: var(--muted); font-size: .9rem; }
.signed { text-align: right; font-variant: small-caps; letter-spacing: .04em; }
.supplied { color: var(--muted); }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: .15em; }
a.persName, a.gloss, a.term { color: inherit; text-decoration: underline dotted var(--muted); }
abbr { text-decoration: none; }
a.external::after { content: "↗"; font-size: .75em; margin-left: .1em; vertical-align: super; line-height: 0; }
/* Page breaks of the printed volume: a thin bar at the exact place in the line, and the page
   number in the right margin on wide screens (in the line, boxed, on narrow ones). */
a.pb, span.pb { color: var(--muted); font-size: .72rem; font-style: normal; font-weight: normal;
  font-variant: normal; font-variant-numeric: lining-nums; text-decoration: none; white-space: nowrap;
  letter-spacing: .02em; text-indent: 0; }
.pb-mark { display: inline-block; width: 0; height: 1.1em; border-left: 1.5px solid var(--accent);
  vertical-align: -.2em; margin: 0 .12em; }
a.pb:hover, a.pb:focus, a.pb:target { color: var(--accent); }
@media (min-width: 56rem) {
  .pb-label { position: absolute; right: -6.5rem; width: 5.5rem; text-align: left;
    border-left: 1px solid var(--rule); padding-left: .5rem; margin-top: .15rem; }
}
@media (max-width: 55.99rem) {
  .pb-label { border: 1px solid var(--rule); border-radius: 3px; padding: 0 .25rem; }
}
.pb-block { height: 0; }
.pb-block .pb-mark { display: none; }
/* Notes: superscript links and popovers. */
.fn { position: relative; }
sup { line-height: 0; font-size: .7em; vertical-align: super; }
a.noteref { text-decoration: none; font-weight: bold; padding: 0 .1em; font-variant-numeric: lining-nums; }
a.noteref:focus { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 2px; }
.popover { display: none; position: absolute; left: -1rem; top: 1.4em; z-index: 10;
  width: 24rem; max-width: calc(100vw - 2.5rem); padding: .6rem .8rem; background: var(--pop);
  border: 1px solid var(--rule); border-radius: 4px; box-shadow: 0 4px 16px rgba(0,0,0,.14);
  font-size: .85rem; line-height: 1.45; font-weight: normal; font-style: normal; text-align: left;
  color: var(--ink); white-space: normal; }
.popover-label { font-weight: bold; color: var(--accent); }
.fn:hover .popover, .fn:focus-within .popover { display: block; }
section.notes ol { list-style: none; padding: 0; font-size: .88rem; line-height: 1.5; }
section.notes li { margin-bottom: .6rem; padding-left: 2.2rem; text-indent: -2.2rem; }
a.note-label { display: inline-block; min-width: 1.8rem; text-indent: 0; text-align: right;
  margin-right: .4rem; font-weight: bold; text-decoration: none; }
a.backref { text-decoration: none; font-size: .85em; }
section.notes li:target { background: #f6efd9; }
section.notes .note-text, section.notes .note-text > p:first-child { display: inline; }
[id^="p_"]:target, [id^="t_"]:target { background: #f6efd9; }
/* On a narrow screen a note opens as a sheet at the bottom of the screen, never off its edge. */
@media (max-width: 40rem) {
  .popover { position: fixed; left: .5rem; right: .5rem; top: auto; bottom: .5rem; width: auto;
    max-width: none; max-height: 45vh; overflow-y: auto; }
}
@media (max-width: 30rem) {
  html { font-size: 100%; }
  main { padding: 1rem .9rem 3rem; }
  h1 { font-size: 1.25rem; }
}
@media print {
  html { font-size: 11pt; }
  body { background: #fff; }
  main { max-width: none; padding: 0 6rem 0 0; }
  header.publication { border: 0; }
  a { color: inherit; text-decoration: none; }
  a.external::after { content: ""; }
  .pb-label { position: absolute; right: -5.5rem; border: 0; }
  .popover { display: none !important; }
  section.notes { break-before: auto; }
  h1, h2 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
}
</xsl:text>
  </xsl:template>

</xsl:stylesheet>
