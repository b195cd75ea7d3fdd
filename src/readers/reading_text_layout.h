// The layout of a FRUS reading text: its heading, body blocks and closing footnotes, as spans of
// the source text (byte offsets, so every error can point at its line and column).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace teipress::readers {

// One line of the source, without its line end; offset is where it begins in the whole text.
struct SourceLine {
    std::size_t offset = 0;
    std::string_view text;
};

// Consecutive non-blank lines; blank_lines_before counts the blank lines that precede it.
struct Block {
    std::vector<SourceLine> lines;
    int blank_lines_before = 0;
};

// One closing footnote line `  N. text`.
struct Footnote {
    int number = 0;
    std::string_view digits; // N as written ("05" must not silently become 5)
    SourceLine line;
    std::size_t number_offset = 0; // where N begins
    std::size_t text_offset = 0;   // where text begins
    std::string_view text;
};

// The whole reading text cut into its parts.
struct ReadingTextLayout {
    SourceLine heading;
    std::string_view number; // the document number of the heading, e.g. "67"
    std::size_t title_offset = 0;
    std::string_view title; // the heading after "N. "
    std::vector<Block> blocks;
    std::vector<Footnote> footnotes;
};

} // namespace teipress::readers
