// Finding where each footnote is anchored: one decision over the whole sequence of notes. Every
// figure that can end in a note's number is a candidate (`Rusk1`, `Council.5`, `in 19562`,
// `Embtel 4182`, `Dean 7`), scored by how it is glued and by what the note itself says; the
// notes keep their order.
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

// How a note's number stands in the text, best first.
enum class AnchorGlue {
    Word,   // glued after a letter or closing punctuation: `Rusk1`, `Council.5`, `”10`
    Year,   // after a year of four figures or the last group of a grouped figure: `19562`, `1,2503`
    Figure, // after another figure: `Embtel 4182` (telegram 418), `No. 3041`
    Space,  // a number of its own after a space: `Dean 7` at the end of a signature line
    Other,  // after anything else (a dash, a bracket, the start of a line): taken only when no
            // other place fits
};

// Where one footnote's number stands in the source (byte offset and length of its digits), how
// it is glued (a note glued after another note's number takes that note's glue), and whether
// the note's own text names the figure before it (`Telegram 293 …` for `2932`).
struct NoteAnchor {
    std::size_t offset = 0;
    std::size_t length = 0;
    AnchorGlue glue = AnchorGlue::Word;
    bool evidence = false;
};

// A note whose place was chosen among others that fit the order of the notes as well (or
// almost as well): the other places, in text order; or (others empty) a note whose only place
// is an unlikely one (the day of a date, a year read as a shorter figure, after a dash …).
struct AnchorDoubt {
    std::size_t note = 0; // index in the numbers searched
    std::vector<NoteAnchor> others;
};

// One anchor per footnote, or the index (in numbers) of the first footnote that could not be
// anchored and why; doubts lists the notes whose place is not certain.
struct AnchorSearch {
    std::vector<NoteAnchor> anchors;
    std::vector<AnchorDoubt> doubts;
    std::size_t failed = std::string::npos;
    std::string error;
    // True when every footnote got its anchor.
    bool ok() const { return failed == std::string::npos; }
};

// What the search may know besides the numbers: the notes' texts (one per number), read for
// evidence, and where the heading ends (offset in the source), where the first note, the
// source note, usually stands.
struct AnchorHints {
    std::vector<std::string_view> note_texts;
    std::size_t heading_end = std::string::npos;
};

// Anchors the footnotes numbered numbers[0], numbers[1], … in spans. A number counts when no
// letter follows it and it stands glued after a word or punctuation, after a year or another
// figure (the figures before it stay text), or, least likely, alone after a space; several
// notes may stand glued together (`Johnson12`). Each place is scored: glued to a word > after a
// year > after another figure > after a space; a figure the note's text names near its start
// (`Telegram 293` for `2932`) and the end of the heading for the first note count for it; the
// day of a date followed by its year (`March 12, 1968`) counts against it. The anchors are the
// best-scored choice that keeps the notes in order (ties go to the earliest places); a note
// whose number stands nowhere, or nowhere after the previous note's possible places, fails.
// Cost: linear in the text and the number of notes.
AnchorSearch find_note_anchors(const std::vector<SearchSpan>& spans, const std::vector<int>& numbers,
                               const AnchorHints& hints = {});

// A number glued after a word or punctuation (`answer.3`) that is not the number of any footnote:
// offset and length of its figures in the source. Decimals and times (`3.5`, `10:30`) and grouped
// figures (`1,500`) are not reported.
struct StrayNumber {
    std::size_t offset = 0;
    std::size_t length = 0;
};

// The numbers of spans (of at most three figures) that look like note numbers but name no
// footnote in numbers and hold none of anchors (in text order, like the spans): at most limit
// of them, in text order.
std::vector<StrayNumber> find_stray_note_numbers(const std::vector<SearchSpan>& spans, const std::vector<int>& numbers,
                                                 const std::vector<NoteAnchor>& anchors, std::size_t limit = 20);

} // namespace teipress::readers
