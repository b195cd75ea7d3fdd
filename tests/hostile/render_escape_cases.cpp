#include "render_escape_cases.h"

#include <fstream>
#include <stdexcept>

namespace teipress::hostile {

namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& content) {
    std::ofstream out(file, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

// The payload: closes a TeX argument and reads the secret, closes an HTML attribute and opens a
// script, closes a Markdown link; with quotes of both kinds.
std::string payload(const fs::path& dir) {
    return "x}{y}\\input{" + (dir / "secret.txt").string() +
           "}\\def\\a{\"'><script>alert(1)</script>"
           "<img src=x onerror=alert(1)>](javascript:alert(1))";
}

// The payload inside an attribute value (XML-escaped).
std::string in_attribute(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

// A FRUS document (so that the FRUS layer runs too) whose body is where, each ATTR in it
// replaced by attribute="payload".
std::string tei_with(const std::string& where, const std::string& attribute, const fs::path& dir) {
    std::string attr = attribute + "=\"" + in_attribute(payload(dir)) + "\"";
    std::string body = where;
    for (std::size_t at = body.find("ATTR"); at != std::string::npos; at = body.find("ATTR", at + attr.size()))
        body.replace(at, 4, attr);
    return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\">"
           "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt>"
           "<idno type=\"frus\">frus1999v01</idno></publicationStmt><sourceDesc><p>S</p></sourceDesc>"
           "</fileDesc></teiHeader><text><body><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. T</head>" +
           body + "</div></body></text></TEI>\n";
}

const std::string T = "{teipress}";

std::vector<std::string> shell(const std::string& script) {
    return {"/bin/sh", "-c", "T={teipress}; " + script};
}

// What no output may hold: the payload's parts that would be active in that output (its
// other parts may stand there as text: "<script" is text in LaTeX, "\\input" in HTML).
std::vector<std::pair<std::string, std::string>> lacks(const std::vector<std::string>& files) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& f : files) {
        std::vector<const char*> active;
        if (f.find("html") != std::string::npos) active = {"<script", "<img", "href=\"javascript:"};
        if (f.find("latex") != std::string::npos) active = {"secret.txt}", "\\input{/", "\\def\\a", "{javascript:"};
        // (Markdown escapes with a backslash: the payload's unescaped sequences must not be
        // there; "\\<script" is text.)
        if (f.find("markdown") != std::string::npos)
            active = {"'><script>", "</script><img", ">](javascript:", "(<javascript:"};
        for (const char* bad : active) out.push_back({f, bad});
    }
    return out;
}

} // namespace

void add_render_escape_cases(std::vector<HostileCase>& v) {
    // Each attribute a stylesheet writes into an output, in html, latex and markdown (and the
    // text writer); the element shapes each one reaches the output in.
    struct Attribute {
        const char* name;
        std::string where;
    };
    const std::vector<Attribute> attributes = {
        {"div_n", "<div type=\"document\" ATTR><p>x</p></div>"},
        {"pb_n", "<p>a <pb ATTR/> b</p><pb ATTR/>"},
        {"note_n", "<p>a<note ATTR>the note</note></p>"},
        {"ref_target", "<p><ref ATTR>a link</ref> <ptr ATTR/></p>"},
        {"persName_corresp",
         "<p><persName ATTR>A</persName> <gloss ATTR>B</gloss> <persName xml:id=\"p_X\">C</persName></p>"},
        {"graphic_url", "<figure><graphic ATTR/></figure>"},
        {"date_when", "<p><date ATTR>today</date></p>"},
        {"cell_cols", "<table><row><cell ATTR>a</cell><cell>b</cell></row></table>"},
        {"cell_rows", "<table><row><cell ATTR>a</cell></row></table>"},
        {"rend", "<p ATTR><hi ATTR>a</hi></p><table ATTR><row><cell>x</cell></row></table>"},
        {"rendition", "<p ATTR>a <seg ATTR>b</seg></p>"},
        {"type", "<div ATTR><head>h</head><list ATTR><item>i</item></list><p>x</p></div>"},
        {"gap_reason", "<p>a <gap ATTR/> b</p>"},
        {"titlePart_type", "<titlePage><docTitle><titlePart ATTR>L</titlePart></docTitle></titlePage>"},
    };
    for (const auto& a : attributes) {
        const std::string attribute = std::string(a.name).substr(std::string(a.name).rfind('_') + 1);
        const std::string where = a.where;
        v.push_back(
            {.name = std::string("render_attribute_") + a.name,
             .what = std::string("render: @") + attribute + " with TeX, HTML and Markdown markup, in every format",
             .make_inputs = [where,
                             attribute](const fs::path& d) { write(d / "in.xml", tei_with(where, attribute, d)); },
             .command = shell("for f in html latex markdown text; do $T render in.xml --to $f -o out.$f "
                              "--param warn-unhandled=no || exit $?; done"),
             .file_lacks = lacks({"out.html", "out.latex", "out.markdown", "out.text"})});
    }
    // The same attributes, all at once, typeset: the secret must not be in the PDF.
    v.push_back({.name = "render_attribute_all_pdf",
                 .what = "render --to pdf: every attribute with TeX markup at once; the PDF must not hold the secret",
                 .make_inputs =
                     [attributes](const fs::path& d) {
                         std::string shapes;
                         for (const auto& a : attributes) {
                             const std::string name = std::string(a.name).substr(std::string(a.name).rfind('_') + 1);
                             const std::string tei = tei_with(a.where, name, d);
                             const std::size_t from = tei.find("<head>1. T</head>") + 17;
                             shapes += tei.substr(from, tei.rfind("</div></body>") - from);
                         }
                         write(d / "in.xml", tei_with(shapes, "unused", d));
                     },
                 .command = shell("$T render in.xml --to pdf -o out.pdf --param warn-unhandled=no; rc=$?; "
                                  "if [ -f out.pdf ]; then pdftotext out.pdf out.pdf.txt; fi; exit $rc"),
                 .seconds = 120,
                 .memory_mb = 512,
                 .file_lacks = {{"out.pdf.txt", "TEIPRESS-SECRET"}}});

    // Each parameter: validated (paper, language, volume-id: refused with a message, nothing
    // written) or made safe (web-edition-base: see render_param_markup_*; warn-unhandled is only
    // compared with "yes").
    auto copy_fixture = [](const fs::path& d) {
        fs::copy_file(fs::path(TEIPRESS_SOURCE_DIR) / "tests/render/fixtures/testsuite.xml", d / "in.xml");
    };
    v.push_back({.name = "render_param_paper",
                 .what = "render --to latex: --param paper with TeX markup is refused (it went raw into the preamble)",
                 .make_inputs = copy_fixture,
                 .command = {T, "render", "in.xml", "--to", "latex", "-o", "out.tex", "--param", "warn-unhandled=no",
                             "--param", "paper=a4paper]{geometry}\\AtBeginDocument{\\input{{dir}/secret.txt}}%"},
                 .exit_code = 1,
                 .stderr_has = {"error: the parameter paper must be letterpaper or a4paper"},
                 .absent = {"out.tex"}});
    v.push_back({.name = "render_param_paper_pdf",
                 .what = "render --to pdf: --param paper with TeX markup is refused before TeX runs",
                 .make_inputs = copy_fixture,
                 .command = {T, "render", "in.xml", "--to", "pdf", "-o", "out.pdf", "--param", "warn-unhandled=no",
                             "--param", "paper=a4paper]{geometry}\\AtBeginDocument{\\input{{dir}/secret.txt}}%"},
                 .exit_code = 1,
                 .stderr_has = {"error: the parameter paper must be letterpaper or a4paper"},
                 .absent = {"out.pdf"}});
    v.push_back({.name = "render_param_language",
                 .what = "render --to html: --param language with HTML markup is refused",
                 .make_inputs = copy_fixture,
                 .command = {T, "render", "in.xml", "--to", "html", "-o", "out.html", "--param", "warn-unhandled=no",
                             "--param", "language=en\"><script>alert(1)</script>"},
                 .exit_code = 1,
                 .stderr_has = {"error: the parameter language must be a language tag"},
                 .absent = {"out.html"}});
    for (const char* format : {"html", "latex", "markdown"}) {
        v.push_back({.name = std::string("render_param_volume_id_") + format,
                     .what = std::string("render --to ") + format + ": --param volume-id with markup is refused",
                     .make_inputs = copy_fixture,
                     .command = {T, "render", "in.xml", "--to", format, "-o", "out", "--param", "warn-unhandled=no",
                                 "--param", "volume-id=x}\\input{{dir}/secret.txt}<script>"},
                     .exit_code = 1,
                     .stderr_has = {"error: the parameter volume-id must be a volume identifier"},
                     .absent = {"out"}});
    }
    v.push_back({.name = "render_param_warn_unhandled",
                 .what = "render: --param warn-unhandled with markup is only compared, never written",
                 .make_inputs = copy_fixture,
                 .command = shell("for f in html latex markdown; do $T render in.xml --to $f -o out.$f "
                                  "--param \"warn-unhandled=<script>\\\\input{{dir}/secret.txt}\" || exit $?; done"),
                 .file_lacks = lacks({"out.html", "out.latex", "out.markdown"})});
}

} // namespace teipress::hostile
