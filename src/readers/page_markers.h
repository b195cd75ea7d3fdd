// Page markers `[Page 207]`: where a page of the printed volume begins.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::readers {

// One marker; begin/end are offsets in the scanned string (end is one past the `]`).
struct PageMarker {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view number; // "207" or a roman numeral "XII"
};

// What a scan found: every well-formed marker in order, or the first malformed one.
struct PageMarkerScan {
    std::vector<PageMarker> markers;
    std::size_t error_at = std::string_view::npos; // offset of a malformed `[Page`, if any
    std::string error;                             // its message
    // True when no malformed marker was found.
    bool ok() const { return error_at == std::string_view::npos; }
};

// Finds the markers `[Page N]` in s (N: arabic figures or an upper-case roman numeral). A
// `[Page` without a number, or not closed by `]`, is an error at its `[`.
PageMarkerScan find_page_markers(std::string_view s);

// A bracket that reads like a page marker but is not one: `[page 30]`, `[PAGE 30]`, `[Pg. 30]`,
// `[p. 30]`, `[pp. 30]`; begin/end are offsets in the scanned string, page the number written.
struct PageMarkerNearMiss {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view page;
};

// The near misses in s, in order (a well-formed `[Page N]` is never one); at most limit.
std::vector<PageMarkerNearMiss> find_page_marker_near_misses(std::string_view s, std::size_t limit = 20);

// True when s, without surrounding spaces, is exactly one page marker.
bool is_page_marker_line(std::string_view s);

} // namespace teipress::readers
