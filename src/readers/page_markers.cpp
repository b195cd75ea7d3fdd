#include "readers/page_markers.h"

namespace teipress::readers {

namespace {

bool all_of(std::string_view s, std::string_view allowed) {
    return !s.empty() && s.find_first_not_of(allowed) == std::string_view::npos;
}

} // namespace

PageMarkerScan find_page_markers(std::string_view s) {
    constexpr std::string_view open = "[Page";
    PageMarkerScan scan;
    for (std::size_t at = s.find(open); at != std::string_view::npos; at = s.find(open, at + 1)) {
        std::size_t close = s.find(']', at);
        std::size_t next_open = s.find('[', at + 1);
        if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
            scan.error_at = at;
            scan.error = "page marker not closed: expected '[Page N]'";
            return scan;
        }
        std::string_view inside = s.substr(at + open.size(), close - at - open.size());
        if (inside.empty() || inside[0] != ' ' || inside.find_first_not_of(' ') == std::string_view::npos) {
            scan.error_at = at;
            scan.error = "page marker without a number: expected '[Page N]'";
            return scan;
        }
        std::string_view number = inside.substr(1);
        if (!all_of(number, "0123456789") && !all_of(number, "IVXLCDM")) {
            scan.error_at = at;
            scan.error = "page marker '[Page" + std::string(inside) +
                         "]' has no page number: expected arabic figures or a roman numeral";
            return scan;
        }
        scan.markers.push_back({at, close + 1, number});
        at = close;
    }
    return scan;
}

std::vector<PageMarkerNearMiss> find_page_marker_near_misses(std::string_view s, std::size_t limit) {
    std::vector<PageMarkerNearMiss> out;
    for (std::size_t at = s.find('['); at != std::string_view::npos && out.size() < limit; at = s.find('[', at + 1)) {
        // "[" word [.] space* number space* "]", the word page, pg, p or pp in any case.
        std::size_t k = at + 1, b = k;
        while (k < s.size() && k - b < 5 && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))) ++k;
        std::string word(s.substr(b, k - b));
        for (char& c : word) c = static_cast<char>(c | 0x20);
        if (word != "page" && word != "pg" && word != "p" && word != "pp") continue;
        if (k < s.size() && s[k] == '.') ++k;
        while (k < s.size() && s[k] == ' ') ++k;
        std::size_t nb = k;
        while (
            k < s.size() && k - nb < 12 &&
            ((s[k] >= '0' && s[k] <= '9') || std::string_view("IVXLCDMivxlcdm").find(s[k]) != std::string_view::npos))
            ++k;
        std::size_t ne = k;
        while (k < s.size() && s[k] == ' ') ++k;
        if (ne == nb || k >= s.size() || s[k] != ']') continue;
        if (s.substr(at, 6) == "[Page " && k == ne && nb == at + 6) continue; // a marker after all
        out.push_back({at, k + 1, s.substr(nb, ne - nb)});
    }
    return out;
}

bool is_page_marker_line(std::string_view s) {
    std::size_t b = s.find_first_not_of(' ');
    std::size_t e = s.find_last_not_of(' ');
    if (b == std::string_view::npos) return false;
    std::string_view t = s.substr(b, e - b + 1);
    auto scan = find_page_markers(t);
    return scan.ok() && scan.markers.size() == 1 && scan.markers[0].begin == 0 && scan.markers[0].end == t.size();
}

} // namespace teipress::readers
