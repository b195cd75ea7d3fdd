// xml_probe FILE [OUT]: reads FILE through src/xml the way teipress reads TEI — libxml2
// (parse_with_libxml) and pugixml (k_pugi_parse) then the pugixml -> libxml2 hand-off — and
// writes the document's text to stdout and, atomically, to OUT. Exit 0 when every step
// accepted the file, 1 when one refused it (its diagnostics on stderr), 2 when it cannot be
// read, 3 when OUT cannot be written. The hostile cases run it to bound the XML layer alone.
#include "core/atomic_file.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "xml/libxml_document.h"
#include "xml/libxml_session.h"
#include "xml/xml_settings.h"

#include <iostream>
#include <string>

// Appends the text of n and its descendants (libxml2 nests no deeper than 256). Not
// xmlNodeGetContent: its buffer grows by a little at a time, quadratic under ASan's realloc.
static void append_node_text(const xmlNode* n, std::string& out) {
    for (; n; n = n->next) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            out += reinterpret_cast<const char*>(n->content);
        else if (n->type == XML_ELEMENT_NODE)
            append_node_text(n->children, out);
    }
}

int main(int argc, char** argv) {
    using namespace teipress;
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: xml_probe FILE [OUT]\n";
        return k_exit_usage;
    }
    install_interrupt_cleanup();
    xml::LibxmlSession session;
    const std::string path = argv[1];
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        std::cerr << format_diagnostic(bytes.error()) << '\n';
        return k_exit_usage;
    }
    DiagnosticSink sink;
    xml::XmlDocPtr doc = xml::parse_with_libxml(path, *bytes, sink);
    if (!doc) {
        print_diagnostics(std::cerr, sink);
        return k_exit_invalid;
    }
    pugi::xml_document pdoc;
    pugi::xml_parse_result parsed = pdoc.load_buffer(bytes->data(), bytes->size(), xml::k_pugi_parse);
    if (!parsed) {
        std::cerr << path << ":1:1: error: pugixml: " << parsed.description() << '\n';
        return k_exit_invalid;
    }
    // The text as libxml2 sees it, then the hand-off's text (one tree at a time in memory).
    std::string text;
    auto append_text = [&text](xml::XmlDocPtr d) {
        append_node_text(xmlDocGetRootElement(d.get()), text);
        text += '\n';
    };
    append_text(std::move(doc));
    xml::XmlDocPtr handed = xml::to_libxml(pdoc, path, sink);
    if (!handed) {
        print_diagnostics(std::cerr, sink);
        return k_exit_invalid;
    }
    append_text(std::move(handed));
    std::cout << text;
    if (argc == 3) {
        auto status = write_file_atomically(argv[2], text);
        if (!status) {
            std::cerr << format_diagnostic(status.error()) << '\n';
            return k_exit_output;
        }
    }
    print_diagnostics(std::cerr, sink); // warnings, if any
    return k_exit_ok;
}
