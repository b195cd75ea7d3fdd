#include "passes/tag_names.h"

#include "passes/build_header.h"
#include "passes/text_nodes.h"

#include <algorithm>
#include <cstring>

namespace teipress::passes {

namespace {

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Decodes the code point at s[i] (valid UTF-8) and its length.
char32_t decode(std::string_view s, std::size_t i, std::size_t* len) {
    auto u = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = u(i);
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
        *len = 2;
        return ((c & 0x1F) << 6) | (u(i + 1) & 0x3F);
    }
    if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
        *len = 3;
        return ((c & 0x0F) << 12) | ((u(i + 1) & 0x3F) << 6) | (u(i + 2) & 0x3F);
    }
    if (i + 3 < s.size()) {
        *len = 4;
        return ((c & 0x07) << 18) | ((u(i + 1) & 0x3F) << 12) | ((u(i + 2) & 0x3F) << 6) | (u(i + 3) & 0x3F);
    }
    *len = 1;
    return c;
}

bool is_word_code_point(char32_t c) {
    if (c < 0x80) return is_ascii_letter(static_cast<char>(c)) || is_digit(static_cast<char>(c));
    return c >= 0xC0 && !(c >= 0x2000 && c <= 0x206F);
}

// The words of s: maximal runs of letters and digits (a '/' between two runs joins them, for
// terms like EUR/RPM).
struct Word {
    std::size_t begin, end;
};
std::vector<Word> words_of(std::string_view s) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t len;
        char32_t c = decode(s, i, &len);
        if (!is_word_code_point(c)) {
            i += len;
            continue;
        }
        std::size_t b = i;
        while (i < s.size()) {
            c = decode(s, i, &len);
            if (!is_word_code_point(c)) break;
            i += len;
        }
        out.push_back({b, i});
    }
    return out;
}

std::string_view first_word(std::string_view s) {
    return s.substr(0, s.find(' '));
}

// Words that stand before a surname without being a forename ("Ambassador Thompson").
bool is_title(std::string_view w) {
    static constexpr std::string_view titles[] = {
        "Mr", "Mrs", "Miss", "Dr", "President", "Secretary", "Ambassador", "Minister", "General", "Governor", "Senator",
        "Director", "Chairman", "Premier", "Chancellor", "Counselor", "Vice", "Under", "Deputy", "Assistant", "Prime",
        "King", "Marshal", "Admiral", "Judge", "Justice", "Representative", "Congressman", "Professor", "Comrade",
        "Mayor", "Acting", "Cardinal", "Bishop", "Father", "Colonel", "Major", "Captain", "Lieutenant", "Sir", "Lord",
        "Lady", "Foreign", "First", "Former", "Chief", "Consul", "Charge", "Envoy", "Attorney", "Commissioner",
        "Administrator", "Adviser", "Advisor", "Special", "Mission", "Embassy", "To", "From", "For", "And", "The",
        "With", "By", "Of", "Dear",
        // the last word of an office before a name: "Secretary of State Rusk"
        "State", "Defense", "Treasury", "Affairs", "Commerce", "Agriculture", "Labor", "Navy", "Army", "Force", "Staff",
        "Council", "Committee", "Department", "Office", "Bureau", "Intelligence", "Security", "Union", "Nations",
        "Republic", "Government", "Party"};
    for (auto t : titles)
        if (w == t) return true;
    return false;
}

bool is_all_caps(std::string_view w) {
    return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool followed_by_institution(std::string_view s, std::size_t end) {
    static constexpr std::string_view words[] = {" Library",  " Administration", " Doctrine", " Plan",
                                                 " Papers",   " Foundation",     " Center",   " Institute",
                                                 " Memorial", " Round",          " Files",    " File"};
    for (auto w : words)
        if (s.substr(end, w.size()) == w) return true;
    return false;
}

// True when a list description ("Counselor …; thereafter President’s Special Assistant") names
// office ("President’s Special Assistant for National Security Affairs"): one of its clauses,
// without "thereafter" and without its dates, is the office or the beginning of it.
bool holds_office(const std::string& description, const std::string& office) {
    if (office.size() < 6) return false;
    if (description.find(office) != std::string::npos) return true;
    std::size_t from = 0;
    while (from < description.size()) {
        std::size_t to = description.find_first_of(";,", from);
        if (to == std::string::npos) to = description.size();
        std::string clause = description.substr(from, to - from);
        from = to + 1;
        while (!clause.empty() && clause[0] == ' ') clause.erase(0, 1);
        for (const char* lead : {"thereafter ", "also ", "and "})
            if (clause.rfind(lead, 0) == 0) clause.erase(0, std::strlen(lead));
        for (const char* tail : {" from ", " to ", " until ", " after ", " in "}) {
            std::size_t t = clause.find(tail);
            // Dates follow these words ("to March 1965"); an office may hold them too
            // ("Ambassador to France"), so cut only before a month or a year.
            if (t != std::string::npos) {
                std::string rest = clause.substr(t + std::strlen(tail));
                bool date =
                    !rest.empty() &&
                    ((rest[0] >= '0' && rest[0] <= '9') || rest.rfind("January", 0) == 0 ||
                     rest.rfind("February", 0) == 0 || rest.rfind("March", 0) == 0 || rest.rfind("April", 0) == 0 ||
                     rest.rfind("May", 0) == 0 || rest.rfind("June", 0) == 0 || rest.rfind("July", 0) == 0 ||
                     rest.rfind("August", 0) == 0 || rest.rfind("September", 0) == 0 || rest.rfind("October", 0) == 0 ||
                     rest.rfind("November", 0) == 0 || rest.rfind("December", 0) == 0);
                if (date) clause.erase(t);
            }
        }
        if (clause.size() >= 10 && (office == clause || office.rfind(clause + " ", 0) == 0)) return true;
    }
    return false;
}

} // namespace

std::vector<const edition::Person*> NameIndex::persons(std::string_view surname) const {
    std::vector<const edition::Person*> out;
    auto it = m_edition.persons_by_first_word.find(std::string(first_word(surname)));
    if (it == m_edition.persons_by_first_word.end()) return out;
    for (const auto* p : it->second)
        if (p->surname == surname) out.push_back(p);
    return out;
}

void NameIndex::resolve(const std::string& surname, const edition::Person* person) {
    m_resolved.emplace_back(surname, person);
}

std::vector<FoundName> NameIndex::find(std::string_view s) const {
    std::vector<FoundName> out;
    auto words = words_of(s);
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::size_t b = words[w].begin;
        std::size_t e = words[w].end;
        std::string_view word = s.substr(b, e - b);
        if (!m_edition.name_starts[static_cast<unsigned char>(word[0])]) continue;
        // Terms, whole words (with a following "/X" joined: EUR/RPM).
        if (e < s.size() && s[e] == '/' && w + 1 < words.size() && words[w + 1].begin == e + 1) {
            auto it = m_edition.term_by_text.find(std::string(s.substr(b, words[w + 1].end - b)));
            if (it != m_edition.term_by_text.end() && it->second) {
                out.push_back({b, words[w + 1].end, false, it->second->id, {}});
                ++w;
                continue;
            }
        }
        if (e < s.size() && s[e] == '/') continue; // part of a longer symbol: not certain
        const std::string key(word);
        auto term = m_edition.term_by_text.find(key);
        if (term != m_edition.term_by_text.end()) {
            if (term->second) out.push_back({b, e, false, term->second->id, {}});
            continue;
        }
        if (!(word[0] >= 'A' && word[0] <= 'Z') && static_cast<unsigned char>(word[0]) < 0x80) continue;
        // Persons: the surname (all its words), unique in the list or resolved for this document.
        const edition::Person* person = nullptr;
        std::size_t end = e;
        for (const auto& [surname, p] : m_resolved)
            if (s.substr(b, surname.size()) == surname && first_word(surname) == word) {
                person = p;
                end = b + surname.size();
            }
        if (!person) {
            const edition::Person* only = nullptr;
            int count = 0;
            auto candidates = m_edition.persons_by_first_word.find(key);
            if (candidates == m_edition.persons_by_first_word.end()) continue;
            for (const edition::Person* pp : candidates->second) {
                const edition::Person& p = *pp;
                if (s.substr(b, p.surname.size()) != p.surname) continue;
                std::size_t pe = b + p.surname.size();
                std::size_t len = 0;
                if (pe < s.size() && is_word_code_point(decode(s, pe, &len))) continue;
                if (!only || only->surname != p.surname) ++count;
                only = &p;
                end = pe;
            }
            if (count == 1 && persons(only->surname).size() == 1) person = only;
        }
        if (!person || followed_by_institution(s, end)) continue;
        // Forenames and initials just before the surname are part of the name ("Averell
        // Harriman", "Lyndon B. Johnson"); another capitalised word there that is not a title
        // means another person of that surname ("Tom Johnson"): not certain, left alone.
        std::size_t begin = b;
        bool other_person = false;
        for (std::size_t v = w; v > 0;) {
            const Word& prev = words[v - 1];
            std::string_view gap = s.substr(prev.end, begin - prev.end);
            std::string_view name = s.substr(prev.begin, prev.end - prev.begin);
            bool initial = gap == ". " && name.size() == 1;
            if (gap != " " && !initial) break;
            std::string written = std::string(name) + (initial ? "." : "");
            bool forename =
                std::find(person->forenames.begin(), person->forenames.end(), written) != person->forenames.end();
            if (!forename) {
                other_person =
                    begin == b && !initial && name[0] >= 'A' && name[0] <= 'Z' && !is_title(name) && !is_all_caps(name);
                break;
            }
            begin = prev.begin;
            --v;
        }
        if (other_person) continue;
        out.push_back({begin, end, true, person->id, {}});
        while (w + 1 < words.size() && words[w + 1].begin < end) ++w;
    }
    return out;
}

std::vector<FoundName> find_heading_names(std::string_view heading, NameIndex& index) {
    // The roles: after " From " the sender, after the next " to " the recipient.
    std::size_t from = heading.find(" From ");
    std::size_t to = heading.find(" to ", from == std::string_view::npos ? 0 : from);
    auto role_at = [&](std::size_t at) -> std::string {
        if (to != std::string_view::npos && at > to) return "to";
        if (from != std::string_view::npos && at > from) return "from";
        return {};
    };
    auto segment_of = [&](std::size_t at) -> std::string_view {
        if (to != std::string_view::npos && at > to) return heading.substr(to + 4, at - to - 4);
        if (from != std::string_view::npos && at > from) return heading.substr(from + 6, at - from - 6);
        return heading.substr(0, at);
    };
    std::vector<FoundName> out;
    auto words = words_of(heading);
    for (std::size_t w = 0; w < words.size(); ++w) {
        std::size_t b = words[w].begin, e = words[w].end;
        std::string_view word = heading.substr(b, e - b);
        auto persons = index.persons(word);
        bool in_parens = b > 0 && heading[b - 1] == '(' && e < heading.size() && heading[e] == ')';
        std::string role = role_at(b);
        if (persons.empty()) {
            // An unlisted name given in parentheses after an office: a person all the same.
            if (in_parens && !role.empty() && word[0] >= 'A' && word[0] <= 'Z') out.push_back({b, e, true, {}, role});
            continue;
        }
        const edition::Person* chosen = persons.size() == 1 ? persons[0] : nullptr;
        if (!chosen) {
            // The office before the name: "the Under Secretary of State for Political Affairs ("
            std::string office(segment_of(b));
            for (const char* lead : {"the ", "The "})
                if (office.rfind(lead, 0) == 0) office.erase(0, std::strlen(lead));
            while (!office.empty() && (office.back() == ' ' || office.back() == '(')) office.pop_back();
            int matches = 0;
            for (const auto* p : persons)
                if (holds_office(p->description, office)) {
                    chosen = p;
                    ++matches;
                }
            if (matches != 1) chosen = nullptr;
            if (chosen) index.resolve(std::string(word), chosen);
        }
        if (!chosen && role.empty()) continue;
        out.push_back({b, e, true, chosen ? chosen->id : std::string(), role});
    }
    // Institutions as sender or recipient ("Telegram From the Department of State to the
    // Embassy in Czechoslovakia"): a gloss with the role, as the Office of the Historian encodes
    // them, when no person was found in that part of the heading.
    for (const auto& inst : find_heading_institutions(heading)) {
        bool has_person =
            std::any_of(out.begin(), out.end(), [&](const FoundName& f) { return f.person && f.role == inst.role; });
        if (!has_person) out.push_back(inst);
    }
    // Terms in the heading, without roles, unless inside an institution's gloss.
    for (const auto& f : index.find(heading)) {
        if (f.person) continue;
        bool inside = std::any_of(out.begin(), out.end(),
                                  [&](const FoundName& g) { return !g.person && f.begin < g.end && g.begin < f.end; });
        if (!inside) out.push_back(f);
    }
    std::sort(out.begin(), out.end(), [](const FoundName& a, const FoundName& b) { return a.begin < b.begin; });
    return out;
}

std::vector<FoundName> find_heading_institutions(std::string_view heading) {
    // The words that begin the name of a body that sends or receives FRUS documents.
    static constexpr std::string_view k_bodies[] = {"Department ",   "Embassy ",
                                                    "Mission ",      "Consulate ",
                                                    "Legation ",     "Delegation ",
                                                    "Office ",       "Bureau ",
                                                    "Agency ",       "Central Intelligence Agency",
                                                    "Joint Chiefs ", "National Security Council",
                                                    "White House",   "Interagency ",
                                                    "Board ",        "Committee "};
    std::vector<FoundName> out;
    std::size_t from = heading.find(" From the ");
    if (from == std::string_view::npos) return out;
    auto names_body = [&](std::string_view part) {
        for (std::string_view body : k_bodies)
            if (part.substr(0, body.size()) == body) return true;
        return false;
    };
    // The recipient follows the " to the " after which a body's name begins (a sender such as
    // "the Mission to the United Nations" holds a " to the " of its own); without one, the
    // sender ends at the first " to " ("… to All NATO Capitals").
    std::size_t to = std::string_view::npos;
    for (std::size_t at = heading.find(" to the ", from + 10); at != std::string_view::npos;
         at = heading.find(" to the ", at + 1))
        if (names_body(heading.substr(at + 8))) to = at;
    std::size_t from_end = to != std::string_view::npos ? to : heading.find(" to ", from + 10);
    auto add = [&](std::size_t begin, std::size_t end, const char* role) {
        std::string_view part = heading.substr(begin, end - begin);
        while (!part.empty() && (part.back() == ' ' || part.back() == ',')) part.remove_suffix(1);
        if (part.empty() || part.find('(') != std::string_view::npos || !names_body(part)) return;
        out.push_back({begin, begin + part.size(), false, {}, role});
    };
    add(from + 10, from_end == std::string_view::npos ? heading.size() : from_end, "from");
    if (to != std::string_view::npos) add(to + 8, heading.size(), "to");
    return out;
}

namespace {

bool skip_inside(const char* name) {
    for (const char* n : {"persName", "gloss", "ref", "supplied", "gap", "pb", "note", "head"})
        if (std::strcmp(name, n) == 0) return true;
    return false;
}

void tag_found(pugi::xml_node text, const std::vector<FoundName>& names) {
    // One cut for the whole text node (linear in its length, however many names it holds); a
    // name overlapping the one before it is left out.
    std::vector<TextRange> ranges;
    std::vector<const FoundName*> kept;
    for (const auto& f : names) {
        if (!ranges.empty() && f.begin < ranges.back().end) continue;
        ranges.push_back({f.begin, f.end, f.person ? "persName" : "gloss"});
        kept.push_back(&f);
    }
    auto elements = wrap_texts(text, ranges);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const FoundName& f = *kept[i];
        if (!f.id.empty()) elements[i].append_attribute(f.person ? "corresp" : "target") = ("#" + f.id).c_str();
        if (!f.role.empty()) elements[i].append_attribute("type") = f.role.c_str();
    }
}

void tag_texts(pugi::xml_node node, const NameIndex& index) {
    for (pugi::xml_node text : text_nodes(node, skip_inside)) {
        auto names = index.find(text.value());
        tag_found(text, names);
    }
}

} // namespace

bool tag_names(PassContext& ctx) {
    if (!ctx.edition) return true;
    NameIndex index(*ctx.edition);
    pugi::xml_node div = document_div(ctx.doc);
    pugi::xml_node head = div.child("head");
    // The heading first: it settles who an ambiguous surname means in this document.
    for (pugi::xml_node text : text_nodes(head, skip_inside)) tag_found(text, find_heading_names(text.value(), index));
    tag_texts(div, index);
    for (pugi::xpath_node x : div.select_nodes(".//note")) {
        pugi::xml_node note = x.node();
        if (std::strcmp(note.attribute("type").value(), "source") != 0) {
            tag_texts(note, index);
            continue;
        }
        // The archival citation of the source note ("Department of State, Central Files, POL 1
        // EUR E–US") is a file designation, not prose: names in it are not tagged.
        for (pugi::xml_node text : text_nodes(note, skip_inside)) {
            auto names = index.find(text.value());
            if (text == note.first_child()) {
                std::size_t citation = std::strlen("Source: ") + archival_source(text.value()).size();
                names.erase(
                    std::remove_if(names.begin(), names.end(), [&](const FoundName& f) { return f.begin < citation; }),
                    names.end());
            }
            tag_found(text, names);
        }
    }
    return true;
}

} // namespace teipress::passes
