// The round trip: for the memo and every converter fixture, convert then render to text gives
// back the reading text byte for byte (the proof that nothing was lost).
#include "edition/edition.h"
#include "passes/convert_document.h"
#include "render_test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

using namespace teipress;
using namespace teipress::test;
namespace fs = std::filesystem;

namespace {

// convert (with the edition when given) then render --to text; the conversion's diagnostics
// are added to the failure message.
std::string round_trip(const std::string& path, const edition::Edition* edition) {
    auto text = read_text_file(path);
    REQUIRE(text);
    DiagnosticSink sink;
    passes::ConvertOptions options{fs::path(path).filename().string(), edition, ""};
    auto converted = passes::convert_reading_text(*text, path, options, sink);
    std::string messages;
    for (const auto& d : sink.items()) messages += format_diagnostic(d) + "\n";
    INFO(messages);
    REQUIRE(converted.status == passes::ConvertStatus::Ok);
    writers::Renderer renderer;
    auto r = render_text(renderer, converted.tei, "text", path + ".xml");
    REQUIRE(r.status == k_exit_ok);
    return r.out;
}

} // namespace

TEST_CASE("round trip: the bundled edition's reading texts, converted with the edition") {
    const std::string dir = source_path("editions/frus1964-68v17");
    edition::Edition edition;
    DiagnosticSink sink;
    REQUIRE(edition::load_edition(dir, edition, sink) == edition::LoadStatus::Ok);
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".txt") continue;
        ++count;
        const std::string path = entry.path().string();
        INFO(path);
        CHECK(round_trip(path, &edition) == slurp(path));
    }
    CHECK(count >= 1);
}

TEST_CASE("round trip: the memo without the edition's metadata") {
    const std::string path = source_path("editions/frus1964-68v17/d67.txt");
    CHECK(round_trip(path, nullptr) == slurp(path));
}

TEST_CASE("round trip: every converter fixture") {
    const std::string dir = source_path("tests/convert/fixtures");
    std::vector<std::string> fixtures;
    if (fs::is_directory(dir))
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".txt") fixtures.push_back(entry.path().string());
    std::sort(fixtures.begin(), fixtures.end());
    REQUIRE(fixtures.size() >= 10);
    for (const auto& path : fixtures) {
        DYNAMIC_SECTION(fs::path(path).filename().string()) {
            CHECK(round_trip(path, nullptr) == slurp(path));
        }
    }
}

namespace {

// The labels of the notes, the numbers of the pages and the targets of the references under
// node, in document order (what a text -> convert round trip must give back).
void collect_apparatus(const xmlNode* node, std::vector<std::string>& notes, std::vector<std::string>& pages,
                       std::vector<std::string>& refs) {
    for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string name = reinterpret_cast<const char*>(c->name);
        auto attr = [&](const char* a) {
            xmlChar* v = xmlGetProp(c, reinterpret_cast<const xmlChar*>(a));
            std::string s = v ? reinterpret_cast<const char*>(v) : "";
            xmlFree(v);
            return s;
        };
        if (name == "note" && attr("rend") != "inline") notes.push_back(attr("n"));
        if (name == "pb") pages.push_back(attr("n"));
        if (name == "ref") refs.push_back(attr("target"));
        collect_apparatus(c, notes, pages, refs);
    }
}

} // namespace

TEST_CASE("round trip: pretty-printed OoH TEI -> text -> convert gives back notes, pages, references") {
    // The reviewed excerpts (notes numbered per document, as the reading text has them).
    std::size_t documents = 0;
    for (const char* name : {"frus1964-68v17-d1-d9.xml", "frus1977-80v01-d20-d22.xml"}) {
        const std::string file = source_path(std::string("tests/corpus/frus/") + name);
        DiagnosticSink parse_sink;
        auto volume = xml::parse_with_libxml(file, slurp(file), parse_sink);
        REQUIRE(volume);
        xmlXPathContextPtr ctx = xmlXPathNewContext(volume.get());
        xmlXPathRegisterNs(ctx, reinterpret_cast<const xmlChar*>("t"),
                           reinterpret_cast<const xmlChar*>("http://www.tei-c.org/ns/1.0"));
        xmlXPathObjectPtr divs =
            xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>("//t:body//t:div[@type='document']"), ctx);
        REQUIRE(divs);
        REQUIRE(divs->nodesetval);
        for (int i = 0; i < divs->nodesetval->nodeNr; ++i) {
            xmlNode* div = divs->nodesetval->nodeTab[i];
            ++documents;
            // The document alone (its header; no edition lists), rendered to text.
            xml::XmlDocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
            xmlDocSetRootElement(doc.get(), xmlDocCopyNode(xmlDocGetRootElement(volume.get()), doc.get(), 2));
            xmlNode* root = xmlDocGetRootElement(doc.get());
            xmlNs* ns = root->ns;
            xmlNode* text = xmlNewChild(root, ns, reinterpret_cast<const xmlChar*>("text"), nullptr);
            xmlNode* body = xmlNewChild(text, ns, reinterpret_cast<const xmlChar*>("body"), nullptr);
            xmlAddChild(body, xmlDocCopyNode(div, doc.get(), 1));
            writers::Renderer renderer;
            writers::RenderRequest request;
            request.format = writers::find_writer_format("text");
            std::string reading;
            DiagnosticSink sink;
            REQUIRE(renderer.render(doc.get(), name, request, reading, sink) == k_exit_ok);
            INFO(name << " line " << xmlGetLineNo(div) << "\n" << reading);
            DiagnosticSink convert_sink;
            auto converted = passes::convert_reading_text(reading, "doc.txt", {"doc.txt", nullptr, ""}, convert_sink);
            std::string messages;
            for (const auto& d : convert_sink.items()) messages += format_diagnostic(d) + "\n";
            INFO(messages);
            REQUIRE(converted.status == passes::ConvertStatus::Ok);
            DiagnosticSink back_sink;
            auto back = xml::parse_with_libxml("back.xml", converted.tei, back_sink);
            REQUIRE(back);
            std::vector<std::string> notes_a, pages_a, refs_a, notes_b, pages_b, refs_b;
            collect_apparatus(div, notes_a, pages_a, refs_a);
            collect_apparatus(xmlDocGetRootElement(back.get()), notes_b, pages_b, refs_b);
            CHECK(notes_b == notes_a);
            CHECK(pages_b == pages_a);
            CHECK(refs_b.size() == refs_a.size());
        }
        xmlXPathFreeObject(divs);
        xmlXPathFreeContext(ctx);
    }
    CHECK(documents == 12);
}
