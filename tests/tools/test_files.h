// Files in tests: a fresh scratch folder in the build tree, reading and writing whole files.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace teipress::testing {

// A fresh, empty folder for one test: BUILD/tests/AREA/scratch/NAME (removed first if present).
inline std::filesystem::path scratch_dir(const std::string& area, const std::string& name) {
    std::filesystem::path dir = std::filesystem::path(TEIPRESS_BINARY_DIR) / "tests" / area / "scratch" / name;
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

// The official TEI P5 tei_all.rng vendored in the project (schema/tei/, with its licence).
inline std::filesystem::path tei_all_rng() {
    return std::filesystem::path(TEIPRESS_SOURCE_DIR) / "schema/tei/tei_all.rng";
}

// The exit code CTest reads as "skipped" (SKIP_RETURN_CODE of every test program).
inline constexpr int k_skip_exit_code = 77;

// True when program is on PATH.
inline bool have_program(const std::string& program) {
    return std::system(("command -v '" + program + "' >/dev/null 2>&1").c_str()) == 0;
}

// Ends the test program as a CTest skip (never a pass): each CTest test runs one test case, so
// the case is reported as skipped with its reason. .ci/run fails when any test was skipped.
[[noreturn]] inline void skip_test(const std::string& reason) {
    std::cout << "SKIPPED: " << reason << std::endl;
    std::exit(k_skip_exit_code);
}

} // namespace teipress::testing
