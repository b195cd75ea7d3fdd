// The RELAX NG side: jing's messages at the right place, the grammar's vocabulary, any
// schema given with --schema, and schema/teipress.rng as a strict subset of TEI P5 (jing).
// The engine itself is tested in tests/relaxng/ (unit tests, conformance suites, jing).
#include "tools/test_files.h"
#include "validate_support.h"

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
    const auto v = grammar_validator().schema().vocabulary();
    REQUIRE(v.count("TEI") == 1);
    REQUIRE(v.count("p") == 1);
    CHECK(v.count("emph") == 0);
    REQUIRE(v.count("pb") == 1);
    CHECK(v.at("pb").count("n") == 1);
    CHECK(v.at("pb").count("xml:id") == 1);
    CHECK(v.at("pb").count("target") == 0);
    CHECK(v.at("gloss").count("target") == 1);
}

TEST_CASE("the valid fixtures use every element and every attribute of the schema", "[schema]") {
    const auto v = grammar_validator().schema().vocabulary();
    const std::string text = slurp(fixture("valid/kitchen-sink.xml")) + slurp(fixture("valid/document.xml"));
    REQUIRE(v.size() >= 60);
    std::set<std::string> attributes;
    for (const auto& [e, attrs] : v) {
        INFO(e);
        bool used = false;
        for (char after : {' ', '>', '/'}) used = used || text.find("<" + e + after) != std::string::npos;
        CHECK(used);
        attributes.insert(attrs.begin(), attrs.end());
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
    SECTION("not well-formed") {
        write(dir / "s.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n<start>\n</grammar>\n");
        auto r = RelaxNgSchema::compile((dir / "s.rng").string());
        REQUIRE(!r.ok());
        CHECK(r.error().message.rfind("schema is not well-formed XML: ", 0) == 0);
        CHECK(r.error().line == 3);
    }
    SECTION("the compact syntax: a grammar, or its first syntax error at its place") {
        write(dir / "s.rnc", "start = element TEI { empty }\n");
        auto r = RelaxNgSchema::compile((dir / "s.rnc").string());
        REQUIRE(r.ok());
        write(dir / "bad.rnc", "start = element TEI {\n  emptty\n}\n");
        auto bad = RelaxNgSchema::compile((dir / "bad.rnc").string());
        REQUIRE(!bad.ok());
        CHECK(bad.error().file == (dir / "bad.rnc").string());
        CHECK(bad.error().line >= 2);
    }
    SECTION("not RELAX NG") {
        auto r = RelaxNgSchema::compile(fixture("valid/document.xml"));
        REQUIRE(!r.ok());
        CHECK(r.error().message == "namespace URI of document element must be \"http://relaxng.org/ns/structure/1.0\"");
        CHECK(r.error().line == 2);
    }
    SECTION("a grammar that does not compile: every error, at its place") {
        write(dir / "s.rng",
              "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n"
              "  <start><ref name=\"nowhere\"/></start>\n"
              "  <define name=\"x\"><element name=\"x\"><empty/></element></define>\n"
              "  <define name=\"x\"><text/></define>\n</grammar>\n");
        std::vector<Diagnostic> errors;
        auto r = RelaxNgSchema::compile((dir / "s.rng").string(), errors);
        REQUIRE(!r.ok());
        REQUIRE(errors.size() == 2);
        CHECK(format_diagnostic(errors[0]).substr(errors[0].file.size()) ==
              ":2:10: error: reference to undefined pattern \"nowhere\"");
        CHECK(format_diagnostic(errors[1]).substr(errors[1].file.size()) ==
              ":4:3: error: multiple definitions of \"x\" without \"combine\" attribute");
        CHECK(r.error().message == errors[0].message);
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
    CHECK(bad.diagnostics[0].message.rfind("text not allowed here; expected ", 0) == 0);
}

TEST_CASE("teipress.rng is a strict subset of tei_all: what it accepts - jing accepts against tei_all",
          "[schema][tei_all][jing]") {
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
