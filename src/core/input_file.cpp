#include "core/input_file.h"

#include "core/line_index.h"
#include "core/utf8.h"

#include "core/input_registry.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace teipress {

namespace {
Diagnostic file_error(const std::string& path, std::string message) {
    // File-level problems point at 1:1 so every message keeps the FILE:LINE:COL shape.
    return Diagnostic{Severity::Error, path, 1, 1, std::move(message), {}};
}

Diagnostic too_large(const std::string& path, std::size_t max_bytes) {
    return file_error(path, "file is larger than the limit of " + std::to_string(max_bytes) + " bytes" +
                                (max_bytes == k_max_input_bytes ? " (2 GiB)" : ""));
}
} // namespace

bool is_stdin_path(const std::string& path) {
    return path == "-";
}

OpenedInput::~OpenedInput() {
    if (m_fd > 2) ::close(m_fd);
}

Result<OpenedInput> open_input(const std::string& path, std::size_t max_bytes) {
    int fd = 0;
    if (!is_stdin_path(path)) {
        // O_NONBLOCK only for the open itself: opening a FIFO with no writer must not hang
        // before the checks (it is cleared again below).
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) {
            if (errno == EISDIR) return file_error(path, "is a directory, not a file");
            return file_error(path, std::string("cannot open file: ") + std::strerror(errno));
        }
        int flags = ::fcntl(fd, F_GETFL);
        if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        if (fd > 2) ::close(fd);
        return file_error(path, std::string("cannot read file: ") + std::strerror(err));
    }
    OpenedInput input(fd, st);
    if (S_ISDIR(st.st_mode)) return file_error(path, "is a directory, not a file");
    if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > max_bytes)
        return too_large(path, max_bytes);
    process_inputs().record(path, st);
    return input;
}

Result<std::string> read_opened_input(const std::string& path, const OpenedInput& input, std::size_t max_bytes) {
    // read(2) until the count is read or the end; -1 with errno on an error.
    auto read_into = [&](char* p, std::size_t count) -> long long {
        std::size_t got = 0;
        while (got < count) {
            ssize_t n = ::read(input.fd(), p + got, count - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return -1;
            if (n == 0) break;
            got += static_cast<std::size_t>(n);
        }
        return static_cast<long long>(got);
    };
    auto read_error = [&] { return file_error(path, std::string("cannot read file: ") + std::strerror(errno)); };
    // A regular file is read straight into a string of its size.
    std::string data(input.is_regular() ? static_cast<std::size_t>(input.stat().st_size) : 0, '\0');
    long long n = read_into(data.data(), data.size());
    if (n < 0) return read_error();
    if (static_cast<std::size_t>(n) < data.size()) {
        data.resize(static_cast<std::size_t>(n)); // the file shrank meanwhile
        return data;
    }
    // A stream of unknown size (a pipe, a device, a file that grew) is read in blocks joined
    // once at the end: no doubling copies, and a stream past the limit is refused holding at
    // most the limit in memory.
    constexpr std::size_t k_block = std::size_t(1) << 20;
    std::vector<std::string> blocks;
    std::size_t total = data.size();
    for (;;) {
        std::string block(k_block, '\0');
        n = read_into(block.data(), std::min(k_block, max_bytes - std::min(total, max_bytes) + 1));
        if (n < 0) return read_error();
        total += static_cast<std::size_t>(n);
        if (total > max_bytes) return too_large(path, max_bytes);
        if (n == 0) break;
        block.resize(static_cast<std::size_t>(n));
        blocks.push_back(std::move(block));
    }
    data.reserve(total);
    for (const auto& b : blocks) data += b;
    return data;
}

Result<std::string> read_file_bytes(const std::string& path, std::size_t max_bytes) {
    auto input = open_input(path, max_bytes);
    if (!input) return input.error();
    return read_opened_input(path, *input, max_bytes);
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
        return Diagnostic{Severity::Error,
                          path,
                          pos.line,
                          pos.column,
                          "invalid UTF-8 at byte offset " + std::to_string(bad) + " (byte " + hex + ")",
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
    if (s.find_first_not_of(" \t\n") == std::string::npos) return file_error(path, "file is empty");
    return s;
}

} // namespace teipress
