#include "readers/note_anchors.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace teipress::readers {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The code point that ends just before s[at] (s is valid UTF-8); 0 when at is 0.
char32_t previous_code_point(std::string_view s, std::size_t at) {
    if (at == 0) return 0;
    std::size_t b = at - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    auto u = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    std::size_t n = at - b;
    if (n == 1) return u(b);
    if (n == 2) return ((u(b) & 0x1F) << 6) | (u(b + 1) & 0x3F);
    if (n == 3) return ((u(b) & 0x0F) << 12) | ((u(b + 1) & 0x3F) << 6) | (u(b + 2) & 0x3F);
    return ((u(b) & 0x07) << 18) | ((u(b + 1) & 0x3F) << 12) | ((u(b + 2) & 0x3F) << 6) | (u(b + 3) & 0x3F);
}

// What stands before a digit run of run figures that begins at s[at]: a word or closing
// punctuation, a space, or anything else (the start of a line, a dash, an opening bracket, a
// grouped figure "1,500"): a place so unlikely that it is taken only when there is no other.
enum class Lead { Other, Word, Space };

Lead lead_of(std::string_view s, std::size_t at, std::size_t run) {
    char32_t c = previous_code_point(s, at);
    if (c == 0) return Lead::Other;
    if (c < 0x80) {
        char a = static_cast<char>(c);
        if (is_ascii_letter(a)) return Lead::Word;
        if (a == ' ' || a == '\t') return Lead::Space;
        // "1,500" and "10:30" are one figure, not a figure and a note ("February 9,4",
        // "December 8:2" and "June 5, 1964,977" are: a first group has at most three figures).
        if (at >= 2 && is_digit(s[at - 2])) {
            std::size_t before = at - 1;
            while (before > 0 && is_digit(s[before - 1])) --before;
            const std::size_t group = at - 1 - before;
            if ((a == ',' && run == 3 && group <= 3) || (a == ':' && run == 2 && group <= 2)) return Lead::Other;
        }
        if (std::string_view(".,;:)]!?\"'").find(a) != std::string_view::npos) return Lead::Word;
        return Lead::Other;
    }
    // Closing quotes and the ellipsis may carry a note; other general punctuation (dashes,
    // opening quotes) may not; letters beyond ASCII may; a no-break space is a space.
    if (c == 0x2019 || c == 0x201D || c == 0x2026 || c == 0xBB) return Lead::Word;
    if (c == 0xA0) return Lead::Space;
    if (c >= 0x2000 && c <= 0x206F) return Lead::Other;
    return c >= 0xC0 ? Lead::Word : Lead::Other;
}

// The glue of a figure prefix s[p, a) before a note's number: a year of four figures (not
// part of a word or a reference like "frus1964"), the last group of a grouped figure, or any
// other figure.
AnchorGlue prefix_glue(std::string_view s, std::size_t p, std::size_t a) {
    const std::size_t len = a - p;
    const bool word_before =
        p > 0 && (is_ascii_letter(s[p - 1]) || s[p - 1] == '.' || s[p - 1] == ',' || s[p - 1] == '-');
    if (len == 4 && (s[p] == '1' || s[p] == '2') && !word_before) return AnchorGlue::Year;
    if (len == 3 && p >= 2 && s[p - 1] == ',' && is_digit(s[p - 2])) return AnchorGlue::Year;
    return AnchorGlue::Figure;
}

// True when the whole run s[p, q) reads as a year (1700–2099): then reading it as a shorter
// figure followed by a note is unlikely ("in 1967" is not 196 + note 7).
bool reads_as_year(std::string_view s, std::size_t p, std::size_t q) {
    if (q - p != 4) return false;
    std::string_view y = s.substr(p, 4);
    return y.substr(0, 2) == "17" || y.substr(0, 2) == "18" || y.substr(0, 2) == "19" || y.substr(0, 2) == "20";
}

// True when the run that begins at s[p] follows the name of a month and a space ("October 15",
// "Oct. 15"): then the run is the day of a date.
bool after_month(std::string_view s, std::size_t p) {
    static constexpr std::string_view k_months[] = {
        "January",  "February", "March", "April", "May",  "June", "July",  "August", "September", "October", "November",
        "December", "Jan.",     "Feb.",  "Mar.",  "Apr.", "Aug.", "Sept.", "Sep.",   "Oct.",      "Nov.",    "Dec."};
    if (p < 2 || s[p - 1] != ' ') return false;
    std::string_view before = s.substr(0, p - 1);
    for (std::string_view m : k_months)
        if (before.size() >= m.size() && before.substr(before.size() - m.size()) == m &&
            (before.size() == m.size() || !is_ascii_letter(before[before.size() - m.size() - 1])))
            return true;
    return false;
}

// The value of the figures s[p, q) (at most three).
int figures_value(std::string_view s, std::size_t p, std::size_t q) {
    int v = 0;
    for (std::size_t i = p; i < q; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

// The scores: how likely each way of standing is for a note's number.
constexpr int k_score_word = 40;
constexpr int k_score_year = 28;
constexpr int k_score_day = 28; // a day of a month followed by a note: "October 151"
constexpr int k_score_figure = 20;
constexpr int k_score_space_at_end = 14; // the last word of a line ("Dean 7")
constexpr int k_score_space = 10;
constexpr int k_score_date_day = 3;       // a figure read as the day of "March 12, 1968"
constexpr int k_score_figure_in_year = 2; // "1967" read as 196 + note 7
constexpr int k_score_other = 1;          // after a dash, a bracket, at the start of a line …
// A chosen place scoring below this is reported even when it is the only one.
constexpr int k_score_weak = k_score_space;
constexpr int k_score_evidence = 30;     // the note names the figure before its number
constexpr int k_score_source_place = 25; // the first note at the very end of the heading
// Another place scoring less than this below the chosen one makes the choice uncertain: two
// places glued to words, a year against another figure, a figure against a number at the end
// of a line, two numbers after spaces (but not a word against a year or a figure).
constexpr int k_doubt_margin = 10;

constexpr long k_none = std::numeric_limits<long>::min() / 4;

// One place where a note's number may stand. leader/follower link the notes glued together
// at one place ("Johnson12"): such a candidate is chosen only with its partner.
struct Candidate {
    std::size_t note;
    std::size_t offset; // in the whole source
    std::size_t length;
    AnchorGlue glue;
    bool evidence;
    int score;
    long leader = -1;   // the candidate (index in all) of the previous note glued before this one
    long follower = -1; // the candidate of the next note glued after this one
};

// The whole numbers of two figures or more written at the start of each note's text (where a
// note says what it cites: "Telegram 293 from Prague", "Document 304", "In telegram 1304").
std::vector<std::unordered_set<std::string>> cited_numbers(const std::vector<std::string_view>& texts, std::size_t n) {
    std::vector<std::unordered_set<std::string>> out(n);
    constexpr std::size_t k_window = 48;
    for (std::size_t k = 0; k < n && k < texts.size(); ++k) {
        std::string_view t = texts[k]; // numbers that begin in the window, read whole
        for (std::size_t i = 0; i < t.size() && i < k_window;) {
            if (!is_digit(t[i])) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < t.size() && is_digit(t[j])) ++j;
            if (j - i >= 2 && j - i <= 9 && (i == 0 || !is_ascii_letter(t[i - 1])) &&
                (j == t.size() || !is_ascii_letter(t[j])))
                out[k].emplace(t.substr(i, j - i));
            i = j;
        }
    }
    return out;
}

// Every candidate of every note, in one pass over the digit runs of the text (linear in the
// text: a run longer than a figure and three glued notes holds none).
std::vector<Candidate> all_candidates(const std::vector<SearchSpan>& spans, const std::vector<int>& numbers,
                                      const AnchorHints& hints) {
    const std::size_t n = numbers.size();
    std::vector<std::string> digits(n);
    std::unordered_map<std::string_view, std::size_t> note_of;
    std::size_t longest = 0;
    for (std::size_t k = 0; k < n; ++k) digits[k] = std::to_string(numbers[k]);
    for (std::size_t k = 0; k < n; ++k) {
        note_of.emplace(digits[k], k);
        longest = std::max(longest, digits[k].size());
    }
    const auto cited = cited_numbers(hints.note_texts, n);
    constexpr std::size_t k_longest_figure = 6; // telegram and document numbers
    std::vector<Candidate> out;
    for (const auto& span : spans) {
        std::string_view s = span.text;
        for (std::size_t p = 0; p < s.size(); ++p) {
            if (!is_digit(s[p]) || (p > 0 && is_digit(s[p - 1]))) continue;
            std::size_t q = p;
            while (q < s.size() && is_digit(s[q])) ++q;
            const std::size_t run = q - p;
            const bool letter_after = q < s.size() && is_ascii_letter(s[q]);
            // "1,500", "861.51/382", "10:30", "February 9,4": the run is the head of a longer
            // number (or of a date before its note); a note follows the whole, not this part.
            const bool compound_after =
                q + 1 < s.size() && is_digit(s[q + 1]) && (s[q] == ',' || s[q] == '.' || s[q] == ':' || s[q] == '/');
            if (letter_after || compound_after || run > k_longest_figure + 3 * longest) {
                p = q - 1;
                continue;
            }
            const Lead lead = lead_of(s, p, run);
            const bool at_end = q == s.size();
            // "March 12, 1968": the run is the day of a date; a note would follow the year.
            const bool date_day = q + 6 <= s.size() && s[q] == ',' && s[q + 1] == ' ' && is_digit(s[q + 2]) &&
                                  is_digit(s[q + 3]) && is_digit(s[q + 4]) && is_digit(s[q + 5]);
            const bool heading_end = span.offset + q == hints.heading_end;
            // After a month's name the run is a day: one that is a day as a whole ("October 11")
            // is no shorter day and a note; one too large for a day ("October 151") is.
            const bool month_day = run <= 3 && after_month(s, p);
            const int run_value = run <= 3 ? figures_value(s, p, q) : 0;
            // Chains of notes that end the run: last note m, then m-1, m-2 … glued before it.
            for (std::size_t len = 1; len <= longest && len <= run; ++len) {
                auto found = note_of.find(s.substr(q - len, len));
                if (found == note_of.end()) continue;
                // The chain k..m from a (its first figure) to q, for every k the run allows.
                std::size_t m = found->second, a = q - len;
                std::vector<std::pair<std::size_t, std::size_t>> chain = {{m, a}}; // (note, offset), last first
                for (;;) {
                    // Candidates of this chain with its head at a: the head glued to what precedes a.
                    const std::size_t head = chain.back().first;
                    AnchorGlue glue;
                    int score;
                    bool evidence = false;
                    if (a == p) {
                        if (lead == Lead::Word) {
                            glue = AnchorGlue::Word;
                            score = k_score_word;
                        } else if (lead == Lead::Space) {
                            glue = AnchorGlue::Space;
                            score = at_end ? k_score_space_at_end : k_score_space;
                        } else {
                            glue = AnchorGlue::Other;
                            score = k_score_other;
                        }
                    } else if (a - p > k_longest_figure) {
                        score = -1;
                        glue = AnchorGlue::Figure;
                    } else {
                        glue = prefix_glue(s, p, a);
                        score = glue == AnchorGlue::Year ? k_score_year
                                : reads_as_year(s, p, q) ? k_score_figure_in_year
                                                         : k_score_figure;
                        if (month_day) {
                            const int day = figures_value(s, p, a);
                            if (run_value >= 1 && run_value <= 31)
                                score = std::min(score, k_score_date_day);
                            else if (day >= 1 && day <= 31)
                                score = std::max(score, k_score_day);
                        }
                        evidence = cited[head].count(std::string(s.substr(p, a - p))) > 0;
                        if (evidence) score += k_score_evidence;
                    }
                    if (score >= 0 && date_day) score = std::min(score, k_score_date_day);
                    if (score >= 0 && heading_end && head == 0 && chain.size() == 1) score += k_score_source_place;
                    if (score >= 0) {
                        long previous = -1;
                        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                            Candidate c{it->first, span.offset + it->second,         digits[it->first].size(),
                                        glue,      evidence && it == chain.rbegin(), score};
                            c.leader = previous;
                            out.push_back(c);
                            if (previous >= 0) out[static_cast<std::size_t>(previous)].follower = long(out.size() - 1);
                            previous = long(out.size() - 1);
                        }
                    }
                    // Extend the chain with the note before its head, glued before it.
                    if (head == 0 || chain.size() >= 3) break;
                    const std::string& before = digits[head - 1];
                    if (a - p < before.size() || s.substr(a - before.size(), before.size()) != before) break;
                    a -= before.size();
                    chain.push_back({head - 1, a});
                }
            }
            p = q - 1;
        }
    }
    return out;
}

// What the doubt check compares: a better evidence wins outright; else the scores.
bool rivals(const Candidate& chosen, const Candidate& other) {
    if (other.evidence != chosen.evidence) return other.evidence;
    return chosen.score - other.score < k_doubt_margin;
}

NoteAnchor anchor_of(const Candidate& c) {
    return {c.offset, c.length, c.glue, c.evidence};
}

} // namespace

AnchorSearch find_note_anchors(const std::vector<SearchSpan>& spans, const std::vector<int>& numbers,
                               const AnchorHints& hints) {
    AnchorSearch result;
    const std::size_t n = numbers.size();
    if (n == 0) return result;
    std::vector<Candidate> all = all_candidates(spans, numbers, hints);

    // Each note's candidates, by offset (the pass over the text gives them almost in order).
    std::vector<std::vector<std::size_t>> of(n);
    for (std::size_t i = 0; i < all.size(); ++i) of[all[i].note].push_back(i);
    for (auto& v : of)
        if (!std::is_sorted(v.begin(), v.end(),
                            [&](std::size_t x, std::size_t y) { return all[x].offset < all[y].offset; }))
            std::stable_sort(v.begin(), v.end(),
                             [&](std::size_t x, std::size_t y) { return all[x].offset < all[y].offset; });
    for (std::size_t k = 0; k < n; ++k) {
        if (of[k].empty()) {
            result.failed = k;
            result.error = "the anchor of footnote " + std::to_string(numbers[k]) +
                           " is not in the text: write its number where the note belongs, glued "
                           "after the word or punctuation (e.g. 'treaty" +
                           std::to_string(numbers[k]) + "')";
            return result;
        }
    }

    // Backwards: value[i] = the best total score of candidate i and of the best places of every
    // later note; best_from[k][j] = the candidate of note k, among its j-th and later ones that
    // no earlier note is glued to, with the best value (the earliest on ties).
    std::vector<long> value(all.size(), k_none);
    std::vector<std::vector<long>> best_from(n);
    for (std::size_t k = n; k-- > 0;) {
        const auto& mine = of[k];
        if (k + 1 < n) {
            const auto& next = of[k + 1];
            const auto& best = best_from[k + 1];
            std::size_t j = 0;
            for (std::size_t i : mine) {
                Candidate& c = all[i];
                if (c.follower >= 0) {
                    long v = value[static_cast<std::size_t>(c.follower)];
                    if (v != k_none) value[i] = c.score + v;
                    continue;
                }
                while (j < next.size() && all[next[j]].offset < c.offset + c.length) ++j;
                if (j < next.size() && best[j] >= 0) value[i] = c.score + value[static_cast<std::size_t>(best[j])];
            }
        } else {
            for (std::size_t i : mine)
                if (all[i].follower < 0) value[i] = all[i].score;
        }
        auto& best = best_from[k];
        best.assign(mine.size() + 1, -1);
        for (std::size_t j = mine.size(); j-- > 0;) {
            best[j] = best[j + 1];
            const std::size_t i = mine[j];
            if (all[i].leader >= 0 || value[i] == k_none) continue;
            if (best[j] < 0 || value[i] >= value[static_cast<std::size_t>(best[j])]) best[j] = long(i);
        }
        if (best[0] < 0 && std::none_of(mine.begin(), mine.end(), [&](std::size_t i) { return value[i] != k_none; })) {
            result.failed = k;
            result.error = k + 1 < n ? "the anchor of footnote " + std::to_string(numbers[k]) +
                                           " is not found before the anchor of footnote " +
                                           std::to_string(numbers[k + 1]) + " (notes are anchored in order)"
                                     : "the anchor of footnote " + std::to_string(numbers[k]) + " is not in the text";
            return result;
        }
    }
    if (best_from[0][0] < 0) { // only glued places, none free: cannot happen for the first note
        result.failed = 0;
        result.error = "the anchor of footnote " + std::to_string(numbers[0]) + " is not in the text";
        return result;
    }

    // Forwards: the chosen places.
    std::vector<std::size_t> chosen(n);
    chosen[0] = static_cast<std::size_t>(best_from[0][0]);
    for (std::size_t k = 1; k < n; ++k) {
        const Candidate& prev = all[chosen[k - 1]];
        if (prev.follower >= 0) {
            chosen[k] = static_cast<std::size_t>(prev.follower);
            continue;
        }
        const auto& mine = of[k];
        std::size_t j = static_cast<std::size_t>(
            std::lower_bound(mine.begin(), mine.end(), prev.offset + prev.length,
                             [&](std::size_t i, std::size_t at) { return all[i].offset < at; }) -
            mine.begin());
        chosen[k] = static_cast<std::size_t>(best_from[k][j]);
    }
    for (std::size_t k = 0; k < n; ++k) result.anchors.push_back(anchor_of(all[chosen[k]]));

    // The doubts: other places of a note between its neighbours' anchors that score almost as
    // well (or have the evidence the chosen one lacks).
    for (std::size_t k = 0; k < n; ++k) {
        const Candidate& c = all[chosen[k]];
        const std::size_t low = k > 0 ? all[chosen[k - 1]].offset + all[chosen[k - 1]].length : 0;
        const std::size_t high = k + 1 < n ? all[chosen[k + 1]].offset : std::numeric_limits<std::size_t>::max();
        AnchorDoubt doubt{k, {}};
        for (std::size_t i : of[k]) {
            const Candidate& o = all[i];
            if (o.offset == c.offset || o.offset < low || o.offset + o.length > high) continue;
            if (o.leader >= 0 && (k == 0 || std::size_t(o.leader) != chosen[k - 1])) continue;
            if (o.follower >= 0 && (k + 1 >= n || std::size_t(o.follower) != chosen[k + 1])) continue;
            if (!rivals(c, o)) continue;
            if (!doubt.others.empty() && doubt.others.back().offset == o.offset) continue;
            doubt.others.push_back(anchor_of(o));
        }
        if (!doubt.others.empty() || c.score < k_score_weak) result.doubts.push_back(std::move(doubt));
    }
    return result;
}

std::vector<StrayNumber> find_stray_note_numbers(const std::vector<SearchSpan>& spans, const std::vector<int>& numbers,
                                                 const std::vector<NoteAnchor>& anchors, std::size_t limit) {
    std::unordered_set<std::string> listed;
    for (int v : numbers) listed.insert(std::to_string(v));
    std::vector<StrayNumber> out;
    std::size_t next_anchor = 0; // anchors are in text order, as the spans are
    for (const auto& span : spans) {
        std::string_view s = span.text;
        for (std::size_t p = 0; p < s.size() && out.size() < limit; ++p) {
            if (!is_digit(s[p]) || (p > 0 && is_digit(s[p - 1]))) continue;
            std::size_t q = p;
            while (q < s.size() && is_digit(s[q])) ++q;
            const std::size_t begin = span.offset + p, end = span.offset + q;
            while (next_anchor < anchors.size() && anchors[next_anchor].offset + anchors[next_anchor].length <= begin)
                ++next_anchor;
            const bool holds_anchor = next_anchor < anchors.size() && anchors[next_anchor].offset < end;
            const bool letter_after = q < s.size() && is_ascii_letter(s[q]);
            const bool more_figures =
                q + 1 < s.size() && is_digit(s[q + 1]) && (s[q] == ',' || s[q] == '.' || s[q] == ':' || s[q] == '/');
            const std::size_t at = p;
            p = q - 1;
            if (holds_anchor || q - at > 3 || letter_after || more_figures || lead_of(s, at, q - at) != Lead::Word)
                continue;
            // After a lower-case letter ("answer3"), a letter beyond ASCII or a closing quote
            // ("”3"), or punctuation that follows a word ("answer.3"); not designations in
            // capitals ("B52", "SA2"), not figures ("3.5", "10:30").
            const char b = s[at - 1];
            bool glued;
            if (b >= 'a' && b <= 'z')
                glued = true;
            else if (is_ascii_letter(b))
                glued = false;
            else if (static_cast<unsigned char>(b) >= 0x80)
                glued = true;
            else {
                const char bb = at >= 2 ? s[at - 2] : ' ';
                glued = (bb >= 'a' && bb <= 'z') || bb == '"' || bb == '\'' || bb == ')' ||
                        static_cast<unsigned char>(bb) >= 0x80;
            }
            if (glued && !listed.count(std::string(s.substr(at, q - at)))) out.push_back({begin, end - begin});
        }
    }
    return out;
}

} // namespace teipress::readers
