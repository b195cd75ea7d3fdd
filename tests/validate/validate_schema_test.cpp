// The RELAX NG side: jing-style messages at the right place, the grammar's vocabulary, any
// schema given with --schema, and schema/teipress.rng as a strict subset of TEI P5 (jing).
#include "validate_support.h"
#include "tools/test_files.h"

#include "validate/content_model.h"
#include "validate/schema_vocabulary.h"

#include <cstdlib>

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::test;

namespace {
// The diagnostic without its file name: "LINE:COL: error: message [rule]".
std::string without_file(const Diagnostic& d) {
    std::string s = format_diagnostic(d);
    return s.substr(d.file.size() + 1);
}

} // namespace

TEST_CASE("schema fixtures: each message names what was expected - at the start tag", "[schema]") {
    const auto files = xml_files(fixture("schema"));
    REQUIRE(files.size() >= 8);
    for (const auto& path : files) {
        INFO(path);
        const auto want = expectations(path);
        REQUIRE(!want.empty());
        const FileReport report = grammar_validator().validate_file(path);
        std::vector<std::string> got;
        for (const auto& d : report.diagnostics) got.push_back(without_file(d));
        CHECK(got == want);
    }
}

TEST_CASE("the vocabulary of the edition's grammar", "[schema]") {
    const auto& v = grammar_validator().schema().vocabulary();
    CHECK(v.roots() == std::set<std::string>{"TEI"});
    CHECK(v.children_of("p").count("hi") == 1);
    CHECK(v.children_of("p").count("note") == 1);
    CHECK(v.children_of("p").count("div") == 0);
    CHECK(v.allows_text("p"));
    CHECK(!v.allows_text("list"));
    CHECK(v.attributes_of("pb").count("n") == 1);
    CHECK(v.attributes_of("pb").count("xml:id") == 1);
    CHECK(v.attributes_of("pb").count("target") == 0);
    CHECK(v.children_of("nonexistent").empty());
    CHECK(quoted_list({"a", "b", "c"}) == "\"a\", \"b\" or \"c\"");
    CHECK(quoted_list({"a"}) == "\"a\"");
}

TEST_CASE("the valid fixtures use every element and every attribute of the schema", "[schema]") {
    const auto& v = grammar_validator().schema().vocabulary();
    const std::string text = slurp(fixture("valid/kitchen-sink.xml")) + slurp(fixture("valid/document.xml"));
    const auto names = v.element_names();
    REQUIRE(names.size() >= 60);
    std::set<std::string> attributes;
    for (const auto& e : names) {
        INFO(e);
        bool used = false;
        for (char after : {' ', '>', '/'}) used = used || text.find("<" + e + after) != std::string::npos;
        CHECK(used);
        for (const auto& a : v.attributes_of(e)) attributes.insert(a);
    }
    for (const auto& a : attributes) {
        INFO(a);
        CHECK(text.find(" " + a + "=\"") != std::string::npos);
    }
}

TEST_CASE("a schema that cannot be used is refused with a clear message", "[schema]") {
    ensure_session();
    auto dir = temp_dir("bad-schemas");
    SECTION("missing") {
        auto r = RelaxNgSchema::compile((dir / "missing.rng").string());
        REQUIRE(!r.ok());
        CHECK(r.error().message.find("cannot open file") != std::string::npos);
    }
    SECTION("a directory") {
        auto r = RelaxNgSchema::compile(dir.string());
        REQUIRE(!r.ok());
        CHECK(r.error().message == "is a directory, not a file");
    }
    SECTION("not well-formed (e.g. the compact syntax)") {
        write(dir / "s.rnc", "start = element TEI { empty }\n");
        auto r = RelaxNgSchema::compile((dir / "s.rnc").string());
        REQUIRE(!r.ok());
        CHECK(r.error().message.rfind("schema is not well-formed XML (teipress reads RELAX NG in XML syntax)", 0) == 0);
    }
    SECTION("not RELAX NG") {
        auto r = RelaxNgSchema::compile(fixture("valid/document.xml"));
        REQUIRE(!r.ok());
        CHECK(r.error().message == "schema does not compile: the root element \"TEI\" is not a RELAX NG pattern (namespace http://relaxng.org/ns/structure/1.0)");
    }
    SECTION("a grammar that does not compile") {
        write(dir / "s.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n"
                             "  <start><ref name=\"nowhere\"/></start>\n</grammar>\n");
        auto r = RelaxNgSchema::compile((dir / "s.rng").string());
        REQUIRE(!r.ok());
        CHECK(r.error().message.rfind("schema does not compile: ", 0) == 0);
        CHECK(r.error().message.find("nowhere") != std::string::npos);
        CHECK(r.error().line == 2);
    }
}

TEST_CASE("any RELAX NG grammar can be given as --schema", "[schema]") {
    ensure_session();
    auto dir = temp_dir("other-schema");
    write(dir / "s.rng",
          "<element name=\"TEI\" ns=\"http://www.tei-c.org/ns/1.0\" xmlns=\"http://relaxng.org/ns/structure/1.0\">\n"
          "  <attribute name=\"version\"/>\n  <text/>\n</element>\n");
    auto schema = RelaxNgSchema::compile((dir / "s.rng").string());
    REQUIRE(schema.ok());
    Validator v(*schema, nullptr, {});
    write(dir / "ok.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" version=\"1\">text</TEI>\n");
    write(dir / "bad.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<p/></TEI>\n");
    CHECK(v.validate_file((dir / "ok.xml").string()).diagnostics.empty());
    auto bad = v.validate_file((dir / "bad.xml").string());
    CHECK(bad.errors() >= 1);
}

TEST_CASE("the official tei_all.rng compiles and validates", "[schema][tei_all]") {
    const std::string tei_all = teipress::testing::tei_all_rng().string();
    REQUIRE(fs::exists(tei_all));
    ensure_session();
    auto schema = RelaxNgSchema::compile(tei_all);
    if (!schema) FAIL(format_diagnostic(schema.error()));
    Validator v(*schema, nullptr, {});
    CHECK(v.validate_file(fixture("valid/kitchen-sink.xml")).diagnostics.empty());
    // emph is TEI: valid against tei_all, not against the edition's schema.
    CHECK(v.validate_file(fixture("schema/unknown-element.xml")).diagnostics.empty());
    auto bad = v.validate_file(fixture("schema/text-in-list.xml"));
    REQUIRE(bad.errors() >= 1);
    CHECK(bad.diagnostics[0].message.rfind("text not allowed here in \"list\"", 0) == 0);
}

TEST_CASE("teipress.rng is a strict subset of tei_all: what it accepts - jing accepts against tei_all", "[schema][tei_all][jing]") {
    const std::string tei_all = teipress::testing::tei_all_rng().string();
    REQUIRE(fs::exists(tei_all));
    if (!teipress::testing::have_program("jing")) teipress::testing::skip_test("jing is not installed (Debian: jing)");
    std::vector<std::string> candidates;
    for (const char* dir : {"/tests/validate/fixtures", "/tests/convert", "/tests/render", "/editions"})
        for (const auto& f : xml_files(source_dir() + dir)) candidates.push_back(f);
    std::vector<std::string> accepted;
    for (const auto& f : candidates) {
        const FileReport r = grammar_validator().validate_file(f);
        if (r.status == InputStatus::Ok && r.errors() == 0) accepted.push_back(f);
    }
    INFO(accepted.size() << " of " << candidates.size() << " files accepted by teipress.rng");
    REQUIRE(accepted.size() >= 20);
    std::string command = "jing '" + tei_all + "'";
    for (const auto& f : accepted) command += " '" + f + "'";
    command += " 2>&1 | grep -v '^\\[warning\\]'";
    std::string out;
    {
        FILE* p = popen(command.c_str(), "r");
        REQUIRE(p);
        char buf[4096];
        std::size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        pclose(p);
    }
    INFO(out);
    CHECK(out.empty());
}

TEST_CASE("content models: what may come at each place of an element", "[schema][content]") {
    ensure_session();
    const char* rng =
        "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n"
        "  <start><ref name=\"r\"/></start>\n"
        "  <define name=\"r\"><element name=\"r\">\n"
        "    <element name=\"a\"><empty/></element>\n"
        "    <oneOrMore><choice><element name=\"b\"><empty/></element><ref name=\"c\"/></choice></oneOrMore>\n"
        "    <interleave><optional><element name=\"x\"><empty/></element></optional>"
        "<element name=\"y\"><empty/></element></interleave>\n"
        "  </element></define>\n"
        "  <define name=\"c\"><element name=\"c\"><empty/></element></define>\n"
        "</grammar>\n";
    std::vector<Diagnostic> errors;
    auto doc = parse_xml("g.rng", rng, errors);
    REQUIRE(doc);
    auto models = ContentModels::from_grammar(doc.get());
    auto xml = parse_xml("d.xml", "<r><a/><b/><c/><y/><x/></r>", errors);
    REQUIRE(xml);
    const xmlNode* r = xmlDocGetRootElement(xml.get());
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = r->children; c; c = c->next) kids.push_back(c);
    auto at = [&](const xmlNode* child) {
        auto e = models->expected_at(r, child);
        REQUIRE(e.has_value());
        std::string s = e->end ? "end" : "";
        for (const auto& n : e->elements) s += " " + n;
        return s;
    };
    CHECK(at(kids[0]) == " a");           // first: a
    CHECK(at(kids[1]) == " b c");         // then one or more of b, c
    CHECK(at(kids[3]) == " b c x y");     // more b/c, or the interleave of x? and y
    CHECK(at(kids[4]) == "end x");        // after y: x, or the end
    CHECK(at(nullptr) == "end");          // after x: only the end
    auto wrong = parse_xml("w.xml", "<r><b/></r>", errors);
    CHECK(!models->expected_at(xmlDocGetRootElement(wrong.get()), nullptr).has_value());
}
