// The corpus inventory (tests/corpus/inventory.txt) against the render tests: every element,
// attribute and rendering value the corpus uses in its text is in the constructs fixture, which
// every writer renders without a warning (an element or value no template knows is reported:
// unhandled.xsl) and whose outputs are goldens. A new construct in the corpus thus fails here
// until it has a fixture and a rendering rule. (The header's entries are not rendered: the
// teiHeader is metadata; the writers read only its titles and idno.)
#include "render_goldens.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <set>
#include <sstream>

using namespace teipress;
using namespace teipress::test;

namespace {

// The name of a node with the corpus's prefixes, as inventory.xsl writes it.
std::string prefixed(const xmlNs* ns, const xmlChar* local) {
    std::string uri = ns && ns->href ? reinterpret_cast<const char*>(ns->href) : "";
    std::string name = reinterpret_cast<const char*>(local);
    if (uri.empty() || uri == "http://www.tei-c.org/ns/1.0") return name;
    if (uri == "http://history.state.gov/frus/ns/1.0") return "frus:" + name;
    if (uri == "http://www.w3.org/XML/1998/namespace") return "xml:" + name;
    if (uri == "http://www.w3.org/2001/XInclude") return "xi:" + name;
    return "{" + uri + "}" + name;
}

std::string normalized(const std::string& s) {
    std::istringstream in(s);
    std::string word, out;
    while (in >> word) out += (out.empty() ? "" : " ") + word;
    return out;
}

// The inventory entries ("text\telement\thi", "text\tvalue\thi/@rend=italic" …) of a tree.
void entries(const xmlNode* node, bool header, std::set<std::string>& out) {
    for (const xmlNode* n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const std::string element = prefixed(n->ns, n->name);
        const bool in_header = header || element == "teiHeader";
        const std::string part = in_header ? "header" : "text";
        out.insert(part + "\telement\t" + element);
        for (const xmlAttr* a = n->properties; a; a = a->next) {
            const std::string attribute = prefixed(a->ns, a->name);
            out.insert(part + "\tattribute\t" + element + "/@" + attribute);
            const std::string local = reinterpret_cast<const char*>(a->name);
            if (a->ns && attribute.rfind("xml:", 0) != 0 && attribute.find(':') != std::string::npos) continue;
            if (local == "rend" || local == "rendition" || local == "place" || local == "role" ||
                (local == "type" && (element == "div" || element == "list" || element == "note")) ||
                (local == "subtype" && element == "div")) {
                xmlChar* v = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(a));
                out.insert(part + "\tvalue\t" + element + "/@" + attribute + "=" +
                           normalized(reinterpret_cast<const char*>(v)));
                xmlFree(v);
            }
        }
        entries(n->children, in_header, out);
    }
}

std::vector<std::string> inventory_text_entries() {
    std::vector<std::string> out;
    std::istringstream in(slurp(source_path("tests/corpus/inventory.txt")));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("text\t", 0) != 0) continue;
        out.push_back(line.substr(0, line.rfind('\t'))); // without the count
    }
    return out;
}

} // namespace

TEST_CASE("inventory: every text entry of the corpus is in the constructs fixture") {
    const std::string path = source_path("tests/render/fixtures/corpus-constructs.xml");
    DiagnosticSink sink;
    auto doc = xml::parse_with_libxml(path, slurp(path), sink);
    REQUIRE(doc);
    std::set<std::string> fixture;
    entries(xmlDocGetRootElement(doc.get()), false, fixture);
    auto inventory = inventory_text_entries();
    REQUIRE(inventory.size() > 100);
    for (const auto& entry : inventory) {
        INFO("inventory entry without a fixture: " << entry);
        CHECK(fixture.count(entry) == 1);
    }
}

TEST_CASE("inventory: the constructs fixture renders in every format without a warning") {
    writers::Renderer renderer;
    const std::string tei = slurp(source_path("tests/render/fixtures/corpus-constructs.xml"));
    for (const char* format : {"html", "latex", "text", "markdown"}) {
        INFO(format);
        auto r = render_text(renderer, tei, format, "corpus-constructs.xml");
        std::string messages;
        for (const auto& d : r.sink.items()) messages += format_diagnostic(d) + "\n";
        INFO(messages);
        REQUIRE(r.status == k_exit_ok);
        CHECK(r.sink.empty());
    }
    // A value no template knows is reported, with the element rendered without it.
    auto odd = render_text(renderer,
                           "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n<p rend=\"wavy\">A "
                           "<hi rend=\"blink\">b</hi>.</p></body></text></TEI>",
                           "html", "odd.xml");
    REQUIRE(odd.status == k_exit_ok);
    CHECK(has_message(odd.sink, "odd.xml:2: warning: unhandled @rend=\"wavy\" on <p>; rendered as if it were absent"));
    CHECK(
        has_message(odd.sink, "odd.xml:2: warning: unhandled @rend=\"blink\" on <hi>; rendered as if it were absent"));
    CHECK(odd.out.find("<p>A <span class=\"hi\">b</span>.</p>") != std::string::npos);
}

TEST_CASE("goldens: the fixtures render to their committed outputs byte for byte") {
    writers::Renderer renderer;
    for (const auto& golden : render_goldens()) {
        INFO(golden.fixture << " -> " << golden.format
                            << " (to update on purpose: cmake --build build "
                               "--target update-golden-render, then git diff)");
        auto r = render_text(renderer, slurp(source_path("tests/render/fixtures/" + golden.fixture)), golden.format,
                             golden.fixture);
        REQUIRE(r.status == k_exit_ok);
        const std::string expected = slurp(golden.path());
        REQUIRE_FALSE(expected.empty());
        CHECK(r.out == expected);
    }
}
