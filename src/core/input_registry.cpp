#include "core/input_registry.h"

namespace teipress {

void InputRegistry::record(const std::string& path, const struct stat& st) {
    if (!S_ISREG(st.st_mode)) return;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paths.emplace(std::make_pair(st.st_dev, st.st_ino), path);
}

void InputRegistry::record(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) record(path, st);
}

std::string InputRegistry::find(const struct stat& st) const {
    if (!S_ISREG(st.st_mode)) return {};
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_paths.find({st.st_dev, st.st_ino});
    if (it == m_paths.end()) return {};
    // The input must still be there under the name it was read by: a file read, then removed
    // (TeX's work files), may have its inode number reused by a new, unrelated file.
    struct stat now {};
    if (it->second != "-" &&
        (::stat(it->second.c_str(), &now) != 0 || now.st_dev != st.st_dev || now.st_ino != st.st_ino))
        return {};
    return it->second;
}

InputRegistry& process_inputs() {
    static InputRegistry registry;
    return registry;
}

} // namespace teipress
