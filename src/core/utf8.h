// UTF-8 checks and character counting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace teipress {

// Returns the byte offset of the first invalid UTF-8 sequence in s, or npos when s is valid.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
std::size_t find_invalid_utf8(std::string_view s);

// Number of characters (code points) in s, which must be valid UTF-8.
std::size_t utf8_length(std::string_view s);

// s with each byte of an invalid UTF-8 sequence written as "\xNN": always valid UTF-8 (for
// JSON, XML and SARIF reports of a file name or message that is not). Valid text is unchanged.
std::string valid_utf8(std::string_view s);

// valid_utf8(s) that also fits on one line: line feed, carriage return and tab as "\n", "\r",
// "\t", other C0 controls and DEL as "\xNN" (so a file name holding a newline cannot forge
// a line of a report).
std::string one_line(std::string_view s);

} // namespace teipress
