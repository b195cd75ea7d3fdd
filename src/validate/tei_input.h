// Reading one input of `teipress validate`: the file's bytes, parsed by libxml2 under the
// project's settings plus big line numbers, with the checks that come before any schema
// (well-formed, no entities to expand, a TEI root element).
#pragma once

#include "core/diagnostic.h"
#include "validate/source_text.h"
#include "xml/libxml_document.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::validate {

// Parses bytes (named path in messages) with xml::k_libxml_parse | XML_PARSE_BIG_LINES and
// extra_options (e.g. the grammar reader's XML_PARSE_NOBLANKS). Returns null on a malformed
// document, with each parser error at its line and column in errors. Never fetches the
// network, never loads a DTD or an external entity.
xml::XmlDocPtr parse_xml(const std::string& path, std::string_view bytes, std::vector<Diagnostic>& errors,
                         int extra_options = 0);

// A parsed input: its text and its tree.
struct TeiInput {
    std::unique_ptr<SourceText> source;
    xml::XmlDocPtr doc;
};

// How reading an input ended.
enum class InputStatus {
    Ok,         // parsed; the schema checks may run
    Unreadable, // missing, a directory, larger than max_bytes (exit code 2)
    Invalid     // read, but malformed, declares entities, or is not TEI (exit code 1)
};

// Reads and parses path. A DOCTYPE that declares an entity, and any entity reference, are
// errors (teipress never expands entities: no XXE, no "billion laughs"). When require_tei, a
// root element outside the TEI namespace is an error ("not a TEI document").
InputStatus read_tei_input(const std::string& path, std::size_t max_bytes, bool require_tei, TeiInput& input,
                           std::vector<Diagnostic>& out);

// The same checks on a text already read (source, named source->name() in messages).
InputStatus parse_tei_input(std::unique_ptr<SourceText> source, bool require_tei, TeiInput& input,
                            std::vector<Diagnostic>& out);

// The TEI namespace, http://www.tei-c.org/ns/1.0.
inline constexpr const char* k_tei_ns = "http://www.tei-c.org/ns/1.0";

} // namespace teipress::validate
