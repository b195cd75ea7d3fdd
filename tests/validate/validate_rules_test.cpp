// The Schematron rules of schema/teipress.sch: each rule fails on its fixture (and only that
// rule), every rule has a fixture, valid documents and the edition's files pass, and the
// Schematron compiler refuses what it does not support.
#include "validate_support.h"

#include <set>

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::test;

namespace {

struct RuleExpectation {
    Severity severity;
    std::string rule;
    int line;
};

// "error note-n line 16"
RuleExpectation parse_rule_expectation(const std::string& text) {
    std::istringstream in(text);
    std::string sev, rule, word;
    int line = 0;
    in >> sev >> rule >> word >> line;
    REQUIRE(word == "line");
    return {sev == "warning" ? Severity::Warning : Severity::Error, rule, line};
}

} // namespace

TEST_CASE("each rule fixture breaks exactly its rule - at the expected line", "[rules]") {
    const auto files = xml_files(fixture("rules"));
    REQUIRE(files.size() >= 17);
    for (const auto& path : files) {
        INFO(path);
        const auto exp = expectations(path);
        REQUIRE(exp.size() == 1);
        const RuleExpectation want = parse_rule_expectation(exp[0]);
        const FileReport report = edition_validator().validate_file(path);
        REQUIRE(report.status == InputStatus::Ok);

        bool at_line = false;
        for (const auto& d : report.diagnostics) {
            INFO(format_diagnostic(d));
            if (d.rule_id == "relaxng") {
                // Only a duplicate xml:id is also a grammar error (xml:id is an ID).
                CHECK(want.rule == "xml-id-unique");
                continue;
            }
            CHECK(d.rule_id == want.rule);
            CHECK(d.severity == want.severity);
            CHECK(d.column > 0);
            at_line = at_line || d.line == want.line;
        }
        CHECK(at_line);
        CHECK(report.diagnostics.size() >= 1);
    }
}

TEST_CASE("every rule of teipress.sch has a fixture that breaks it", "[rules]") {
    std::set<std::string> covered;
    for (const auto& path : xml_files(fixture("rules")))
        for (const auto& e : expectations(path)) covered.insert(parse_rule_expectation(e).rule);
    const auto& rules = edition_validator().rules()->rules();
    REQUIRE(rules.size() >= 15);
    for (const auto& r : rules) {
        INFO(r.id);
        CHECK(covered.count(r.id) == 1);
        CHECK(r.id != "schematron"); // every assert and report has an id
        CHECK(!r.description.empty());
    }
}

TEST_CASE("rule messages say what is wrong in words", "[rules]") {
    struct Case {
        const char* fixture;
        const char* message;
    };
    const Case cases[] = {
        {"rules/pb-gap.xml", "page 209 is missing: page 210 follows page 208"},
        {"rules/pb-gap-range.xml", "pages 209–211 are missing: page 212 follows page 208"},
        {"rules/pb-ascending.xml", "page 207 comes after page 208: page breaks must ascend"},
        {"rules/note-n.xml", "note numbered \"3\" should be 2: notes are numbered 1, 2, 3 … within each document"},
        {"rules/note-id.xml", "note 2 of document 5 must have xml:id=\"d5fn2\"; found \"d5n2\""},
        {"rules/document-id.xml", "document 5 must have xml:id=\"d5\"; found \"d6\""},
        {"rules/ref-frus-target.xml",
         "ref target=\"vol13#d312\" is neither a local pointer (#id), a FRUS identifier (e.g. frus1964-68v13#d312) nor a web address"},
    };
    for (const auto& c : cases) {
        INFO(c.fixture);
        const FileReport report = edition_validator().validate_file(fixture(c.fixture));
        REQUIRE(report.diagnostics.size() == 1);
        CHECK(report.diagnostics[0].message == c.message);
    }
}

TEST_CASE("a page gap is a warning - not an error", "[rules]") {
    const FileReport report = edition_validator().validate_file(fixture("rules/pb-gap.xml"));
    CHECK(report.errors() == 0);
    CHECK(report.warnings() == 1);
}

TEST_CASE("valid fixtures have no diagnostic at all", "[rules]") {
    const auto files = xml_files(fixture("valid"));
    REQUIRE(files.size() >= 2);
    for (const auto& path : files) {
        const FileReport report = edition_validator().validate_file(path);
        for (const auto& d : report.diagnostics) FAIL(format_diagnostic(d));
        CHECK(report.status == InputStatus::Ok);
    }
}

TEST_CASE("every TEI file of the bundled editions has no error", "[rules][editions]") {
    const auto files = xml_files(source_dir() + "/editions");
    REQUIRE(!files.empty());
    for (const auto& path : files) {
        const FileReport report = edition_validator().validate_file(path);
        for (const auto& d : report.diagnostics)
            if (d.severity == Severity::Error) FAIL(format_diagnostic(d));
    }
}

TEST_CASE("every TEI the converter writes (its golden files) has no error", "[rules][convert]") {
    // The goldens are exactly what `teipress convert` writes for each fixture: FRUS volume
    // identifiers with parts and single years, a source note numbered 0, several references.
    const auto files = xml_files(source_dir() + "/tests/convert/fixtures");
    REQUIRE(files.size() >= 8);
    for (const auto& path : files) {
        const FileReport report = edition_validator().validate_file(path);
        for (const auto& d : report.diagnostics)
            if (d.severity == Severity::Error) FAIL(format_diagnostic(d));
        CHECK(report.status == InputStatus::Ok);
    }
}

TEST_CASE("notes restart at 1 in each document and pages ascend across documents", "[rules]") {
    // kitchen-sink.xml holds two documents, each with notes 1 and 2, and pages 1, 2, 3.
    const FileReport report = edition_validator().validate_file(fixture("valid/kitchen-sink.xml"));
    CHECK(report.diagnostics.empty());
}

namespace {
Result<std::shared_ptr<const SchematronRules>> compile_rules_text(const std::string& name, const std::string& sch) {
    ensure_session();
    auto dir = temp_dir("rules-" + name);
    write(dir / "rules.sch", sch);
    return SchematronRules::compile((dir / "rules.sch").string(), source_dir() + "/xslt/schematron/compile.xsl");
}
const char* k_sch_head =
    "<sch:schema xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt\">\n"
    "  <sch:ns prefix=\"tei\" uri=\"http://www.tei-c.org/ns/1.0\"/>\n";
} // namespace

TEST_CASE("the Schematron compiler refuses what it does not support", "[rules][compiler]") {
    SECTION("another query language") {
        auto r = compile_rules_text(
            "xslt2", "<sch:schema xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt2\"/>\n");
        REQUIRE(!r.ok());
        CHECK(r.error().message.find("queryBinding \"xslt2\" is not supported") != std::string::npos);
    }
    SECTION("an XPath expression that does not compile") {
        auto r = compile_rules_text(
            "xpath",
            std::string(k_sch_head) +
                "  <sch:pattern><sch:rule context=\"tei:p\"><sch:assert test=\"count(((\">m</sch:assert></sch:rule></sch:pattern>\n"
                "</sch:schema>\n");
        REQUIRE(!r.ok());
        CHECK(r.error().message.rfind("rules do not compile: ", 0) == 0);
    }
    SECTION("not Schematron") {
        auto r = compile_rules_text("not-sch", "<schema xmlns=\"http://www.ascc.net/xml/schematron\"/>\n");
        REQUIRE(!r.ok());
        CHECK(r.error().message.find("not an ISO Schematron schema") != std::string::npos);
    }
    SECTION("missing") {
        ensure_session();
        auto r = SchematronRules::compile("/nonexistent/rules.sch", source_dir() + "/xslt/schematron/compile.xsl");
        REQUIRE(!r.ok());
        CHECK(r.error().file == "/nonexistent/rules.sch");
    }
}

TEST_CASE("compiled rules honour lets - value-of - name - roles and the first matching rule", "[rules][compiler]") {
    auto r = compile_rules_text(
        "semantics",
        std::string(k_sch_head) +
            "  <sch:let name=\"limit\" value=\"2\"/>\n"
            "  <sch:pattern id=\"p1\">\n"
            "    <sch:rule context=\"tei:item[1]\" id=\"first\">\n"
            "      <sch:report test=\"true()\" role=\"info\" id=\"seen-first\"><sch:name/> one</sch:report>\n"
            "    </sch:rule>\n"
            "    <sch:rule context=\"tei:item\">\n"
            "      <sch:let name=\"n\" value=\"count(preceding-sibling::tei:item) + 1\"/>\n"
            "      <sch:assert test=\"$n &lt;= $limit\" id=\"too-many\">item <sch:value-of select=\"$n\"/> of <sch:name path=\"..\"/></sch:assert>\n"
            "    </sch:rule>\n"
            "  </sch:pattern>\n"
            "</sch:schema>\n");
    if (!r) FAIL(format_diagnostic(r.error()));
    auto dir = temp_dir("semantics-doc");
    write(
        dir / "d.xml",
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><list>\n<item>a</item>\n<item>b</item>\n<item>c</item>\n</list></TEI>\n");
    std::vector<Diagnostic> errors;
    TeiInput input;
    REQUIRE(read_tei_input((dir / "d.xml").string(), 1 << 20, true, input, errors) == InputStatus::Ok);
    auto svrl = (*r)->run(input.doc.get(), *input.source, errors);
    REQUIRE(svrl);
    auto found = svrl_diagnostics(svrl, input.doc.get(), *input.source);
    REQUIRE(found.size() == 2);
    // The first item fires only the first rule (ISO: one rule per node and pattern).
    CHECK(found[0].rule_id == "seen-first");
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].message == "item one");
    CHECK(found[0].line == 2);
    CHECK(found[0].column == 1);
    CHECK(found[1].rule_id == "too-many");
    CHECK(found[1].severity == Severity::Error);
    CHECK(found[1].message == "item 3 of list");
    CHECK(found[1].line == 4);
}

TEST_CASE("a pointer to a document - note or page of the volume not in the file is accepted - any other must resolve",
          "[rules]") {
    // The one meaning validate and render give a local pointer (issue 13): #d60, #d60fn4,
    // #pg_31, #pg_xii name a part of the same volume; when it is not in this file it is in the
    // rest of the volume (render links it to the web edition). ref-target.xml holds document 5,
    // whose note 9 does not exist.
    struct Case {
        const char* target;
        bool accepted;
    };
    const Case cases[] = {
        {"#pg_31", true},     {"#pg_xii", true}, {"#d60", true},
        {"#d60fn4", true},    {"#d5fn9", false}, // a note of a document that is in the file must be there
        {"#pg_2O7", false},                      // not a page name (a letter O)
        {"#p_nobody", false},                    // persons, terms, sections: in the file
        {"#pg_", false},
    };
    const std::string text = slurp(fixture("rules/ref-target.xml"));
    auto dir = temp_dir("volume-pointers");
    for (const auto& c : cases) {
        INFO(c.target);
        std::string doc = text;
        doc.replace(doc.find("#d5fn9"), 6, c.target);
        write(dir / "d.xml", doc);
        const FileReport report = edition_validator().validate_file((dir / "d.xml").string());
        if (c.accepted) {
            for (const auto& d : report.diagnostics) FAIL(format_diagnostic(d));
        } else {
            REQUIRE(report.diagnostics.size() == 1);
            CHECK(report.diagnostics[0].rule_id == "ref-target");
        }
    }
}

TEST_CASE("a pointer into the volume's lists says so when the file holds no list at all", "[rules]") {
    // A split document must carry the entries of the persons and terms lists it points to.
    const FileReport with_list = edition_validator().validate_file(fixture("rules/persName-corresp.xml"));
    REQUIRE(with_list.diagnostics.size() == 1);
    CHECK(with_list.diagnostics[0].message ==
          "persName corresp=\"#p_XX1\" points to no person of this file (no persName with xml:id \"p_XX1\")");
    std::string text = slurp(fixture("rules/persName-corresp.xml"));
    const auto from = text.find("    <back>"), to = text.find("</back>\n") + 8;
    text.erase(from, to - from);
    auto dir = temp_dir("no-lists");
    write(dir / "d.xml", text);
    const FileReport without = edition_validator().validate_file((dir / "d.xml").string());
    REQUIRE(without.diagnostics.size() == 1);
    CHECK(without.diagnostics[0].rule_id == "persName-corresp");
    CHECK(without.diagnostics[0].message ==
          "persName corresp=\"#p_XX1\" points to no person of this file (no persName with xml:id \"p_XX1\"); this file "
          "has no list of persons: a split document must carry the entries of the volume’s list it points to");
}
