#include "passes/link_references.h"

#include "core/line_index.h"
#include "core/utf8.h"
#include "passes/text_nodes.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_set>

namespace teipress::passes {

namespace {

constexpr std::string_view k_en_dash = "\xE2\x80\x93";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) >= 0x80);
}

// A small cursor over s for the reference grammar.
struct Cursor {
    std::string_view s;
    std::size_t at;

    bool eat(std::string_view word) {
        if (s.substr(at, word.size()) != word) return false;
        at += word.size();
        return true;
    }
    bool eat_dash() { return eat(k_en_dash) || eat("-"); }
    // Digits (at most max of them); -1 when none.
    long number(std::size_t max = 5) {
        std::size_t b = at;
        while (at < s.size() && is_digit(s[at]) && at - b < max) ++at;
        if (at == b || (at < s.size() && is_digit(s[at]))) {
            at = b;
            return -1;
        }
        return std::stol(std::string(s.substr(b, at - b)));
    }
    int roman() {
        static const std::string_view letters = "IVXLCDM";
        static const int values[] = {1, 5, 10, 50, 100, 500, 1000};
        std::size_t b = at;
        int total = 0, prev = 0;
        std::vector<int> v;
        while (at < s.size() && letters.find(s[at]) != std::string_view::npos)
            v.push_back(values[letters.find(s[at++])]);
        if (v.empty() || (at < s.size() && is_letter(s[at]))) {
            at = b;
            return -1;
        }
        for (std::size_t i = v.size(); i-- > 0;) {
            total += v[i] < prev ? -v[i] : v[i];
            prev = std::max(prev, v[i]);
        }
        return total;
    }
};

// One document number of a list and where its figures stand.
struct NumberAt {
    long value;
    std::size_t begin, end;
};

// After "Document " / "Documents ": 12 | 12 and 14 | 12, 14, and 16 | 12–14. Returns the
// numbers written (a range gives its two ends) and leaves the cursor after the last one.
std::vector<NumberAt> document_numbers(Cursor& c, bool plural) {
    std::vector<NumberAt> out;
    std::size_t b = c.at;
    long n = c.number();
    if (n < 0) return out;
    out.push_back({n, b, c.at});
    if (!plural) return out;
    for (;;) {
        Cursor save = c;
        if (!c.eat_dash() && !c.eat(", and ") && !c.eat(" and ") && !c.eat(", ")) break;
        b = c.at;
        long m = c.number();
        if (m < 0) {
            c = save;
            break;
        }
        out.push_back({m, b, c.at});
    }
    return out;
}

// The refs of a list of documents: one ref over "Document 12" when singular (as FRUS does),
// one ref over each number when plural ("Documents <ref>84</ref> and <ref>85</ref>").
void push_document_refs(std::vector<FoundReference>& out, const std::string& prefix,
                        const std::vector<NumberAt>& numbers, bool plural, std::size_t singular_begin) {
    for (const auto& n : numbers) {
        FoundReference r;
        r.begin = plural ? n.begin : singular_begin;
        r.end = n.end;
        r.target = prefix + "d" + std::to_string(n.value);
        out.push_back(r);
    }
}

// The series of the last "Foreign Relations, YEARS" of a text, for a following "ibid., vol. …".
struct Series {
    long first_year = -1, last_year = -1;
};

// "Foreign Relations, 1964–1968, vol. XIII[, Part 1][, Document(s) …]" starting at c, or
// "ibid., vol. …" after one (same years): one ref over the whole for a single document (or the
// volume alone), else a ref over the volume and one over each document number.
bool foreign_relations(Cursor& c, std::vector<FoundReference>& out, Series& series) {
    Cursor k = c;
    const bool ibid = series.first_year > 0 && (k.eat("ibid.") || k.eat("Ibid."));
    if (!ibid) {
        if (!k.eat("Foreign Relations, ")) return false;
        long y1 = k.number(4), y2 = -1;
        if (y1 < 1000) return false;
        Cursor save = k;
        if (k.eat_dash()) {
            y2 = k.number(4);
            if (y2 < 0)
                k = save;
            else if (y2 < 100)
                y2 += y1 / 100 * 100;
        }
        series = {y1, y2};
    }
    if (!k.eat(", vol. ") && !k.eat(", volume ") && !k.eat(", Vol. ")) return false;
    int volume = k.roman();
    if (volume < 0) return false;
    int part = 0;
    Cursor save = k;
    if (k.eat(", Part ") || k.eat(", part ") || k.eat(", pt. ")) {
        long p = k.number(2);
        if (p > 0)
            part = static_cast<int>(p);
        else
            k = save;
    }
    const std::string id =
        frus_volume_id(static_cast<int>(series.first_year), static_cast<int>(series.last_year), volume, part);
    FoundReference whole;
    whole.begin = whole.italic_begin = c.at;
    whole.italic_end = ibid ? c.at : c.at + std::strlen("Foreign Relations");
    whole.target = id;
    whole.end = k.at;
    save = k;
    const bool plural = k.eat(", Documents ");
    std::vector<NumberAt> docs;
    if (plural || k.eat(", Document ")) docs = document_numbers(k, plural);
    if (docs.empty()) {
        k = save;
        out.push_back(whole);
    } else if (!plural) {
        whole.end = k.at;
        whole.target = id + "#d" + std::to_string(docs[0].value);
        out.push_back(whole);
    } else {
        out.push_back(whole);
        push_document_refs(out, id + "#", docs, true, 0);
    }
    c = k;
    return true;
}

// "footnote 4, Document 60", "footnote 4 to Document 60", "footnote 3 above/below"; plural
// "footnotes 2 and 3, Document 60" / "footnotes 2 and 3 above" give a ref on each number.
bool footnote_reference(Cursor& c, const std::string& doc_id, std::vector<FoundReference>& out) {
    Cursor k = c;
    const bool plural = k.eat("footnotes ");
    if (!plural && !k.eat("footnote ")) return false;
    auto notes = document_numbers(k, plural);
    if (notes.empty()) return false;
    std::string document;
    if (k.eat(", Document ") || k.eat(" to Document ") || k.eat(" of Document ") || k.eat(" in Document ")) {
        long d = k.number();
        if (d < 0) return false;
        document = "d" + std::to_string(d);
    } else if (k.eat(" above") || k.eat(" below")) {
        document = doc_id;
    } else {
        return false;
    }
    for (const auto& n : notes) {
        FoundReference ref;
        ref.begin = plural ? n.begin : c.at;
        ref.end = plural ? n.end : k.at;
        ref.target = "#" + document + "fn" + std::to_string(n.value);
        out.push_back(ref);
    }
    c = k;
    return true;
}

// "vol. XIV[, Part 1][, Document(s) …]" of a series not named here ("Ibid., vol. XIV, Document
// 5" with no Foreign Relations before it): its documents are not this volume's, so the cursor
// passes over it and nothing is tagged.
bool other_volume(Cursor& c) {
    Cursor k = c;
    if (!k.eat("vol. ") && !k.eat("Vol. ") && !k.eat("volume ")) return false;
    if (k.roman() < 0) return false;
    Cursor save = k;
    if (k.eat(", Part ") || k.eat(", part ") || k.eat(", pt. ")) {
        if (k.number(2) < 0) k = save;
    }
    save = k;
    const bool plural = k.eat(", Documents ");
    if ((plural || k.eat(", Document ")) && document_numbers(k, plural).empty()) k = save;
    c = k;
    return true;
}

bool document_reference(Cursor& c, std::vector<FoundReference>& out) {
    Cursor k = c;
    bool plural = k.eat("Documents ");
    if (!plural && !k.eat("Document ")) return false;
    auto docs = document_numbers(k, plural);
    if (docs.empty()) return false;
    push_document_refs(out, "#", docs, plural, c.at);
    c = k;
    return true;
}

// Periodical titles FRUS notes print in italics; "Bulletin" only as the Department's.
bool periodical(Cursor& c, FoundReference& ref) {
    static constexpr std::string_view titles[] = {"Public Papers of the Presidents of the United States",
                                                  "Public Papers of the Presidents",
                                                  "American Foreign Policy: Current Documents",
                                                  "Documents on International Affairs",
                                                  "The New York Times",
                                                  "The Washington Post",
                                                  "New York Times",
                                                  "Washington Post",
                                                  "Pravda",
                                                  "Izvestiya",
                                                  "Izvestia",
                                                  "Foreign Relations"};
    Cursor k = c;
    if (k.eat("Department of State Bulletin")) {
        ref.begin = ref.italic_begin = k.at - std::strlen("Bulletin");
        ref.end = ref.italic_end = k.at;
        ref.target.clear();
        c = k;
        return true;
    }
    for (auto t : titles) {
        if (k.s.substr(k.at, t.size()) != t) continue;
        std::size_t end = k.at + t.size();
        if (end < k.s.size() && is_letter(k.s[end])) continue;
        ref.begin = ref.italic_begin = k.at;
        ref.end = ref.italic_end = end;
        ref.target.clear();
        c.at = end;
        return true;
    }
    return false;
}

bool skip_inside(const char* name) {
    return std::strcmp(name, "ref") == 0 || std::strcmp(name, "hi") == 0 || std::strcmp(name, "note") == 0;
}

} // namespace

std::string frus_volume_id(int first_year, int last_year, int volume, int part) {
    std::string id = "frus" + std::to_string(first_year);
    if (last_year > first_year) {
        std::string two = std::to_string(last_year % 100);
        id += "-" + std::string(two.size() < 2 ? "0" : "") + two;
    }
    std::string v = std::to_string(volume);
    id += "v" + std::string(v.size() < 2 ? "0" : "") + v;
    if (part > 0) id += "p" + std::to_string(part);
    return id;
}

std::vector<FoundReference> find_references(std::string_view s, const std::string& doc_id) {
    std::vector<FoundReference> out;
    Series series;
    Cursor c{s, 0};
    while (c.at < s.size()) {
        if (c.at > 0 && is_letter(s[c.at - 1])) {
            ++c.at;
            continue;
        }
        if (foreign_relations(c, out, series) || other_volume(c) || footnote_reference(c, doc_id, out) ||
            document_reference(c, out))
            continue;
        FoundReference ref;
        if (periodical(c, ref)) {
            out.push_back(ref);
            continue;
        }
        ++c.at;
    }
    return out;
}

bool link_references(PassContext& ctx) {
    pugi::xml_node div = document_div(ctx.doc);
    const std::string doc_id = div.attribute("xml:id").value();
    const std::string own_notes = "#" + doc_id + "fn";
    std::unique_ptr<LineIndex> lines; // made on the first warning only
    const pugi::xpath_node_set notes = div.select_nodes(".//note");
    std::unordered_set<std::string> note_ids;
    for (pugi::xpath_node x : notes) note_ids.insert(x.node().attribute("xml:id").value());
    for (pugi::xpath_node x : notes) {
        pugi::xml_node note = x.node();
        for (pugi::xml_node text : text_nodes(note, skip_inside)) {
            const std::string value = text.value();
            auto refs = find_references(value, doc_id);
            // A footnote of this document that it does not have ("footnote 9 above" with eight
            // notes) stays text, with a warning: a ref to it would point nowhere.
            refs.erase(std::remove_if(
                           refs.begin(), refs.end(),
                           [&](const FoundReference& r) {
                               if (r.target.compare(0, own_notes.size(), own_notes) != 0) return false;
                               if (note_ids.count(r.target.substr(1))) return false;
                               const std::string n = r.target.substr(own_notes.size());
                               auto at = ctx.note_text_offsets.find(std::atoi(note.attribute("n").value()));
                               if (!ctx.text.empty() && at != ctx.note_text_offsets.end()) {
                                   if (!lines) lines = std::make_unique<LineIndex>(ctx.text);
                                   std::size_t offset = at->second + (text == note.first_child() ? r.begin : 0);
                                   auto pos = lines->position(offset);
                                   ctx.sink.warning(ctx.file, pos.line, pos.column,
                                                    "'" + value.substr(r.begin, r.end - r.begin) + "' names footnote " +
                                                        n + " of this document, which has no footnote " + n +
                                                        ": it stays text");
                               } else {
                                   ctx.sink.warning(ctx.file, 0, 0,
                                                    "footnote " + n +
                                                        " of this document is named but does not exist: it stays text");
                               }
                               return true;
                           }),
                       refs.end());
            // One cut of the text node for all its references (linear in its length).
            std::vector<TextRange> ranges;
            std::vector<const FoundReference*> kept;
            for (const auto& r : refs) {
                if (!ranges.empty() && r.begin < ranges.back().end) continue;
                ranges.push_back({r.begin, r.end, r.target.empty() ? "hi" : "ref"});
                kept.push_back(&r);
            }
            auto holders = wrap_texts(text, ranges);
            for (std::size_t i = 0; i < holders.size(); ++i) {
                const FoundReference& r = *kept[i];
                if (r.target.empty()) {
                    holders[i].append_attribute("rend") = "italic";
                    continue;
                }
                holders[i].append_attribute("target") = r.target.c_str();
                if (r.italic_end > r.italic_begin) {
                    pugi::xml_node hi =
                        wrap_text(holders[i].first_child(), r.italic_begin - r.begin, r.italic_end - r.begin, "hi");
                    if (hi) hi.append_attribute("rend") = "italic";
                }
            }
        }
    }
    return true;
}

} // namespace teipress::passes
