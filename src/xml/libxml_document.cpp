#include "xml/libxml_document.h"

#include "xml/xml_settings.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <sstream>

namespace teipress::xml {

namespace {

struct ErrorContext {
    const std::string* path;
    DiagnosticSink* sink;
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
    Diagnostic d;
    d.severity = err->level == XML_ERR_WARNING ? Severity::Warning : Severity::Error;
    d.file = *ec->path;
    d.line = err->line > 0 ? err->line : 1;
    d.column = err->int2 > 0 ? err->int2 : 1;
    d.message = trim_message(err->message);
    ec->sink->add(std::move(d));
}

} // namespace

XmlDocPtr parse_with_libxml(const std::string& path, std::string_view bytes,
                            DiagnosticSink& sink) {
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        sink.error(path, 1, 1, "out of memory creating the XML parser");
        return nullptr;
    }
    ErrorContext ec{&path, &sink};
    ctxt->_private = &ec;
    ctxt->sax->serror = on_parse_error;
    std::size_t before = sink.error_count();
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()),
                                      path.c_str(), nullptr, k_libxml_parse);
    bool well_formed = ctxt->wellFormed != 0;
    xmlFreeParserCtxt(ctxt);
    if (!doc || !well_formed) {
        if (sink.error_count() == before) sink.error(path, 1, 1, "not well-formed XML");
        if (doc) xmlFreeDoc(doc);
        return nullptr;
    }
    return XmlDocPtr(doc);
}

XmlDocPtr to_libxml(const pugi::xml_document& doc, const std::string& name, DiagnosticSink& sink) {
    std::ostringstream out;
    doc.save(out, "", k_pugi_save, pugi::encoding_utf8);
    std::string text = out.str();
    return parse_with_libxml(name, text, sink);
}

} // namespace teipress::xml
