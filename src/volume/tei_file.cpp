#include "volume/tei_file.h"

#include "core/exit_status.h"
#include "core/input_file.h"
#include "readers/reading_text_reader.h"
#include "xml/libxml_document.h"
#include "xml/xml_settings.h"

#include <cstring>

namespace teipress::volume {

SourcePosition TeiFile::position_of_offset(std::size_t offset) const {
    if (!m_lines) m_lines = std::make_unique<LineIndex>(bytes);
    return m_lines->position(offset);
}

SourcePosition TeiFile::position(pugi::xml_node element) const {
    std::ptrdiff_t offset = element.offset_debug();
    if (offset <= 0 || static_cast<std::size_t>(offset) > bytes.size()) return {};
    // offset_debug() is where the name starts; the element starts at the '<' before it.
    return position_of_offset(static_cast<std::size_t>(offset) - 1);
}

Diagnostic TeiFile::at(pugi::xml_node element, Severity severity, std::string message) const {
    SourcePosition p = position(element);
    return Diagnostic{severity, path, p.line, p.column, std::move(message), {}};
}

ReadStatus parse_tei_bytes(const std::string& path, std::string bytes, TeiFile& out, DiagnosticSink& sink) {
    out.path = path;
    out.bytes = std::move(bytes);
    // libxml2 decides well-formedness (namespaces and entities included) and reports every
    // error at its place; its tree is not kept.
    {
        DiagnosticSink parse_sink;
        auto checked = xml::parse_with_libxml(path, out.bytes, parse_sink);
        bool failed = !checked || parse_sink.has_errors();
        for (const auto& d : parse_sink.items()) sink.add(d);
        if (failed) return ReadStatus::Invalid;
    }
    pugi::xml_parse_result r =
        out.doc.load_buffer(out.bytes.data(), out.bytes.size(), xml::k_pugi_parse, pugi::encoding_utf8);
    if (!r) {
        SourcePosition p = out.position_of_offset(static_cast<std::size_t>(r.offset));
        sink.error(path, p.line, p.column, std::string("malformed XML: ") + r.description());
        return ReadStatus::Invalid;
    }
    pugi::xml_node root = out.doc.document_element();
    if (std::strcmp(root.name(), "TEI") != 0 ||
        std::strcmp(root.attribute("xmlns").value(), readers::k_tei_namespace) != 0) {
        Diagnostic d = out.at(root, Severity::Error,
                              std::string("not a TEI document: the root element must be <TEI xmlns=\"") +
                                  readers::k_tei_namespace + "\">");
        sink.add(std::move(d));
        return ReadStatus::Invalid;
    }
    return ReadStatus::Ok;
}

ReadStatus read_tei_file(const std::string& path, TeiFile& out, DiagnosticSink& sink) {
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        sink.add(bytes.error());
        return ReadStatus::Unreadable;
    }
    return parse_tei_bytes(path, std::move(*bytes), out, sink);
}

int exit_code_of(ReadStatus status) {
    switch (status) {
    case ReadStatus::Ok: return k_exit_ok;
    case ReadStatus::Unreadable: return k_exit_usage;
    case ReadStatus::Invalid: break;
    }
    return k_exit_invalid;
}

} // namespace teipress::volume
