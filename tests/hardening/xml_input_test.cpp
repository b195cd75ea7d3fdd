// Reading hostile XML through src/xml (issue 5): entity declarations refused where they stand,
// undeclared entities and namespace errors are errors, and the pugixml -> libxml2 hand-off
// keeps carriage returns (a fuzzer finding).
#include "xml/libxml_document.h"
#include "xml/libxml_session.h"

#include <catch2/catch.hpp>
#include <string>

using namespace teipress;

namespace {

// The text of every text and CDATA node under n, in document order.
std::string text_of(const xmlNode* n) {
    std::string out;
    for (; n; n = n->next) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            out += reinterpret_cast<const char*>(n->content);
        if (n->type == XML_ELEMENT_NODE) out += text_of(n->children);
    }
    return out;
}

} // namespace

TEST_CASE("parse_with_libxml refuses entity declarations, at the declaration") {
    xml::LibxmlSession session;
    struct Row {
        const char* xml;
        const char* first_error;
    };
    const Row rows[] = {
        {"<!DOCTYPE r [\n<!ENTITY a \"x\">\n]>\n<r>&a;</r>",
         "in.xml:2:15: error: the DOCTYPE declares the entity \"a\"; teipress does not expand "
         "entities (write the characters themselves)"},
        {"<!DOCTYPE r [\n<!ENTITY s SYSTEM \"/etc/hostname\">\n]>\n<r>&s;</r>",
         "in.xml:2:34: error: the DOCTYPE declares the external entity \"s\" (/etc/hostname); "
         "teipress never loads external entities"},
        {"<!DOCTYPE r [\n<!ENTITY % p SYSTEM \"p.dtd\">\n%p;\n]>\n<r/>",
         "in.xml:2:28: error: the DOCTYPE declares the external entity \"p\" (p.dtd); teipress "
         "never loads external entities"},
        {"<!DOCTYPE r SYSTEM \"r.dtd\">\n<r>a&x;b</r>", "in.xml:2:8: error: Entity 'x' not defined"},
        {"<r>\n<x:y/></r>", "in.xml:2:5: error: Namespace prefix x on y is not defined"},
    };
    for (const auto& row : rows) {
        INFO(row.xml);
        DiagnosticSink sink;
        CHECK_FALSE(xml::parse_with_libxml("in.xml", row.xml, sink));
        REQUIRE(sink.has_errors());
        CHECK(format_diagnostic(sink.items().front()) == row.first_error);
    }
}

TEST_CASE("parse_with_libxml accepts a DOCTYPE that declares no entity") {
    xml::LibxmlSession session;
    DiagnosticSink sink;
    auto doc = xml::parse_with_libxml("in.xml", "<!DOCTYPE TEI SYSTEM \"tei.dtd\">\n<TEI>a&amp;b&#233;</TEI>", sink);
    REQUIRE(doc);
    CHECK(sink.empty());
    CHECK(text_of(xmlDocGetRootElement(doc.get())) == "a&b\xC3\xA9");
}

TEST_CASE("to_libxml keeps carriage returns of text and CDATA (fuzz finding)") {
    xml::LibxmlSession session;
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("TEI");
    root.append_child(pugi::node_pcdata).set_value("a\rb\r\n");
    root.append_child(pugi::node_cdata).set_value("c\rd<");
    root.append_attribute("n") = "x\ry";
    DiagnosticSink sink;
    auto handed = xml::to_libxml(doc, "t.xml", sink);
    REQUIRE(handed);
    CHECK(sink.empty());
    const xmlNode* r = xmlDocGetRootElement(handed.get());
    CHECK(text_of(r->children) == "a\rb\r\nc\rd<");
    xmlChar* n = xmlGetProp(r, reinterpret_cast<const xmlChar*>("n"));
    CHECK(std::string(reinterpret_cast<const char*>(n)) == "x\ry");
    xmlFree(n);
}

TEST_CASE("to_libxml of a tree holding the first private-use character still round-trips") {
    // The hand-off stands a private-use character in for each return while pugixml writes;
    // one already in the text must survive, and the return too.
    xml::LibxmlSession session;
    pugi::xml_document doc;
    doc.append_child("TEI").append_child(pugi::node_pcdata).set_value("\xEE\x80\x80 and \r");
    DiagnosticSink sink;
    auto handed = xml::to_libxml(doc, "t.xml", sink);
    REQUIRE(handed);
    CHECK(text_of(xmlDocGetRootElement(handed.get())->children) == "\xEE\x80\x80 and \r");
}
