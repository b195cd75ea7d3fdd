#include "readers/blocks.h"

#include "core/line_index.h"

#include <map>
#include <optional>
#include <vector>

namespace teipress::readers {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Parses `  N. text` (exactly two spaces of indent, as the web edition's copy gives them).
bool parse_footnote_line(const SourceLine& line, Footnote& out) {
    std::string_view s = line.text;
    if (s.size() < 5 || s[0] != ' ' || s[1] != ' ' || !is_digit(s[2])) return false;
    std::size_t i = 2;
    while (i < s.size() && is_digit(s[i])) ++i;
    // Up to six digits: a document may have thousands of notes; a longer number is not a
    // footnote label (and would not fit an int), so such a line stays text.
    if (i - 2 > 6 || i + 1 >= s.size() || s[i] != '.' || s[i + 1] != ' ') return false;
    out.number = std::stoi(std::string(s.substr(2, i - 2)));
    out.digits = s.substr(2, i - 2);
    out.line = line;
    out.number_offset = line.offset + 2;
    out.text_offset = line.offset + i + 2;
    out.text = s.substr(i + 2);
    return !is_blank(out.text);
}

// The line index of text, built on first use (only errors need it).
class LazyLineIndex {
  public:
    explicit LazyLineIndex(std::string_view text) : m_text(text) {}
    SourcePosition position(std::size_t offset) {
        if (!m_index) m_index.emplace(m_text);
        return m_index->position(offset);
    }

  private:
    std::string_view m_text;
    std::optional<LineIndex> m_index;
};

void report(DiagnosticSink& sink, const std::string& file, LazyLineIndex& index, std::size_t offset,
            std::string message) {
    auto pos = index.position(offset);
    sink.error(file, pos.line, pos.column, std::move(message));
}

} // namespace

bool is_subject_line(std::string_view line, std::size_t* text_start) {
    constexpr std::string_view bullet = "  \xE2\x80\xA2 "; // two spaces, U+2022, a space
    if (line.substr(0, bullet.size()) != bullet) return false;
    if (text_start) *text_start = bullet.size();
    return true;
}

std::optional<ReadingTextLayout> split_reading_text(std::string_view text, const std::string& file,
                                                    DiagnosticSink& sink) {
    // Lines are visited where they stand, never collected: a blank line costs no memory (a
    // text of blank lines would otherwise cost a record per input byte).
    auto line_from = [&](std::size_t start) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        return SourceLine{start, text.substr(start, end - start)};
    };
    ReadingTextLayout layout;
    const SourceLine heading = line_from(0);
    const std::string_view first = heading.text;
    std::size_t i = 0;
    while (i < first.size() && is_digit(first[i])) ++i;
    if (i == 0 || i > 6 || i + 2 > first.size() || first[i] != '.' || first[i + 1] != ' ' ||
        is_blank(first.substr(i + 2))) {
        sink.error(file, 1, 1,
                   "no heading line: the first line must be 'N. Title' (the document number, "
                   "a period, a space and the title)");
        return std::nullopt;
    }
    layout.heading = heading;
    layout.number = first.substr(0, i);
    layout.title_offset = i + 2;
    layout.title = first.substr(i + 2);
    if (heading.text.size() == text.size()) return layout; // the heading alone

    // Lines after the heading are named by their start offsets: s1 is line 2's, k_end stands
    // past the last line.
    const std::size_t s1 = heading.text.size() + 1;
    const std::size_t k_end = text.size() + 1;
    auto next_start = [&](std::size_t start) { return start + line_from(start).text.size() + 1; };
    auto previous_start = [&](std::size_t start) { // start > s1
        return text.rfind('\n', start - 2) + 1;
    };

    // The footnotes: the trailing run of `  N. text` lines that follows a blank line (the
    // trailing blank lines left aside).
    std::size_t last = k_end; // where the trailing blank lines begin
    for (std::size_t at = text.rfind('\n') + 1; is_blank(line_from(at).text);) {
        last = at;
        if (at == s1) break;
        at = previous_start(at);
    }
    std::size_t notes_begin = last;
    Footnote note;
    if (last > s1) {
        for (std::size_t at = last == k_end ? text.rfind('\n') + 1 : previous_start(last);
             parse_footnote_line(line_from(at), note);) {
            notes_begin = at;
            if (at == s1) break;
            at = previous_start(at);
        }
    }
    if (notes_begin < last && notes_begin > s1 && !is_blank(line_from(previous_start(notes_begin)).text))
        notes_begin = last; // not after a blank line: these lines belong to the body
    for (std::size_t at = notes_begin; at < last; at = next_start(at)) {
        parse_footnote_line(line_from(at), note);
        layout.footnotes.push_back(note);
    }

    int blanks = 0;
    Block* current = nullptr;
    for (std::size_t at = s1; at < notes_begin; at = next_start(at)) {
        const SourceLine line = line_from(at);
        if (is_blank(line.text)) {
            ++blanks;
            current = nullptr;
            continue;
        }
        if (!current) {
            layout.blocks.push_back({{}, blanks});
            current = &layout.blocks.back();
            blanks = 0;
        }
        current->lines.push_back(line);
    }
    return layout;
}

bool check_footnote_sequence(const ReadingTextLayout& layout, std::string_view text, const std::string& file,
                             DiagnosticSink& sink) {
    bool ok = true;
    LazyLineIndex index(text);           // once, on the first problem: a text may have many
    std::map<int, std::size_t> seen;     // number -> offset of its first line
    std::vector<const Footnote*> listed; // each number once, in the order listed
    for (const auto& note : layout.footnotes) {
        auto earlier = seen.find(note.number);
        if (earlier != seen.end()) {
            report(sink, file, index, note.number_offset,
                   "footnote " + std::to_string(note.number) + " is listed twice (first at line " +
                       std::to_string(index.position(earlier->second).line) + ")");
            ok = false;
            continue;
        }
        seen.emplace(note.number, note.number_offset);
        listed.push_back(&note);
        if (note.digits.size() > 1 && note.digits[0] == '0') {
            // The TEI keeps the number, not its spelling: "05" would come back as "5".
            report(sink, file, index, note.number_offset,
                   "footnote number " + std::string(note.digits) + " has a leading zero; write " +
                       std::to_string(note.number));
            ok = false;
        }
    }
    if (listed.empty()) return ok;
    // The numbers: from 0 or 1, without a gap (each missing number once, at the footnote
    // listed after the gap).
    const int first = seen.begin()->first;
    if (first != 0 && first != 1) {
        report(sink, file, index, seen.begin()->second,
               "footnotes must be numbered from 1 (or 0 for a source note), not from " + std::to_string(first));
        ok = false;
    }
    int expected = first;
    for (const auto& [number, offset] : seen) {
        if (number != expected) {
            report(sink, file, index, offset,
                   number == expected + 1
                       ? "footnote " + std::to_string(expected) + " is missing (footnote " + std::to_string(number) +
                             " follows footnote " + std::to_string(expected - 1) + ")"
                       : "footnotes " + std::to_string(expected) + " to " + std::to_string(number - 1) +
                             " are missing (footnote " + std::to_string(number) + " follows footnote " +
                             std::to_string(expected - 1) + ")");
            ok = false;
        }
        expected = number + 1;
    }
    // The order: a footnote listed before a smaller number is reported once, at its line,
    // naming the first smaller one after it (lines swapped: "footnote 2 is listed before
    // footnote 1").
    for (std::size_t i = 0; i + 1 < listed.size(); ++i) {
        if (listed[i]->number < listed[i + 1]->number) continue;
        report(sink, file, index, listed[i]->number_offset,
               "footnote " + std::to_string(listed[i]->number) + " is listed before footnote " +
                   std::to_string(listed[i + 1]->number) + " (line " +
                   std::to_string(index.position(listed[i + 1]->number_offset).line) +
                   "): list the footnotes in the order of their numbers");
        ok = false;
    }
    return ok;
}

} // namespace teipress::readers
