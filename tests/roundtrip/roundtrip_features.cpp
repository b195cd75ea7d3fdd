#include "roundtrip_features.h"

#include <cstring>
#include <string_view>

namespace teipress::roundtrip {

namespace {

constexpr std::size_t k_words_before = 5;
constexpr std::size_t k_words_after = 3;

bool named(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

bool is_inline_note(pugi::xml_node n) {
    return named(n, "note") && (std::strcmp(n.attribute("rend").value(), "inline") == 0 ||
                                std::strcmp(n.attribute("place").value(), "inline") == 0);
}

// A quote the text writer sets as a block (README "What every writer renders").
bool is_block_quote(pugi::xml_node n) {
    if (!named(n, "quote")) return false;
    if (std::strcmp(n.attribute("rend").value(), "blockquote") == 0) return true;
    for (pugi::xml_node c : n.children())
        if (named(c, "p") || named(c, "lg") || named(c, "list") || named(c, "table")) return true;
    return false;
}

// Elements whose start and end separate words (blocks and lines of the reading text).
bool is_block(pugi::xml_node n) {
    static const char* const k_blocks[] = {
        "p",        "ab",     "head",    "item",     "label",      "dateline",     "opener",
        "closer",   "signed", "salute",  "list",     "div",        "lb",           "table",
        "row",      "cell",   "l",       "lg",       "postscript", "figure",       "figDesc",
        "trailer",  "byline", "docDate", "epigraph", "argument",   "floatingText", "frus:attachment",
        "listBibl", "bibl",   "body",    "text"};
    for (const char* b : k_blocks)
        if (named(n, b)) return true;
    return is_block_quote(n) || is_inline_note(n);
}

// What the text writer leaves out: the editors' additions and what is not reading text.
bool is_left_out(pugi::xml_node n) {
    static const char* const k_left_out[] = {"supplied", "gap",   "fw",      "facsimile", "milestone",
                                             "anchor",   "index", "graphic", "media"};
    for (const char* name : k_left_out)
        if (named(n, name)) return true;
    return false;
}

// The reading of a choice, as the text writer takes it: its corr, expan or reg, else its first
// child element.
pugi::xml_node reading_of(pugi::xml_node choice) {
    for (pugi::xml_node c : choice.children())
        if (named(c, "corr") || named(c, "expan") || named(c, "reg")) return c;
    for (pugi::xml_node c : choice.children())
        if (c.type() == pugi::node_element) return c;
    return {};
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Appends text to stream with whitespace runs made one space.
void append_normalized(std::string& stream, const char* text) {
    for (const char* p = text; *p; ++p) {
        if (is_space(*p)) {
            if (!stream.empty() && stream.back() != ' ') stream += ' ';
        } else {
            stream += *p;
        }
    }
}

void separate(std::string& stream) {
    if (!stream.empty() && stream.back() != ' ') stream += ' ';
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    std::size_t start = s.find_first_not_of(' ');
    return start == std::string::npos ? std::string() : s.substr(start);
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t start = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

// "the last words before ‸ the first words after" of offset in stream.
std::string place_in(const std::string& stream, std::size_t offset) {
    auto before = words_of(std::string_view(stream).substr(0, offset));
    auto after = words_of(std::string_view(stream).substr(offset));
    std::string out;
    std::size_t from = before.size() > k_words_before ? before.size() - k_words_before : 0;
    for (std::size_t i = from; i < before.size(); ++i) out.append(before[i]).append(" ");
    out += "‸";
    for (std::size_t i = 0; i < after.size() && i < k_words_after; ++i) out.append(" ").append(after[i]);
    return out;
}

// A marker waiting for its stream to be complete.
struct Marker {
    std::size_t stream, offset, index; // index: into notes or pages
};

// One walk of the division: the streams (0 the body, then one per note) and the markers.
class Reader {
  public:
    explicit Reader(DocumentFeatures& out) : m_out(out) { m_streams.emplace_back(); }

    void read(pugi::xml_node div) {
        // Line 1 is the heading; what stands before it (an inline source note) follows it.
        pugi::xml_node head = div.child("head");
        if (head) visit(head, 0, div);
        for (pugi::xml_node c : div.children())
            if (c != head) visit(c, 0, div);
        for (const Marker& m : m_note_anchors) m_out.notes[m.index].place = place_in(m_streams[m.stream], m.offset);
        for (const Marker& m : m_pages) {
            std::string where = m.stream == 0 ? std::string() : "note " + m_stream_note[m.stream] + ": ";
            m_out.pages[m.index].place = where + place_in(m_streams[m.stream], m.offset);
        }
        for (std::size_t i = 0; i < m_note_streams.size(); ++i)
            m_out.notes[i].text = trimmed(m_streams[m_note_streams[i]]);
    }

  private:
    void visit(pugi::xml_node n, std::size_t s, pugi::xml_node div) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
            append_normalized(m_streams[s], n.value());
            return;
        }
        if (n.type() != pugi::node_element) return;
        if (is_left_out(n)) return;
        if (named(n, "choice")) {
            visit(reading_of(n), s, div);
            return;
        }
        if (named(n, "cell") && n.previous_sibling("cell")) m_streams[s] += " | ";
        if (named(n, "note") && !is_inline_note(n)) {
            std::size_t index = m_out.notes.size();
            m_out.notes.push_back({n.attribute("n").value(), {}, {}});
            m_note_anchors.push_back({s, m_streams[s].size(), index});
            m_streams.emplace_back();
            std::size_t own = m_streams.size() - 1;
            m_stream_note.resize(m_streams.size());
            m_stream_note[own] = n.attribute("n").value();
            m_note_streams.push_back(own);
            for (pugi::xml_node c : n.children()) visit(c, own, div);
            return;
        }
        if (named(n, "pb")) {
            m_pages.push_back({s, m_streams[s].size(), m_out.pages.size()});
            m_out.pages.push_back({n.attribute("n").value(), {}});
            return;
        }
        if (named(n, "ref")) m_out.refs.push_back(n.attribute("target").value());
        if (s == 0 && named(n, "p")) m_out.paragraphs.push_back(own_text(n));
        if (s == 0 && named(n, "item")) {
            pugi::xml_node before = n.previous_sibling();
            while (before && before.type() != pugi::node_element) before = before.previous_sibling();
            std::string label = before && named(before, "label") ? own_text(before) : std::string();
            m_out.items.push_back({label, own_text(n)});
        }
        const bool block = is_block(n);
        if (block) separate(m_streams[s]);
        if (named(n, "head") && n.parent() == div) {
            std::string number = std::string(div.attribute("n").value()) + ".";
            std::string text = own_text(n);
            if (!number.empty() && text.compare(0, number.size() + 1, number + " ") != 0 && text != number)
                m_streams[s] += number + " ";
        }
        for (pugi::xml_node c : n.children()) visit(c, s, div);
        if (block) separate(m_streams[s]);
    }

    // The words of n's own text: nested lists, tables, block quotations, notes that are not
    // inline, supplied and gap left out.
    static std::string own_text(pugi::xml_node n) {
        std::string out;
        own_text_into(n, out);
        return trimmed(out);
    }
    static void own_text_into(pugi::xml_node n, std::string& out) {
        for (pugi::xml_node c : n.children()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
                append_normalized(out, c.value());
                continue;
            }
            if (c.type() != pugi::node_element) continue;
            if (named(c, "list") || named(c, "table") || is_block_quote(c) || is_left_out(c) ||
                (named(c, "note") && !is_inline_note(c)))
                continue;
            pugi::xml_node e = named(c, "choice") ? reading_of(c) : c;
            if (!e) continue;
            if (named(e, "cell") && e.previous_sibling("cell")) out += " | ";
            const bool block = is_block(e);
            if (block) separate(out);
            if (named(e, "pb") || named(e, "lb")) continue;
            own_text_into(e, out);
            if (block) separate(out);
        }
    }

    DocumentFeatures& m_out;
    std::vector<std::string> m_streams;
    std::vector<std::string> m_stream_note;  // the @n of the note whose stream it is
    std::vector<std::size_t> m_note_streams; // for each note, its stream
    std::vector<Marker> m_note_anchors, m_pages;
};

bool whole_number(const char* s, unsigned long& value) {
    if (!*s || (s[0] == '0' && s[1])) return false;
    value = 0;
    for (const char* p = s; *p; ++p) {
        if (*p < '0' || *p > '9' || value > 100000) return false;
        value = value * 10 + static_cast<unsigned long>(*p - '0');
    }
    return true;
}

template <class Fn> void for_each_note(pugi::xml_node node, Fn&& fn) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() != pugi::node_element) continue;
        if (named(c, "note") && !is_inline_note(c)) fn(c);
        for_each_note(c, fn);
    }
}

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

// s cut to at most max bytes, at the start of a UTF-8 character, with "…" when cut.
std::string cut(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
    return s.substr(0, max) + "…";
}

template <class T, class Describe>
std::string first_of(const std::vector<T>& a, const std::vector<T>& b, const char* what, Describe describe) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    if (i == a.size() && i == b.size()) return {};
    std::string head = std::string(what) + " " + std::to_string(i + 1) + ": ";
    if (i == a.size())
        return head + "not in the source, after the round trip " + describe(b[i]) +
               (b.size() - a.size() > 1 ? " (and " + std::to_string(b.size() - a.size() - 1) + " more)" : "");
    if (i == b.size())
        return head + describe(a[i]) + " in the source, lost" +
               (a.size() - b.size() > 1 ? " (and " + std::to_string(a.size() - b.size() - 1) + " more)" : "");
    return head + describe(a[i]) + " in the source, " + describe(b[i]) + " after the round trip";
}

} // namespace

DocumentFeatures features_of(pugi::xml_node document_div) {
    DocumentFeatures out;
    Reader(out).read(document_div);
    return out;
}

bool notes_numbered_per_document(pugi::xml_node document_div) {
    bool ok = true;
    unsigned long expected = 0;
    bool first = true;
    for_each_note(document_div, [&](pugi::xml_node note) {
        unsigned long n = 0;
        if (!ok || !whole_number(note.attribute("n").value(), n)) {
            ok = false;
            return;
        }
        if (first) {
            ok = n <= 1;
            first = false;
        } else {
            ok = n == expected;
        }
        expected = n + 1;
    });
    return ok;
}

std::size_t note_count(pugi::xml_node document_div) {
    std::size_t count = 0;
    for_each_note(document_div, [&](pugi::xml_node) { ++count; });
    return count;
}

const char* feature_name(Feature f) {
    switch (f) {
    case Feature::Notes: return "notes";
    case Feature::Pages: return "pages";
    case Feature::Refs: return "refs";
    case Feature::Paragraphs: return "paragraphs";
    case Feature::Items: return "items";
    }
    return "";
}

std::string first_difference(Feature f, const DocumentFeatures& a, const DocumentFeatures& b) {
    switch (f) {
    case Feature::Notes:
        return first_of(a.notes, b.notes, "note", [](const NoteFeature& n) {
            return "n=" + n.n + " at " + quoted(n.place) + " text " + quoted(cut(n.text, 60));
        });
    case Feature::Pages:
        return first_of(a.pages, b.pages, "page break",
                        [](const PageFeature& p) { return "n=" + p.n + " at " + quoted(p.place); });
    case Feature::Refs: return first_of(a.refs, b.refs, "ref", [](const std::string& t) { return quoted(t); });
    case Feature::Paragraphs:
        return first_of(a.paragraphs, b.paragraphs, "paragraph",
                        [](const std::string& p) { return quoted(cut(p, 70)); });
    case Feature::Items:
        return first_of(a.items, b.items, "item", [](const ItemFeature& i) {
            std::string t = cut(i.text, 60);
            return i.label.empty() ? quoted(t) : quoted("[" + i.label + "] " + t);
        });
    }
    return {};
}

} // namespace teipress::roundtrip
