#include "core/line_index.h"

#include "core/utf8.h"

#include <algorithm>

namespace teipress {

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    m_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') m_starts.push_back(i + 1);
}

SourcePosition LineIndex::position(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - m_starts.begin()); // 1-based
    std::size_t start = m_starts[line - 1];
    auto column = utf8_length(m_text.substr(start, offset - start)) + 1;
    return {static_cast<int>(line), static_cast<int>(column)};
}

std::size_t LineIndex::line_start(int line) const {
    if (line < 1) return 0;
    if (static_cast<std::size_t>(line) > m_starts.size()) return m_text.size();
    return m_starts[static_cast<std::size_t>(line) - 1];
}

} // namespace teipress
