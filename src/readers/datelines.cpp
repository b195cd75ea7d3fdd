#include "readers/datelines.h"

#include <array>
#include <cstdio>

namespace teipress::readers {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}

constexpr std::array<std::string_view, 12> k_months = {"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};

// Words that may stand inside a place's name in lower case ("Rio de Janeiro", "Frankfurt am Main").
bool is_place_connector(std::string_view w) {
    static constexpr std::string_view words[] = {"de", "da", "do", "du", "des", "del", "la", "le",
                                                 "el", "al", "am", "an", "on",  "sur", "of", "upon"};
    for (auto c : words)
        if (w == c) return true;
    return false;
}

// Words that begin a sentence, not a place's name ("In Prague, March 3, 1965." is prose).
bool is_sentence_opening(std::string_view w) {
    static constexpr std::string_view words[] = {"In",       "At",    "On",    "From",  "To",     "For",   "By",
                                                 "As",       "Since", "Until", "After", "Before", "Dated", "Sent",
                                                 "Received", "When",  "If",    "And",   "But",    "Then"};
    for (auto c : words)
        if (w == c) return true;
    return false;
}

// One part of a place: words of letters (any beyond ASCII too), periods, hyphens, apostrophes;
// the first capitalised (or beginning beyond ASCII), the others capitalised or connectors.
bool is_place_part(std::string_view part) {
    if (part.empty() || part.size() > 40) return false;
    int words = 0;
    std::size_t i = 0;
    while (i < part.size()) {
        std::size_t j = part.find(' ', i);
        if (j == std::string_view::npos) j = part.size();
        std::string_view w = part.substr(i, j - i);
        if (w.empty() || ++words > 5) return false;
        const unsigned char first = static_cast<unsigned char>(w[0]);
        if (!(is_upper(w[0]) || first >= 0xC0 || (words > 1 && is_place_connector(w)))) return false;
        if (words == 1 && is_sentence_opening(w)) return false;
        for (char c : w) {
            unsigned char u = static_cast<unsigned char>(c);
            if (!(is_upper(c) || is_lower(c) || u >= 0x80 || c == '.' || c == '-' || c == '\'')) return false;
        }
        i = j + 1;
        if (j == part.size()) break;
    }
    return words >= 1;
}

int month_of(std::string_view w) {
    for (std::size_t m = 0; m < k_months.size(); ++m)
        if (w == k_months[m]) return static_cast<int>(m) + 1;
    return 0;
}

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in(int month, int year) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : days[month - 1];
}

// Reads a whole number of 1 to max figures at s[at]; -1 when there is none.
int figures(std::string_view s, std::size_t& at, std::size_t max) {
    std::size_t b = at;
    while (at < s.size() && is_digit(s[at]) && at - b < max) ++at;
    if (at == b || (at < s.size() && is_digit(s[at]))) {
        at = b;
        return -1;
    }
    return std::stoi(std::string(s.substr(b, at - b)));
}

bool eat(std::string_view s, std::size_t& at, std::string_view word) {
    if (s.substr(at, word.size()) != word) return false;
    at += word.size();
    return true;
}

// A time after the date: "1400Z", "3:15 p.m.", "5 a.m.", "noon", "midnight". Sets hour and minute
// (-1 when the time is written but impossible, like "2500Z") and zulu; false when no time is there.
bool read_time(std::string_view s, std::size_t& at, int& hour, int& minute, bool& zulu) {
    std::size_t k = at;
    zulu = false;
    if (eat(s, k, "noon")) {
        hour = 12, minute = 0;
        at = k;
        return true;
    }
    if (eat(s, k, "midnight")) {
        hour = 0, minute = 0;
        at = k;
        return true;
    }
    std::size_t b = k;
    while (k < s.size() && is_digit(s[k]) && k - b < 4) ++k;
    if (k - b == 4 && k < s.size() && s[k] == 'Z') { // "1400Z"
        int hhmm = std::stoi(std::string(s.substr(b, 4)));
        hour = hhmm / 100, minute = hhmm % 100;
        if (hour > 23 || minute > 59) hour = minute = -1;
        zulu = true;
        at = k + 1;
        return true;
    }
    k = b;
    int h = figures(s, k, 2);
    if (h < 0) return false;
    int m = 0;
    if (k < s.size() && (s[k] == ':' || s[k] == '.') && k + 1 < s.size() && is_digit(s[k + 1])) {
        ++k;
        std::size_t mb = k;
        m = figures(s, k, 2);
        if (m < 0 || k - mb != 2) return false;
    }
    const bool am = s.substr(k, 5) == " a.m.", pm = s.substr(k, 5) == " p.m.";
    if (!am && !pm) return false;
    k += 5;
    if (h < 1 || h > 12 || m > 59) {
        hour = minute = -1;
    } else {
        hour = h % 12 + (pm ? 12 : 0);
        minute = m;
    }
    at = k;
    return true;
}

std::string two(int v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

} // namespace

std::optional<TypedDateline> read_typed_dateline(std::string_view line) {
    TypedDateline out;
    // The place: one or two comma-separated parts before the date.
    std::size_t comma = line.find(", ");
    if (comma == std::string_view::npos || !is_place_part(line.substr(0, comma))) return std::nullopt;
    std::size_t at = comma + 2;
    out.place_end = comma;
    auto starts_date = [&](std::size_t k) {
        std::size_t sp = line.find(' ', k);
        std::string_view w = line.substr(k, sp == std::string_view::npos ? std::string_view::npos : sp - k);
        if (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
        return month_of(w) > 0 || w == "undated";
    };
    if (!starts_date(at)) {
        std::size_t second = line.find(", ", at);
        if (second == std::string_view::npos || !is_place_part(line.substr(at, second - at)) ||
            !starts_date(second + 2))
            return std::nullopt;
        out.place_end = second;
        at = second + 2;
    }
    // The date.
    out.date_begin = at;
    if (eat(line, at, "undated")) {
        out.date_begin = out.date_end = at; // no date to mark
    } else {
        std::size_t sp = line.find(' ', at);
        if (sp == std::string_view::npos) return std::nullopt;
        const int month = month_of(line.substr(at, sp - at));
        at = sp + 1;
        int day = figures(line, at, 2);
        int year;
        if (day >= 0) {
            if (!eat(line, at, ", ")) return std::nullopt;
            year = figures(line, at, 4);
        } else {
            year = figures(line, at, 4); // "March 1965"
        }
        if (month == 0 || year < 1000) return std::nullopt;
        out.date_end = at;
        // The time, inside the date (as the Office of the Historian encodes it).
        int hour = -1, minute = -1;
        bool zulu = false, has_time = false;
        std::size_t k = at;
        if (day >= 0 && eat(line, k, ", ") && read_time(line, k, hour, minute, zulu)) {
            has_time = true;
            at = out.date_end = k;
        }
        const std::string date_text(line.substr(out.date_begin, out.date_end - out.date_begin));
        if (day == 0 || (day > 0 && day > days_in(month, year))) {
            out.problem = "'" + std::string(line.substr(out.date_begin, at - out.date_begin)) +
                          "' is not a day of the calendar: the date is kept without @when";
        } else if (day < 0) {
            out.when = std::to_string(year) + "-" + two(month);
        } else {
            out.when = std::to_string(year) + "-" + two(month) + "-" + two(day);
            if (has_time && hour < 0)
                out.problem = "the time in '" + date_text + "' cannot be read: @when gives the day only";
            else if (has_time)
                out.when += "T" + two(hour) + ":" + two(minute) + ":00" + (zulu ? "Z" : "");
        }
    }
    // A final period, unless the time's "p.m." already ends the line with one.
    if (at < line.size() && line[at] == '.') ++at;
    if (at != line.size()) return std::nullopt;
    return out;
}

} // namespace teipress::readers
