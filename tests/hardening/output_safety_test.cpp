// Output safety (issue 5): an output naming the input is refused; outputs are written beside
// the target and renamed into place; a failed or interrupted write leaves the previous output
// and no temporary file; modes follow the umask and are never world-writable.
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/exit_status.h"

#include "tools/test_files.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace teipress;

namespace {


fs::path scratch(const std::string& name) { return teipress::testing::scratch_dir("hardening", name); }
using teipress::testing::slurp;

void spit(const fs::path& p, const std::string& s) {
    std::ofstream out(p, std::ios::binary);
    out << s;
}

// Names of the temporary files (".NAME.tmp-XXXXXX") in dir.
std::vector<std::string> temporaries(const fs::path& dir) {
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos)
            found.push_back(e.path().filename().string());
    return found;
}

// Runs write_output with std::cerr captured.
std::pair<int, std::string> write_output_capturing(const std::string& out, const std::string& content,
                                                   const std::vector<std::string>& inputs) {
    std::ostringstream err;
    auto* old = std::cerr.rdbuf(err.rdbuf());
    int code = cli::write_output(out, content, inputs);
    std::cerr.rdbuf(old);
    return {code, err.str()};
}

// Sets the umask for the life of the object.
struct ScopedUmask {
    mode_t old;
    explicit ScopedUmask(mode_t m) : old(::umask(m)) {}
    ~ScopedUmask() { ::umask(old); }
};

mode_t mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("write_output refuses an output that names the input, under any of its names") {
    fs::path dir = scratch("refuse");
    fs::path in = dir / "in.xml";
    spit(in, "<TEI/>");
    fs::create_symlink(in, dir / "link.xml");
    fs::create_hard_link(in, dir / "hard.xml");
    const std::string same_names[] = {in.string(), (dir / "." / "in.xml").string(),
                                      (dir / "link.xml").string(), (dir / "hard.xml").string()};
    for (const auto& out : same_names) {
        INFO(out);
        auto [code, err] = write_output_capturing(out, "new", {in.string()});
        CHECK(code == k_exit_output);
        CHECK(err == out + ":1:1: error: refusing to overwrite the input file " + in.string() + "\n");
        CHECK(slurp(in) == "<TEI/>");
    }
    CHECK(temporaries(dir).empty());
    // A different file is written.
    auto [code, err] = write_output_capturing((dir / "out.xml").string(), "new", {in.string()});
    CHECK(code == k_exit_ok);
    CHECK(err.empty());
    CHECK(slurp(dir / "out.xml") == "new");
}

TEST_CASE("a write that fails leaves the previous state and no temporary file") {
    fs::path dir = scratch("fail");
    SECTION("the target is a folder") {
        fs::create_directory(dir / "out");
        spit(dir / "out" / "keep", "kept");
        auto [code, err] = write_output_capturing((dir / "out").string(), "new", {});
        CHECK(code == k_exit_output);
        CHECK(err.rfind((dir / "out").string() + ":1:1: error: cannot replace the output: ", 0) == 0);
        CHECK(slurp(dir / "out" / "keep") == "kept");
    }
    SECTION("the target's folder does not exist") {
        auto status = write_file_atomically((dir / "missing" / "out.txt").string(), "new");
        REQUIRE_FALSE(status);
        CHECK(status.error().message ==
              "cannot create a temporary file beside the output: No such file or directory");
        CHECK_FALSE(fs::exists(dir / "missing"));
    }
    CHECK(temporaries(dir).empty());
}

TEST_CASE("outputs get 0666 minus the umask and are never world-writable") {
    fs::path dir = scratch("umask");
    const std::pair<mode_t, mode_t> cases[] = {
        {022, 0644}, {027, 0640}, {077, 0600}, {002, 0664}, {000, 0664}};
    for (auto [mask, expected] : cases) {
        INFO("umask " << std::oct << mask);
        ScopedUmask scoped(mask);
        fs::path out = dir / "out.txt";
        REQUIRE(write_file_atomically(out.string(), "x"));
        CHECK(mode_of(out) == expected);
        // Replacing an existing file gives the new file the same mode rule.
        REQUIRE(write_file_atomically(out.string(), "y"));
        CHECK(mode_of(out) == expected);
        fs::remove(out);
    }
}

TEST_CASE("a relative output path is written in the current folder") {
    fs::path dir = scratch("relative");
    fs::path old = fs::current_path();
    fs::current_path(dir);
    auto status = write_file_atomically("out.txt", "rel");
    fs::current_path(old);
    REQUIRE(status);
    CHECK(slurp(dir / "out.txt") == "rel");
    CHECK(temporaries(dir).empty());
}

namespace {

// Runs argv; freezes it (SIGSTOP) the moment a temporary file appears in dir, checks that out
// still holds its previous content, then sends SIGTERM and lets it go on. Returns the exit code
// after the signal, or -1 when the run finished (or renamed) before it could be caught.
int interrupt_mid_write(const std::vector<std::string>& argv, const fs::path& dir, const fs::path& out,
                        const std::string& previous) {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    bool seen = false;
    while (!seen) {
        if (::waitpid(pid, &status, WNOHANG) == pid) return -1; // finished first
        seen = !temporaries(dir).empty();
    }
    REQUIRE(::kill(pid, SIGSTOP) == 0);
    REQUIRE(::waitpid(pid, &status, WUNTRACED) == pid);
    REQUIRE(WIFSTOPPED(status));
    if (temporaries(dir).empty()) { // renamed in the instant before the stop
        ::kill(pid, SIGCONT);
        ::waitpid(pid, &status, 0);
        return -1;
    }
    CHECK(slurp(out) == previous);
    REQUIRE(::kill(pid, SIGTERM) == 0);
    REQUIRE(::kill(pid, SIGCONT) == 0);
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

} // namespace

TEST_CASE("a run stopped by SIGTERM mid-write leaves the previous output and no temporary file") {
    fs::path dir = scratch("sigterm");
    fs::path out = dir / "out.txt";
    const std::string probe = fs::path(TEIPRESS_BINARY_DIR) / "tests" / "hardening" / "atomic_write_probe";
    // Each attempt writes a big output; should the writer finish before it is caught, the
    // next attempt writes twice as much.
    int code = -1;
    for (unsigned megabytes = 128; megabytes <= 2048 && code < 0; megabytes *= 2) {
        spit(out, "previous output\n");
        code = interrupt_mid_write({probe, out.string(), std::to_string(megabytes)}, dir, out,
                                   "previous output\n");
    }
    REQUIRE(code == k_exit_interrupted);
    CHECK(slurp(out) == "previous output\n");
    CHECK(temporaries(dir).empty());
}

TEST_CASE("teipress convert stopped by SIGTERM mid-write leaves the previous output and no temporary file") {
    fs::path dir = scratch("sigterm-convert");
    fs::path in = dir / "in.txt", out = dir / "out.xml";
    // A reading text of 64 MB: its TEI takes long enough to write to be caught at it.
    {
        std::ofstream text(in, std::ios::binary);
        text << "9. Memorandum From A to B\n\n";
        std::string paragraph;
        for (int i = 0; i < 199; ++i) paragraph += "word ";
        for (int i = 0; i < 64000; ++i) text << paragraph << "end.\n\n";
        text << "Last.";
    }
    const std::string teipress = (fs::path(TEIPRESS_BINARY_DIR) / "teipress").string();
    int code = -1;
    for (int attempt = 0; attempt < 5 && code < 0; ++attempt) {
        spit(out, "previous TEI\n");
        code = interrupt_mid_write({teipress, "convert", in.string(), "-o", out.string()}, dir, out,
                                   "previous TEI\n");
    }
    REQUIRE(code == k_exit_interrupted);
    CHECK(slurp(out) == "previous TEI\n");
    CHECK(temporaries(dir).empty());
    fs::remove_all(dir); // the 64 MB input does not stay in the build folder
}

TEST_CASE("the probe's uninterrupted write replaces the output whole") {
    // The counterpart of the SIGTERM test: the same program, left alone, completes the write.
    fs::path dir = scratch("uninterrupted");
    fs::path out = dir / "out.txt";
    spit(out, "previous output\n");
    const std::string probe = fs::path(TEIPRESS_BINARY_DIR) / "tests" / "hardening" / "atomic_write_probe";
    std::string command = probe + " " + out.string() + " 1";
    REQUIRE(std::system(command.c_str()) == 0);
    CHECK(fs::file_size(out) == (1u << 20));
    CHECK(temporaries(dir).empty());
}
