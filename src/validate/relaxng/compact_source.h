// The characters of a compact-syntax schema: the first four stages of its lexical structure
// (RELAX NG Compact Syntax, appendix A.2: decoding, BOM stripping, newline normalization,
// escape interpretation), and the way back from a character to its line and column in the file.
#pragma once

#include "core/diagnostic.h"
#include "core/line_index.h" // SourcePosition
#include "core/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::validate::relaxng {

class CompactSource {
  public:
    // Decodes bytes named path: UTF-8, or UTF-16 when they begin with a byte-order mark; drops
    // a BOM; turns CR LF and lone CR into newline markers ('\n'); replaces each \x{N} escape by
    // its character. Errors (FILE:LINE:COL): bytes not in the encoding, a character that is not
    // an XML character (raw or escaped: NUL, controls, surrogates, U+FFFE), a malformed escape,
    // a text over 2 GiB.
    static Result<std::shared_ptr<const CompactSource>> decode(std::string_view bytes, const std::string& path);

    // The characters after the four stages, in UTF-8. A newline marker is '\n'; an escaped
    // \x{A} is '\n' too, told apart by is_escaped_newline().
    const std::string& text() const { return m_text; }
    // The file name given to decode().
    const std::string& path() const { return m_path; }
    // Whether the '\n' at offset of text() came from an escape (\x{A}): it is then a character
    // of a literal, not a line end.
    bool is_escaped_newline(std::size_t offset) const;
    // Offsets in text() where each line after the first begins (after a newline marker).
    const std::vector<std::uint32_t>& line_starts() const { return m_line_starts; }
    // Line and column (in characters of the file, escapes counted as written) of offset.
    SourcePosition position(std::size_t offset) const;
    // An error at offset of text(): "FILE:LINE:COL: error: message".
    Diagnostic error_at(std::size_t offset, std::string message) const;

  private:
    CompactSource() = default;
    // Where text() and the file's characters part: text offset -> offset in m_original.
    struct Anchor {
        std::uint32_t text_offset;
        std::uint32_t original_offset;
    };
    std::size_t original_offset(std::size_t offset) const;

    std::string m_path;
    std::string m_original; // the file in UTF-8, BOM dropped, line ends as written
    std::string m_text;
    std::vector<Anchor> m_anchors;
    std::vector<std::uint32_t> m_escaped_newlines;
    std::vector<std::uint32_t> m_line_starts;
    std::vector<std::uint32_t> m_original_line_starts; // after LF, CR LF or a lone CR
};

} // namespace teipress::validate::relaxng
