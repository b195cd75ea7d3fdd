// Files in tests: a fresh scratch folder in the build tree, reading and writing whole files.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace teipress::testing {

// A fresh, empty folder for one test: BUILD/tests/AREA/scratch/NAME (removed first if present).
inline std::filesystem::path scratch_dir(const std::string& area, const std::string& name) {
    std::filesystem::path dir =
        std::filesystem::path(TEIPRESS_BINARY_DIR) / "tests" / area / "scratch" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// The whole file as bytes; empty when it cannot be read.
inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Writes content to path (binary, replacing it).
inline void write_file(const std::filesystem::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

} // namespace teipress::testing
