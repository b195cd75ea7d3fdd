#include "core/data_dir.h"

#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace teipress {

#ifdef TEIPRESS_DATA_DIR_FROM_BIN
namespace {

// The folder of the running binary (from /proc/self/exe), or empty.
std::string binary_dir() {
    std::string path(4096, '\0');
    ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size());
    if (n <= 0 || static_cast<std::size_t>(n) >= path.size()) return {};
    path.resize(static_cast<std::size_t>(n));
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

bool is_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

} // namespace
#endif

std::string data_dir() {
    if (const char* env = std::getenv("TEIPRESS_DATA_DIR"); env && *env) return env;
#ifdef TEIPRESS_DATA_DIR_FROM_BIN
    if (std::string bin = binary_dir(); !bin.empty()) {
        std::string installed = bin + "/" + TEIPRESS_DATA_DIR_FROM_BIN;
        if (is_file(installed + "/schema/teipress.rng")) return installed;
    }
#endif
    return TEIPRESS_DEFAULT_DATA_DIR;
}

std::string data_path(const std::string& relative) {
    return data_dir() + "/" + relative;
}

} // namespace teipress
