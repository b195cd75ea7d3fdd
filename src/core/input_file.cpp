#include "core/input_file.h"

#include "core/line_index.h"
#include "core/utf8.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace teipress {

namespace {
Diagnostic file_error(const std::string& path, std::string message) {
    // File-level problems point at 1:1 so every message keeps the FILE:LINE:COL shape.
    return Diagnostic{Severity::Error, path, 1, 1, std::move(message), {}};
}
} // namespace

Result<std::string> read_file_bytes(const std::string& path, std::size_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return file_error(path, std::string("cannot open file: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) return file_error(path, "is a directory, not a file");
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return file_error(path, std::string("cannot open file: ") + std::strerror(errno));
    std::string data;
    if (S_ISREG(st.st_mode)) {
        if (static_cast<std::size_t>(st.st_size) > max_bytes) {
            std::fclose(f);
            return file_error(path, "file is larger than the limit of " +
                                        std::to_string(max_bytes) + " bytes");
        }
        data.reserve(static_cast<std::size_t>(st.st_size));
    }
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        data.append(buf, n);
        if (data.size() > max_bytes) {
            std::fclose(f);
            return file_error(path, "file is larger than the limit of " +
                                        std::to_string(max_bytes) + " bytes");
        }
    }
    bool failed = std::ferror(f);
    int err = errno;
    std::fclose(f);
    if (failed) return file_error(path, std::string("cannot read file: ") + std::strerror(err));
    return data;
}

Result<std::string> read_text_file(const std::string& path) {
    auto bytes = read_file_bytes(path);
    if (!bytes) return bytes;
    return decode_text(path, std::move(bytes.value()));
}

Result<std::string> decode_text(const std::string& path, std::string s) {
    std::size_t bad = find_invalid_utf8(s);
    if (bad != std::string::npos) {
        LineIndex index(s);
        auto pos = index.position(bad);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(s[bad]));
        return Diagnostic{Severity::Error, path, pos.line, pos.column,
                          "invalid UTF-8 at byte offset " + std::to_string(bad) + " (byte " +
                              hex + ")",
                          {}};
    }
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
    if (s.find('\r') != std::string::npos) {
        std::string out;
        out.reserve(s.size());
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '\r') {
                out += '\n';
                if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
            } else {
                out += s[i];
            }
        }
        s.swap(out);
    }
    if (s.find_first_not_of(" \t\n") == std::string::npos)
        return file_error(path, "file is empty");
    return s;
}

} // namespace teipress
