// run_transcript: runs one CLI transcript (tests/**/cli/*.t) and compares what each command
// prints and returns with what the transcript expects.
//
// Transcript format, line by line:
//   # comment                      ignored
//   $ COMMAND                      run by /bin/sh in a fresh temporary folder (shared by the
//                                  transcript's commands); `teipress` is on PATH; $SRC is the
//                                  source tree
//   > LINE                         stdout must be exactly these lines (when any are given)
//   2> LINE                        stderr must be exactly these lines (when any are given)
//   >* TEXT / 2>* TEXT             stdout / stderr must contain TEXT somewhere
//   >! TEXT / 2>! TEXT             stdout / stderr must not contain TEXT
//   => N                           the exit code must be N (default 0)
//   %requires PROGRAM...           (before any command) the transcript needs these programs;
//                                  when one is not on PATH it is skipped (exit 77, CTest's skip)
// Usage: run_transcript FILE.t BIN_DIR SRC_DIR
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace fs = std::filesystem;

struct Step {
    int line = 0;
    std::string command;
    std::vector<std::string> out, err, out_has, err_has, out_not, err_not;
    bool check_out = false, check_err = false;
    int exit_code = 0;
};

static std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> v;
    std::istringstream in(s);
    std::string l;
    while (std::getline(in, l)) v.push_back(l);
    return v;
}

static std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: run_transcript FILE.t BIN_DIR SRC_DIR\n";
        return 2;
    }
    const fs::path file = fs::absolute(argv[1]);
    const fs::path bin = fs::absolute(argv[2]);
    const fs::path src = fs::absolute(argv[3]);
    std::vector<Step> steps;
    std::ifstream in(file);
    std::string l;
    int n = 0;
    while (std::getline(in, l)) {
        ++n;
        auto starts = [&](const char* p) { return l.rfind(p, 0) == 0; };
        if (starts("$ ")) {
            steps.push_back({});
            steps.back().line = n;
            steps.back().command = l.substr(2);
            continue;
        }
        if (starts("%requires ")) {
            std::istringstream programs(l.substr(10));
            for (std::string p; programs >> p;) {
                if (std::system(("command -v '" + p + "' >/dev/null 2>&1").c_str()) != 0) {
                    std::cout << "SKIPPED: " << file.filename().string() << " needs " << p
                              << ", which is not on PATH\n";
                    return 77;
                }
            }
            continue;
        }
        if (l.empty() || starts("#")) continue;
        if (steps.empty()) {
            std::cerr << file << ":" << n << ": expectation before any command\n";
            return 2;
        }
        Step& s = steps.back();
        if (starts("2>* "))
            s.err_has.push_back(l.substr(4));
        else if (starts("2>! "))
            s.err_not.push_back(l.substr(4));
        else if (starts(">* "))
            s.out_has.push_back(l.substr(3));
        else if (starts(">! "))
            s.out_not.push_back(l.substr(3));
        else if (starts("2> ") || l == "2>") {
            s.err.push_back(l.size() > 3 ? l.substr(3) : "");
            s.check_err = true;
        } else if (starts("> ") || l == ">") {
            s.out.push_back(l.size() > 2 ? l.substr(2) : "");
            s.check_out = true;
        } else if (starts("=> "))
            s.exit_code = std::atoi(l.c_str() + 3);
        else {
            std::cerr << file << ":" << n << ": unknown transcript line: " << l << "\n";
            return 2;
        }
    }
    if (steps.empty()) {
        std::cerr << file << ": no command in transcript\n";
        return 2;
    }
    fs::path dir =
        fs::temp_directory_path() / ("teipress-cli-" + file.stem().string() + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    int failures = 0;
    for (const auto& s : steps) {
        std::string cmd = "cd " + quote(dir.string()) + " && PATH=" + quote(bin.string()) +
                          ":\"$PATH\" SRC=" + quote(src.string()) + " /bin/sh -c " + quote(s.command) +
                          " > .stdout 2> .stderr";
        int rc = std::system(cmd.c_str());
        int code = WIFEXITED(rc) ? WEXITSTATUS(rc) : 128 + WTERMSIG(rc);
        std::string out = slurp(dir / ".stdout"), err = slurp(dir / ".stderr");
        auto fail = [&](const std::string& what) {
            ++failures;
            std::cerr << file.string() << ":" << s.line << ": FAILED: $ " << s.command << "\n  " << what
                      << "\n  --- stdout ---\n"
                      << out << "  --- stderr ---\n"
                      << err << "  --- exit " << code << " ---\n";
        };
        if (code != s.exit_code)
            fail("exit code " + std::to_string(code) + ", expected " + std::to_string(s.exit_code));
        if (s.check_out && lines_of(out) != s.out) fail("stdout differs from the transcript");
        if (s.check_err && lines_of(err) != s.err) fail("stderr differs from the transcript");
        for (const auto& t : s.out_has)
            if (out.find(t) == std::string::npos) fail("stdout lacks: " + t);
        for (const auto& t : s.err_has)
            if (err.find(t) == std::string::npos) fail("stderr lacks: " + t);
        for (const auto& t : s.out_not)
            if (out.find(t) != std::string::npos) fail("stdout must not contain: " + t);
        for (const auto& t : s.err_not)
            if (err.find(t) != std::string::npos) fail("stderr must not contain: " + t);
    }
    fs::remove_all(dir);
    std::cout << file.filename().string() << ": " << steps.size() - std::min<std::size_t>(failures, steps.size())
              << " of " << steps.size() << " commands as expected\n";
    return failures == 0 ? 0 : 1;
}
