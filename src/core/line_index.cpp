#include "core/line_index.h"

#include "core/utf8.h"

#include <algorithm>

namespace teipress {

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    m_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') m_starts.push_back(i + 1);
    // Checkpoints only where they help: inside lines longer than a checkpoint's span.
    for (std::size_t l = 0; l < m_starts.size(); ++l) {
        const std::size_t start = m_starts[l];
        const std::size_t end = l + 1 < m_starts.size() ? m_starts[l + 1] : text.size();
        if (end - start <= k_checkpoint) continue;
        if (m_checkpoint_columns.empty()) m_checkpoint_columns.assign(text.size() / k_checkpoint + 1, 0);
        std::size_t column = 0;
        for (std::size_t i = start; i < end; ++i) {
            if (i % k_checkpoint == 0) m_checkpoint_columns[i / k_checkpoint] = column;
            column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        }
    }
}

SourcePosition LineIndex::position(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - m_starts.begin()); // 1-based
    std::size_t start = m_starts[line - 1];
    // From the nearest checkpoint of the same line, if one lies between the line's start and
    // offset (a very long line); else from the line's start.
    std::size_t from = start, column = 0;
    const std::size_t checkpoint = offset / k_checkpoint * k_checkpoint;
    if (checkpoint > start && checkpoint / k_checkpoint < m_checkpoint_columns.size()) {
        from = checkpoint;
        column = m_checkpoint_columns[checkpoint / k_checkpoint];
    }
    column += utf8_length(m_text.substr(from, offset - from)) + 1;
    return {static_cast<int>(line), static_cast<int>(column)};
}

std::size_t LineIndex::line_start(int line) const {
    if (line < 1) return 0;
    if (static_cast<std::size_t>(line) > m_starts.size()) return m_text.size();
    return m_starts[static_cast<std::size_t>(line) - 1];
}

} // namespace teipress
