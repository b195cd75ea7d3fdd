#include "xml/printf_message.h"

#include <cstdio>

namespace teipress::xml {

std::string format_printf_message(const char* fmt, va_list args) {
    if (!fmt) return {};
    va_list again;
    va_copy(again, args);
    int n = std::vsnprintf(nullptr, 0, fmt, args);
    std::string out;
    if (n > 0) {
        out.resize(static_cast<std::size_t>(n) + 1);
        std::vsnprintf(out.data(), out.size(), fmt, again);
        out.resize(static_cast<std::size_t>(n));
    }
    va_end(again);
    return out;
}

} // namespace teipress::xml
