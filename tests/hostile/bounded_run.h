// Running one command as a child process under bounds on wall-clock time and memory,
// capturing its exit code, stdout, stderr and peak memory.
#pragma once

#include <string>
#include <vector>

namespace teipress::hostile {

// What a bounded run did.
struct RunOutcome {
    int exit_code = -1;     // the exit code, or 128 + signal when killed by a signal
    bool timed_out = false; // killed because it ran past its time bound
    double seconds = 0;     // wall-clock time
    long peak_rss_mb = 0;   // peak resident memory (ru_maxrss) of the child
    std::string out, err;   // what it wrote to stdout and stderr
};

// Runs argv (argv[0] is a path) in folder cwd with stdin from /dev/null. Kills it (SIGKILL)
// after seconds; when address_space_mb > 0, also caps its address space there (a runaway
// allocation fails instead of eating the machine). Throws std::runtime_error if it cannot
// start the child at all.
RunOutcome bounded_run(const std::vector<std::string>& argv, const std::string& cwd, double seconds,
                       long address_space_mb);

} // namespace teipress::hostile
