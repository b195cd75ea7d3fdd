#include "readers/reading_text_reader.h"

#include "core/line_index.h"
#include "readers/blocks.h"
#include "readers/note_anchors.h"
#include "readers/page_markers.h"

#include <algorithm>
#include <cstdio>
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

// Everything the tree builder needs, computed once.
class TreeBuilder {
  public:
    TreeBuilder(std::string_view text, const std::string& file, const ReadingTextLayout& layout,
                DiagnosticSink& sink)
        : m_text(text), m_file(file), m_layout(layout), m_sink(sink) {}

    bool scan();
    void build(pugi::xml_document& doc);

  private:
    void error_at(std::size_t offset, std::string message) {
        auto pos = index().position(offset);
        m_sink.error(m_file, pos.line, pos.column, std::move(message));
    }
    bool scan_markers(std::size_t offset, std::string_view s);
    void add_spans(std::size_t offset, std::string_view s);
    void append_inline(pugi::xml_node parent, std::size_t offset, std::string_view s,
                       bool with_anchors);
    void append_note(pugi::xml_node parent, std::size_t note);
    std::string text_without_anchors(const SourceLine& line) const;
    bool looks_like_signature(const SourceLine& line) const;
    bool is_subject_block(std::size_t b) const {
        const auto& lines = m_layout.blocks[b].lines;
        return b == 0 && std::all_of(lines.begin(), lines.end(),
                                     [](const SourceLine& l) { return is_subject_line(l.text); });
    }
    // The text of a line that carries content: a subject line after its bullet.
    SourceLine content(std::size_t b, const SourceLine& line) const {
        std::size_t start = 0;
        if (is_subject_block(b)) is_subject_line(line.text, &start);
        return {line.offset + start, line.text.substr(start)};
    }
    void append_pb(pugi::xml_node parent, std::string_view number) {
        pugi::xml_node pb = parent.append_child("pb");
        const std::string n(number);
        pb.append_attribute("n") = n.c_str();
        pb.append_attribute("xml:id") = ("pg_" + n).c_str();
    }
    pugi::xml_node append_list(pugi::xml_node parent, const Block& block);

    std::string_view m_text;
    const std::string& m_file;
    const ReadingTextLayout& m_layout;
    DiagnosticSink& m_sink;
    // The line index, built on the first error only (a line start per line otherwise costs
    // memory for nothing).
    const LineIndex& index() {
        if (!m_index) m_index.emplace(m_text);
        return *m_index;
    }
    std::optional<LineIndex> m_index;
    std::map<std::size_t, std::vector<PageMarker>> m_markers; // by offset of the scanned string
    std::vector<SearchSpan> m_spans;
    std::vector<PlacedAnchor> m_anchors; // sorted by offset
    std::string m_doc_id;
    bool m_source_in_heading = false;
};

bool TreeBuilder::scan_markers(std::size_t offset, std::string_view s) {
    auto scan = find_page_markers(s);
    if (!scan.ok()) {
        error_at(offset + scan.error_at, scan.error);
        return false;
    }
    if (!scan.markers.empty()) m_markers[offset] = std::move(scan.markers);
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

bool TreeBuilder::scan() {
    bool ok = scan_markers(m_layout.title_offset, m_layout.title);
    for (std::size_t b = 0; b < m_layout.blocks.size(); ++b)
        for (const auto& line : m_layout.blocks[b].lines) {
            auto c = content(b, line);
            ok = scan_markers(c.offset, c.text) && ok;
        }
    for (const auto& note : m_layout.footnotes) ok = scan_markers(note.text_offset, note.text) && ok;
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
    for (std::size_t b = 0; b < m_layout.blocks.size(); ++b)
        for (const auto& line : m_layout.blocks[b].lines) {
            auto c = content(b, line);
            add_spans(c.offset, c.text);
        }
    std::vector<int> numbers;
    for (const auto& note : m_layout.footnotes) numbers.push_back(note.number);
    auto found = find_note_anchors(m_spans, numbers);
    if (!found.ok()) {
        error_at(m_layout.footnotes[found.failed].number_offset, found.error);
        return false;
    }
    for (std::size_t k = 0; k < found.anchors.size(); ++k)
        m_anchors.push_back({found.anchors[k].offset, found.anchors[k].length, k});
    m_doc_id = "d" + std::string(m_layout.number);
    m_source_in_heading =
        !m_anchors.empty() && m_anchors.front().offset >= m_layout.title_offset &&
        m_anchors.front().offset < m_layout.title_offset + m_layout.title.size();
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

void TreeBuilder::append_inline(pugi::xml_node parent, std::size_t offset, std::string_view s,
                                bool with_anchors) {
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
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.begin < b.begin; });
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
    if (from < s.size())
        parent.append_child(pugi::node_pcdata).set_value(std::string(s.substr(from)).c_str());
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
    if (s.size() > 40 || std::string_view(".:;,?!").find(s.back()) != std::string_view::npos)
        return false;
    // Memoranda end with decision lines ("Approve", "Disapprove ____"), enclosures and
    // classification markings: words of that kind are not a sender's name.
    static constexpr std::string_view not_names[] = {
        "Approve", "Approved", "Disapprove", "Disapproved", "Agree", "Disagree", "Attachment",
        "Attachments", "Enclosure", "Enclosures", "Tab", "Annex", "Appendix", "Secret",
        "Confidential", "Unclassified", "Yes", "No", "End", "Other", "Continued", "See"};
    std::string_view first = std::string_view(s).substr(0, s.find(' '));
    for (auto w : not_names)
        if (first == w) return false;
    int words = 0;
    bool at_word_start = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        // A name holds letters, spaces, periods of initials, hyphens and apostrophes only.
        bool name_char = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 ||
                         c == ' ' || c == '.' || c == '-' || c == '\'';
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

pugi::xml_node TreeBuilder::append_list(pugi::xml_node parent, const Block& block) {
    pugi::xml_node list = parent.append_child("list");
    for (const auto& line : block.lines) {
        if (is_page_marker_line(line.text)) { // a page break between two items
            append_pb(list, m_markers.at(line.offset).front().number);
            continue;
        }
        append_inline(list.append_child("item"), line.offset, line.text, true);
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
    std::string_view heading(m_layout.number.data(),
                             static_cast<std::size_t>(line_end - m_layout.number.data()));
    std::size_t heading_offset =
        m_layout.title_offset - static_cast<std::size_t>(m_layout.title.data() - heading.data());
    append_inline(div.append_child("head"), heading_offset, heading, true);

    const auto& blocks = m_layout.blocks;
    pugi::xml_node container = div;
    pugi::xml_node last_p;
    bool last_p_ends_colon = false;
    std::size_t i = 0;
    int extra = blocks.empty() ? 0 : blocks[0].blank_lines_before - 1;
    if (extra >= 1) {
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
            for (const auto& line : block.lines) {
                auto c = content(i, line);
                append_inline(list.append_child("item"), c.offset, c.text, true);
            }
            continue;
        }
        if (block.lines.size() == 1 && is_page_marker_line(block.lines[0].text)) {
            append_pb(container, m_markers.at(block.lines[0].offset).front().number);
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
        if (last_p && last_p_ends_colon && block.blank_lines_before == 1 &&
            last_p.parent() == container) {
            append_list(last_p, block);
        } else {
            append_list(container, block);
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
                   std::string("character ") + code + " is not allowed in XML (byte offset " +
                       std::to_string(i) + ")");
        return false;
    }
    return true;
}

bool read_reading_text(std::string_view text, const std::string& file, pugi::xml_document& doc,
                       DiagnosticSink& sink) {
    if (!check_xml_characters(text, file, sink)) return false;
    auto layout = split_reading_text(text, file, sink);
    if (!layout) return false;
    if (!check_footnote_sequence(*layout, text, file, sink)) return false;
    TreeBuilder builder(text, file, *layout, sink);
    if (!builder.scan()) return false;
    builder.build(doc);
    return true;
}

} // namespace teipress::readers
