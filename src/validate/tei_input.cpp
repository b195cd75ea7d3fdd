#include "validate/tei_input.h"

#include "xml/byte_checks.h"
#include "xml/xml_settings.h"

#include <algorithm>
#include <climits>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

namespace teipress::validate {

namespace {

struct ParseErrors {
    const std::string* path;
    std::vector<Diagnostic>* out;
    bool reported = false;
};

// Structured error handler of one parser context (never the process-global one).
void on_parse_error(void* user, xmlErrorPtr err) {
    auto* ctxt = static_cast<xmlParserCtxtPtr>(user);
    auto* pe = static_cast<ParseErrors*>(ctxt->_private);
    if (!pe || !err) return;
    // The first error only, as jing reports a malformed file: one missing end tag would
    // otherwise be followed by a tag-mismatch line for every element that encloses it.
    if (pe->reported) return;
    pe->reported = err->level != XML_ERR_WARNING;
    std::string m = err->message ? err->message : "XML error";
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    // One diagnostic, one line: libxml2 puts the offending bytes on a line of their own.
    for (auto at = m.find('\n'); at != std::string::npos; at = m.find('\n', at)) m.replace(at, 1, "; ");
    pe->out->push_back({err->level == XML_ERR_WARNING ? Severity::Warning : Severity::Error, *pe->path,
                        err->line > 0 ? err->line : 1, err->int2 > 0 ? err->int2 : 1, "not well-formed XML: " + m,
                        "xml"});
}

// Reports every entity declared in the DOCTYPE; true when there was one.
bool report_entity_declarations(const xmlDoc* doc, const SourceText& source, std::vector<Diagnostic>& out) {
    bool any = false;
    for (const xmlDtd* dtd : {doc->intSubset, doc->extSubset}) {
        if (!dtd) continue;
        for (const xmlNode* n = dtd->children; n; n = n->next) {
            if (n->type != XML_ENTITY_DECL) continue;
            const auto* e = reinterpret_cast<const xmlEntity*>(n);
            std::string name = e->name ? reinterpret_cast<const char*>(e->name) : "?";
            std::string message;
            if (e->etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY || e->etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY ||
                e->etype == XML_EXTERNAL_PARAMETER_ENTITY) {
                std::string system = e->SystemID ? reinterpret_cast<const char*>(e->SystemID) : "";
                message = "the DOCTYPE declares the external entity \"" + name + "\" (" + system +
                          "); teipress never loads external entities";
            } else {
                message = "the DOCTYPE declares the entity \"" + name +
                          "\"; teipress does not expand entities (write the characters themselves)";
            }
            // The declaration's line: search the text for it (the DTD keeps no positions).
            std::string needle = "<!ENTITY";
            std::size_t at = source.bytes().find(needle);
            while (at != std::string::npos) {
                std::size_t name_at = source.bytes().find_first_not_of(" \t\r\n%", at + needle.size());
                if (name_at != std::string::npos && source.bytes().compare(name_at, name.size(), name) == 0) break;
                at = source.bytes().find(needle, at + 1);
            }
            SourcePosition pos = at == std::string::npos ? SourcePosition{1, 1} : source.index().position(at);
            out.push_back({Severity::Error, source.name(), pos.line, pos.column, message, "xml"});
            any = true;
        }
    }
    return any;
}

// Reports the first entity reference left in the tree (there can be one only when the DOCTYPE
// is external and unread); true when there was one.
bool report_entity_references(const xmlNode* n, const SourceText& source, std::vector<Diagnostic>& out) {
    for (; n; n = n->next) {
        if (n->type == XML_ENTITY_REF_NODE) {
            SourcePosition pos = source.position_of(n->parent);
            out.push_back({Severity::Error, source.name(), pos.line > 0 ? pos.line : 1, pos.column > 0 ? pos.column : 1,
                           "entity reference &" + std::string(reinterpret_cast<const char*>(n->name)) +
                               "; is not expanded: teipress never reads entities",
                           "xml"});
            return true;
        }
        if (n->type == XML_ELEMENT_NODE && report_entity_references(n->children, source, out)) return true;
    }
    return false;
}

} // namespace

xml::XmlDocPtr parse_xml(const std::string& path, std::string_view bytes, std::vector<Diagnostic>& errors,
                         int extra_options) {
    if (auto problem = xml::check_xml_bytes(path, bytes)) {
        problem->message = "not well-formed XML: " + problem->message;
        problem->rule_id = "xml";
        errors.push_back(std::move(*problem));
        return nullptr;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        errors.push_back({Severity::Error, path, 1, 1, "out of memory creating the XML parser", "xml"});
        return nullptr;
    }
    ParseErrors pe{&path, &errors};
    ctxt->_private = &pe;
    ctxt->sax->serror = on_parse_error;
    const std::size_t before = errors.size();
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()), path.c_str(), nullptr,
                                      xml::k_libxml_parse | XML_PARSE_BIG_LINES | extra_options);
    const bool well_formed = ctxt->wellFormed != 0;
    xmlFreeParserCtxt(ctxt);
    if (!doc || !well_formed) {
        if (errors.size() == before) errors.push_back({Severity::Error, path, 1, 1, "not well-formed XML", "xml"});
        if (doc) xmlFreeDoc(doc);
        return nullptr;
    }
    // Validity messages of the parser itself (e.g. a duplicate xml:id) are left to the schema.
    errors.resize(before);
    return xml::XmlDocPtr(doc);
}

InputStatus read_tei_input(const std::string& path, std::size_t max_bytes, bool require_tei, TeiInput& input,
                           std::vector<Diagnostic>& out) {
    // libxml2 takes the size as an int.
    auto source = SourceText::open(path, std::min<std::size_t>(max_bytes, INT32_MAX));
    if (!source) {
        out.push_back(source.error());
        return InputStatus::Unreadable;
    }
    return parse_tei_input(std::move(*source), require_tei, input, out);
}

InputStatus parse_tei_input(std::unique_ptr<SourceText> source, bool require_tei, TeiInput& input,
                            std::vector<Diagnostic>& out) {
    const std::string path = source->name();
    input.source = std::move(source);
    input.doc = parse_xml(path, input.source->bytes(), out);
    if (!input.doc) return InputStatus::Invalid;
    const xmlNode* root = xmlDocGetRootElement(input.doc.get());
    // Entity references can only be left in the tree by a DOCTYPE: without one, skip the walk.
    if (input.doc->intSubset || input.doc->extSubset) {
        // Both run: every declaration and the first reference are reported.
        const bool declared = report_entity_declarations(input.doc.get(), *input.source, out);
        const bool referenced = report_entity_references(root, *input.source, out);
        if (declared || referenced) return InputStatus::Invalid;
    }
    if (require_tei) {
        const char* ns = root && root->ns ? reinterpret_cast<const char*>(root->ns->href) : "";
        if (!root || std::string(ns) != k_tei_ns) {
            SourcePosition pos = input.source->position_of(root);
            out.push_back({Severity::Error, path, pos.line > 0 ? pos.line : 1, pos.column > 0 ? pos.column : 1,
                           "not a TEI document: the root element \"" +
                               std::string(root ? reinterpret_cast<const char*>(root->name) : "") + "\" is " +
                               (*ns ? "in the namespace " + std::string(ns) : "in no namespace") +
                               "; expected \"TEI\" in the namespace " + k_tei_ns,
                           "tei"});
            return InputStatus::Invalid;
        }
    }
    return InputStatus::Ok;
}

} // namespace teipress::validate
