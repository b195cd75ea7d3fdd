// LineIndex: maps byte offsets of a text to 1-based line and character columns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace teipress {

struct SourcePosition {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
};

class LineIndex {
  public:
    // Indexes text; text must outlive the index.
    explicit LineIndex(std::string_view text);
    // Position of byte offset (clamped to the end of the text).
    SourcePosition position(std::size_t offset) const;
    std::size_t line_count() const { return m_starts32.empty() ? m_starts.size() : m_starts32.size(); }
    // Byte offset where 1-based line begins (the text size past the last line).
    std::size_t line_start(int line) const;

  private:
    std::size_t start_of(std::size_t i) const { return m_starts32.empty() ? m_starts[i] : m_starts32[i]; }

    std::string_view m_text;
    // Where each line begins: 4 bytes a line for texts under 4 GiB, else 8.
    std::vector<std::uint32_t> m_starts32;
    std::vector<std::size_t> m_starts;
    // Every k_checkpoint bytes of a line longer than that, the column of that byte (its
    // characters since the start of its line), so a column is counted from the nearest
    // checkpoint, not from the start of a line that may be the whole file. Empty when no line
    // is that long.
    static constexpr std::size_t k_checkpoint = 4096;
    std::vector<std::size_t> m_checkpoint_columns;
};

} // namespace teipress
