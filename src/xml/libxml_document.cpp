#include "xml/libxml_document.h"

#include "xml/byte_checks.h"
#include "xml/xml_settings.h"

#include <climits>
#include <cstring>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <sstream>
#include <vector>

namespace teipress::xml {

namespace {

struct ErrorContext {
    const std::string* path;
    DiagnosticSink* sink;
    bool reported = false; // an error was reported: the rest would only follow from it
};

std::string trim_message(const char* m) {
    std::string s = m ? m : "unknown XML error";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

// Structured error handler of one parser context (never the process-global one).
void on_parse_error(void* user, xmlErrorPtr err) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(user);
    auto* ec = static_cast<ErrorContext*>(ctxt->_private);
    if (!ec || !err) return;
    // The first error only, as jing reports a malformed file: one missing end tag would
    // otherwise be followed by a tag-mismatch line for every element that encloses it.
    if (ec->reported) return;
    Diagnostic d;
    // A reference to an entity no one declared (possible when the DOCTYPE names an external
    // subset, which is never read) would silently drop text: an error, not a warning.
    d.severity =
        err->level == XML_ERR_WARNING && err->code != XML_WAR_UNDECLARED_ENTITY ? Severity::Warning : Severity::Error;
    d.file = *ec->path;
    d.line = err->line > 0 ? err->line : 1;
    d.column = err->int2 > 0 ? err->int2 : 1;
    d.message = trim_message(err->message);
    ec->reported = ec->reported || d.severity == Severity::Error;
    ec->sink->add(std::move(d));
}

// SAX hook for <!ENTITY ...> in the DOCTYPE: teipress expands no entity and loads none, so a
// declaration is refused where it stands and the parse stops there (no bomb gets expanded,
// no local file named by an external entity is ever opened).
void on_entity_decl(void* user, const xmlChar* name, int type, const xmlChar*, const xmlChar* system_id, xmlChar*) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(user);
    auto* ec = static_cast<ErrorContext*>(ctxt->_private);
    if (!ec) return;
    std::string n = name ? reinterpret_cast<const char*>(name) : "?";
    bool external = type == XML_EXTERNAL_GENERAL_PARSED_ENTITY || type == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY ||
                    type == XML_EXTERNAL_PARAMETER_ENTITY;
    std::string message = external ? "the DOCTYPE declares the external entity \"" + n + "\" (" +
                                         (system_id ? reinterpret_cast<const char*>(system_id) : "") +
                                         "); teipress never loads external entities"
                                   : "the DOCTYPE declares the entity \"" + n +
                                         "\"; teipress does not expand entities (write the characters themselves)";
    int line = ctxt->input ? ctxt->input->line : 1;
    int column = ctxt->input ? ctxt->input->col : 1;
    if (ec->reported) return;
    ec->reported = true;
    ec->sink->error(*ec->path, line > 0 ? line : 1, column > 0 ? column : 1, message);
    xmlStopParser(ctxt);
}

std::string save(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "", k_pugi_save, pugi::encoding_utf8);
    return out.str();
}

bool text_has_cr(const pugi::xml_node& root) {
    struct Finder : pugi::xml_tree_walker {
        bool found = false;
        bool for_each(pugi::xml_node& n) override {
            if ((n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) && std::strchr(n.value(), '\r'))
                found = true;
            return !found;
        }
    } finder;
    const_cast<pugi::xml_node&>(root).traverse(finder);
    return finder.found;
}

// The tree as XML text that libxml2 parses back to the same text. pugixml writes a carriage
// return in text as a raw byte, which every XML parser turns into a line feed (XML 1.0 §2.11):
// such returns are written as "&#13;" instead (a CDATA section holding one becomes text).
std::string serialise_for_libxml(const pugi::xml_document& doc) {
    std::string text = save(doc);
    if (text.find('\r') == std::string::npos || !text_has_cr(doc)) return text;

    // A private-use character absent from the document stands for the return while pugixml
    // writes the tree; it is then replaced by the character reference.
    std::string sentinel;
    for (unsigned cp = 0xE000; cp <= 0xF8FF && sentinel.empty(); ++cp) {
        std::string candidate{char(0xE0 | (cp >> 12)), char(0x80 | ((cp >> 6) & 0x3F)), char(0x80 | (cp & 0x3F))};
        if (text.find(candidate) == std::string::npos) sentinel = candidate;
    }
    if (sentinel.empty()) return text; // every private-use character is in use: unreachable

    pugi::xml_document copy;
    copy.reset(doc);
    std::vector<pugi::xml_node> nodes;
    struct Collector : pugi::xml_tree_walker {
        std::vector<pugi::xml_node>* nodes;
        bool for_each(pugi::xml_node& n) override {
            if ((n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) && std::strchr(n.value(), '\r'))
                nodes->push_back(n);
            return true;
        }
    } collector;
    collector.nodes = &nodes;
    copy.traverse(collector);
    for (pugi::xml_node n : nodes) {
        std::string value;
        for (const char* c = n.value(); *c; ++c) value += *c == '\r' ? sentinel : std::string(1, *c);
        if (n.type() == pugi::node_cdata) {
            n.parent().insert_child_before(pugi::node_pcdata, n).set_value(value.c_str());
            n.parent().remove_child(n);
        } else {
            n.set_value(value.c_str());
        }
    }
    text = save(copy);
    std::string out;
    out.reserve(text.size() + nodes.size() * 5);
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, sentinel.size(), sentinel) == 0) {
            out += "&#13;";
            i += sentinel.size();
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace

XmlDocPtr parse_with_libxml(const std::string& path, std::string_view bytes, DiagnosticSink& sink) {
    // libxml2 takes the length as an int: a larger buffer would be cut short or wrap negative.
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        sink.error(path, 1, 1,
                   "document is larger than the XML parser's limit of " + std::to_string(INT_MAX) + " bytes");
        return nullptr;
    }
    if (auto problem = check_xml_bytes(path, bytes)) {
        sink.add(std::move(*problem));
        return nullptr;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        sink.error(path, 1, 1, "out of memory creating the XML parser");
        return nullptr;
    }
    ErrorContext ec{&path, &sink};
    ctxt->_private = &ec;
    ctxt->sax->serror = on_parse_error;
    ctxt->sax->entityDecl = on_entity_decl;
    std::size_t before = sink.error_count();
    xmlDocPtr doc =
        xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()), path.c_str(), nullptr, k_libxml_parse);
    bool well_formed = ctxt->wellFormed != 0;
    xmlFreeParserCtxt(ctxt);
    // Namespace errors (an undeclared prefix) leave wellFormed set but are errors all the same.
    if (!doc || !well_formed || sink.error_count() > before) {
        if (sink.error_count() == before) sink.error(path, 1, 1, "not well-formed XML");
        if (doc) xmlFreeDoc(doc);
        return nullptr;
    }
    return XmlDocPtr(doc);
}

XmlDocPtr to_libxml(const pugi::xml_document& doc, const std::string& name, DiagnosticSink& sink) {
    std::string text = serialise_for_libxml(doc);
    return parse_with_libxml(name, text, sink);
}

} // namespace teipress::xml
