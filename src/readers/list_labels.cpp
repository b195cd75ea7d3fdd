#include "readers/list_labels.h"

#include <array>
#include <string>

namespace teipress::readers {

namespace {

enum class Punctuation { Period, Parenthesis, Parentheses }; // "1."  "1)"  "(1)"
enum Kind { Arabic, LowerLetter, UpperLetter, LowerRoman, UpperRoman, KindCount };

// One line's label: its length, punctuation and its value read as each kind (0: not that kind).
struct Label {
    std::size_t length = 0;
    Punctuation punctuation = Punctuation::Period;
    std::array<int, KindCount> value{};
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// The value of a roman numeral written in one case, in its usual form (0 when it is not one).
int roman_value(std::string_view s) {
    auto digit = [](char c) {
        switch (c | 0x20) {
        case 'i': return 1;
        case 'v': return 5;
        case 'x': return 10;
        case 'l': return 50;
        case 'c': return 100;
        case 'd': return 500;
        case 'm': return 1000;
        default: return 0;
        }
    };
    if (s.empty() || s.size() > 8) return 0;
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        int v = digit(s[i]);
        if (v == 0) return 0;
        int next = i + 1 < s.size() ? digit(s[i + 1]) : 0;
        total += v < next ? -v : v;
    }
    // Only the canonical spelling counts ("iiii" and "vx" are not numerals).
    static constexpr std::pair<int, std::string_view> parts[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string canonical;
    int rest = total;
    for (const auto& [value, text] : parts)
        while (rest >= value) {
            canonical += text;
            rest -= value;
        }
    std::string lower(s);
    for (char& c : lower) c = static_cast<char>(c | 0x20);
    return total > 0 && canonical == lower ? total : 0;
}

// The label at the start of line, when a space and text follow it.
bool read_label(std::string_view line, Label& out) {
    std::size_t at = 0;
    const bool open = !line.empty() && line[0] == '(';
    if (open) at = 1;
    std::size_t b = at;
    while (at < line.size() && (is_digit(line[at]) || is_lower(line[at]) || is_upper(line[at])) && at - b < 8) ++at;
    if (at == b || at >= line.size()) return false;
    std::string_view x = line.substr(b, at - b);
    if (open) {
        if (line[at] != ')') return false;
        out.punctuation = Punctuation::Parentheses;
    } else if (line[at] == '.') {
        out.punctuation = Punctuation::Period;
    } else if (line[at] == ')') {
        out.punctuation = Punctuation::Parenthesis;
    } else {
        return false;
    }
    ++at;
    // One space, then the item's text.
    if (at >= line.size() || line[at] != ' ' || line.find_first_not_of(' ', at) == std::string_view::npos) return false;
    out.length = at;
    out.value = {};
    bool digits = true, lower = true, upper = true;
    for (char c : x) {
        digits = digits && is_digit(c);
        lower = lower && is_lower(c);
        upper = upper && is_upper(c);
    }
    if (digits && x.size() <= 3 && x[0] != '0') out.value[Arabic] = std::stoi(std::string(x));
    if (lower && x.size() == 1) out.value[LowerLetter] = x[0] - 'a' + 1;
    if (upper && x.size() == 1) out.value[UpperLetter] = x[0] - 'A' + 1;
    if (lower) out.value[LowerRoman] = roman_value(x);
    if (upper) out.value[UpperRoman] = roman_value(x);
    return true;
}

} // namespace

std::vector<std::size_t> list_labels(const std::vector<std::string_view>& lines) {
    std::vector<Label> labels(lines.size());
    std::size_t labelled = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].empty()) continue; // a page marker between items
        if (!read_label(lines[i], labels[i])) return {};
        ++labelled;
    }
    if (labelled < 2) return {};
    for (int kind = 0; kind < KindCount; ++kind) {
        bool fits = true, first = true;
        int previous = 0;
        Punctuation punctuation = Punctuation::Period;
        for (std::size_t i = 0; i < lines.size() && fits; ++i) {
            if (lines[i].empty()) continue;
            const Label& l = labels[i];
            const int v = l.value[static_cast<std::size_t>(kind)];
            if (first) punctuation = l.punctuation;
            fits = v > 0 && l.punctuation == punctuation && (first || v == previous + 1);
            previous = v;
            first = false;
        }
        if (!fits) continue;
        std::vector<std::size_t> out(lines.size(), 0);
        for (std::size_t i = 0; i < lines.size(); ++i) out[i] = lines[i].empty() ? 0 : labels[i].length;
        return out;
    }
    return {};
}

} // namespace teipress::readers
