// The Schematron compiler (xslt/schematron/compile.xsl and SchematronRules) on ISO Schematron:
// phases, abstract patterns with params, abstract rules and extends, lets at each level,
// includes, @subject; each refusal with its message; XPath 2 functions refused beforehand; and
// the linear locating of reports (NodePositions) against SourceText::position_of.
#include "validate_support.h"

#include "validate/node_positions.h"
#include "validate/schematron_schema.h"

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::test;

namespace {

std::string compiler_path() {
    return source_dir() + "/xslt/schematron/compile.xsl";
}

// "id: message" of each report of the rules at sch (a fixture name or a path) on document,
// in document order, or the compile error as "error: message".
std::vector<std::string> findings(const std::string& sch, const std::string& phase = "#DEFAULT",
                                  const std::string& document = fixture("schematron/document.xml")) {
    ensure_session();
    const std::string path = sch.find('/') == std::string::npos ? fixture("schematron/" + sch) : sch;
    auto rules = SchematronRules::compile(path, compiler_path(), {phase});
    if (!rules) return {"error: " + rules.error().message};
    std::vector<Diagnostic> out;
    TeiInput input;
    REQUIRE(read_tei_input(document, 1 << 20, true, input, out) == InputStatus::Ok);
    auto run = (*rules)->run(input.doc.get(), *input.source, out);
    REQUIRE(run);
    std::vector<std::string> lines;
    for (const auto& d : out) lines.push_back("error: " + d.message);
    for (const auto& d : svrl_diagnostics(run, input.doc.get(), *input.source))
        lines.push_back(d.rule_id + ": " + d.message + " @" + std::to_string(d.line));
    return lines;
}

// The compile error of a schema given as text ("" when it compiles).
std::string compile_error(const std::string& name, const std::string& sch, const std::string& phase = "#DEFAULT") {
    ensure_session();
    auto dir = temp_dir("iso-" + name);
    write(dir / "rules.sch", sch);
    auto r = SchematronRules::compile((dir / "rules.sch").string(), compiler_path(), {phase});
    return r ? std::string() : r.error().message;
}

const char* k_head =
    "<sch:schema xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt\">\n"
    "  <sch:ns prefix=\"tei\" uri=\"http://www.tei-c.org/ns/1.0\"/>\n";

} // namespace

TEST_CASE("phases: the default phase - a named phase - #ALL", "[schematron][iso]") {
    using V = std::vector<std::string>;
    CHECK(findings("phases.sch") == V{"seen-p: paragraph 1 @15", "seen-p: paragraph 2 @16"});
    CHECK(findings("phases.sch", "#DEFAULT") == findings("phases.sch"));
    CHECK(findings("phases.sch", "lists") == V{"list-short: a list of 3 items @17"});
    CHECK(findings("phases.sch", "all-but-lists") ==
          V{"seen-p: paragraph 1 @15", "seen-p: paragraph 2 @16", "seen-head: head @14"});
    CHECK(findings("phases.sch", "#ALL") == V{"seen-p: paragraph 1 @15", "seen-p: paragraph 2 @16",
                                              "list-short: a list of 3 items @17", "seen-head: head @14"});
}

TEST_CASE("an unknown phase is refused - naming the phases there are", "[schematron][iso]") {
    CHECK(findings("phases.sch", "nope") ==
          std::vector<std::string>{"error: no phase \"nope\" in these rules (phases: paragraphs, "
                                   "all-but-lists, lists; or #ALL, #DEFAULT)"});
    CHECK(compile_error("no-phases", std::string(k_head) + "</sch:schema>\n", "x") ==
          "no phase \"x\" in these rules (they define no phase; #ALL and #DEFAULT run every pattern)");
    // compile.xsl refuses it too (for xsltproc users), and an active pattern that does not exist.
    CHECK(compile_error("bad-default",
                        std::string(k_head).replace(std::string(k_head).find('>'), 0, " defaultPhase=\"gone\"") +
                            "</sch:schema>\n")
              .find("schematron: phase \"gone\" is not defined (the schema defines no phase") != std::string::npos);
    CHECK(compile_error("bad-active",
                        std::string(k_head) +
                            "<sch:phase id=\"p\"><sch:active pattern=\"missing\"/></sch:phase></sch:schema>\n") ==
          "rules do not compile: schematron: phase \"p\" makes active the pattern \"missing\", which is not defined");
}

TEST_CASE("a phase-level let is evaluated once at the root", "[schematron][iso]") {
    CHECK(findings("phase-let.sch") == std::vector<std::string>{"phase-let: items 3, depth 1 @17"});
}

TEST_CASE("abstract patterns are instantiated by is-a with their params", "[schematron][iso]") {
    // The pattern-level let counts //$child from the root: 3 items, 4 paragraphs (2 in the header).
    CHECK(findings("abstract-pattern.sch") ==
          std::vector<std::string>{"at-most: list has 3 item children (at most 2; 3 in the document) @17",
                                   "at-most: div has 2 p children (at most 1; 4 in the document) @13"});
}

TEST_CASE("abstract rules are used by extends - in chains - and a pattern let has the root as context",
          "[schematron][iso]") {
    CHECK(findings("abstract-rule.sch") ==
          std::vector<std::string>{"text: p has text (let at []) @15", "numbered: paragraph numbered 1 @15",
                                   "text: p has text (let at []) @16", "item: item b @19"});
}

TEST_CASE("sch:include - whole files - elements by id - relative to the including file", "[schematron][iso]") {
    CHECK(findings("include.sch") ==
          std::vector<std::string>{"included-head: head \"One\" @14", "included-list: list of 3 @17"});
}

TEST_CASE("includes that cannot be expanded are refused with the reason", "[schematron][iso]") {
    ensure_session();
    auto dir = temp_dir("iso-includes");
    write(dir / "self.sch", std::string(k_head) + "<sch:include href=\"self.sch\"/></sch:schema>\n");
    write(dir / "url.sch", std::string(k_head) + "<sch:include href=\"https://example.org/p.sch\"/></sch:schema>\n");
    write(dir / "missing.sch", std::string(k_head) + "\n<sch:include href=\"nowhere.sch\"/></sch:schema>\n");
    write(dir / "no-id.sch", std::string(k_head) + "<sch:include href=\"self.sch#nope\"/></sch:schema>\n");
    auto error = [&](const char* name) {
        auto r = load_schematron_schema((dir / name).string());
        return r ? std::string() : format_diagnostic(r.error());
    };
    const std::string d = dir.string() + "/";
    CHECK(error("self.sch") == d + "self.sch:3:1: error: sch:include: href=\"self.sch\": an include cycle (" + d +
                                   "self.sch includes itself)");
    CHECK(
        error("url.sch") ==
        d + "url.sch:3:1: error: sch:include: href=\"https://example.org/p.sch\": only local files are read (no URL)");
    CHECK(error("missing.sch")
              .rfind(d + "missing.sch:4:1: error: sch:include: href=\"nowhere.sch\": cannot open file", 0) == 0);
    CHECK(error("no-id.sch").find("an include cycle") != std::string::npos);
}

TEST_CASE("@subject moves the report to another node", "[schematron][iso]") {
    auto dir = temp_dir("iso-subject");
    write(dir / "subject.sch",
          std::string(k_head) +
              "<sch:pattern><sch:rule context=\"tei:list\" subject=\"tei:item[2]\">\n"
              "<sch:report id=\"rule-subject\" test=\"true()\">rule</sch:report>\n"
              "<sch:report id=\"own-subject\" test=\"true()\" subject=\"tei:item[3]\">own</sch:report>\n"
              "</sch:rule></sch:pattern></sch:schema>\n");
    CHECK(findings((dir / "subject.sch").string()) ==
          std::vector<std::string>{"rule-subject: rule @19", "own-subject: own @20"});
}

TEST_CASE("what the compiler does not support is refused by name", "[schematron][iso]") {
    struct Case {
        const char* name;
        std::string body;
        const char* message;
    };
    const std::string rule = "<sch:rule context=\"tei:p\"><sch:assert test=\"1\">m</sch:assert></sch:rule>";
    const Case cases[] = {
        {"diagnostics",
         "<sch:pattern><sch:rule context=\"tei:p\"><sch:assert test=\"1\" diagnostics=\"d\">m</sch:assert></sch:rule></sch:pattern>",
         "schematron: sch:assert with @diagnostics is not supported by teipress's Schematron compiler"},
        {"diagnostics-element", "<sch:pattern>" + rule + "</sch:pattern><sch:diagnostics/>",
         "schematron: sch:diagnostics is not supported by teipress's Schematron compiler"},
        {"properties",
         "<sch:pattern><sch:rule context=\"tei:p\"><sch:assert test=\"1\" properties=\"x\">m</sch:assert></sch:rule></sch:pattern>",
         "schematron: sch:assert with @properties is not supported by teipress's Schematron compiler"},
        {"documents", "<sch:pattern documents=\"'x.xml'\">" + rule + "</sch:pattern>",
         "schematron: sch:pattern with @documents is not supported by teipress's Schematron compiler"},
        {"extends-href",
         "<sch:pattern><sch:rule context=\"tei:p\"><sch:extends href=\"x.sch\"/></sch:rule></sch:pattern>",
         "schematron: sch:extends with @href is not supported by teipress's Schematron compiler"},
        {"let-as", "<sch:let name=\"x\" value=\"1\" as=\"xs:integer\"/>",
         "schematron: sch:let with @as is not supported by teipress's Schematron compiler"},
        {"group", "<sch:group>" + rule + "</sch:group>",
         "schematron: sch:group is not supported by teipress's Schematron compiler"},
        {"is-a-missing", "<sch:pattern is-a=\"nothing\" id=\"i\"/>",
         "schematron: pattern \"i\" is-a \"nothing\", which is not an abstract pattern of the schema"},
        {"extends-missing",
         "<sch:pattern><sch:rule context=\"tei:p\"><sch:extends rule=\"nothing\"/></sch:rule></sch:pattern>",
         "schematron: extends rule=\"nothing\", which is not an abstract rule of the schema"},
        {"extends-cycle",
         "<sch:pattern><sch:rule abstract=\"true\" id=\"a\"><sch:extends rule=\"b\"/></sch:rule>"
         "<sch:rule abstract=\"true\" id=\"b\"><sch:extends rule=\"a\"/></sch:rule></sch:pattern>",
         "schematron: abstract rule \"a\" extends itself (a cycle of extends)"},
        {"no-context", "<sch:pattern><sch:rule><sch:assert test=\"1\">m</sch:assert></sch:rule></sch:pattern>",
         "schematron: a rule without @context (only abstract rules may leave it out)"},
        {"let-twice",
         "<sch:pattern id=\"p\"><sch:let name=\"x\" value=\"1\"/><sch:rule context=\"tei:p\"><sch:let name=\"x\" value=\"2\"/>"
         "<sch:assert test=\"$x\">m</sch:assert></sch:rule></sch:pattern>",
         "schematron: let \"x\" is declared both by pattern \"p\" and by one of its rules"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        CHECK(compile_error(c.name, std::string(k_head) + c.body + "\n</sch:schema>\n") ==
              std::string("rules do not compile: ") + c.message);
    }
}

TEST_CASE("compile.xsl refuses an include it is given unexpanded", "[schematron][iso]") {
    ensure_session();
    auto compiler = SchematronCompiler::load(compiler_path());
    REQUIRE(compiler);
    std::vector<Diagnostic> errors;
    const std::string text = std::string(k_head) + "<sch:include href=\"x.sch\"/></sch:schema>\n";
    auto doc = parse_xml("inline.sch", text, errors);
    REQUIRE(doc);
    auto r = (*compiler)->translate(doc.get(), {});
    REQUIRE(!r);
    CHECK(r.error().message.rfind("schematron: sch:include is not expanded by the compiler", 0) == 0);
}

TEST_CASE("rules calling functions XPath 1.0 does not have are refused before they run", "[schematron][iso]") {
    CHECK(
        compile_error(
            "matches",
            std::string(k_head) +
                "<sch:pattern><sch:rule context=\"tei:p\">\n"
                "<sch:assert id=\"m\" test=\"matches(@n, '^\\d+$')\">m</sch:assert></sch:rule></sch:pattern></sch:schema>\n") ==
        "rules do not compile: the @test of sch:assert \"m\" calls matches(), which XPath 1.0 does not have (matches(@n, '^\\d+$'))");
    CHECK(compile_error("xs", std::string(k_head) +
                                  "<sch:ns prefix=\"xs\" uri=\"http://www.w3.org/2001/XMLSchema\"/>"
                                  "<sch:pattern><sch:rule context=\"tei:p[xs:integer(@n) gt 1]\">"
                                  "<sch:assert test=\"1\">m</sch:assert></sch:rule></sch:pattern></sch:schema>\n")
              .find("the @context of sch:rule calls xs:integer(), which no extension module of libxslt provides") !=
          std::string::npos);
    CHECK(compile_error(
              "if",
              std::string(k_head) +
                  "<sch:pattern><sch:rule context=\"tei:p\"><sch:assert test=\"if (@n) then 1 else 0\">m</sch:assert>"
                  "</sch:rule></sch:pattern></sch:schema>\n")
              .find("uses XPath 2's \"if\" expression") != std::string::npos);
    // EXSLT functions libexslt registers are fine.
    CHECK(
        compile_error(
            "exslt",
            std::string(k_head) +
                "<sch:ns prefix=\"str\" uri=\"http://exslt.org/strings\"/>"
                "<sch:pattern><sch:rule context=\"tei:p\"><sch:assert test=\"count(str:tokenize(., ' ')) &gt; 0\">m</sch:assert>"
                "</sch:rule></sch:pattern></sch:schema>\n") == "");
}

TEST_CASE("NodePositions agrees with SourceText::position_of on every element and attribute",
          "[schematron][positions]") {
    ensure_session();
    auto dir = temp_dir("positions");
    // Comments, CDATA and processing instructions holding tags, a DOCTYPE with an internal
    // subset, tags over several lines, same-name elements on one line, non-ASCII text.
    write(dir / "tricky.xml",
          "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ELEMENT p ANY>\n<!-- <p> -->\n]>\n"
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:x=\"urn:x\"><!-- <p n='0'> --><?pi <p>?>\n"
          "<p n=\"1\">détente <![CDATA[<p>]]><hi\n   rend=\"i\"\n   x:a='>'>é</hi><hi rend=\"b\">b</hi><hi>c</hi></p>\n"
          "<p\nn=\"2\"/><x:q n=\"3\"/></TEI>\n");
    std::vector<std::string> files = {(dir / "tricky.xml").string(), fixture("valid/kitchen-sink.xml"),
                                      source_dir() + "/editions/frus1964-68v17/d67.xml"};
    for (const auto& path : files) {
        INFO(path);
        std::vector<Diagnostic> errors;
        TeiInput input;
        REQUIRE(read_tei_input(path, 1 << 24, false, input, errors) == InputStatus::Ok);
        std::vector<const xmlNode*> nodes;
        std::vector<const xmlNode*> todo{xmlDocGetRootElement(input.doc.get())};
        while (!todo.empty()) {
            const xmlNode* n = todo.back();
            todo.pop_back();
            nodes.push_back(n);
            for (const xmlAttr* a = n->properties; a; a = a->next) nodes.push_back(reinterpret_cast<const xmlNode*>(a));
            for (const xmlNode* c = n->children; c; c = c->next)
                if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE) todo.push_back(c);
        }
        NodePositions positions(input.doc.get(), *input.source);
        const auto found = positions.positions_of(nodes);
        REQUIRE(found.size() == nodes.size());
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const SourcePosition want = input.source->position_of(nodes[i]);
            INFO(i << ": " << reinterpret_cast<const char*>(nodes[i]->name ? nodes[i]->name : BAD_CAST "text"));
            CHECK(found[i].line == want.line);
            CHECK(found[i].column == want.column);
        }
    }
}

TEST_CASE("the SVRL teipress writes has the XPath locations compile.xsl writes", "[schematron][positions]") {
    ensure_session();
    auto rules = SchematronRules::compile(fixture("schematron/abstract-rule.sch"), compiler_path());
    REQUIRE(rules);
    std::vector<Diagnostic> errors;
    TeiInput input;
    REQUIRE(read_tei_input(fixture("schematron/document.xml"), 1 << 20, true, input, errors) == InputStatus::Ok);
    auto run = (*rules)->run(input.doc.get(), *input.source, errors);
    REQUIRE(run);
    NodePositions positions(input.doc.get(), *input.source);
    write_svrl_locations(run, positions);
    const std::string svrl = (*rules)->serialize(run.svrl.get());
    CHECK(svrl.find("teipress-node") == std::string::npos);
    const std::string tei = "namespace-uri()='http://www.tei-c.org/ns/1.0']";
    CHECK(svrl.find("location=\"/*[local-name()='TEI' and " + tei + "[1]/*[local-name()='text' and " + tei +
                    "[1]/*[local-name()='body' and " + tei + "[1]/*[local-name()='div' and " + tei +
                    "[1]/*[local-name()='list' and " + tei + "[1]/*[local-name()='item' and " + tei + "[2]\"") !=
          std::string::npos);
}
