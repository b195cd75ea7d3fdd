// Turning the printf-style messages of libxml2/libxslt's generic error handlers into strings.
#pragma once

#include <cstdarg>
#include <string>

namespace teipress::xml {

// The message fmt formats with args, whole (no fixed buffer, so nothing is cut off).
// (A printf-style function itself: the compiler checks its callers pass a format through.)
[[gnu::format(printf, 1, 0)]] std::string format_printf_message(const char* fmt, va_list args);

} // namespace teipress::xml
