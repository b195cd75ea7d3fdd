#include "readers/note_anchors.h"

#include <algorithm>
#include <unordered_map>

namespace teipress::readers {

namespace {

enum class Glue { None, Weak, Strong };

struct Candidate {
    std::size_t offset; // in the whole source
    std::size_t length;
    bool strong;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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
    return ((u(b) & 0x07) << 18) | ((u(b + 1) & 0x3F) << 12) | ((u(b + 2) & 0x3F) << 6) |
           (u(b + 3) & 0x3F);
}

// How the number starting at s[at] is glued to what precedes it.
Glue glue_before(std::string_view s, std::size_t at) {
    char32_t c = previous_code_point(s, at);
    if (c == 0) return Glue::None;
    if (c < 0x80) {
        char a = static_cast<char>(c);
        if (is_ascii_letter(a)) return Glue::Strong;
        if (std::string_view(".,;:)]!?\"'").find(a) != std::string_view::npos) return Glue::Strong;
        if (!is_digit(a)) return Glue::None;
        // Digits before: a year of four figures, or the last group of a figure like 1,500.
        std::size_t run = at;
        while (run > 0 && is_digit(s[run - 1])) --run;
        std::size_t len = at - run;
        bool before_ok = run == 0 || (!is_ascii_letter(s[run - 1]) && s[run - 1] != '.' &&
                                      s[run - 1] != ',' && s[run - 1] != '-');
        if (len == 4 && (s[run] == '1' || s[run] == '2') && before_ok) return Glue::Weak;
        if (len == 3 && run >= 2 && s[run - 1] == ',' && is_digit(s[run - 2])) return Glue::Weak;
        return Glue::None;
    }
    // Closing quotes and the ellipsis may carry a note; other general punctuation (dashes,
    // opening quotes) may not; letters beyond ASCII may.
    if (c == 0x2019 || c == 0x201D || c == 0x2026 || c == 0xBB) return Glue::Strong;
    if (c >= 0x2000 && c <= 0x206F) return Glue::None;
    return c >= 0xC0 ? Glue::Strong : Glue::None;
}

// The candidates of every note, in one pass over the digit runs of the text (so the cost is
// linear in the text, however many notes). A note's number may be any part of a digit run:
// the end of a run glued to a word ("Rusk1"), the figures after a year ("19562"), or one of
// several notes glued at one place ("Johnson12" = notes 1 and 2, where the next note's number
// follows, and the previous note's number precedes, glued to a word).
std::vector<std::vector<Candidate>> all_candidates(const std::vector<SearchSpan>& spans,
                                                   const std::vector<int>& numbers) {
    const std::size_t n = numbers.size();
    std::vector<std::string> digits(n);
    std::unordered_map<std::string, std::size_t> note_of;
    std::size_t longest = 0;
    for (std::size_t k = 0; k < n; ++k) {
        digits[k] = std::to_string(numbers[k]);
        note_of[digits[k]] = k;
        longest = std::max(longest, digits[k].size());
    }
    std::vector<std::vector<Candidate>> out(n);
    for (const auto& span : spans) {
        std::string_view s = span.text;
        for (std::size_t p = 0; p < s.size(); ++p) {
            if (!is_digit(s[p]) || (p > 0 && is_digit(s[p - 1]))) continue;
            std::size_t q = p;
            while (q < s.size() && is_digit(s[q])) ++q;
            // A run longer than a year and a note, or than three glued notes, holds none (and
            // a hostile run of a million figures costs no more than its length).
            if (q - p > std::max(4 + longest, 3 * longest)) {
                p = q;
                continue;
            }
            const bool letter_after = q < s.size() && is_ascii_letter(s[q]);
            for (std::size_t a = p; a < q; ++a) {
                for (std::size_t b = a + 1; b <= q && b - a <= longest; ++b) {
                    auto found = note_of.find(std::string(s.substr(a, b - a)));
                    if (found == note_of.end() || letter_after) continue;
                    const std::size_t k = found->second;
                    if (b < q) { // more figures follow: only the next note's number may
                        if (k + 1 >= n || s.substr(b, q - b) != digits[k + 1]) continue;
                    }
                    Glue g = glue_before(s, a);
                    if (k > 0) {
                        const std::string& prev = digits[k - 1];
                        if (a >= prev.size() && s.substr(a - prev.size(), prev.size()) == prev &&
                            a - prev.size() == p && glue_before(s, p) == Glue::Strong)
                            g = Glue::Strong;
                    }
                    if (g == Glue::None) continue;
                    out[k].push_back({span.offset + a, b - a, g == Glue::Strong});
                }
            }
            p = q;
        }
    }
    return out;
}

} // namespace

AnchorSearch find_note_anchors(const std::vector<SearchSpan>& spans,
                               const std::vector<int>& numbers) {
    AnchorSearch result;
    const std::size_t n = numbers.size();
    std::vector<std::vector<Candidate>> cands = all_candidates(spans, numbers);
    for (std::size_t k = 0; k < n; ++k) {
        if (cands[k].empty()) {
            result.failed = k;
            result.error = "the anchor of footnote " + std::to_string(numbers[k]) +
                           " is not in the text: its number must follow a word or punctuation "
                           "without a space";
            return result;
        }
    }
    // latest[k]: the last candidate of note k that still leaves room for notes k+1..n-1.
    std::vector<std::size_t> latest(n);
    std::size_t limit = std::string::npos; // notes must start before this offset
    for (std::size_t k = n; k-- > 0;) {
        const auto& c = cands[k];
        auto it = std::find_if(c.rbegin(), c.rend(), [&](const Candidate& x) {
            return limit == std::string::npos || x.offset + x.length <= limit;
        });
        if (it == c.rend()) {
            result.failed = k;
            result.error = "the anchor of footnote " + std::to_string(numbers[k]) +
                           " is not found before the anchor of footnote " +
                           std::to_string(numbers[k + 1]) + " (notes are anchored in order)";
            return result;
        }
        latest[k] = it->offset;
        limit = it->offset;
    }
    std::size_t from = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const Candidate* weak = nullptr;
        const Candidate* chosen = nullptr;
        for (const auto& c : cands[k]) {
            if (c.offset < from) continue;
            if (c.offset > latest[k]) break;
            if (c.strong) {
                chosen = &c;
                break;
            }
            if (!weak) weak = &c;
        }
        if (!chosen) chosen = weak;
        if (!chosen) { // cannot happen when latest[] was computed; keep the error path honest
            result.failed = k;
            result.error = "the anchor of footnote " + std::to_string(numbers[k]) +
                           " is not found after the anchor of the previous footnote";
            return result;
        }
        result.anchors.push_back({chosen->offset, chosen->length});
        from = chosen->offset + chosen->length;
    }
    return result;
}

} // namespace teipress::readers
