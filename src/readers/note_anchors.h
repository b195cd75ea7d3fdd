// Finding where each footnote is anchored: its number glued after a word or punctuation
// (`Rusk1`, `Council.5`, `in 19562`), searched in the order of the footnotes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::readers {

// A piece of the text to search, in document order; offset is its place in the whole source.
struct SearchSpan {
    std::size_t offset = 0;
    std::string_view text;
};

// Where one footnote's number stands in the source (byte offset and length of its digits).
struct NoteAnchor {
    std::size_t offset = 0;
    std::size_t length = 0;
};

// One anchor per footnote, or the index (in numbers) of the first footnote that could not be
// anchored and why.
struct AnchorSearch {
    std::vector<NoteAnchor> anchors;
    std::size_t failed = std::string::npos;
    std::string error;
    // True when every footnote got its anchor.
    bool ok() const { return failed == std::string::npos; }
};

// Anchors the footnotes numbered numbers[0], numbers[1], … in spans. Each anchor comes after the
// previous one. A number counts only when it is glued to what precedes it: a letter or closing
// punctuation (preferred), or a year of four figures (`19562` = 1956 + note 2) or a figure
// grouped by commas; and when no letter or digit follows. Among the candidates the first
// preferred one is taken that still leaves room for every later note.
AnchorSearch find_note_anchors(const std::vector<SearchSpan>& spans,
                               const std::vector<int>& numbers);

} // namespace teipress::readers
