// Unit tests of the RELAX NG engine (src/validate/relaxng/): name classes, the pattern
// builder, grammar errors (every one, at FILE:LINE:COL), includes and external references,
// and validation messages — each expected text checked against jing 20241231's output on the
// same schema and instance (positions aside: teipress points at the '<' of the start tag or
// the attribute's name, jing at the end of the start tag).
#include "validate/relaxng/compiled_grammar.h"
#include "validate/relaxng/derivatives.h"
#include "validate/relaxng/document_validator.h"
#include "validate/relaxng/href.h"
#include "validate/relaxng/pattern_builder.h"
#include "validate/relaxng_schema.h"
#include "validate/tei_input.h"
#include "xml/libxml_session.h"

#include "tools/test_files.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::relaxng;
namespace fs = std::filesystem;

namespace {

void ensure_session() {
    static xml::LibxmlSession session;
}

fs::path scratch(const std::string& name) {
    fs::path p = fs::path(TEIPRESS_BINARY_DIR) / "tests-tmp" / "relaxng" / "engine" / name;
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// "LINE:COL: severity: message" of each diagnostic (the file name left out).
std::vector<std::string> without_files(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) {
        std::string s = format_diagnostic(d);
        out.push_back(s.substr(d.file.size() + 1));
    }
    return out;
}

// The errors of compiling the schema text (written as s.rng in a fresh folder).
std::vector<std::string> grammar_errors(const std::string& name, const std::string& schema) {
    ensure_session();
    const fs::path dir = scratch(name);
    write(dir / "s.rng", schema);
    std::vector<Diagnostic> errors;
    auto r = RelaxNgSchema::compile((dir / "s.rng").string(), errors);
    if (r) return {};
    return without_files(errors);
}

// The diagnostics of validating instance against schema (both given as text).
std::vector<std::string> validation(const std::string& schema, const std::string& instance) {
    ensure_session();
    const fs::path dir = scratch("validation");
    write(dir / "s.rng", schema);
    std::vector<Diagnostic> errors;
    auto r = RelaxNgSchema::compile((dir / "s.rng").string(), errors);
    if (!r) {
        for (auto& e : without_files(errors)) FAIL("schema: " << e);
        return {};
    }
    SourceText source("d.xml", instance);
    std::vector<Diagnostic> out;
    auto doc = parse_xml("d.xml", instance, out);
    REQUIRE(doc);
    (*r)->validate(doc.get(), source, out);
    std::vector<std::string> s;
    for (auto& d : without_files(out)) {
        auto at = d.rfind(" [relaxng]");
        s.push_back(at == std::string::npos ? d : d.substr(0, at));
    }
    return s;
}

const std::string k_rng = "xmlns=\"http://relaxng.org/ns/structure/1.0\"";
const std::string k_xsd = "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\"";

} // namespace

TEST_CASE("name classes: containment, specificity, overlap, normalisation", "[relaxng][names]") {
    NameClassStore s;
    const Name a{1, 10}, b{1, 11}, other_ns{2, 10};
    const NameClass* na = s.make_name(a);
    const NameClass* nb = s.make_name(b);
    const NameClass* ns1 = s.make_ns_name(1, na); // every name of ns 1 but a
    const NameClass* any = s.make_any_name(s.make_ns_name(1, nullptr));
    CHECK(s.make_name(a) == na); // interned
    CHECK(contains(na, a));
    CHECK(!contains(na, b));
    CHECK(contains(ns1, b));
    CHECK(!contains(ns1, a));
    CHECK(contains(any, other_ns));
    CHECK(!contains(any, a));
    CHECK(contains_specificity(s.make_choice(ns1, nb), b) == Specificity::Name);
    CHECK(contains_specificity(s.make_choice(ns1, na), b) == Specificity::NsName);
    CHECK(is_open(ns1));
    CHECK(!is_open(s.make_choice(na, nb)));
    CHECK(find_overlap(ns1, nb).found);
    CHECK(find_overlap(ns1, nb).example == b);
    CHECK(!find_overlap(ns1, na).found);
    CHECK(!find_overlap(any, ns1).found);
    const NormalizedNames n = normalize_union({na, nb});
    CHECK(n.included == std::set<Name>{a, b});
    CHECK(!n.any_name);
    CHECK(normalize_union({any}).any_name);
    CHECK(normalize_union({ns1}).namespaces == std::set<StringId>{1});
}

TEST_CASE("the pattern builder interns and simplifies as it builds", "[relaxng][patterns]") {
    PatternStore store;
    const CommonPatterns common = CommonPatterns::make(store);
    PatternBuilder b(store, common);
    NameClassStore ncs;
    const Pattern* x = b.element(ncs.make_name({0, 1}), b.empty(), {});
    const Pattern* y = b.element(ncs.make_name({0, 2}), b.text(), {});
    CHECK(b.choice(x, y) == b.choice(x, y));
    CHECK(b.group(b.empty(), x) == x);
    CHECK(b.group(x, b.not_allowed()) == b.not_allowed());
    CHECK(b.choice(b.not_allowed(), y) == y);
    CHECK(b.choice(x, b.choice(x, y)) == b.choice(x, y)); // x is already an alternative
    CHECK(b.one_or_more(b.one_or_more(x)) == b.one_or_more(x));
    CHECK(b.choice(b.optional(x), b.empty()) == b.optional(x));
    CHECK(b.choice(x, y)->nullable == false);
    CHECK(b.optional(x)->nullable);
    CHECK(b.mixed(x)->content_type == ContentType::Mixed);
    // A layered store finds the base's patterns and adds its own after them.
    PatternStore layer(&store);
    PatternBuilder lb(layer, common);
    CHECK(lb.choice(x, y) == b.choice(x, y));
    const Pattern* z = lb.after(x, y);
    CHECK(z->id >= store.id_limit());
    CHECK(layer.size() == 1);
}

TEST_CASE("hrefs: local files only, relative to the file that names them", "[relaxng][href]") {
    CHECK(resolve_reference("dir/a.rng", "b.rng") == "dir/b.rng");
    CHECK(resolve_reference("dir/sub/a.rng", "../b.rng") == "dir/b.rng");
    CHECK(resolve_reference("/x/y/a.rng", "/abs/b.rng") == "/abs/b.rng");
    CHECK(resolve_reference("a.rng", "with%20space.rng") == "with space.rng");
    CHECK(!resolve_reference("a.rng", "http://example.com/b.rng"));
    CHECK(!resolve_reference("a.rng", "file:///etc/passwd"));
    CHECK(has_uri_scheme("urn:x"));
    CHECK(!has_uri_scheme("dir/a:b"));
    CHECK(is_valid_uri_reference("http://www.w3.org/2001/XMLSchema-datatypes"));
    CHECK(!is_valid_uri_reference("foo:"));
    CHECK(!is_valid_uri_reference("f%oobar"));
    CHECK(!is_valid_uri_reference("a#b#c"));
}

TEST_CASE("grammar errors: every one, each at its place, in jing's words", "[relaxng][grammar]") {
    SECTION("references and definitions") {
        CHECK(
            grammar_errors("refs",
                           "<grammar " + k_rng +
                               ">\n"
                               "  <start><element name=\"a\"><ref name=\"b\"/><ref name=\"c\"/></element></start>\n"
                               "  <define name=\"c\"><empty/></define>\n"
                               "  <define name=\"x\" combine=\"choice\"><empty/></define>\n"
                               "  <define name=\"x\" combine=\"interleave\"><text/></define>\n"
                               "  <define name=\"y\" combine=\"sequence\"><text/></define>\n"
                               "</grammar>\n") ==
            std::vector<std::string>{
                "2:28: error: reference to undefined pattern \"b\"",
                "5:3: error: conflicting values of \"combine\" attribute for definition of \"x\"",
                "6:3: error: bad value \"sequence\" for \"combine\" attribute; value must be \"choice\" or \"interleave\""});
    }
    SECTION("a reference that reaches itself without an element (4.19)") {
        CHECK(
            grammar_errors("recursion", "<grammar " + k_rng +
                                            ">\n"
                                            "  <start><element name=\"a\"><ref name=\"c\"/></element></start>\n"
                                            "  <define name=\"c\"><choice><empty/><ref name=\"c\"/></choice></define>\n"
                                            "</grammar>\n") ==
            std::vector<std::string>{"2:28: error: bad recursive reference to pattern \"c\""});
    }
    SECTION("section 7: every violation, not only the first") {
        CHECK(
            grammar_errors(
                "restrictions",
                "<element name=\"a\" " + k_rng +
                    ">\n"
                    "  <attribute name=\"x\"><attribute name=\"y\"/></attribute>\n"
                    "  <element name=\"l\"><list><element name=\"e\"><empty/></element></list></element>\n"
                    "  <element name=\"d\"><attribute name=\"dup\"/><attribute name=\"dup\"/></element>\n"
                    "  <element name=\"i\"><interleave><element name=\"q\"><empty/></element><element name=\"q\"><text/></element></interleave></element>\n"
                    "  <element name=\"s\"><group><data type=\"string\" datatypeLibrary=\"\"/><element name=\"t\"><empty/></element></group></element>\n"
                    "  <element name=\"w\"><attribute><anyName/></attribute></element>\n"
                    "</element>\n") ==
            std::vector<std::string>{
                "2:3: error: an attribute pattern must not contain an attribute pattern (section 7.1 of the RELAX NG "
                "specification requires that the simplified XML form of the schema not contain any elements matching "
                "the path attribute//attribute)",
                "3:21: error: a list pattern must not contain an element pattern (section 7.1 of the RELAX NG "
                "specification requires that the simplified XML form of the schema not contain any elements matching "
                "the path list//ref)",
                "4:21: error: duplicate attribute \"dup\"",
                "5:3: error: the element \"q\" can occur in more than one operand of \"interleave\"",
                "6:3: error: group of \"string\" or \"data\" element",
                "7:21: error: attribute using \"nsName\" or \"anyName\" must be in \"oneOrMore\""});
    }
    SECTION("datatypes and their parameters (XML Schema through libxml2)") {
        const auto errors = grammar_errors(
            "datatypes",
            "<element name=\"a\" " + k_rng + " " + k_xsd +
                ">\n"
                "  <attribute name=\"p\"><data type=\"string\"><param name=\"pattern\">[a-</param></data></attribute>\n"
                "  <attribute name=\"q\"><data type=\"nosuch\"/></attribute>\n"
                "  <attribute name=\"r\"><data type=\"integer\"><param name=\"minLength\">3</param></data></attribute>\n"
                "  <attribute name=\"s\"><value type=\"integer\">abc</value></attribute>\n"
                "  <attribute name=\"t\"><data type=\"string\" datatypeLibrary=\"urn:nowhere\"/></attribute>\n"
                "  <attribute name=\"u\"><data type=\"string\"><param name=\"enumeration\">x</param></data></attribute>\n"
                "  <attribute name=\"v\"><data type=\"decimal\"><param name=\"maxInclusive\">ten</param></data></attribute>\n"
                "</element>\n");
        REQUIRE(errors.size() == 7);
        CHECK(errors[0].rfind("2:43: error: invalid parameter: invalid regular expression: ", 0) == 0);
        CHECK(
            errors[1] ==
            "3:23: error: datatype \"nosuch\" from library \"http://www.w3.org/2001/XMLSchema-datatypes\" not recognized");
        CHECK(errors[2] == "4:44: error: invalid parameter: base datatype does not define a units of length");
        CHECK(errors[3] == "5:23: error: \"abc\" is not a valid value of the datatype");
        CHECK(errors[4] == "6:23: error: datatype library \"urn:nowhere\" not recognized");
        CHECK(
            errors[5] ==
            "7:43: error: invalid parameter: \"enumeration\" facet is not allowed as a parameter: use \"value\" element instead");
        CHECK(errors[6] ==
              "8:44: error: invalid parameter: \"ten\" is not allowed by the base type: must be a decimal number");
    }
    SECTION("the XML syntax (section 3)") {
        CHECK(grammar_errors("syntax", "<element name=\"a\" " + k_rng +
                                           " foo=\"bar\">\n"
                                           "  <group/>\n"
                                           "  <ref/>\n"
                                           "  <element name=\"b:c\"><empty/></element>\n"
                                           "  <attribute name=\"xmlns\"/>\n"
                                           "  <anyName/>\n"
                                           "</element>\n") ==
              std::vector<std::string>{"1:63: error: illegal attribute \"foo\"",
                                       "2:3: error: missing children: \"group\" needs at least one pattern",
                                       "3:3: error: missing \"name\" attribute", "4:3: error: undefined prefix \"b\"",
                                       "5:3: error: attribute must not be named \"xmlns\"",
                                       "6:3: error: found \"anyName\" element but expected a pattern"});
        CHECK(grammar_errors(
                  "root", "<element xmlns=\"http://relaxng.org/ns/structure/0.9\" name=\"a\"><empty/></element>\n") ==
              std::vector<std::string>{
                  "1:1: error: namespace URI has wrong version: expected "
                  "\"http://relaxng.org/ns/structure/1.0\" but got \"http://relaxng.org/ns/structure/0.9\""});
    }
    SECTION("ID-types of the DTD compatibility (jing's default)") {
        CHECK(grammar_errors(
                  "ids",
                  "<element name=\"a\" " + k_rng + " " + k_xsd +
                      ">\n"
                      "  <element name=\"b\"><attribute name=\"id\"><data type=\"ID\"/></attribute></element>\n"
                      "  <element name=\"b\"><attribute name=\"id\"><data type=\"string\"/></attribute></element>\n"
                      "  <element name=\"c\"><data type=\"ID\"/></element>\n"
                      "</element>\n") ==
              std::vector<std::string>{
                  "3:3: error: conflicting ID-types for attribute \"id\" of element \"b\"",
                  "4:3: error: a \"data\" or \"value\" pattern with non-null ID-type must occur as the child of an "
                  "\"attribute\" pattern"});
    }
}

TEST_CASE("include and externalRef: overrides, nested grammars, parentRef, relative hrefs, cycles",
          "[relaxng][include]") {
    ensure_session();
    const fs::path dir = scratch("include");
    write(dir / "lib" / "base.rng", "<grammar " + k_rng +
                                        ">\n"
                                        "  <start><element name=\"doc\"><ref name=\"body\"/></element></start>\n"
                                        "  <define name=\"body\"><element name=\"old\"><empty/></element></define>\n"
                                        "  <define name=\"extra\"><externalRef href=\"parts/extra.rng\"/></define>\n"
                                        "</grammar>\n");
    write(dir / "lib" / "parts" / "extra.rng", "<element name=\"extra\" " + k_rng + "><text/></element>\n");
    write(
        dir / "main.rng",
        "<grammar " + k_rng +
            ">\n"
            "  <include href=\"lib/base.rng\">\n"
            "    <define name=\"body\"><ref name=\"extra\"/><ref name=\"inner\"/></define>\n"
            "  </include>\n"
            "  <define name=\"inner\"><grammar><start><element name=\"inner\"><parentRef name=\"extra\"/></element></start></grammar></define>\n"
            "</grammar>\n");
    auto schema = RelaxNgSchema::compile((dir / "main.rng").string());
    if (!schema) FAIL(format_diagnostic(schema.error()));
    auto check = [&](const std::string& instance) {
        std::vector<Diagnostic> out;
        auto doc = parse_xml("d.xml", instance, out);
        REQUIRE(doc);
        return (*schema)->validate(doc.get(), "d.xml", out);
    };
    CHECK(check("<doc><extra>a</extra><inner><extra/></inner></doc>"));
    CHECK(!check("<doc><old/></doc>")); // overridden

    SECTION("an override that overrides nothing") {
        write(dir / "bad.rng",
              "<grammar " + k_rng +
                  ">\n"
                  "  <include href=\"lib/base.rng\"><define name=\"nosuch\"><empty/></define></include>\n"
                  "</grammar>\n");
        std::vector<Diagnostic> errors;
        CHECK(!RelaxNgSchema::compile((dir / "bad.rng").string(), errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message == "definition of \"nosuch\" in \"include\" does not override anything");
        CHECK(errors[0].line == 2);
    }
    SECTION("an include cycle") {
        write(dir / "a.rng", "<grammar " + k_rng + "><include href=\"b.rng\"/></grammar>\n");
        write(dir / "b.rng", "<grammar " + k_rng + ">\n<include href=\"a.rng\"/>\n</grammar>\n");
        std::vector<Diagnostic> errors;
        CHECK(!RelaxNgSchema::compile((dir / "a.rng").string(), errors));
        REQUIRE(!errors.empty());
        bool cycle = false;
        for (const auto& e : errors)
            cycle = cycle || (e.message.rfind("recursive inclusion of URL", 0) == 0 &&
                              e.file.find("b.rng") != std::string::npos && e.line == 2);
        CHECK(cycle);
    }
    SECTION("a missing file, at the element naming it") {
        write(dir / "missing.rng",
              "<grammar " + k_rng + ">\n<start><externalRef href=\"none.rng\"/></start>\n</grammar>\n");
        std::vector<Diagnostic> errors;
        CHECK(!RelaxNgSchema::compile((dir / "missing.rng").string(), errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].column == 8);
        CHECK(errors[0].message.find("none.rng") != std::string::npos);
        CHECK(errors[0].message.find("cannot open file") != std::string::npos);
    }
    SECTION("a URL is never fetched") {
        write(dir / "url.rng",
              "<element name=\"a\" " + k_rng + "><externalRef href=\"https://example.com/x.rng\"/></element>\n");
        std::vector<Diagnostic> errors;
        CHECK(!RelaxNgSchema::compile((dir / "url.rng").string(), errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message.find("never fetches the network") != std::string::npos);
    }
}

TEST_CASE("validation messages are jing's", "[relaxng][messages]") {
    SECTION("order, missing and misplaced elements, attributes, text") {
        const std::string schema =
            "<grammar " + k_rng +
            ">\n"
            "  <start><element name=\"doc\"><element name=\"head\"><text/></element><oneOrMore><ref name=\"p\"/></oneOrMore>"
            "<optional><element name=\"foot\"><empty/></element></optional></element></start>\n"
            "  <define name=\"p\"><element name=\"p\"><attribute name=\"n\"/><attribute name=\"type\"/><mixed><zeroOrMore>"
            "<element name=\"hi\"><text/></element></zeroOrMore></mixed></element></define>\n"
            "</grammar>\n";
        CHECK(
            validation(schema,
                       "<doc>\n"
                       "  <p n=\"1\" type=\"x\">text <hi>bold</hi> <b>x</b></p>\n"
                       "  <head>late</head>\n"
                       "  <p>missing both</p>\n"
                       "  <foot>no text here</foot>\n"
                       "</doc>\n") ==
            std::vector<std::string>{
                "2:3: error: element \"p\" not allowed yet; missing required element \"head\"",
                "2:40: error: element \"b\" not allowed anywhere; expected the element end-tag, text or element \"hi\"",
                "3:3: error: element \"head\" not allowed here; expected the element end-tag or element \"foot\" or \"p\"",
                "4:3: error: element \"p\" missing required attributes \"n\" and \"type\"",
                "5:3: error: text not allowed here; expected the element end-tag"});
        CHECK(validation(schema, "<doc><head/></doc>") ==
              std::vector<std::string>{"1:1: error: element \"doc\" incomplete; missing required element \"p\""});
    }
    SECTION("datatypes, facets, lists, values") {
        const std::string schema =
            "<element name=\"doc\" " + k_rng + " " + k_xsd +
            ">\n"
            "  <attribute name=\"sizes\"><list><oneOrMore><data type=\"integer\"/></oneOrMore></list></attribute>\n"
            "  <attribute name=\"code\"><data type=\"token\"><param name=\"pattern\">[A-Z]{3}</param></data></attribute>\n"
            "  <attribute name=\"n\"><data type=\"integer\"><param name=\"minInclusive\">1</param><param name=\"maxExclusive\">10</param></data></attribute>\n"
            "  <optional><attribute name=\"kind\"><choice><value>alpha</value><value>beta</value></choice></attribute></optional>\n"
            "  <element name=\"title\"><data type=\"string\"><param name=\"maxLength\">5</param></data></element>\n"
            "  <element name=\"count\"><data type=\"nonNegativeInteger\"/></element>\n"
            "  <element name=\"l\"><list><data type=\"integer\"/><data type=\"integer\"/></list></element>\n"
            "</element>\n";
        CHECK(
            validation(schema,
                       "<doc sizes=\"1 x 3\" code=\"ab\" n=\"10\" kind=\"gamma\"><title>too long title</title>"
                       "<count/><l>1</l></doc>") ==
            std::vector<std::string>{
                "1:6: error: value of attribute \"sizes\" is invalid; token \"x\" invalid; must be an integer",
                "1:20: error: value of attribute \"code\" is invalid; must be a string matching the regular expression \"[A-Z]{3}\"",
                "1:30: error: value of attribute \"n\" is invalid; must be an integer less than 10",
                "1:37: error: value of attribute \"kind\" is invalid; must be equal to \"alpha\" or \"beta\"",
                "1:50: error: character content of element \"title\" invalid; must be a string with length at most 5 (actual length was 14)",
                "1:79: error: character content of element \"count\" invalid; must be an integer",
                "1:87: error: character content of element \"l\" invalid; missing token; must be an integer"});
        CHECK(validation(
                  schema,
                  "<doc sizes=\" 1  2 \" code=\"ABC\" n=\"9\"><title>short</title><count>+7</count><l>1 2</l></doc>")
                  .empty());
    }
    SECTION("namespaces: names as the document would write them") {
        const std::string schema = "<element name=\"doc\" ns=\"urn:a\" " + k_rng +
                                   ">\n"
                                   "  <element name=\"item\"><empty/></element>\n"
                                   "  <element name=\"other\" ns=\"urn:b\"><empty/></element>\n"
                                   "</element>\n";
        CHECK(
            validation(schema, "<doc xmlns=\"urn:a\"><item xmlns=\"urn:c\"/><other/></doc>") ==
            std::vector<std::string>{
                "1:1: error: element \"doc\" incomplete; missing required element \"item\"",
                "1:20: error: element \"item\" not allowed anywhere; expected element \"ns:item\" (with xmlns:ns=\"urn:a\")",
                "1:41: error: element \"other\" not allowed anywhere; expected element \"item\""});
    }
    SECTION("attributes and choices") {
        const std::string schema =
            "<element name=\"doc\" " + k_rng +
            ">\n"
            "  <element name=\"empty\"><empty/></element>\n"
            "  <element name=\"either\"><choice><attribute name=\"a\"/><attribute name=\"b\"/></choice></element>\n"
            "  <element name=\"req\"><choice><element name=\"x\"><empty/></element><element name=\"y\"><empty/></element></choice></element>\n"
            "  <interleave><element name=\"i\"><empty/></element><element name=\"j\"><empty/></element></interleave>\n"
            "</element>\n";
        CHECK(
            validation(schema, "<doc><empty foo=\"1\"/><either/><req></req><j/><i/><i/></doc>") ==
            std::vector<std::string>{
                "1:13: error: found attribute \"foo\", but no attributes allowed here",
                "1:22: error: element \"either\" missing one or more required attributes; expected attribute \"a\" or \"b\"",
                "1:31: error: element \"req\" incomplete; expected element \"x\" or \"y\"",
                "1:50: error: element \"i\" not allowed here; expected the element end-tag"});
    }
    SECTION("IDs and IDREFs (compatibility ID-types, checked by default as jing does)") {
        const std::string schema =
            "<element name=\"doc\" " + k_rng + " " + k_xsd +
            ">\n"
            "  <zeroOrMore><element name=\"item\"><attribute name=\"id\"><data type=\"ID\"/></attribute>"
            "<optional><attribute name=\"ref\"><data type=\"IDREF\"/></attribute></optional><empty/></element></zeroOrMore>\n"
            "</element>\n";
        CHECK(validation(schema, "<doc><item id=\"a\"/><item id=\"a\"/><item id=\"b\" ref=\"zz\"/></doc>") ==
              std::vector<std::string>{"1:12: note: first occurrence of ID \"a\"",
                                       "1:26: error: ID \"a\" has already been defined",
                                       "1:47: error: IDREF \"zz\" without matching ID"});
    }
    SECTION("a schema that allows nothing") {
        CHECK(
            validation("<grammar " + k_rng + "><start><notAllowed/></start></grammar>", "<doc/>") ==
            std::vector<std::string>{"1:1: error: schema does not allow anything: it is equivalent to <notAllowed/>"});
    }
}

TEST_CASE("one compiled grammar, many threads: the same verdicts and messages as one thread", "[relaxng][threads]") {
    ensure_session();
    auto schema = RelaxNgSchema::compile(std::string(TEIPRESS_SOURCE_DIR) + "/schema/teipress.rng");
    REQUIRE(schema.ok());
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(std::string(TEIPRESS_SOURCE_DIR) + "/tests/validate/fixtures/schema"))
        files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    auto run = [&](const std::string& f) {
        std::string text = teipress::testing::slurp(f);
        SourceText source(f, text);
        std::vector<Diagnostic> out;
        auto doc = parse_xml(f, text, out);
        if (doc) (*schema)->validate(doc.get(), source, out);
        std::string s;
        for (const auto& d : out) s += format_diagnostic(d) + "\n";
        return s;
    };
    std::vector<std::string> expected;
    for (const auto& f : files) expected.push_back(run(f));
    std::vector<std::vector<std::string>> got(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round)
                for (const auto& f : files) got[t].push_back(run(f));
        });
    for (auto& t : threads) t.join();
    for (int t = 0; t < 4; ++t) {
        REQUIRE(got[t].size() == 20 * files.size());
        for (std::size_t i = 0; i < got[t].size(); ++i) CHECK(got[t][i] == expected[i % files.size()]);
    }
}

TEST_CASE("a choice of 100,000 values: no step is as deep as the choice is long", "[relaxng][big]") {
    ensure_session();
    std::string schema = "<element name=\"doc\" " + k_rng + "><attribute name=\"v\"><choice>";
    for (int i = 0; i < 100000; ++i) schema += "<value>v" + std::to_string(i) + "</value>";
    schema += "</choice></attribute><empty/></element>\n";
    const fs::path dir = scratch("big");
    write(dir / "s.rng", schema);
    auto r = RelaxNgSchema::compile((dir / "s.rng").string());
    REQUIRE(r.ok());
    auto check = [&](const std::string& instance) {
        std::vector<Diagnostic> out;
        auto doc = parse_xml("d.xml", instance, out);
        REQUIRE(doc);
        return (*r)->validate(doc.get(), "d.xml", out);
    };
    CHECK(check("<doc v=\"v99999\"/>"));
    CHECK(check("<doc v=\" v0 \"/>"));
    CHECK(!check("<doc v=\"nope\"/>"));
}

TEST_CASE("a grammar from an in-memory document: its hrefs relative to the path it is given", "[relaxng][memory]") {
    ensure_session();
    const fs::path dir = scratch("memory");
    write(dir / "parts" / "item.rng", "<element name=\"item\" " + k_rng + "><text/></element>\n");
    const std::string grammar =
        "<element name=\"doc\" " + k_rng + "><externalRef href=\"parts/item.rng\"/></element>\n";
    std::vector<Diagnostic> errors;
    auto doc = parse_xml("g.rng", grammar, errors);
    REQUIRE(doc);
    auto schema = RelaxNgSchema::compile_document(std::move(doc), (dir / "in-memory.rng").string(), errors);
    if (!schema) FAIL(format_diagnostic(schema.error()));
    auto instance = parse_xml("d.xml", "<doc><item>x</item></doc>", errors);
    REQUIRE(instance);
    std::vector<Diagnostic> out;
    CHECK((*schema)->validate(instance.get(), "d.xml", out));
    // Positions of an in-memory grammar are lines only (no text to count columns in).
    auto bad = parse_xml("b.rng", "<element " + k_rng + ">\n<empty/></element>\n", errors);
    REQUIRE(bad);
    std::vector<Diagnostic> bad_errors;
    CHECK(!RelaxNgSchema::compile_document(std::move(bad), "b.rng", bad_errors));
    REQUIRE(bad_errors.size() == 2);
    CHECK(format_diagnostic(bad_errors[0]) ==
          "b.rng:1: error: missing children: \"element\" needs a pattern for its content");
    CHECK(format_diagnostic(bad_errors[1]) == "b.rng:2: error: found \"empty\" element but expected a name-class");
}

TEST_CASE("a thread's derivatives started afresh between documents give the same messages", "[relaxng][trim]") {
    ensure_session();
    std::vector<Diagnostic> errors;
    auto grammar = compile_grammar(std::string(TEIPRESS_SOURCE_DIR) + "/schema/teipress.rng", CompileOptions{}, errors);
    REQUIRE(grammar);
    Derivatives keeping(*grammar), trimming(*grammar, 1); // the second forgets all before each document
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(std::string(TEIPRESS_SOURCE_DIR) + "/tests/validate/fixtures/schema"))
        files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (int round = 0; round < 2; ++round)
        for (const auto& f : files) {
            const std::string text = teipress::testing::slurp(f);
            SourceText source(f, text);
            std::vector<Diagnostic> a, b;
            auto doc = parse_xml(f, text, a);
            REQUIRE(doc);
            validate_document(keeping, doc.get(), &source, f, a);
            validate_document(trimming, doc.get(), &source, f, b);
            INFO(f);
            CHECK(without_files(a) == without_files(b));
            CHECK(!a.empty());
        }
}
