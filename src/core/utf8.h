// UTF-8 checks and character counting.
#pragma once

#include <cstddef>
#include <string_view>

namespace teipress {

// Returns the byte offset of the first invalid UTF-8 sequence in s, or npos when s is valid.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
std::size_t find_invalid_utf8(std::string_view s);

// Number of characters (code points) in s, which must be valid UTF-8.
std::size_t utf8_length(std::string_view s);

} // namespace teipress
