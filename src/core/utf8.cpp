#include "core/utf8.h"

namespace teipress {

std::size_t find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else
            return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t utf8_length(std::string_view s) {
    std::size_t count = 0;
    for (unsigned char c : s) count += (c & 0xC0) != 0x80;
    return count;
}

namespace {

void append_hex(std::string& out, unsigned char c) {
    static constexpr char k_digits[] = "0123456789ABCDEF";
    out += "\\x";
    out += k_digits[c >> 4];
    out += k_digits[c & 15];
}

// valid_utf8, with control characters escaped too when escape_controls.
std::string escape_text(std::string_view s, bool escape_controls) {
    std::string out;
    out.reserve(s.size());
    while (!s.empty()) {
        std::size_t bad = find_invalid_utf8(s);
        std::string_view good = s.substr(0, bad == std::string_view::npos ? s.size() : bad);
        for (char ch : good) {
            const auto c = static_cast<unsigned char>(ch);
            if (!escape_controls || (c >= 0x20 && c != 0x7F))
                out += ch;
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else
                append_hex(out, c);
        }
        if (bad == std::string_view::npos) break;
        append_hex(out, static_cast<unsigned char>(s[bad]));
        s.remove_prefix(bad + 1);
    }
    return out;
}

} // namespace

std::string valid_utf8(std::string_view s) {
    if (find_invalid_utf8(s) == std::string_view::npos) return std::string(s);
    return escape_text(s, false);
}

std::string one_line(std::string_view s) {
    return escape_text(s, true);
}

} // namespace teipress
