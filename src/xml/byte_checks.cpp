#include "xml/byte_checks.h"

#include "core/line_index.h"

#include <cstring>

namespace teipress::xml {

namespace {

Diagnostic error_at(const std::string& path, std::string_view bytes, std::size_t offset, std::string message) {
    SourcePosition pos = LineIndex(bytes).position(offset);
    return Diagnostic{Severity::Error, path, pos.line, pos.column, std::move(message), {}};
}

// Offset just past the first occurrence of end at or after from, or the text's size.
std::size_t skip_past(std::string_view s, std::size_t from, std::string_view end) {
    std::size_t at = s.find(end, from);
    return at == std::string_view::npos ? s.size() : at + end.size();
}

} // namespace

std::optional<Diagnostic> check_xml_bytes(const std::string& path, std::string_view bytes, std::size_t max_attributes) {
    if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size()))
        return error_at(path, bytes, static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data()),
                        "a NUL byte (U+0000) is not allowed in XML");
    // Count the attributes of each start tag: every '=' outside quotes. Comments, CDATA,
    // processing instructions, end tags and declarations are skipped whole; one pass.
    const std::size_t n = bytes.size();
    for (std::size_t i = bytes.find('<'); i != std::string_view::npos && i < n; i = bytes.find('<', i)) {
        std::string_view rest = bytes.substr(i);
        if (rest.substr(0, 4) == "<!--") {
            i = skip_past(bytes, i + 4, "-->");
            continue;
        }
        if (rest.substr(0, 9) == "<![CDATA[") {
            i = skip_past(bytes, i + 9, "]]>");
            continue;
        }
        if (rest.substr(0, 2) == "<?") {
            i = skip_past(bytes, i + 2, "?>");
            continue;
        }
        if (rest.substr(0, 2) == "</") {
            i = skip_past(bytes, i + 2, ">");
            continue;
        }
        const bool declaration = rest.substr(0, 2) == "<!"; // a DOCTYPE and its subset
        const std::size_t tag = i;
        std::size_t attributes = 0;
        int brackets = 0;
        char quote = 0;
        for (++i; i < n; ++i) {
            const char c = bytes[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (declaration && c == '[') {
                ++brackets;
            } else if (declaration && c == ']') {
                --brackets;
            } else if (c == '>' && brackets <= 0) {
                ++i;
                break;
            } else if (c == '=' && !declaration && ++attributes > max_attributes) {
                return error_at(path, bytes, tag,
                                "a start tag with more than " + std::to_string(max_attributes) +
                                    " attributes (teipress's limit; no TEI element needs so many)");
            }
        }
    }
    return std::nullopt;
}

} // namespace teipress::xml
