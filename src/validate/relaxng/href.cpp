#include "validate/relaxng/href.h"

#include <cctype>
#include <vector>

namespace teipress::validate::relaxng {

namespace {
bool is_hex(char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
            out.push_back(static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

// "a/b/../c/./d" -> "a/c/d" (keeps a leading '/', and ".." that climb above a relative start).
std::string normalize_path(const std::string& path) {
    const bool absolute = !path.empty() && path[0] == '/';
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string part = path.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..")
                parts.pop_back();
            else if (!absolute)
                parts.push_back(part);
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
    if (!path.empty() && path.back() == '/' && !parts.empty()) out += '/';
    return out.empty() ? "." : out;
}
} // namespace

bool has_uri_scheme(std::string_view s) {
    if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
    for (std::size_t i = 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ':') return true;
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    }
    return false;
}

bool is_valid_uri_reference(std::string_view s) {
    std::size_t hashes = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '#') ++hashes;
        if (s[i] == '%' && (i + 2 >= s.size() || !is_hex(s[i + 1]) || !is_hex(s[i + 2]))) return false;
    }
    if (hashes > 1) return false;
    // A ':' before any '/', '?' or '#' ends a scheme, which must be well-formed.
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '/' || s[i] == '?' || s[i] == '#') break;
        if (s[i] == ':') return i > 0 && has_uri_scheme(s) && i + 1 < s.size(); // "foo:" is no URI
    }
    return true;
}

std::optional<std::string> resolve_reference(const std::string& base, std::string_view reference) {
    if (has_uri_scheme(reference)) return std::nullopt;
    std::string_view ref = reference;
    if (auto hash = ref.find('#'); hash != std::string_view::npos) ref = ref.substr(0, hash);
    const std::string decoded = percent_decode(ref);
    if (!decoded.empty() && decoded[0] == '/') return normalize_path(decoded);
    const auto slash = base.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string() : base.substr(0, slash + 1);
    if (decoded.empty()) return base;
    return normalize_path(dir + decoded);
}

} // namespace teipress::validate::relaxng
