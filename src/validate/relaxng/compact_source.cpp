#include "validate/relaxng/compact_source.h"

#include "core/utf8.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace teipress::validate::relaxng {

namespace {

// The schema's text must fit the 32-bit offsets of tokens and anchors.
constexpr std::size_t k_max_bytes = (std::size_t(1) << 31) - 1;

// XML 1.0's Char production.
bool is_xml_char(std::uint32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

void append_utf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string code_point_name(std::uint32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

// Line and column of byte offset in UTF-8 text whose lines end in LF, CR LF or CR.
SourcePosition position_in(std::string_view text, std::size_t offset) {
    int line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            start = i + 1;
        }
    }
    return {line, static_cast<int>(utf8_length(text.substr(start, offset - start))) + 1};
}

Diagnostic error_in(const std::string& path, std::string_view text, std::size_t offset, std::string message) {
    auto pos = position_in(text, offset);
    return Diagnostic{Severity::Error, path, pos.line, pos.column, std::move(message), {}};
}

// UTF-16 (after its byte-order mark) to UTF-8. Error: an odd length, an unpaired surrogate.
Result<std::string> utf16_to_utf8(std::string_view bytes, bool little_endian, const std::string& path) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](std::size_t i) -> std::uint32_t {
        auto b0 = static_cast<unsigned char>(bytes[i]);
        auto b1 = static_cast<unsigned char>(bytes[i + 1]);
        return little_endian ? (b0 | (b1 << 8)) : ((b0 << 8) | b1);
    };
    std::size_t i = 2; // after the byte-order mark
    for (; i + 1 < bytes.size(); i += 2) {
        std::uint32_t c = unit(i);
        if (c >= 0xD800 && c <= 0xDBFF) {
            std::uint32_t low = i + 3 < bytes.size() ? unit(i + 2) : 0;
            if (low < 0xDC00 || low > 0xDFFF)
                return error_in(path, out, out.size(),
                                "invalid UTF-16 at byte offset " + std::to_string(i) +
                                    ": a high surrogate without its low surrogate");
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            return error_in(path, out, out.size(),
                            "invalid UTF-16 at byte offset " + std::to_string(i) +
                                ": a low surrogate without its high surrogate");
        }
        append_utf8(out, c);
    }
    if (i != bytes.size()) return error_in(path, out, out.size(), "invalid UTF-16: the file ends in half a character");
    return out;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::uint32_t hex_value(char c) {
    if (c <= '9') return static_cast<std::uint32_t>(c - '0');
    return static_cast<std::uint32_t>((c | 0x20) - 'a' + 10);
}

} // namespace

Result<std::shared_ptr<const CompactSource>> CompactSource::decode(std::string_view bytes, const std::string& path) {
    if (bytes.size() > k_max_bytes)
        return Diagnostic{Severity::Error, path, 1, 1, "the schema is larger than 2 GiB; it is not read", {}};
    std::shared_ptr<CompactSource> src(new CompactSource());
    src->m_path = path;
    auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    // Bytes dropped before m_original (a UTF-8 BOM), for the byte offsets of messages.
    std::size_t dropped = 0;
    if (bytes.size() >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        auto utf8 = utf16_to_utf8(bytes, b[0] == 0xFF, path);
        if (!utf8) return utf8.error();
        src->m_original = std::move(utf8.value());
    } else {
        dropped = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        src->m_original.assign(bytes.substr(dropped));
    }

    // One pass: UTF-8 checked, newlines normalized, escapes interpreted (the spec's stages 3
    // and 4), every character checked to be an XML character.
    const std::string& in = src->m_original;
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    std::string& out = src->m_text;
    out.reserve(in.size());
    src->m_original_line_starts.push_back(0);
    const std::size_t n = in.size();
    std::size_t i = 0;
    while (i < n) {
        // Copy a run of ordinary ASCII characters at once, eight bytes at a time while no byte
        // is below 0x20, above 0x7F or a backslash.
        std::size_t run = i;
        constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        while (run + 8 <= n) {
            std::uint64_t x;
            std::memcpy(&x, p + run, 8);
            std::uint64_t backslash = x ^ (ones * '\\');
            std::uint64_t special = (x | ((x - ones * 0x20) & ~x) | ((backslash - ones) & ~backslash)) & highs;
            if (special) break;
            run += 8;
        }
        while (run < n && p[run] >= 0x20 && p[run] < 0x80 && p[run] != '\\') ++run;
        out.append(in, i, run - i);
        i = run;
        if (i >= n) break;
        auto c = p[i];
        if (c >= 0x80) {
            // A UTF-8 sequence: checked, and U+FFFE and U+FFFF refused (not XML characters).
            std::size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            std::uint32_t cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
            bool valid = len != 0 && i + len <= n;
            for (std::size_t k = 1; valid && k < len; ++k) {
                valid = (p[i + k] & 0xC0) == 0x80;
                cp = (cp << 6) | (p[i + k] & 0x3F);
            }
            if (valid && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                          (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
                valid = false;
            if (!valid) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(c));
                return src->error_at(out.size(), "invalid UTF-8 at byte offset " + std::to_string(i + dropped) +
                                                     " (byte " + hex +
                                                     "); a compact-syntax schema is UTF-8, or "
                                                     "UTF-16 with a byte-order mark");
            }
            if (cp == 0xFFFE || cp == 0xFFFF)
                return src->error_at(out.size(), "character " + code_point_name(cp) +
                                                     " is not allowed in a schema (not an XML "
                                                     "character)");
            out.append(in, i, len);
            i += len;
            continue;
        }
        if (c == '\n' || c == '\r') {
            std::size_t next = i + 1;
            if (c == '\r' && next < n && in[next] == '\n') ++next;
            out += '\n';
            src->m_line_starts.push_back(static_cast<std::uint32_t>(out.size()));
            src->m_original_line_starts.push_back(static_cast<std::uint32_t>(next));
            if (next - i == 2)
                src->m_anchors.push_back({static_cast<std::uint32_t>(out.size()), static_cast<std::uint32_t>(next)});
            i = next;
        } else if (c == '\t') {
            out += '\t';
            ++i;
        } else if (c < 0x20) {
            return src->error_at(out.size(), "character " + code_point_name(c) +
                                                 " is not allowed in a schema (not an XML "
                                                 "character)");
        } else { // a backslash: an escape \x{N} (any number of x), or a quoted identifier
            std::size_t j = i + 1;
            while (j < n && in[j] == 'x') ++j;
            if (j == i + 1 || j >= n || in[j] != '{') {
                out += '\\';
                ++i;
                continue;
            }
            std::size_t k = j + 1;
            std::uint32_t value = 0;
            bool too_big = false;
            while (k < n && is_hex(in[k])) {
                value = value * 16 + hex_value(in[k]);
                if (value > 0x10FFFF) {
                    too_big = true;
                    value = 0x110000;
                }
                ++k;
            }
            std::string written = in.substr(i, std::min(k + 1, n) - i);
            if (k == j + 1)
                return src->error_at(out.size(),
                                     "the escape \\x{ must be followed by "
                                     "hexadecimal digits and '}'");
            if (k >= n || in[k] != '}')
                return src->error_at(out.size(), "the escape " + in.substr(i, k - i) + " is not closed by '}'");
            if (too_big)
                return src->error_at(out.size(), "the escape " + written +
                                                     " is not a Unicode character (above "
                                                     "U+10FFFF)");
            if (!is_xml_char(value))
                return src->error_at(out.size(), "the escape " + written + " stands for " + code_point_name(value) +
                                                     ", which is not an XML character");
            if (value == '\n') src->m_escaped_newlines.push_back(static_cast<std::uint32_t>(out.size()));
            append_utf8(out, value);
            i = k + 1;
            src->m_anchors.push_back({static_cast<std::uint32_t>(out.size()), static_cast<std::uint32_t>(i)});
        }
    }
    return std::shared_ptr<const CompactSource>(std::move(src));
}

bool CompactSource::is_escaped_newline(std::size_t offset) const {
    return !m_escaped_newlines.empty() &&
           std::binary_search(m_escaped_newlines.begin(), m_escaped_newlines.end(), static_cast<std::uint32_t>(offset));
}

std::size_t CompactSource::original_offset(std::size_t offset) const {
    auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), offset,
                               [](std::size_t off, const Anchor& a) { return off < a.text_offset; });
    if (it == m_anchors.begin()) return offset;
    --it;
    return it->original_offset + (offset - it->text_offset);
}

SourcePosition CompactSource::position(std::size_t offset) const {
    std::size_t o = std::min(original_offset(offset), m_original.size());
    auto it =
        std::upper_bound(m_original_line_starts.begin(), m_original_line_starts.end(), static_cast<std::uint32_t>(o));
    std::size_t line = static_cast<std::size_t>(it - m_original_line_starts.begin());
    std::size_t start = m_original_line_starts[line - 1];
    int column = static_cast<int>(utf8_length(std::string_view(m_original).substr(start, o - start))) + 1;
    return {static_cast<int>(line), column};
}

Diagnostic CompactSource::error_at(std::size_t offset, std::string message) const {
    auto pos = position(offset);
    return Diagnostic{Severity::Error, m_path, pos.line, pos.column, std::move(message), {}};
}

} // namespace teipress::validate::relaxng
