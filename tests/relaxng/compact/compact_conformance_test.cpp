// James Clark's compact-syntax test suite (tests/relaxng/conformance/compacttest.xml, BSD
// licence there): every incorrect schema refused (by the parser, or by the RELAX NG engine for
// what only a compiler sees), every correct one translated into exactly the XML syntax the
// suite gives (canonical form: compact syntax 6.2, "strict equivalence") and compiled by the
// engine. Cases that cannot pass are listed below with their reason; the test fails when an
// unlisted case fails or a listed one passes.
#include "rng_canonical.h"
#include "schema_engine.h"
#include "test_files.h"
#include "validate/relaxng/compact_syntax.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>
#include <libxml/parser.h>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using teipress::format_diagnostic;
using teipress::testing::canonical_rng;
using teipress::testing::compile_with_engine;
using teipress::testing::first_difference;
using teipress::validate::relaxng::read_compact_syntax_text;

namespace {

std::string str(const xmlChar* s) {
    return s ? reinterpret_cast<const char*>(s) : "";
}

std::string content(xmlNode* n) {
    xmlChar* c = xmlNodeGetContent(n);
    std::string s = str(c);
    xmlFree(c);
    return s;
}

std::vector<xmlNode*> children(xmlNode* n, const char* name = nullptr) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = n ? n->children : nullptr; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (!name || str(c->name) == name)) out.push_back(c);
    return out;
}

// The value of attribute name of n ("" when absent).
std::string attribute(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = str(v);
    xmlFree(v);
    return s;
}

xmlNode* child(xmlNode* n, const char* name) {
    auto all = children(n, name);
    return all.empty() ? nullptr : all.front();
}

// A document holding a copy of element e (namespaces in scope included), its URL url.
teipress::xml::XmlDocPtr document_of(xmlNode* e, const std::string& url) {
    teipress::xml::XmlDocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
    xmlDocSetRootElement(doc.get(), xmlDocCopyNode(e, doc.get(), 1));
    doc->URL = xmlStrdup(reinterpret_cast<const xmlChar*>(url.c_str()));
    return doc;
}

enum class Cause { Libxml2, Parser };

struct Exception {
    Cause cause;
    const char* reason;
};

// The cases (by line of their <testCase> in compacttest.xml) that cannot pass, and why.
const std::map<long, Exception> k_exceptions = {};

struct Tally {
    int incorrect = 0, refused_by_parser = 0, refused_by_engine = 0;
    int correct = 0, translated = 0, compiled = 0, reference_refused = 0;
};

// One test case: "" when it passes, else what went wrong.
std::string run_case(xmlNode* tc, long line, Tally& tally) {
    xmlNode* compact = child(tc, "compact");
    xmlNode* xml = child(tc, "xml");
    fs::path dir = teipress::testing::scratch_dir("relaxng", "compacttest/" + std::to_string(line));
    // The compact resources under their own names, as written (the engine reads an href to a
    // .rnc through the compact syntax), and their translations for the comparison.
    std::map<std::string, std::string> translated;
    for (xmlNode* r : children(compact, "resource")) {
        std::string name = attribute(r, "name");
        const std::string text = content(r);
        auto doc = read_compact_syntax_text(text, (dir / name).string());
        if (!doc) return "resource " + name + " not translated: " + format_diagnostic(doc.error());
        teipress::testing::write_file(dir / name, text);
        translated[name] = canonical_rng(doc->get());
    }
    if (xmlNode* incorrect = child(compact, "incorrect")) {
        ++tally.incorrect;
        auto doc = read_compact_syntax_text(content(incorrect), (dir / "i.rnc").string());
        if (!doc) {
            ++tally.refused_by_parser;
            std::cout << "compacttest.xml:" << line << ": incorrect schema refused: " << format_diagnostic(doc.error())
                      << "\n";
            return {};
        }
        std::string message = compile_with_engine(doc->get());
        if (!message.empty()) {
            ++tally.refused_by_engine;
            std::cout << "compacttest.xml:" << line << ": incorrect schema refused by the engine: " << message << "\n";
            return {};
        }
        return "incorrect schema accepted by the parser and the engine";
    }
    ++tally.correct;
    xmlNode* correct = child(compact, "correct");
    if (!correct) return "no <correct> or <incorrect> schema";
    auto doc = read_compact_syntax_text(content(correct), (dir / "c.rnc").string());
    if (!doc) return "correct schema refused: " + format_diagnostic(doc.error());
    // The translation, against the suite's XML syntax (the main schema and its resources).
    std::string problem;
    xmlNode* expected = xml ? children(child(xml, "correct")).front() : nullptr;
    if (!expected) return "no expected XML";
    fs::path xml_dir = dir / "xml";
    fs::create_directories(xml_dir);
    auto expected_doc = document_of(expected, (xml_dir / "c.rng").string());
    std::string diff = first_difference(canonical_rng(expected_doc.get()), canonical_rng(doc->get()));
    if (!diff.empty()) problem = "translation differs from the suite's, " + diff;
    for (xmlNode* r : children(xml, "resource")) {
        std::string name = attribute(r, "name");
        auto rdoc = document_of(children(r).front(), (xml_dir / name).string());
        xmlSaveFile((xml_dir / name).c_str(), rdoc.get());
        std::string rnc = name.substr(0, name.size() - 4) + ".rnc";
        if (problem.empty() && translated.count(rnc)) {
            diff = first_difference(canonical_rng(rdoc.get()), translated[rnc]);
            if (!diff.empty()) problem = "translation of " + rnc + " differs, " + diff;
        }
    }
    if (problem.empty()) ++tally.translated;
    // The suite's XML names the resources .rng; where it gives none, the translation stands in.
    for (const auto& [name, canonical] : translated) {
        fs::path rng = xml_dir / (name.substr(0, name.size() - 4) + ".rng");
        if (!fs::exists(rng)) fs::copy_file(dir / name, rng);
    }
    // The engine's verdict on the translation must be its verdict on the suite's XML (some
    // cases are fragments, not complete schemas: a value or a data as the start pattern).
    std::string message = compile_with_engine(doc->get());
    std::string reference = compile_with_engine(expected_doc.get());
    if (message.empty()) ++tally.compiled;
    if (!reference.empty()) {
        ++tally.reference_refused;
        std::cout << "compacttest.xml:" << line << ": refused by the engine as the suite's XML is: " << message << "\n";
    }
    if (problem.empty() && message.empty() != reference.empty())
        problem = message.empty() ? "the engine compiles the translation but refuses the suite's XML: " + reference
                                  : "the engine refuses the translation: " + message + " (it compiles the suite's XML)";
    return problem;
}

} // namespace

TEST_CASE("compacttest.xml: incorrect schemas refused, correct ones translated as the suite says and compiled",
          "[compact][conformance]") {
    fs::path suite = fs::path(TEIPRESS_SOURCE_DIR) / "tests/relaxng/conformance/compacttest.xml";
    teipress::xml::XmlDocPtr doc(xmlReadFile(suite.c_str(), nullptr, XML_PARSE_NONET));
    REQUIRE(doc);
    Tally tally;
    std::vector<std::string> unexpected;
    int cases = 0, expected_failures = 0;
    for (xmlNode* tc : children(xmlDocGetRootElement(doc.get()), "testCase")) {
        ++cases;
        long line = xmlGetLineNo(tc);
        std::string problem = run_case(tc, line, tally);
        auto known = k_exceptions.find(line);
        std::string where = "compacttest.xml:" + std::to_string(line) + ": ";
        if (problem.empty() && known != k_exceptions.end())
            unexpected.push_back(where + "passes now; remove it from the exceptions (XPASS)");
        else if (!problem.empty() && known == k_exceptions.end())
            unexpected.push_back(where + problem);
        else if (!problem.empty()) {
            ++expected_failures;
            std::cout << where << "expected failure (" << (known->second.cause == Cause::Libxml2 ? "libxml2" : "parser")
                      << "): " << known->second.reason << "\n   " << problem << "\n";
        }
    }
    std::cout << "compacttest.xml: " << cases << " cases\n"
              << "  incorrect schemas: " << tally.incorrect << ", refused "
              << tally.refused_by_parser + tally.refused_by_engine << " (by the parser " << tally.refused_by_parser
              << ", by the engine " << tally.refused_by_engine << ")\n"
              << "  correct schemas:   " << tally.correct << ", translated as the suite says " << tally.translated
              << ", compiled by the engine " << tally.compiled << " (the " << tally.reference_refused
              << " others are refused by the engine in the suite's XML too)\n"
              << "  expected failures: " << expected_failures << "\n";
    for (const auto& u : unexpected) UNSCOPED_INFO(u);
    CHECK(unexpected.empty());
    CHECK(cases == 87);
}

TEST_CASE("the canonical form: equal for equivalent spellings of a grammar, different otherwise", "[compact]") {
    auto canon = [](const std::string& xml) {
        teipress::xml::XmlDocPtr doc(
            xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "t.rng", nullptr, XML_PARSE_NONET));
        REQUIRE(doc);
        return canonical_rng(doc.get());
    };
    const std::string r = " xmlns='http://relaxng.org/ns/structure/1.0'";
    const std::string base = canon("<element name='x' ns='u'" + r +
                                   " datatypeLibrary='d'><data type='t'/><attribute name='a'/>"
                                   "<a:doc xmlns:a='n'>some  text</a:doc></element>");
    // The same grammar: name and ns as a child, datatypeLibrary on the data, white space.
    CHECK(base == canon("<element" + r +
                        " xmlns:p='u'><name>p:x</name>\n <data type=' t ' "
                        "datatypeLibrary='d'/><attribute><name ns=''>a</name></attribute>"
                        "<b:doc xmlns:b='n'>some text\n</b:doc></element>"));
    // Different grammars.
    for (const std::string& other : {"<element name='x' ns='v'" + r +
                                         " datatypeLibrary='d'><data type='t'/><attribute "
                                         "name='a'/><a:doc xmlns:a='n'>some  text</a:doc></element>",
                                     "<element name='x' ns='u'" + r +
                                         "><data type='t'/><attribute name='a'/><a:doc "
                                         "xmlns:a='n'>some  text</a:doc></element>",
                                     "<element name='x' ns='u'" + r +
                                         " datatypeLibrary='d'><data type='t'/><attribute "
                                         "name='a' ns='u'/><a:doc xmlns:a='n'>some  text</a:doc></element>",
                                     "<element name='x' ns='u'" + r +
                                         " datatypeLibrary='d'><data type='t'/><attribute "
                                         "name='a'/><a:doc xmlns:a='n'>other text</a:doc></element>",
                                     "<element name='x' ns='u'" + r +
                                         " datatypeLibrary='d'><data type='t'/><attribute "
                                         "name='a'/><a:doc xmlns:a='n' k='v'>some  text</a:doc></element>"})
        CHECK(canon(other) != base);
}
