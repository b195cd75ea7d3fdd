#include "build/output_folder.h"

#include "core/atomic_file.h"
#include "core/input_registry.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace teipress::build {

std::string OutputFolder::path_of(const std::string& relative) const {
    return m_dir + "/" + relative;
}

Result<OutputRecord> OutputFolder::write(const std::string& relative, std::string_view content) const {
    Status written = write_file_atomically(path_of(relative), content, Durability::Unflushed);
    if (!written) return written.error();
    return OutputRecord{relative, content.size()};
}

namespace {

// True when the regular file at path holds exactly content.
bool holds(const std::string& path, std::string_view content) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    struct stat st;
    bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) == content.size();
    std::string buffer(64 * 1024, '\0');
    std::size_t at = 0;
    while (same && at < content.size()) {
        ssize_t n = ::read(fd, buffer.data(), std::min(buffer.size(), content.size() - at));
        if (n <= 0) {
            same = false;
            break;
        }
        same = content.compare(at, static_cast<std::size_t>(n), buffer.data(), static_cast<std::size_t>(n)) == 0;
        at += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return same;
}

} // namespace

Result<OutputRecord> OutputFolder::write_if_changed(const std::string& relative, std::string_view content) const {
    if (holds(path_of(relative), content)) return OutputRecord{relative, content.size()};
    return write(relative, content);
}

bool OutputFolder::remove(const std::string& relative) const {
    const std::string path = path_of(relative);
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT;
    if (S_ISDIR(st.st_mode)) return false;
    // Never an input of the run (an edition folder given as its own output folder).
    struct stat target;
    if (::stat(path.c_str(), &target) == 0 && !process_inputs().find(target).empty()) return false;
    return ::unlink(path.c_str()) == 0 || errno == ENOENT;
}

bool OutputFolder::make_folder(const std::string& relative) const {
    const std::string path = path_of(relative);
    if (::mkdir(path.c_str(), 0777) == 0) return true;
    struct stat st;
    return errno == EEXIST && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace teipress::build
