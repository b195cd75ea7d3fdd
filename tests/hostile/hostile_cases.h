// The hostile inputs: each case makes its input files, names the command to run on them and
// states the exit code, the message and the time and memory bounds it must keep.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace teipress::hostile {

// The token written into secret.txt / secret.dtd of every case folder; it must appear in no
// output, no message, no file the run leaves behind.
inline constexpr const char* k_secret_token = "TEIPRESS-SECRET-3f9c1e-must-not-leak";

// One hostile input and what must happen with it.
struct HostileCase {
    std::string name = {}; // the CTest name, hostile/<name>
    std::string what = {}; // one line: the attack
    std::function<void(const std::filesystem::path& dir)> make_inputs = {};
    // The command; {teipress}, {probe} (tests/hostile/xml_probe), {dir} (the case folder)
    // and {src} are replaced. It runs inside {dir}.
    std::vector<std::string> command = {};
    int exit_code = 0;                        // the exit code it must give
    std::vector<std::string> stderr_has = {}; // each must appear on stderr
    std::vector<std::string> stdout_has = {}; // each must appear on stdout
    double seconds = 10;                      // wall-clock bound
    long memory_mb = 256;                     // peak resident memory bound
    // The address-space cap of the run (0: twice memory_mb + 512 MB), to see that running out
    // of memory is an error with its exit code, never an abort.
    long address_space_mb = 0;
    // Files that exist before the run (made by make_inputs) and must be byte-identical after
    // it: the previous output a failed run must leave as it was.
    std::vector<std::string> unchanged = {};
    // {file, text}: file must exist after the run and contain text.
    std::vector<std::pair<std::string, std::string>> file_has = {};
    // {file, text}: file, when it exists, must not contain text.
    std::vector<std::pair<std::string, std::string>> file_lacks = {};
    // Files that must not exist after the run (no partial output).
    std::vector<std::string> absent = {};
    // Set when the case fails today because of a reported bug (what it is, where). The case
    // then passes as an expected failure, and fails once the bug is fixed, so the mark is
    // removed and the case guards the fix.
    std::string known_bug = {};
    // The case needs the address-space cap to mean anything (running out of memory on purpose):
    // it exists only in builds without sanitizers (ASan reserves terabytes of address space, so
    // no cap can be set there); run_hostile --list leaves it out of a sanitized build.
    bool needs_address_space_cap = false;
};

// Empties (or creates) a case folder and puts the secret files in it.
void make_case_folder(const std::filesystem::path& dir);

// Every case, in a fixed order.
const std::vector<HostileCase>& hostile_cases();

} // namespace teipress::hostile
