#include "core/line_index.h"

#include "core/utf8.h"

#include <algorithm>
#include <cstring>

namespace teipress {

LineIndex::LineIndex(std::string_view text) : m_text(text) {
    const bool small = text.size() < (std::size_t(1) << 32);
    auto add = [&](std::size_t start) {
        if (small)
            m_starts32.push_back(static_cast<std::uint32_t>(start));
        else
            m_starts.push_back(start);
    };
    add(0);
    for (const char *p = text.data(), *end = text.data() + text.size();
         (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr;)
        add(static_cast<std::size_t>(++p - text.data()));
    // Checkpoints only where they help: inside lines longer than a checkpoint's span.
    const std::size_t lines = line_count();
    for (std::size_t l = 0; l < lines; ++l) {
        const std::size_t start = start_of(l);
        const std::size_t end = l + 1 < lines ? start_of(l + 1) : text.size();
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
    std::size_t line; // 1-based
    if (m_starts32.empty())
        line = static_cast<std::size_t>(std::upper_bound(m_starts.begin(), m_starts.end(), offset) - m_starts.begin());
    else
        line = static_cast<std::size_t>(std::upper_bound(m_starts32.begin(), m_starts32.end(), offset) -
                                        m_starts32.begin());
    std::size_t start = start_of(line - 1);
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
    if (static_cast<std::size_t>(line) > line_count()) return m_text.size();
    return start_of(static_cast<std::size_t>(line) - 1);
}

} // namespace teipress
