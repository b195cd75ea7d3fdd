#include "readers/reading_text_reader.h"

#include "core/line_index.h"
#include "readers/blocks.h"
#include "readers/datelines.h"
#include "readers/list_labels.h"
#include "readers/note_anchors.h"
#include "readers/page_markers.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>

namespace teipress::readers {

namespace {

// A note number found in the text: where it stands and which footnote it calls.
struct PlacedAnchor {
    std::size_t offset;
    std::size_t length;
    std::size_t note; // index in layout.footnotes
};

// At most this many warnings of one kind are written; the rest are counted in one more line.
constexpr std::size_t k_warning_limit = 20;

// True when line can be the first of a dateline on two lines: the start of its place, one to
// eight words, the first capitalised, no figure (a note's number cannot stand in it), ending in
// a comma ("Department of State,", "Legation of the United States,").
bool is_place_start_line(std::string_view line) {
    if (line.size() < 2 || line.back() != ',' || !(line[0] >= 'A' && line[0] <= 'Z')) return false;
    std::size_t words = 1;
    for (char c : line) {
        if (c >= '0' && c <= '9') return false;
        if (c == ' ') ++words;
    }
    return words <= 8;
}

// Everything the tree builder needs, computed once.
class TreeBuilder {
  public:
    TreeBuilder(std::string_view text, const std::string& file, const ReadingTextLayout& layout, DiagnosticSink& sink)
        : m_text(text), m_file(file), m_layout(layout), m_sink(sink) {}

    bool scan();
    void build(pugi::xml_document& doc);
    // The typed dateline's line (1-based), 0 when none.
    int dateline_line() const { return m_dateline ? 2 + m_layout.blocks[0].blank_lines_before : 0; }

  private:
    void error_at(std::size_t offset, std::string message) {
        auto pos = index().position(offset);
        m_sink.error(m_file, pos.line, pos.column, std::move(message));
    }
    void warning_at(std::size_t offset, std::string message) {
        auto pos = index().position(offset);
        m_sink.warning(m_file, pos.line, pos.column, std::move(message));
    }
    std::string place_of(std::size_t offset) {
        auto pos = index().position(offset);
        return "line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column);
    }
    std::string context_before(std::size_t offset) const;
    bool scan_markers(std::size_t offset, std::string_view s);
    bool check_page_order();
    void warn_near_misses(const std::vector<int>& numbers);
    void warn_doubts(const AnchorSearch& found);
    void add_spans(std::size_t offset, std::string_view s);
    void append_inline(pugi::xml_node parent, std::size_t offset, std::string_view s, bool with_anchors);
    void append_note(pugi::xml_node parent, std::size_t note);
    void append_dateline(pugi::xml_node div);
    std::string text_without_anchors(const SourceLine& line) const;
    bool looks_like_signature(const SourceLine& line) const;
    bool is_subject_block(std::size_t b) const {
        const auto& lines = m_layout.blocks[b].lines;
        return b == (m_dateline ? 1u : 0u) &&
               std::all_of(lines.begin(), lines.end(), [](const SourceLine& l) { return is_subject_line(l.text); });
    }
    // The text of a line that carries content: a subject line after its bullet, a labelled
    // line after its label and the space that follows it.
    SourceLine content(std::size_t b, std::size_t l) const {
        const SourceLine& line = m_layout.blocks[b].lines[l];
        std::size_t start = 0;
        if (is_subject_block(b))
            is_subject_line(line.text, &start);
        else if (!m_labels[b].empty() && m_labels[b][l] > 0)
            start = m_labels[b][l] + 1;
        return {line.offset + start, line.text.substr(start)};
    }
    void append_pb(pugi::xml_node parent, std::string_view number) {
        pugi::xml_node pb = parent.append_child("pb");
        const std::string n(number);
        pb.append_attribute("n") = n.c_str();
        pb.append_attribute("xml:id") = ("pg_" + n).c_str();
    }
    pugi::xml_node append_list(pugi::xml_node parent, std::size_t b);

    std::string_view m_text;
    const std::string& m_file;
    const ReadingTextLayout& m_layout;
    DiagnosticSink& m_sink;
    // The line index, built on the first message only (a line start per line otherwise costs
    // memory for nothing).
    const LineIndex& index() {
        if (!m_index) m_index.emplace(m_text);
        return *m_index;
    }
    std::optional<LineIndex> m_index;
    std::map<std::size_t, std::vector<PageMarker>> m_markers; // by offset of the scanned string
    std::vector<SearchSpan> m_spans;
    std::vector<PlacedAnchor> m_anchors;            // sorted by offset
    std::vector<std::vector<std::size_t>> m_labels; // per block: each line's label length, or empty
    std::optional<TypedDateline> m_dateline;        // blocks[0] when it is a typed dateline
    std::string m_doc_id;
    bool m_source_in_heading = false;
    std::size_t m_near_misses = 0;    // page markers misspelt, counted past the warning limit
    std::size_t m_last_near_miss = 0; // where the last one not written stands
};

// The word before offset on its line ("Rusk" for "Rusk1"), with the word before that when it is
// a figure ("Embtel 418" for "Embtel 4182"), for messages.
std::string TreeBuilder::context_before(std::size_t offset) const {
    std::size_t line_start = m_text.rfind('\n', offset == 0 ? 0 : offset - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (offset - line_start > 200) line_start = offset - 200;
    std::string_view s = m_text.substr(line_start, offset - line_start);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    auto last_word = [](std::string_view t) {
        std::size_t sp = t.find_last_of(' ');
        return sp == std::string_view::npos ? t : t.substr(sp + 1);
    };
    std::string_view word = last_word(s);
    const bool figure = !word.empty() && word.find_first_not_of("0123456789,") == std::string_view::npos;
    if (figure && word.size() < s.size()) {
        std::string_view rest = s.substr(0, s.size() - word.size());
        while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
        std::string_view before = last_word(rest);
        if (!before.empty()) word = s.substr(static_cast<std::size_t>(before.data() - s.data()));
    }
    // Not cut inside a character: a UTF-8 continuation byte never starts the context.
    while (!word.empty() && (static_cast<unsigned char>(word[0]) & 0xC0) == 0x80) word.remove_prefix(1);
    if (word.size() > 40) word = word.substr(word.size() - 40);
    while (!word.empty() && (static_cast<unsigned char>(word[0]) & 0xC0) == 0x80) word.remove_prefix(1);
    return std::string(word);
}

bool TreeBuilder::scan_markers(std::size_t offset, std::string_view s) {
    auto scan = find_page_markers(s);
    if (!scan.ok()) {
        error_at(offset + scan.error_at, scan.error);
        return false;
    }
    if (!scan.markers.empty()) m_markers[offset] = std::move(scan.markers);
    for (const auto& miss : find_page_marker_near_misses(s, k_warning_limit)) {
        if (++m_near_misses > k_warning_limit) {
            m_last_near_miss = offset + miss.begin;
            continue;
        }
        warning_at(offset + miss.begin, "'" + std::string(s.substr(miss.begin, miss.end - miss.begin)) +
                                            "' is not a page marker and stays text: write '[Page " +
                                            std::string(miss.page) + "]'");
    }
    return true;
}

// The searchable pieces of s: s without its page markers.
void TreeBuilder::add_spans(std::size_t offset, std::string_view s) {
    std::size_t from = 0;
    auto it = m_markers.find(offset);
    if (it != m_markers.end()) {
        for (const auto& m : it->second) {
            m_spans.push_back({offset + from, s.substr(from, m.begin - from)});
            from = m.end;
        }
    }
    m_spans.push_back({offset + from, s.substr(from)});
}

// Page numbers in arabic figures ascend in the order of the TEI (a page marker in a note's text
// stands where the note is anchored), as validate's rule pb-ascending requires; roman numerals
// (front matter) are not compared.
bool TreeBuilder::check_page_order() {
    struct Page {
        std::size_t place, order, offset;
        std::string_view number;
    };
    std::vector<Page> pages;
    std::map<std::size_t, std::size_t> anchor_of_note_text; // note text offset -> anchor offset
    for (const auto& a : m_anchors) anchor_of_note_text[m_layout.footnotes[a.note].text_offset] = a.offset;
    for (const auto& [offset, markers] : m_markers) {
        auto note = anchor_of_note_text.find(offset);
        for (std::size_t i = 0; i < markers.size(); ++i) {
            const auto& m = markers[i];
            if (m.number.find_first_not_of("0123456789") != std::string_view::npos) continue;
            if (note == anchor_of_note_text.end())
                pages.push_back({offset + m.begin, 0, offset + m.begin, m.number});
            else
                pages.push_back({note->second, 1 + i, offset + m.begin, m.number});
        }
    }
    std::stable_sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) {
        return a.place != b.place ? a.place < b.place : a.order < b.order;
    });
    // Compared as XPath's number() does (a double), so what passes here passes the rule.
    auto value = [](std::string_view n) { return std::strtod(std::string(n).c_str(), nullptr); };
    for (std::size_t i = 1; i < pages.size(); ++i) {
        if (value(pages[i].number) > value(pages[i - 1].number)) continue;
        error_at(pages[i].offset,
                 "page " + std::string(pages[i].number) + " comes after page " + std::string(pages[i - 1].number) +
                     " (line " + std::to_string(index().position(pages[i - 1].offset).line) + "): pages must ascend");
        return false;
    }
    return true;
}

void TreeBuilder::warn_doubts(const AnchorSearch& found) {
    std::size_t shown = 0;
    for (const auto& doubt : found.doubts) {
        if (++shown > k_warning_limit) break;
        const NoteAnchor& a = found.anchors[doubt.note];
        std::string message = "footnote " + std::to_string(m_layout.footnotes[doubt.note].number) +
                              " is anchored here, after '" + context_before(a.offset) + "'";
        if (doubt.others.empty()) {
            warning_at(a.offset, message +
                                     ", the only place where its number stands, but not "
                                     "glued to a word or punctuation: check it");
            continue;
        }
        message += "; its number also stands at ";
        for (std::size_t i = 0; i < doubt.others.size() && i < 5; ++i) {
            const auto& o = doubt.others[i];
            if (i) message += i + 1 == doubt.others.size() || i == 4 ? " and " : ", ";
            message += place_of(o.offset) + " (after '" + context_before(o.offset) + "')";
        }
        if (doubt.others.size() > 5) message += " and " + std::to_string(doubt.others.size() - 5) + " more places";
        warning_at(a.offset, message);
    }
    if (found.doubts.size() > k_warning_limit)
        warning_at(found.anchors[found.doubts[k_warning_limit].note].offset,
                   std::to_string(found.doubts.size() - k_warning_limit) +
                       " more footnotes whose place is not certain are not listed");
}

void TreeBuilder::warn_near_misses(const std::vector<int>& numbers) {
    std::vector<NoteAnchor> anchors;
    for (const auto& a : m_anchors) anchors.push_back({a.offset, a.length});
    for (const auto& stray : find_stray_note_numbers(m_spans, numbers, anchors, k_warning_limit)) {
        const std::string n(m_text.substr(stray.offset, stray.length));
        warning_at(stray.offset, "'" + n + "' after '" + context_before(stray.offset) +
                                     "' reads like a footnote number, but there is no footnote " + n +
                                     ": it stays text");
    }
}

bool TreeBuilder::scan() {
    const auto& blocks = m_layout.blocks;
    // A dateline typed after the heading (the subject list, if any, follows it), and the labels
    // of labelled lists.
    // Also on two lines, the first the place's start ending in a comma, as the older volumes
    // print it ("Department of State,\nWashington, February 1, 1894.").
    if (!blocks.empty() && blocks[0].blank_lines_before <= 2) {
        const auto& lines = blocks[0].lines;
        if (lines.size() == 1)
            m_dateline = read_typed_dateline(lines[0].text);
        else if (lines.size() == 2 && is_place_start_line(lines[0].text))
            m_dateline = read_typed_dateline(lines[1].text);
    }
    if (m_dateline && !m_dateline->problem.empty())
        warning_at(blocks[0].lines.back().offset + m_dateline->date_begin, m_dateline->problem);
    m_labels.resize(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (blocks[b].lines.size() < 2 || is_subject_block(b)) continue;
        std::vector<std::string_view> lines;
        for (const auto& l : blocks[b].lines)
            lines.push_back(is_page_marker_line(l.text) ? std::string_view() : l.text);
        m_labels[b] = list_labels(lines);
    }

    bool ok = scan_markers(m_layout.title_offset, m_layout.title);
    for (std::size_t b = m_dateline ? 1 : 0; b < blocks.size(); ++b)
        for (std::size_t l = 0; l < blocks[b].lines.size(); ++l) {
            auto c = content(b, l);
            ok = scan_markers(c.offset, c.text) && ok;
        }
    for (const auto& note : m_layout.footnotes) ok = scan_markers(note.text_offset, note.text) && ok;
    if (m_near_misses > k_warning_limit)
        warning_at(m_last_near_miss, "more misspelt page markers (" + std::to_string(m_near_misses - k_warning_limit) +
                                         " or more) are not listed");
    if (!ok) return false;

    // Each page begins once: a second marker of the same page would repeat its xml:id.
    std::map<std::string_view, std::size_t> pages;
    for (const auto& [offset, markers] : m_markers) {
        for (const auto& m : markers) {
            auto [it, fresh] = pages.emplace(m.number, offset + m.begin);
            if (!fresh) {
                error_at(offset + m.begin, "page " + std::string(m.number) + " is marked twice (first at line " +
                                               std::to_string(index().position(it->second).line) + ")");
                ok = false;
            }
        }
    }
    if (!ok) return false;

    add_spans(m_layout.title_offset, m_layout.title);
    for (std::size_t b = m_dateline ? 1 : 0; b < blocks.size(); ++b)
        for (std::size_t l = 0; l < blocks[b].lines.size(); ++l) {
            auto c = content(b, l);
            add_spans(c.offset, c.text);
        }
    std::vector<int> numbers;
    AnchorHints hints;
    for (const auto& note : m_layout.footnotes) {
        numbers.push_back(note.number);
        hints.note_texts.push_back(note.text);
    }
    hints.heading_end = m_layout.title_offset + m_layout.title.size();
    auto found = find_note_anchors(m_spans, numbers, hints);
    if (!found.ok()) {
        error_at(m_layout.footnotes[found.failed].number_offset, found.error);
        return false;
    }
    for (std::size_t k = 0; k < found.anchors.size(); ++k)
        m_anchors.push_back({found.anchors[k].offset, found.anchors[k].length, k});
    m_doc_id = "d" + std::string(m_layout.number);
    m_source_in_heading = !m_anchors.empty() && m_anchors.front().offset >= m_layout.title_offset &&
                          m_anchors.front().offset < m_layout.title_offset + m_layout.title.size();
    // A note numbered 0 is a source note, which only the heading carries (validate's note-n).
    if (!m_layout.footnotes.empty() && m_layout.footnotes.front().number == 0 && !m_source_in_heading) {
        error_at(m_layout.footnotes.front().number_offset,
                 "footnote 0 is a source note: its anchor must be in the heading (it is at " +
                     place_of(m_anchors.front().offset) + ")");
        return false;
    }
    if (!check_page_order()) return false;
    warn_doubts(found);
    warn_near_misses(numbers);
    return true;
}

void TreeBuilder::append_note(pugi::xml_node parent, std::size_t k) {
    const Footnote& f = m_layout.footnotes[k];
    pugi::xml_node note = parent.append_child("note");
    const std::string n = std::to_string(f.number);
    note.append_attribute("n") = n.c_str();
    note.append_attribute("xml:id") = (m_doc_id + "fn" + n).c_str();
    if (k == 0 && m_source_in_heading) note.append_attribute("type") = "source";
    append_inline(note, f.text_offset, f.text, false);
}

void TreeBuilder::append_inline(pugi::xml_node parent, std::size_t offset, std::string_view s, bool with_anchors) {
    // Events inside s, in order: page markers (relative offsets) and note anchors.
    struct Event {
        std::size_t begin, end;
        std::string_view page;
        std::size_t note;
    };
    std::vector<Event> events;
    if (auto it = m_markers.find(offset); it != m_markers.end())
        for (const auto& m : it->second) events.push_back({m.begin, m.end, m.number, 0});
    if (with_anchors) {
        auto it = std::lower_bound(m_anchors.begin(), m_anchors.end(), offset,
                                   [](const PlacedAnchor& a, std::size_t o) { return a.offset < o; });
        for (; it != m_anchors.end() && it->offset < offset + s.size(); ++it)
            events.push_back({it->offset - offset, it->offset - offset + it->length, {}, it->note});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.begin < b.begin; });
    std::size_t from = 0;
    for (const auto& e : events) {
        if (e.begin > from)
            parent.append_child(pugi::node_pcdata).set_value(std::string(s.substr(from, e.begin - from)).c_str());
        if (!e.page.empty()) {
            append_pb(parent, e.page);
        } else {
            append_note(parent, e.note);
        }
        from = e.end;
    }
    if (from < s.size()) parent.append_child(pugi::node_pcdata).set_value(std::string(s.substr(from)).c_str());
}

// The typed dateline: <opener><dateline><placeName>Prague</placeName>, <date when="…">March 3,
// 1965, 1400Z</date>.</dateline></opener>; every character of the line stays, in order.
void TreeBuilder::append_dateline(pugi::xml_node div) {
    const TypedDateline& d = *m_dateline;
    const auto& lines = m_layout.blocks[0].lines;
    std::string_view line = lines.back().text;
    pugi::xml_node dateline = div.append_child("opener").append_child("dateline");
    auto text = [&](std::size_t b, std::size_t e) {
        if (e > b) dateline.append_child(pugi::node_pcdata).set_value(std::string(line.substr(b, e - b)).c_str());
    };
    pugi::xml_node place = dateline.append_child("placeName");
    if (lines.size() == 2) { // the place's first line, then a line break
        place.append_child(pugi::node_pcdata).set_value(std::string(lines[0].text).c_str());
        place.append_child("lb");
    }
    place.append_child(pugi::node_pcdata)
        .set_value(std::string(line.substr(d.place_begin, d.place_end - d.place_begin)).c_str());
    if (d.date_end > d.date_begin) {
        text(d.place_end, d.date_begin);
        pugi::xml_node date = dateline.append_child("date");
        if (!d.when.empty()) date.append_attribute("when") = d.when.c_str();
        date.append_child(pugi::node_pcdata)
            .set_value(std::string(line.substr(d.date_begin, d.date_end - d.date_begin)).c_str());
        text(d.date_end, line.size());
    } else {
        text(d.place_end, line.size());
    }
}

std::string TreeBuilder::text_without_anchors(const SourceLine& line) const {
    std::string out;
    std::size_t from = line.offset;
    const std::size_t end = line.offset + line.text.size();
    auto it = std::lower_bound(m_anchors.begin(), m_anchors.end(), line.offset,
                               [](const PlacedAnchor& a, std::size_t o) { return a.offset < o; });
    for (; it != m_anchors.end() && it->offset < end; ++it) {
        out.append(m_text.substr(from, it->offset - from));
        from = it->offset + it->length;
    }
    out.append(m_text.substr(from, end - from));
    return out;
}

// A telegram or letter ends with the sender's name alone: a short line of one to four
// capitalised words, without figures, brackets or closing punctuation, that is not a decision
// line or a marking.
bool TreeBuilder::looks_like_signature(const SourceLine& line) const {
    if (m_markers.count(line.offset)) return false;
    std::string s = text_without_anchors(line);
    std::size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
    if (b == std::string::npos) return false;
    s = s.substr(b, e - b + 1);
    if (s.size() > 40 || std::string_view(".:;,?!").find(s.back()) != std::string_view::npos) return false;
    // Memoranda end with decision lines ("Approve", "Disapprove ____"), enclosures and
    // classification markings: words of that kind are not a sender's name.
    static constexpr std::string_view not_names[] = {
        "Approve",   "Approved",   "Disapprove", "Disapproved", "Agree",     "Disagree", "Attachment",   "Attachments",
        "Enclosure", "Enclosures", "Tab",        "Annex",       "Appendix",  "Secret",   "Confidential", "Unclassified",
        "Yes",       "No",         "End",        "Other",       "Continued", "See"};
    std::string_view first = std::string_view(s).substr(0, s.find(' '));
    for (auto w : not_names)
        if (first == w) return false;
    int words = 0;
    bool at_word_start = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        // A name holds letters, spaces, periods of initials, hyphens and apostrophes only.
        bool name_char = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == ' ' || c == '.' ||
                         c == '-' || c == '\'';
        if (!name_char) return false;
        if (c == ' ') {
            at_word_start = true;
            continue;
        }
        if (at_word_start) {
            ++words;
            bool upper = (c >= 'A' && c <= 'Z') || c >= 0xC0;
            if (!upper) return false;
            at_word_start = false;
        }
    }
    return words >= 1 && words <= 4;
}

// A block of several lines: one item per line (after its label, when the list is labelled, as
// <label>A.</label><item>…</item>), a page marker line as a pb between items.
pugi::xml_node TreeBuilder::append_list(pugi::xml_node parent, std::size_t b) {
    const Block& block = m_layout.blocks[b];
    pugi::xml_node list = parent.append_child("list");
    for (std::size_t l = 0; l < block.lines.size(); ++l) {
        const SourceLine& line = block.lines[l];
        if (is_page_marker_line(line.text)) { // a page break between two items
            append_pb(list, m_markers.at(line.offset).front().number);
            continue;
        }
        if (!m_labels[b].empty())
            list.append_child("label")
                .append_child(pugi::node_pcdata)
                .set_value(std::string(line.text.substr(0, m_labels[b][l])).c_str());
        auto c = content(b, l);
        append_inline(list.append_child("item"), c.offset, c.text, true);
    }
    return list;
}

void TreeBuilder::build(pugi::xml_document& doc) {
    pugi::xml_node tei = doc.append_child("TEI");
    tei.append_attribute("xmlns") = k_tei_namespace;
    pugi::xml_node div = tei.append_child("text").append_child("body").append_child("div");
    const std::string n(m_layout.number);
    div.append_attribute("type") = "document";
    div.append_attribute("xml:id") = m_doc_id.c_str();
    div.append_attribute("n") = n.c_str();
    div.append_attribute("subtype") = "historical-document";
    // The head keeps the whole heading line, number included, as the Office of the Historian
    // encodes it ("67. Memorandum From …"); the number is also the div's @n.
    const char* line_end = m_layout.title.data() + m_layout.title.size();
    std::string_view heading(m_layout.number.data(), static_cast<std::size_t>(line_end - m_layout.number.data()));
    std::size_t heading_offset =
        m_layout.title_offset - static_cast<std::size_t>(m_layout.title.data() - heading.data());
    append_inline(div.append_child("head"), heading_offset, heading, true);

    const auto& blocks = m_layout.blocks;
    pugi::xml_node container = div;
    pugi::xml_node last_p;
    bool last_p_ends_colon = false;
    std::size_t i = 0;
    int extra = blocks.empty() ? 0 : blocks[0].blank_lines_before - 1;
    if (m_dateline) {
        append_dateline(div);
        i = 1;
        extra = 0;
    } else if (extra >= 1) {
        // The dateline stood here; a pass fills it from the edition when it can.
        pugi::xml_node gap = div.append_child("opener").append_child("dateline").append_child("gap");
        gap.append_attribute("reason") = "dateline-not-in-reading-text";
        --extra;
    }
    for (; i < blocks.size(); ++i) {
        const Block& block = blocks[i];
        if (i > 0) extra = block.blank_lines_before - 1;
        if (extra >= 1) {
            container = div.append_child("div");
            container.append_attribute("type") = "section";
            last_p = pugi::xml_node();
        }
        bool subject = is_subject_block(i);
        if (subject) {
            pugi::xml_node list = container.append_child("list");
            list.append_attribute("type") = "subject";
            list.append_child("head").append_child("supplied").append_child(pugi::node_pcdata).set_value("SUBJECT");
            for (std::size_t l = 0; l < block.lines.size(); ++l) {
                auto c = content(i, l);
                append_inline(list.append_child("item"), c.offset, c.text, true);
            }
            continue;
        }
        if (std::all_of(block.lines.begin(), block.lines.end(),
                        [](const SourceLine& l) { return is_page_marker_line(l.text); })) {
            // Page breaks between blocks (several lines of markers alone make no list).
            for (const auto& line : block.lines) append_pb(container, m_markers.at(line.offset).front().number);
            last_p = pugi::xml_node(); // a list after the break cannot go back into the paragraph
            continue;
        }
        if (block.lines.size() == 1) {
            if (i + 1 == blocks.size() && i > 0 && looks_like_signature(block.lines[0])) {
                append_inline(div.append_child("closer").append_child("signed"), block.lines[0].offset,
                              block.lines[0].text, true);
                continue;
            }
            last_p = container.append_child("p");
            append_inline(last_p, block.lines[0].offset, block.lines[0].text, true);
            std::string plain = text_without_anchors(block.lines[0]);
            std::size_t e = plain.find_last_not_of(' ');
            last_p_ends_colon = e != std::string::npos && plain[e] == ':';
            continue;
        }
        if (last_p && last_p_ends_colon && block.blank_lines_before == 1 && last_p.parent() == container) {
            append_list(last_p, i);
        } else {
            append_list(container, i);
        }
        last_p = pugi::xml_node();
    }
}

} // namespace

// XML 1.0 allows neither C0 control characters other than tab and line end, nor U+FFFE and
// U+FFFF: such a character cannot be written into the TEI, so it is an error at its place.
static bool check_xml_characters(std::string_view text, const std::string& file, DiagnosticSink& sink) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        bool bad = (c < 0x20 && c != '\t' && c != '\n') ||
                   (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                    (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE);
        if (!bad) continue;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", c < 0x20 ? c : 0xFFFE + (text[i + 2] & 1));
        auto pos = LineIndex(text).position(i);
        sink.error(file, pos.line, pos.column,
                   std::string("character ") + code + " is not allowed in XML (byte offset " + std::to_string(i) + ")");
        return false;
    }
    return true;
}

bool read_reading_text(std::string_view text, const std::string& file, pugi::xml_document& doc, DiagnosticSink& sink,
                       ReadingTextPlaces* places) {
    if (!check_xml_characters(text, file, sink)) return false;
    auto layout = split_reading_text(text, file, sink);
    if (!layout) return false;
    // validate's rule document-n: a document's number is a positive whole number.
    if (layout->number.find_first_not_of('0') == std::string_view::npos) {
        sink.error(file, 1, 1, "document number " + std::string(layout->number) + ": documents are numbered from 1");
        return false;
    }
    if (!check_footnote_sequence(*layout, text, file, sink)) return false;
    TreeBuilder builder(text, file, *layout, sink);
    if (!builder.scan()) return false;
    builder.build(doc);
    if (places) {
        places->dateline_line = builder.dateline_line();
        for (const auto& note : layout->footnotes) places->note_text_offsets[note.number] = note.text_offset;
    }
    return true;
}

} // namespace teipress::readers
