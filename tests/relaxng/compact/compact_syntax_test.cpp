// The compact syntax, unit by unit: small schemas and the exact XML syntax they translate to,
// every syntax error with its message and position, node lines, files, and hostile inputs.
#include "test_files.h"
#include "validate/relaxng/compact_syntax.h"

#include <catch2/catch.hpp>

#include <ctime>
#include <libxml/tree.h>
#include <string>
#include <vector>

using teipress::format_diagnostic;
using teipress::validate::relaxng::read_compact_syntax;
using teipress::validate::relaxng::read_compact_syntax_text;
namespace fs = std::filesystem;

namespace {

const std::string R = "xmlns=\"http://relaxng.org/ns/structure/1.0\"";
const std::string A = "xmlns:a=\"http://relaxng.org/ns/compatibility/annotations/1.0\"";
const std::string XSD = "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\"";

// The translation, serialized without indentation and without the XML declaration; or the
// error as "FILE:LINE:COL: error: message".
std::string translate(const std::string& rnc) {
    auto doc = read_compact_syntax_text(rnc, "s.rnc");
    if (!doc) return format_diagnostic(doc.error());
    xmlChar* out = nullptr;
    int size = 0;
    xmlDocDumpFormatMemoryEnc(doc->get(), &out, &size, "UTF-8", 0);
    std::string s(reinterpret_cast<const char*>(out), static_cast<std::size_t>(size));
    xmlFree(out);
    s.erase(0, s.find('\n') + 1); // the XML declaration
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

struct Case {
    const char* name;
    std::string rnc;
    std::string xml;
};

} // namespace

TEST_CASE("compact syntax: each construct translates to the XML syntax trang writes", "[compact]") {
    const std::vector<Case> cases = {
        {"element, empty", "element foo { empty }", "<element " + R + " name=\"foo\"><empty/></element>"},
        {"text, notAllowed, mixed, list", "element foo { mixed { notAllowed }, list { text } }",
         "<element " + R + " name=\"foo\"><mixed><notAllowed/></mixed><list><text/></list></element>"},
        {"the content of an element is a group already", "element foo { element a { empty }, element b { empty }* }",
         "<element " + R +
             " name=\"foo\"><element name=\"a\"><empty/></element><zeroOrMore><element "
             "name=\"b\"><empty/></element></zeroOrMore></element>"},
        {"choice, interleave, group, ?, +, *",
         "element foo { (element a { empty } | element b { empty })+, (text & empty)?, (empty, empty)* }",
         "<element " + R +
             " name=\"foo\"><oneOrMore><choice><element name=\"a\"><empty/></element>"
             "<element name=\"b\"><empty/></element></choice></oneOrMore><optional><interleave><text/>"
             "<empty/></interleave></optional><zeroOrMore><empty/><empty/></zeroOrMore></element>"},
        {"attribute x { text }: the text is implied", "element foo { attribute x { text }, attribute y { string } }",
         "<element " + R +
             " name=\"foo\"><attribute name=\"x\"/><attribute name=\"y\"><data "
             "type=\"string\"/></attribute></element>"},
        {"default namespace on the root, attributes in no namespace",
         "default namespace = \"http://e\"\nelement foo { attribute bar { text } }",
         "<element " + R + " ns=\"http://e\" name=\"foo\"><attribute name=\"bar\"/></element>"},
        {"a prefixed default namespace is declared too",
         "default namespace e = \"http://e\"\nelement foo { element e:bar { empty } }",
         "<element " + R +
             " xmlns:e=\"http://e\" ns=\"http://e\" name=\"foo\"><element "
             "name=\"bar\"><empty/></element></element>"},
        {"prefixed names, xml: predeclared, a prefix bound to \"\"",
         "namespace x = \"http://x\"\nnamespace local = \"\"\n"
         "element x:foo { attribute xml:lang { text }, attribute x:a { text }, element local:b { empty } }",
         "<element " + R +
             " xmlns:x=\"http://x\" name=\"x:foo\"><attribute name=\"xml:lang\"/>"
             "<attribute name=\"x:a\"/><element><name ns=\"\">b</name><empty/></element></element>"},
        {"namespace inherit: no ns anywhere above the name",
         "default namespace = \"http://d\"\nnamespace i = inherit\nelement foo { element i:bar { empty } }",
         "<element " + R +
             "><name ns=\"http://d\">foo</name><element name=\"bar\"><empty/></element>"
             "</element>"},
        {"name classes: *, prefix:*, except, choice",
         "namespace x = \"http://x\"\n"
         "element * - ((x:* - x:a) | b) { attribute x:* { text }, element (c | x:d) { empty } }",
         "<element " + R +
             " xmlns:x=\"http://x\"><anyName><except><nsName ns=\"http://x\"><except><name>a</name>"
             "</except></nsName><name>b</name></except></anyName><attribute><nsName "
             "ns=\"http://x\"/></attribute><element><choice><name>c</name><name>x:d</name></choice><empty/>"
             "</element></element>"},
        {"datatypes: xsd predeclared, params, except, the library most used on the root",
         "element foo { xsd:int { minInclusive = \"1\" maxInclusive = \"9\" } | (xsd:token - (\"a\" | "
         "\"b\")) | string | token \"t\" | string \"s\" | xsd:QName \"x:y\" }",
         "<element " + R + " " + XSD +
             " name=\"foo\"><choice><data type=\"int\"><param "
             "name=\"minInclusive\">1</param><param name=\"maxInclusive\">9</param></data><data "
             "type=\"token\"><except><value>a</value><value>b</value></except></data><data type=\"string\" "
             "datatypeLibrary=\"\"/><value>t</value><value type=\"string\" datatypeLibrary=\"\">s</value>"
             "<value type=\"QName\">x:y</value></choice></element>"},
        {"a datatypes declaration", "datatypes d = \"http://d/\"\nelement foo { d:x }",
         "<element " + R + " datatypeLibrary=\"http://d/\" name=\"foo\"><data type=\"x\"/></element>"},
        {"literals: both quotes, triple quotes over lines, ~",
         "element foo { \"a'b\" | 'c\"d' | \"\"\"e\n\"f\"g\"\"\" | '''g''' ~ \"h\" ~ 'i' }",
         "<element " + R +
             " name=\"foo\"><choice><value>a'b</value><value>c\"d</value><value>e\n\"f\"g"
             "</value><value>ghi</value></choice></element>"},
        {"\\x{…} escapes, processed before the tokens, and escaped keywords",
         "start = \\x{65}lement \\xx{66}oo { \\x{22}\\x{A}\\x{1D11E}\" }\n\\element = empty",
         "<grammar " + R +
             "><start><element name=\"foo\"><value>\n\xF0\x9D\x84\x9E</value></element>"
             "</start><define name=\"element\"><empty/></define></grammar>"},
        {"grammar, start, define, combine, div, parent, external, nested grammar",
         "start = a\na = element a { b }\na |= empty\nb &= grammar { start = parent a }\n"
         "div { c = external \"c.rnc\" }",
         "<grammar " + R +
             "><start><ref name=\"a\"/></start><define name=\"a\"><element name=\"a\">"
             "<ref name=\"b\"/></element></define><define name=\"a\" combine=\"choice\"><empty/></define>"
             "<define name=\"b\" combine=\"interleave\"><grammar><start><parentRef name=\"a\"/></start>"
             "</grammar></define><div><define name=\"c\"><externalRef href=\"c.rnc\"/></define></div>"
             "</grammar>"},
        {"include with overrides and inherit; the href as written",
         "namespace x = \"http://x\"\ninclude \"lib.rnc\" inherit = x { start = element e { empty } "
         "div { d = empty } }\ninclude \"../other.rnc\"",
         "<grammar " + R +
             " xmlns:x=\"http://x\"><include href=\"lib.rnc\" ns=\"http://x\"><start>"
             "<element name=\"e\"><empty/></element></start><div><define name=\"d\"><empty/></define>"
             "</div></include><include href=\"../other.rnc\"/></grammar>"},
        {"initial annotations: attributes on the element, elements first inside",
         "namespace x = \"http://x\"\n[ x:a = \"1\" x:b [ \"t\" x:c [ d = \"2\" ] ] ] element foo { empty }",
         "<element " + R +
             " xmlns:x=\"http://x\" name=\"foo\" x:a=\"1\"><x:b>t<x:c d=\"2\"/></x:b>"
             "<empty/></element>"},
        {"annotations on a parenthesized pattern: a group, or the repetition itself",
         "namespace x = \"http://x\"\nelement foo { [x:a=\"1\"] (text), [x:b=\"2\"] (text*) }",
         "<element " + R +
             " xmlns:x=\"http://x\" name=\"foo\"><group x:a=\"1\"><text/></group>"
             "<zeroOrMore x:b=\"2\"><text/></zeroOrMore></element>"},
        {"following annotations (>>) and annotations of a value follow it",
         "namespace x = \"http://x\"\nelement foo { (text >> x:a [ ] | [ x:b [ ] ] \"v\") }",
         "<element " + R +
             " xmlns:x=\"http://x\" name=\"foo\"><choice><text/><x:a/><value>v</value>"
             "<x:b/></choice></element>"},
        {"annotations on a name keep it a name element",
         "namespace x = \"http://x\"\nelement [ x:a = \"1\" ] foo >> x:b [ ] { empty }",
         "<element " + R + " xmlns:x=\"http://x\"><name x:a=\"1\">foo</name><x:b/><empty/></element>"},
        {"grammar annotations; an unprefixed annotation element is in no namespace",
         "namespace sch = \"http://purl.oclc.org/dsdl/schematron\"\n"
         "sch:ns [ prefix = \"t\" uri = \"http://t\" ]\nstart = element foo { empty }\nnote [ \"n\" ]",
         "<grammar " + R +
             " xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\"><sch:ns prefix=\"t\" "
             "uri=\"http://t\"/><start><element name=\"foo\"><empty/></element></start><note "
             "xmlns=\"\">n</note></grammar>"},
        {"embedded Schematron after an element, as TEI writes it",
         "namespace sch = \"http://purl.oclc.org/dsdl/schematron\"\n"
         "p = element p { text >> sch:pattern [ id = \"p1\" sch:rule [ context = \"p\" sch:assert [ "
         "test = \"@n\" \"p needs \" sch:name [ ] \" an n\" ] ] ] }",
         "<grammar " + R +
             " xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\"><define name=\"p\">"
             "<element name=\"p\"><text/><sch:pattern id=\"p1\"><sch:rule context=\"p\"><sch:assert "
             "test=\"@n\">p needs <sch:name/> an n</sch:assert></sch:rule></sch:pattern></element>"
             "</define></grammar>"},
        {"## documentation: adjacent lines merged, a blank line separates",
         "## one\n##  two\n\n## three\nfoo = element foo { ## four\n empty }",
         "<grammar " + R + " " + A +
             "><define name=\"foo\"><a:documentation>one\n two</a:documentation>"
             "<a:documentation>three</a:documentation><element name=\"foo\"><empty><a:documentation>"
             "four</a:documentation></empty></element></define></grammar>"},
        {"a:documentation takes a free prefix when a is taken",
         "namespace a = \"http://other\"\n## doc\nelement foo { empty }",
         "<element " + R +
             " xmlns:a=\"http://other\" "
             "xmlns:aa=\"http://relaxng.org/ns/compatibility/annotations/1.0\" name=\"foo\">"
             "<aa:documentation>doc</aa:documentation><empty/></element>"},
        {"# comments become XML comments", "# top\nstart = element foo { empty } # after\n# end",
         "<grammar " + R +
             "><!-- top --><start><element name=\"foo\"><empty/></element></start>"
             "<!--\n    after\n    end\n  --></grammar>"},
    };
    for (const auto& c : cases) {
        INFO(c.name << "\n" << c.rnc);
        CHECK(translate(c.rnc) == c.xml);
    }
}

TEST_CASE("compact syntax: every error has its message at its line and column", "[compact]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"element p:foo { empty }",
         "s.rnc:1:9: error: undeclared namespace prefix \"p\" (declare it: namespace p = \"URI\")"},
        {"element foo { d:x }",
         "s.rnc:1:15: error: undeclared datatypes prefix \"d\" (declare it: datatypes d = \"URI\")"},
        {"element foo {\n  \"abc\n}",
         "s.rnc:2:3: error: unterminated literal: a literal in \"…\" ends on its line (use "
         "\"\"\"…\"\"\" for several lines, or ~ to join literals)"},
        {"element foo { '''abc\n }", "s.rnc:1:15: error: unterminated literal: no closing ''' for the one opened here"},
        {"element foo { \"\\x{zz}\" }",
         "s.rnc:1:16: error: the escape \\x{ must be followed by hexadecimal digits and '}'"},
        {"element foo { \"\\x{41\" }", "s.rnc:1:16: error: the escape \\x{41 is not closed by '}'"},
        {"element foo { \"\\x{0}\" }",
         "s.rnc:1:16: error: the escape \\x{0} stands for U+0000, which is not an XML character"},
        {"element foo { empty ]", "s.rnc:1:21: error: expected '}', found ']'"},
        {"element foo { empty", "s.rnc:1:20: error: expected '}', found end of file"},
        {"start = a | b, c",
         "s.rnc:1:14: error: ',' cannot follow '|' without parentheses: the compact syntax has no "
         "operator precedence"},
        {"element foo { empty } > x", "s.rnc:1:23: error: unexpected '>'; a following annotation begins with '>>'"},
        {"namespace x = \"a\"\nnamespace x = \"b\"\nstart = empty",
         "s.rnc:2:11: error: namespace prefix \"x\" is declared twice"},
        {"datatypes xsd = \"http://other\"\nstart = empty",
         "s.rnc:1:11: error: the datatypes prefix \"xsd\" can only be bound to "
         "http://www.w3.org/2001/XMLSchema-datatypes"},
        {"datatypes d = \"relative\"\nstart = empty",
         "s.rnc:1:15: error: \"relative\" is not a datatype library URI (an absolute URI without a "
         "fragment, or \"\")"},
        {"list = empty", "s.rnc:1:1: error: \"list\" is a keyword: a definition of that name is written \\list"},
        {"start = element",
         "s.rnc:1:16: error: expected a name class (a name, prefix:*, '*' or '('), found end of file"},
        {"start = empty\nfoo",
         "s.rnc:2:4: error: expected '=', '|=' or '&=' after the name of a definition, found end of file"},
        {"start = empty }", "s.rnc:1:15: error: expected end of file, found '}'"},
        {"start = empty\n## the end\n",
         "s.rnc:2:1: error: this annotation is followed by no definition, \"start\", \"div\" or "
         "\"include\" to annotate"},
        {"include \"a.rnc\" { include \"b.rnc\" }",
         "s.rnc:1:19: error: an include cannot be inside the body of an include"},
        {"include \"a.rnc#x\"",
         "s.rnc:1:9: error: the URI of an include or external must not have a fragment identifier (#…)"},
        {"element foo { empty } >> x [ ]",
         "s.rnc:1:26: error: a schema that is one pattern must translate to one element; this "
         "annotation would follow it (put the pattern and its annotation in parentheses)"},
        {"[ foo = \"x\" ] element foo { empty }",
         "s.rnc:1:3: error: an annotation attribute needs a prefixed name (prefix:foo); attributes "
         "come before elements"},
        {"element * - * { empty }", "s.rnc:1:13: error: an except of '*' cannot contain '*'"},
        {"element foo { string - \"a\" | empty }",
         "s.rnc:1:22: error: a datatype with '-' (except) must be in parentheses when it is repeated "
         "or combined with other patterns"},
        {"element d\xC3\xA9tente { empty } $", "s.rnc:1:27: error: character '$' cannot begin a token here"},
        {"element foo {\n  \"abc }", "s.rnc:2:3: error: unterminated literal: no closing \" for the one opened here"},
        {"start = \\ foo",
         "s.rnc:1:9: error: '\\' must be followed by a name (a keyword used as an "
         "identifier) or by x{…} (a character escape)"},
        {"element a:", "s.rnc:1:10: error: ':' after \"a\" must be followed by a name or '*'"},
        {"element foo { empty }\r\n\r\n  %", "s.rnc:3:3: error: character '%' cannot begin a token here"},
        {"element foo { \"a\x01\" }",
         "s.rnc:1:17: error: character U+0001 is not allowed in a schema (not an XML character)"},
        {"element foo { \"\xEF\xBF\xBF\" }",
         "s.rnc:1:16: error: character U+FFFF is not allowed in a schema (not an XML character)"},
        {"element foo { \"\xC3\x28\" }",
         "s.rnc:1:16: error: invalid UTF-8 at byte offset 15 (byte 0xC3); a compact-syntax schema is "
         "UTF-8, or UTF-16 with a byte-order mark"},
    };
    for (const auto& [rnc, message] : cases) {
        INFO(rnc);
        CHECK(translate(rnc) == message);
    }
}

TEST_CASE("compact syntax: the line of each node is the line of its construct", "[compact]") {
    auto doc = read_compact_syntax_text(
        "# c\r\nstart =\r\n  element foo {\r\n    \"\\x{A}\" ~ 'x'\r\n"
        "    | attribute a { text }\r\n  }\r\n",
        "s.rnc");
    REQUIRE(doc);
    xmlNode* grammar = xmlDocGetRootElement(doc->get());
    CHECK(xmlGetLineNo(grammar) == 1);
    xmlNode* start = xmlFirstElementChild(grammar);
    CHECK(xmlGetLineNo(start) == 2);
    xmlNode* element = xmlFirstElementChild(start);
    CHECK(xmlGetLineNo(element) == 3);
    xmlNode* choice = xmlFirstElementChild(element);
    CHECK(xmlGetLineNo(choice) == 4);
    xmlNode* value = xmlFirstElementChild(choice);
    CHECK(xmlGetLineNo(value) == 4);
    CHECK(xmlGetLineNo(xmlNextElementSibling(value)) == 5);
    CHECK(std::string(reinterpret_cast<const char*>(doc->get()->URL)) == "s.rnc");
}

TEST_CASE("compact syntax: files: UTF-16 with a BOM, a missing file, an include cycle", "[compact]") {
    fs::path dir = teipress::testing::scratch_dir("relaxng", "compact_files");
    // UTF-16LE with its byte-order mark.
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("element foo { empty }")) {
        utf16 += c;
        utf16 += '\0';
    }
    teipress::testing::write_file(dir / "utf16.rnc", utf16);
    auto doc = read_compact_syntax((dir / "utf16.rnc").string());
    REQUIRE(doc);
    CHECK(std::string(reinterpret_cast<const char*>(xmlDocGetRootElement(doc->get())->name)) == "element");

    auto missing = read_compact_syntax((dir / "missing.rnc").string());
    REQUIRE_FALSE(missing);
    CHECK(format_diagnostic(missing.error()) ==
          (dir / "missing.rnc").string() + ":1:1: error: cannot open file: No such file or directory");

    // a.rnc and b.rnc include each other: each file is read alone, hrefs kept for the loader.
    teipress::testing::write_file(dir / "a.rnc", "include \"b.rnc\"\nstart = element a { empty }\n");
    teipress::testing::write_file(dir / "b.rnc", "include \"a.rnc\"\n");
    for (const char* name : {"a.rnc", "b.rnc"}) {
        auto d = read_compact_syntax((dir / name).string());
        REQUIRE(d);
        xmlNode* include = xmlFirstElementChild(xmlDocGetRootElement(d->get()));
        REQUIRE(include);
        xmlChar* href = xmlGetProp(include, reinterpret_cast<const xmlChar*>("href"));
        CHECK(std::string(reinterpret_cast<const char*>(href)) == (name[0] == 'a' ? "b.rnc" : "a.rnc"));
        xmlFree(href);
    }
}

TEST_CASE("compact syntax: hostile inputs end in a message or a translation, in linear time", "[compact][hostile]") {
    // CPU time of the process (the machine may be shared: wall time says less).
    auto cpu_seconds = [] { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; };
    SECTION("100,000 nested parentheses: refused at level 257, no stack overflow") {
        std::string rnc = "element foo { " + std::string(100000, '(') + "empty" + std::string(100000, ')') + " }";
        CHECK(translate(rnc) == "s.rnc:1:270: error: nesting deeper than 256 levels");
    }
    SECTION("deep annotations and name classes are bounded the same way") {
        std::string ann = "[ ";
        for (int i = 0; i < 100000; ++i) ann += "x [ ";
        CHECK(translate(ann).find("error: nesting deeper than 256 levels") != std::string::npos);
        std::string names = "element " + std::string(100000, '(') + "a";
        CHECK(translate(names).find("error: nesting deeper than 256 levels") != std::string::npos);
    }
    SECTION("a 50 MB literal and 200,000 alternatives translate, in linear time") {
        std::string big(50u << 20, 'x');
        double t0 = cpu_seconds();
        auto doc = read_compact_syntax_text("element foo { \"" + big + "\" }", "s.rnc");
        REQUIRE(doc);
        xmlNode* value = xmlFirstElementChild(xmlDocGetRootElement(doc->get()));
        xmlChar* text = xmlNodeGetContent(value);
        CHECK(xmlStrlen(text) == static_cast<int>(big.size()));
        xmlFree(text);
        std::string many = "element foo { a";
        for (int i = 0; i < 200000; ++i) many += " | a";
        many += " }";
        CHECK(read_compact_syntax_text(many, "s.rnc"));
        // A generous bound that only a quadratic path would break (not a speed measurement).
        CHECK(cpu_seconds() - t0 < 20);
    }
    SECTION("NUL: raw, or from an escape") {
        CHECK(translate(std::string("element foo { \"a\0\" }", 20)) ==
              "s.rnc:1:17: error: character U+0000 is not allowed in a schema (not an XML character)");
        CHECK(translate("element foo { \"\\x{0000}\" }") ==
              "s.rnc:1:16: error: the escape \\x{0000} stands for U+0000, which is not an XML character");
    }
    SECTION("bytes that are not UTF-8, and UTF-16 cut in half") {
        CHECK(translate("element foo {\n \xFF }") ==
              "s.rnc:2:2: error: invalid UTF-8 at byte offset 15 (byte 0xFF); a compact-syntax schema "
              "is UTF-8, or UTF-16 with a byte-order mark");
        CHECK(translate(std::string("\xFF\xFE"
                                    "e\0l\0",
                                    6) +
                        "x") == "s.rnc:1:3: error: invalid UTF-16: the file ends in half a character");
        CHECK(translate(std::string("\xFE\xFF\xDC\x00", 4)) ==
              "s.rnc:1:1: error: invalid UTF-16 at byte offset 2: a low surrogate without its high "
              "surrogate");
    }
    SECTION("100,000 namespace declarations and names, in linear time") {
        std::string rnc;
        for (int i = 0; i < 100000; ++i)
            rnc += "namespace p" + std::to_string(i) + " = \"u" + std::to_string(i) + "\"\n";
        rnc += "start = element p0:e { empty";
        for (int i = 0; i < 100000; ++i) rnc += ", element p" + std::to_string(i) + ":e { empty }";
        rnc += " }";
        double t0 = cpu_seconds();
        auto doc = read_compact_syntax_text(rnc, "s.rnc");
        REQUIRE(doc);
        CHECK(cpu_seconds() - t0 < 20);
    }
    SECTION("an escape of a huge number") {
        CHECK(translate("element foo { \"\\x{FFFFFFFFFFFFFFFFFFFF}\" }") ==
              "s.rnc:1:16: error: the escape \\x{FFFFFFFFFFFFFFFFFFFF} is not a Unicode character "
              "(above U+10FFFF)");
    }
}
