// The writers: the format table, each stylesheet on the test-suite document, the unhandled
// element policy, parameters, and the libxslt security preferences.
#include "render_test_support.h"
#include "writers/writer_formats.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <set>

using namespace teipress;
using namespace teipress::test;

namespace {

const std::string k_suite = "tests/render/fixtures/testsuite.xml";

std::string suite_tei() {
    return slurp(source_path(k_suite));
}

// The ids and the href="#..." targets of an HTML page.
std::set<std::string> all_matches(const std::string& html, const std::string& pattern) {
    std::set<std::string> out;
    std::regex re(pattern);
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}

// A stylesheet written into the build folder for one test.
std::string write_stylesheet(const std::string& name, const std::string& body) {
    std::string path = std::string(TEIPRESS_BINARY_DIR) + "/render-test-" + name + ".xsl";
    REQUIRE(write_file_atomically(path, body));
    return path;
}

const char* k_xsl_head =
    "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"\n"
    "  xmlns:exsl=\"http://exslt.org/common\" extension-element-prefixes=\"exsl\">\n";

} // namespace

TEST_CASE("every format of the table has a stylesheet that compiles") {
    writers::StylesheetCache cache;
    REQUIRE(writers::writer_formats().size() == 5);
    CHECK(writers::writer_format_names() == "html|latex|pdf|text|markdown");
    for (const auto& format : writers::writer_formats()) {
        DiagnosticSink sink;
        auto style = cache.get(data_path(format.stylesheet), sink);
        INFO(format.name << ": " << (style ? std::string() : format_diagnostic(style.error())));
        CHECK(style);
        CHECK_FALSE(sink.has_errors());
    }
    CHECK(writers::find_writer_format("docx") == nullptr);
    CHECK(std::string(writers::find_writer_format("markdown")->extension) == "md");
}

TEST_CASE("a stylesheet is compiled once per renderer and cache") {
    writers::StylesheetCache cache;
    DiagnosticSink sink;
    auto a = cache.get(data_path("xslt/text/tei-to-text.xsl"), sink);
    auto b = cache.get(data_path("xslt/text/tei-to-text.xsl"), sink);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->get() == b->get());
}

TEST_CASE("text: the test suite document gives back its reading text byte for byte") {
    writers::Renderer renderer;
    auto r = render_text(renderer, suite_tei(), "text");
    REQUIRE(r.status == k_exit_ok);
    CHECK(r.out == slurp(source_path("tests/render/fixtures/testsuite.txt")));
}

TEST_CASE("an unhandled element is rendered as its content with a warning at its line") {
    writers::Renderer renderer;
    for (const char* format : {"text", "html", "latex", "markdown"}) {
        auto r = render_text(renderer, suite_tei(), format, "suite.xml");
        INFO(format);
        REQUIRE(r.status == k_exit_ok);
        CHECK(r.out.find("mystery element") != std::string::npos);
        REQUIRE(r.sink.warning_count() == 1);
        CHECK(format_diagnostic(r.sink.items()[0]) ==
              "suite.xml:38: warning: unhandled element <unknownThing>; its content is rendered as "
              "it is");
    }
    auto quiet = render_text(renderer, suite_tei(), "html", "suite.xml", {{"warn-unhandled", "no"}});
    CHECK(quiet.sink.empty());
    CHECK(quiet.out.find("mystery element") != std::string::npos);
}

TEST_CASE("html: notes are superscript links with their printed labels, popovers and a way back") {
    writers::Renderer renderer;
    auto r = render_text(renderer, suite_tei(), "html");
    REQUIRE(r.status == k_exit_ok);
    const std::string& html = r.out;
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    for (const char* label : {"1", "2", "60a", "*", "0"}) {
        INFO(label);
        CHECK(html.find(std::string("-pop\">") + label + "</a></sup>") != std::string::npos);
        CHECK(html.find(std::string("<span class=\"popover-label\">") + label + "</span>") != std::string::npos);
        CHECK(html.find(std::string("title=\"Back to the text\">") + label + "</a>") != std::string::npos);
    }
    CHECK(html.find("<sup><a class=\"noteref\" id=\"d12fn60a-ref\" href=\"#d12fn60a\"") != std::string::npos);
    CHECK(html.find("<li id=\"d12fn60a\">") != std::string::npos);
    CHECK(html.find("<a class=\"backref\" href=\"#d12fn60a-ref\"") != std::string::npos);
    CHECK(html.find(".fn:hover .popover, .fn:focus-within .popover { display: block; }") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("name=\"viewport\"") != std::string::npos);
}

TEST_CASE("html: every internal link resolves and every id is unique") {
    writers::Renderer renderer;
    auto r = render_text(renderer, suite_tei(), "html");
    REQUIRE(r.status == k_exit_ok);
    auto targets = all_matches(r.out, "href=\"#([^\"]+)\"");
    std::regex id_re("\\sid=\"([^\"]+)\"");
    std::vector<std::string> ids;
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), id_re); it != std::sregex_iterator(); ++it)
        ids.push_back((*it)[1].str());
    std::set<std::string> unique(ids.begin(), ids.end());
    CHECK(unique.size() == ids.size());
    REQUIRE(targets.size() > 10);
    for (const auto& t : targets) {
        INFO(t);
        CHECK(unique.count(t) == 1);
    }
    CHECK(r.out.find("src=") == std::string::npos);
    CHECK(r.out.find("<link") == std::string::npos);
}

TEST_CASE("html: page markers, people, terms and cross-volume links") {
    writers::Renderer renderer;
    auto r = render_text(renderer, suite_tei(), "html");
    REQUIRE(r.status == k_exit_ok);
    const std::string& html = r.out;
    // A page break inside a line: a mark at its place, the page number beside it (CSS puts it
    // in the margin).
    const std::string mark = "<span class=\"pb-mark\" aria-hidden=\"true\"></span>";
    CHECK(html.find("its <a class=\"pb\" id=\"pg_45\" href=\"#pg_45\">" + mark +
                    "<span class=\"pb-label\">[Page 45]</span></a> aftermath") != std::string::npos);
    CHECK(html.find("<div class=\"pb-block\"><a class=\"pb\" id=\"pg_47\" href=\"#pg_47\">" + mark +
                    "<span class=\"pb-label\">[Page 47]</span></a></div>") != std::string::npos);
    // Between two items: at the start of the second (a list holds only items).
    CHECK(html.find("<li><a class=\"pb\" id=\"pg_46\" href=\"#pg_46\">" + mark +
                    "<span class=\"pb-label\">[Page 46]</span></a>Second, it asks") != std::string::npos);
    CHECK(html.find("<a class=\"persName\" href=\"#p_ER1\" title=\"Elphberg, Rudolf, Ambassador to "
                    "Ruritania\">Ambassador</a>") != std::string::npos);
    CHECK(html.find("<abbr title=\"Ruritanian Foreign Ministry\">RFM</abbr>") != std::string::npos);
    // The lists of persons and terms as the file gives them, each entry the target of its names.
    CHECK(html.find("<span class=\"persName\" id=\"p_ER1\">Elphberg, Rudolf</span>,</strong>") != std::string::npos);
    CHECK(html.find("href=\"https://history.state.gov/historicaldocuments/frus1964-68v13/d312\"") != std::string::npos);
    // A document of this volume that is not in the file: the web edition's page of it.
    CHECK(html.find("href=\"https://history.state.gov/historicaldocuments/frus1999-00v01/d10\"") != std::string::npos);
    CHECK(html.find("href=\"https://history.state.gov/historicaldocuments/frus1999-00v01/d10#fn4\"") !=
          std::string::npos);
    CHECK(html.find("<h1><span class=\"docnum\">12.</span> Telegram From the Embassy") != std::string::npos);
    CHECK(html.find("<title>12. Telegram From the Embassy in Ruritania to the Department of "
                    "State</title>") != std::string::npos);
    CHECK(html.find("[<span class=\"placeName\">Strelsau</span>, <time class=\"date\" "
                    "datetime=\"1999-07-20\">July 20, 1999</time>.]") != std::string::npos);
    CHECK(html.find("5 &lt; 6 &amp; 7 &gt; 3") != std::string::npos);
}

TEST_CASE("a parameter sets the volume of local pointers") {
    writers::Renderer renderer;
    auto r = render_text(renderer, suite_tei(), "html", "in.xml", {{"volume-id", "frus1961-63v05"}});
    REQUIRE(r.status == k_exit_ok);
    CHECK(r.out.find("https://history.state.gov/historicaldocuments/frus1961-63v05/d10\"") != std::string::npos);
    CHECK(r.out.find("frus1999-00v01/d10") == std::string::npos);
}

TEST_CASE("latex: footnotes print the given label, pages in the margin, specials escaped") {
    writers::Renderer renderer;
    auto r = render_text(renderer, suite_tei(), "latex");
    REQUIRE(r.status == k_exit_ok);
    const std::string& tex = r.out;
    CHECK(tex.find("\\newcommand{\\teinote}[2]{\\begingroup\\protected@xdef\\@thefnmark{#1}\\@"
                   "footnotemark\\@footnotetext{#2}\\endgroup}") != std::string::npos);
    for (const char* label : {"1", "2", "60a", "*", "0"})
        CHECK(tex.find(std::string("\\teinote{") + label + "}{") != std::string::npos);
    CHECK(tex.find("\\teinote{1}{\\hypertarget{d12fn1}{}Source: Central Files, POL 1 RUR. "
                   "\\emph{Secret}; Exdis.}") != std::string::npos);
    CHECK(tex.find("its \\teipage{pg_45}{45} aftermath") != std::string::npos);
    CHECK(tex.find("Prices: 5 \\textless{} 6 \\& 7 \\textgreater{} 3; 100\\% of \\$10 at \\#4 costs "
                   "\\textasciitilde{} \\_a\\_ \\{b\\} \\textbackslash{}c \\textasciicircum{}d * [e] "
                   "\\textasciigrave{}f\\textasciigrave{}.") != std::string::npos);
    CHECK(tex.find("\\href{https://history.state.gov/historicaldocuments/frus1964-68v13/"
                   "d312}{Foreign Relations, 1964–1968, vol. XIII, Document 312}") != std::string::npos);
    CHECK(tex.find("\\item{}\\teipage{pg_46}{46}Second, it asks for time.\\teinote{*}{\\hypertarget{"
                   "d12fnstar}{}An asterisk note.}") != std::string::npos);
    // Each block names the line of the TEI it comes from (for TeX's errors).
    CHECK(tex.find("\n% TEI line 35\n{Prices:") != std::string::npos);
    CHECK(tex.rfind("% Generated by teipress from TEI; edit the TEI, not this file.\n\\documentclass", 0) == 0);
    CHECK(tex.find("\\end{document}") != std::string::npos);
}

TEST_CASE("latex: two or three hyphens stay hyphens (no dash ligature)") {
    writers::Renderer renderer;
    const std::string tei =
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>a--b---c</p></body></text></TEI>";
    auto r = render_text(renderer, tei, "latex");
    REQUIRE(r.status == k_exit_ok);
    CHECK(r.out.find("a-{}-{}b-{}-{}-{}c") != std::string::npos);
}

TEST_CASE("markdown: footnotes with the printed labels and the page markers") {
    writers::Renderer renderer;
    auto r = render_text(renderer, suite_tei(), "markdown");
    REQUIRE(r.status == k_exit_ok);
    const std::string& md = r.out;
    CHECK(md.rfind("# <a id=\"d12\"></a>12. Telegram From the Embassy in Ruritania to the "
                   "Department of State[^1]\n",
                   0) == 0);
    CHECK(md.find("aftermath.[^60a]") != std::string::npos);
    CHECK(md.find("\n[^60a]: For the earlier volume, see [Foreign Relations, 1964–1968, vol. XIII, "
                  "Document "
                  "312](<https://history.state.gov/historicaldocuments/frus1964-68v13/d312>).\n") != std::string::npos);
    CHECK(md.find("time.[^star]") != std::string::npos);
    CHECK(md.find("\n[^star]: An asterisk note.\n") != std::string::npos);
    CHECK(md.find("[^0]: A note numbered zero.") != std::string::npos);
    CHECK(md.find("its <a id=\"pg_45\"></a>\\[Page 45\\] aftermath") != std::string::npos);
    CHECK(md.find("\n<a id=\"pg_47\"></a>\\[Page 47\\]\n") != std::string::npos);
    CHECK(md.find("\n- <a id=\"pg_46\"></a>\\[Page 46\\] Second, it asks for time.") != std::string::npos);
    CHECK(md.find("\\_a\\_ {b} \\\\c ^d \\* \\[e\\] \\`f\\`") != std::string::npos);
    CHECK(md.find("- First, the RFM will not act alone.\n") != std::string::npos);
}

TEST_CASE("markdown: what would start a heading or a list at a paragraph's start is escaped") {
    writers::Renderer renderer;
    const std::string tei =
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        "<p>1968. A year</p><p># no heading</p><p>- no list</p></body></text></TEI>";
    auto r = render_text(renderer, tei, "markdown");
    REQUIRE(r.status == k_exit_ok);
    CHECK(r.out == "1968\\. A year\n\n\\# no heading\n\n\\- no list\n");
}

TEST_CASE("rendering is deterministic") {
    writers::Renderer a, b;
    for (const char* format : {"text", "html", "latex", "markdown"}) {
        INFO(format);
        CHECK(render_text(a, suite_tei(), format).out == render_text(b, suite_tei(), format).out);
    }
}

TEST_CASE("a document that is not TEI is refused") {
    writers::Renderer renderer;
    auto r = render_text(renderer, "<?xml version=\"1.0\"?>\n<html><p>x</p></html>", "html", "page.xml");
    CHECK(r.status == k_exit_invalid);
    CHECK(r.out.empty());
    REQUIRE(r.sink.error_count() == 1);
    CHECK(format_diagnostic(r.sink.items()[0]) ==
          "page.xml:2: error: not a TEI document: the root element is <html> outside the TEI "
          "namespace http://www.tei-c.org/ns/1.0");
}

TEST_CASE("a user's stylesheet that does not compile is a usage error naming the file") {
    writers::Renderer renderer;
    std::string path = write_stylesheet(
        "broken", std::string(k_xsl_head) + "<xsl:template match=\"///\">x</xsl:template></xsl:stylesheet>\n");
    auto r = render_text(renderer, suite_tei(), "text", "in.xml", {}, path);
    CHECK(r.status == k_exit_usage);
    CHECK(r.out.empty());
    CHECK(has_message(r.sink, path + ": error: the stylesheet does not compile"));
    auto missing = render_text(renderer, suite_tei(), "text", "in.xml", {}, path + ".missing");
    CHECK(missing.status == k_exit_usage);
}

TEST_CASE("a stylesheet may not write files, also a user's") {
    writers::Renderer renderer;
    const std::string target = std::string(TEIPRESS_BINARY_DIR) + "/render-test-written.txt";
    std::filesystem::remove(target);
    std::string path = write_stylesheet("writer", std::string(k_xsl_head) +
                                                      "<xsl:template match=\"/\"><exsl:document href=\"" + target +
                                                      "\" "
                                                      "method=\"text\">pwned</exsl:document><xsl:text>done</"
                                                      "xsl:text></xsl:template></xsl:stylesheet>\n");
    auto r = render_text(renderer, suite_tei(), "text", "in.xml", {}, path);
    CHECK(r.status == k_exit_invalid);
    CHECK(r.out.empty());
    CHECK_FALSE(std::filesystem::exists(target));
    CHECK(has_message(r.sink, "refused"));
}

TEST_CASE("a stylesheet may not read from the network") {
    writers::Renderer renderer;
    std::string path = write_stylesheet("network", std::string(k_xsl_head) +
                                                       "<xsl:output method=\"text\"/><xsl:template match=\"/\">"
                                                       "<xsl:value-of "
                                                       "select=\"count(document('http://127.0.0.1:9/x.xml'))\"/></"
                                                       "xsl:template></xsl:stylesheet>\n");
    auto r = render_text(renderer, suite_tei(), "text", "in.xml", {}, path);
    CHECK(r.status == k_exit_invalid);
    CHECK(r.out.empty());
}

TEST_CASE("an XSLT instruction libxslt does not know fails the render with its message") {
    writers::Renderer renderer;
    std::string path = write_stylesheet(
        "unknown",
        std::string(k_xsl_head) + "<xsl:template match=\"/\"><xsl:frobnicate/></xsl:template></xsl:stylesheet>\n");
    auto r = render_text(renderer, suite_tei(), "text", "in.xml", {}, path);
    CHECK(r.status != k_exit_ok);
    CHECK(r.out.empty());
    CHECK(has_message(r.sink, "frobnicate"));
}

TEST_CASE("xsl:message terminate=yes fails the render") {
    writers::Renderer renderer;
    std::string path =
        write_stylesheet("terminate", std::string(k_xsl_head) +
                                          "<xsl:template match=\"/\"><xsl:message terminate=\"yes\">stop "
                                          "here</xsl:message></xsl:template></xsl:stylesheet>\n");
    auto r = render_text(renderer, suite_tei(), "text", "in.xml", {}, path);
    CHECK(r.status == k_exit_invalid);
    CHECK(has_message(r.sink, "stop here"));
}

TEST_CASE("tables, figures and choices render in html, latex and markdown without warnings") {
    writers::Renderer renderer;
    const std::string tei = slurp(source_path("tests/render/fixtures/tables-figures.xml"));
    auto html = render_text(renderer, tei, "html");
    REQUIRE(html.status == k_exit_ok);
    CHECK(html.sink.empty());
    CHECK(html.out.find("<table><caption>Forces</caption><tbody><tr><th scope=\"col\">Side</th><th "
                        "scope=\"col\">Troops</th></tr><tr><td>East | "
                        "West</td><td>20,000</td></tr></tbody></table>") != std::string::npos);
    CHECK(html.out.find("<figure><span class=\"graphic\">[image: map.png]</span><figcaption>A map "
                        "of the border.</figcaption></figure>") != std::string::npos);
    CHECK(html.out.find("The <span class=\"choice\" title=\"teh\">the</span> end.") != std::string::npos);
    auto tex = render_text(renderer, tei, "latex");
    REQUIRE(tex.status == k_exit_ok);
    CHECK(tex.sink.empty());
    // A longtable (it breaks across pages) of ragged columns sharing the line's width.
    CHECK(tex.out.find("\\begin{longtable}{*{2}{>{\\raggedright\\arraybackslash}p{\\dimexpr(\\linewidth-"
                       "4\\tabcolsep)/2\\relax}}}\n\\multicolumn{2}{>{\\centering\\arraybackslash}p{"
                       "\\dimexpr\\linewidth-2\\tabcolsep\\relax}}{\\scshape Forces}\\\\\n") != std::string::npos);
    CHECK(tex.out.find("{\\bfseries Side} & {\\bfseries Troops}\\\\\n") != std::string::npos);
    CHECK(tex.out.find("{East \\textbar{} West} & {20,000}\\\\\n\\end{longtable}") != std::string::npos);
    CHECK(tex.out.find("The the end.") != std::string::npos);
    auto md = render_text(renderer, tei, "markdown");
    REQUIRE(md.status == k_exit_ok);
    CHECK(md.sink.empty());
    CHECK(md.out.find("| Side | Troops |\n| --- | --- |\n| East \\| West | 20,000 |\n") != std::string::npos);
    CHECK(md.out.find("\\[image: map.png: A map of the border.\\]") != std::string::npos);
}

TEST_CASE("front and back matter are rendered; the lists of persons and terms follow the text") {
    writers::Renderer renderer;
    const std::string tei = slurp(source_path("tests/render/fixtures/front-back.xml"));
    for (const char* format : {"html", "latex", "markdown"}) {
        INFO(format);
        auto r = render_text(renderer, tei, format);
        REQUIRE(r.status == k_exit_ok);
        CHECK(r.sink.empty());
        std::size_t front = r.out.find("Front words."), body = r.out.find("Body."), back = r.out.find("Back words."),
                    person = r.out.find("Someone");
        CHECK(front < body);
        CHECK(body < back);
        CHECK(back < person);
        CHECK(person != std::string::npos);
    }
    auto md = render_text(renderer, tei, "markdown");
    CHECK(md.out.find("\n- X, Y, Someone\n") != std::string::npos);
    auto tex = render_text(renderer, tei, "latex");
    CHECK(tex.out.find("\\begin{teiindex}\n\\item[]{}{\\hypertarget{p_X1}{}X, Y,} Someone\n") != std::string::npos);
    // The reading text has neither (the contract leaves out front and back).
    auto text = render_text(renderer, tei, "text");
    CHECK(text.out.find("Front words.") == std::string::npos);
    CHECK(text.out.find("Back words.") == std::string::npos);
}

TEST_CASE("frus: a head without its number (older TEI: the number only in @n) gets it in every output") {
    writers::Renderer renderer;
    const std::string tei =
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        "<div type=\"document\" n=\"7\"><head>Letter</head><p>Text.</p></div>"
        "</body></text></TEI>";
    auto frus = [&](const std::string& t, const char* format) {
        return render_text(renderer, t, format, "input.xml", {}, {}, "frus").out;
    };
    CHECK(frus(tei, "text") == "7. Letter\n\nText.");
    CHECK(frus(tei, "markdown").rfind("# 7. Letter\n", 0) == 0);
    CHECK(frus(tei, "latex").find("\\begin{teidochead}7. Letter\\end{teidochead}") != std::string::npos);
    auto html = frus(tei, "html");
    CHECK(html.find("<title>7. Letter</title>") != std::string::npos);
    CHECK(html.find("<h1><span class=\"docnum\">7. </span>Letter</h1>") != std::string::npos);
    // With the number in the head (convert's TEI), it is not written twice.
    const std::string numbered =
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
        "<div type=\"document\" n=\"7\"><head>7. Letter</head><p>Text.</p>"
        "</div></body></text></TEI>";
    CHECK(frus(numbered, "text") == "7. Letter\n\nText.");
    CHECK(frus(numbered, "html").find("<h1><span class=\"docnum\">7.</span> Letter</h1>") != std::string::npos);
    CHECK(frus(numbered, "markdown").rfind("# 7. Letter\n", 0) == 0);
    // Generic TEI makes no such assumption: the head as it is.
    CHECK(render_text(renderer, tei, "text", "input.xml", {}, {}, "tei").out == "Letter\n\nText.");
    CHECK(render_text(renderer, tei, "html", "input.xml", {}, {}, "tei").out.find("<h1>Letter</h1>") !=
          std::string::npos);
}

TEST_CASE("profiles: the layer is detected from the document, or chosen") {
    auto parse = [](const std::string& tei) {
        DiagnosticSink sink;
        auto doc = xml::parse_with_libxml("in.xml", tei, sink);
        REQUIRE(doc);
        return doc;
    };
    auto frus_ns = parse(
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
        "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"><text/></TEI>");
    CHECK(std::string(writers::detect_render_profile(frus_ns.get()).name) == "frus");
    auto frus_idno = parse(
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
        "<publicationStmt><idno type=\"frus\">frus1964-68v17</idno>"
        "</publicationStmt></fileDesc></teiHeader><text/></TEI>");
    CHECK(std::string(writers::detect_render_profile(frus_idno.get()).name) == "frus");
    // An empty idno (the vendor shells have some) or another idno is not FRUS.
    auto other = parse(
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
        "<publicationStmt><idno type=\"frus\"> </idno><idno type=\"isbn\">1</idno>"
        "</publicationStmt></fileDesc></teiHeader><text/></TEI>");
    CHECK(std::string(writers::detect_render_profile(other.get()).name) == "tei");
    auto generic = parse(slurp(source_path("tests/render/fixtures/generic-tei.xml")));
    CHECK(std::string(writers::detect_render_profile(generic.get()).name) == "tei");
    CHECK(writers::render_profile_names() == "auto|tei|frus");
    CHECK(writers::find_render_profile("auto") == nullptr);
    CHECK(writers::profile_stylesheet(*writers::find_render_profile("frus"), *writers::find_writer_format("pdf")) ==
          "xslt/frus/tei-to-latex.xsl");
    CHECK(writers::profile_stylesheet(*writers::find_render_profile("tei"), *writers::find_writer_format("html")) ==
          "xslt/html/tei-to-html.xsl");
}

TEST_CASE("profiles: a TEI document of another edition renders with no FRUS assumption") {
    writers::Renderer renderer;
    const std::string tei = slurp(source_path("tests/render/fixtures/generic-tei.xml"));
    for (const char* format : {"html", "latex", "text", "markdown"}) {
        INFO(format);
        auto r = render_text(renderer, tei, format, "generic-tei.xml");
        std::string messages;
        for (const auto& d : r.sink.items()) messages += format_diagnostic(d) + "\n";
        INFO(messages);
        REQUIRE(r.status == k_exit_ok);
        CHECK(r.sink.empty());
        CHECK(r.out.find("history.state.gov") == std::string::npos);
        CHECK(r.out.find("Office of the Historian") == std::string::npos);
        CHECK(r.out.find("frus") == std::string::npos);
        // Notes without @n are numbered; their text is there.
        CHECK(r.out.find("It rained for a month.") != std::string::npos);
    }
    auto html = render_text(renderer, tei, "html", "generic-tei.xml").out;
    // A pointer to nothing in the file is no link (a FRUS file would send it to the web edition).
    CHECK(html.find("see <span class=\"ref\">the first letter</span>") != std::string::npos);
    CHECK(html.find("<a href=\"#prices\">the table</a>") != std::string::npos);
    CHECK(html.find("<a href=\"https://example.org/tea\" class=\"external\">a") != std::string::npos);
    CHECK(html.find("<a class=\"persName\" href=\"#anna\" title=\"Anna Hartley\">Anna</a>") != std::string::npos);
    // The same file forced through the FRUS layer: "#nowhere" is no document, note or page of a
    // volume, so still no link, and a warning says so (as validate's rule does).
    auto frus = render_text(renderer, tei, "html", "generic-tei.xml", {{"volume-id", "frus1851v01"}}, {}, "frus");
    CHECK(frus.out.find("historicaldocuments/frus1851v01/nowhere") == std::string::npos);
    bool warned = false;
    for (const auto& d : frus.sink.items())
        warned = warned || d.message.find("the pointer \"#nowhere\" names nothing in this file") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("profiles: the generic stylesheets hold nothing of FRUS") {
    namespace fs = std::filesystem;
    std::size_t files = 0;
    for (const char* folder : {"common", "html", "latex", "text", "markdown"}) {
        for (const auto& e : fs::directory_iterator(source_path(std::string("xslt/") + folder))) {
            const std::string xsl = slurp(e.path().string());
            ++files;
            INFO(e.path().string());
            CHECK(xsl.find("history.state.gov") == std::string::npos);
            CHECK(xsl.find("Office of the Historian") == std::string::npos);
            CHECK(xsl.find("frus") == std::string::npos);
        }
    }
    CHECK(files >= 25);
}
