// libFuzzer harness: arbitrary bytes read as TEI through src/xml. Checks that parse_with_libxml
// and pugixml (k_pugi_parse) never crash, that a document libxml2 returns came with no error,
// and that the pugixml -> libxml2 hand-off (to_libxml) of a document both parsers accept is
// well-formed and keeps every character of text (text fidelity).
#include "core/diagnostic.h"
#include "core/utf8.h"
#include "xml/libxml_document.h"
#include "xml/libxml_session.h"
#include "xml/xml_settings.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using namespace teipress;

// The text of every text and CDATA node of a pugixml tree, in document order.
std::string pugi_text(const pugi::xml_document& doc) {
    struct Walker : pugi::xml_tree_walker {
        std::string text;
        bool for_each(pugi::xml_node& n) override {
            if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) text += n.value();
            return true;
        }
    } walker;
    const_cast<pugi::xml_document&>(doc).traverse(walker);
    return walker.text;
}

// The same for a libxml2 tree (its depth is bounded by libxml2's limit of 256).
void libxml_text(const xmlNode* n, std::string& out) {
    for (; n; n = n->next) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            out += reinterpret_cast<const char*>(n->content);
        if (n->type == XML_ELEMENT_NODE) libxml_text(n->children, out);
    }
}

[[noreturn]] void fail(const char* what, const DiagnosticSink& sink) {
    std::fprintf(stderr, "fuzz_tei_xml: %s\n", what);
    for (const auto& d : sink.items()) std::fprintf(stderr, "  %s\n", format_diagnostic(d).c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static xml::LibxmlSession session; // as main() does, once, before any parse
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::string name = "fuzz.xml";

    DiagnosticSink sink;
    xml::XmlDocPtr direct = xml::parse_with_libxml(name, bytes, sink);
    if (direct && sink.has_errors()) fail("parse_with_libxml returned a document with errors", sink);
    if (!direct && !sink.has_errors()) fail("parse_with_libxml failed without an error", sink);

    pugi::xml_document pdoc;
    pugi::xml_parse_result parsed = pdoc.load_buffer(data, size, xml::k_pugi_parse);
    if (!parsed) return 0;

    // The hand-off must work for every document both parsers accept, when its text is UTF-8.
    if (!direct || find_invalid_utf8(bytes) != std::string_view::npos) return 0;
    if (direct->encoding && std::string_view(reinterpret_cast<const char*>(direct->encoding)) != "UTF-8") return 0;
    DiagnosticSink handoff_sink;
    xml::XmlDocPtr handed = xml::to_libxml(pdoc, name, handoff_sink);
    if (!handed) fail("to_libxml refused a tree that both parsers accept", handoff_sink);
    std::string expected = pugi_text(pdoc), actual;
    libxml_text(xmlDocGetRootElement(handed.get()), actual);
    if (expected != actual) {
        std::fprintf(stderr, "pugixml text: [%s]\nlibxml2 text: [%s]\n", expected.c_str(), actual.c_str());
        fail("to_libxml changed the text", handoff_sink);
    }
    return 0;
}
