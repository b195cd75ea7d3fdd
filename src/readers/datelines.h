// A dateline typed after the heading: `Prague, March 3, 1965, 1400Z.`, `Washington, July 20,
// 1968.` — the place, the date (with its time) and what @when can say of them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace teipress::readers {

// The parts of a dateline line, as byte ranges of the line: the place, then the date (which
// holds the time when one is written). when is the W3C form of the date ("1965-03-03",
// "1965-03", "1965-03-03T14:00:00Z", "1964-06-09T15:15:00"); empty when the date cannot be read
// (then problem says why). A line `Place, undated.` has an empty date range.
struct TypedDateline {
    std::size_t place_begin = 0, place_end = 0;
    std::size_t date_begin = 0, date_end = 0;
    std::string when;
    std::string problem; // e.g. "February 30, 1965 is not a day of the calendar"
};

// Reads line as `PLACE, DATE[, TIME][.]`: PLACE one to five words, the first capitalised (up to
// two comma-separated parts: `New York, N.Y.`); DATE `Month D, YYYY`, `Month YYYY` or `undated`;
// TIME `1400Z`, `3:15 p.m.`, `5 a.m.`, `noon` or `midnight`. Nothing else may stand on the line.
// nullopt when the line is not a dateline.
std::optional<TypedDateline> read_typed_dateline(std::string_view line);

} // namespace teipress::readers
