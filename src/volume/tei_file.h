// A TEI file read for split, join and init: its bytes (for source positions) and its tree.
#pragma once

#include "core/diagnostic.h"
#include "core/line_index.h"

#include <memory>
#include <pugixml.hpp>
#include <string>

namespace teipress::volume {

// One TEI file in memory. Not copyable or movable (the line index points into the bytes):
// hold it by unique_ptr.
struct TeiFile {
    std::string path;
    std::string bytes;
    pugi::xml_document doc;

    TeiFile() = default;
    TeiFile(const TeiFile&) = delete;
    TeiFile& operator=(const TeiFile&) = delete;

    // Where element starts in the file (its '<'); line 0 when the element was not parsed from
    // these bytes (a copy, or one whose name was changed).
    SourcePosition position(pugi::xml_node element) const;
    // A diagnostic at element's position (or at the file alone when unknown).
    Diagnostic at(pugi::xml_node element, Severity severity, std::string message) const;
    // The position of a byte offset of bytes.
    SourcePosition position_of_offset(std::size_t offset) const;

  private:
    mutable std::unique_ptr<LineIndex> m_lines; // made on the first position asked for
};

// How reading went: Unreadable (missing, a directory: exit 2) and Invalid (malformed XML, an
// entity declaration or reference, not TEI: exit 1) are reported to the sink.
enum class ReadStatus { Ok, Unreadable, Invalid };

// Reads and parses path into out. Well-formedness is checked by libxml2 under the project's
// settings (src/xml: no network, no DTD, no entity expansion; every error at its line and
// column), the tree is pugixml's (whitespace text kept, a UTF-8 BOM dropped). The root must be
// <TEI> in the TEI namespace.
ReadStatus read_tei_file(const std::string& path, TeiFile& out, DiagnosticSink& sink);

// As read_tei_file, from bytes already in memory (named path in messages).
ReadStatus parse_tei_bytes(const std::string& path, std::string bytes, TeiFile& out, DiagnosticSink& sink);

// The exit code for a read status (0, 2 or 1).
int exit_code_of(ReadStatus status);

} // namespace teipress::volume
