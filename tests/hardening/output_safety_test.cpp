// Output safety (issue 5): an output naming the input is refused; outputs are written beside
// the target and renamed into place; a failed or interrupted write leaves the previous output
// and no temporary file; modes follow the umask and are never world-writable.
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/exit_status.h"
#include "core/input_file.h"

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
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace teipress;

namespace {

fs::path scratch(const std::string& name) {
    return teipress::testing::scratch_dir("hardening", name);
}
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
    const std::string same_names[] = {in.string(), (dir / "." / "in.xml").string(), (dir / "link.xml").string(),
                                      (dir / "hard.xml").string()};
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
        CHECK(err == (dir / "out").string() +
                         ":1:1: error: is a folder, not a file: give the output a file name, e.g. " +
                         (dir / "out").string() + "/out.xml\n");
        CHECK(slurp(dir / "out" / "keep") == "kept");
    }
    SECTION("the target's folder does not exist") {
        auto status = write_file_atomically((dir / "missing" / "out.txt").string(), "new");
        REQUIRE_FALSE(status);
        CHECK(status.error().message == "cannot create a temporary file beside the output: No such file or directory");
        CHECK_FALSE(fs::exists(dir / "missing"));
    }
    SECTION("the target names a folder with a trailing slash") {
        auto [code, err] = write_output_capturing((dir / "sub/").string(), "new", {});
        CHECK(code == k_exit_output);
        CHECK(err == (dir / "sub/").string() +
                         ":1:1: error: names a folder (it ends in '/'): give the output a file name, e.g. " +
                         (dir / "sub/").string() + "out.xml\n");
    }
    CHECK(temporaries(dir).empty());
}

TEST_CASE("outputs get 0666 minus the umask and are never world-writable") {
    fs::path dir = scratch("umask");
    const std::pair<mode_t, mode_t> cases[] = {{022, 0644}, {027, 0640}, {077, 0600}, {002, 0664}, {000, 0664}};
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
        code = interrupt_mid_write({probe, out.string(), std::to_string(megabytes)}, dir, out, "previous output\n");
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
        code = interrupt_mid_write({teipress, "convert", in.string(), "-o", out.string()}, dir, out, "previous TEI\n");
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

// --- Where an output goes (issue 9, items 1, 2 and 12) ------------------------------------------

TEST_CASE("a symbolic link is written through: the file it names is replaced, the link stays") {
    fs::path dir = scratch("symlink");
    spit(dir / "real.xml", "old");
    fs::create_symlink("real.xml", dir / "link.xml");
    REQUIRE(write_file_atomically((dir / "link.xml").string(), "new"));
    CHECK(fs::is_symlink(dir / "link.xml"));
    CHECK(fs::read_symlink(dir / "link.xml") == "real.xml");
    CHECK(slurp(dir / "real.xml") == "new");
    // A link to a file not there yet: the file is created where the link points.
    fs::create_symlink("made.xml", dir / "dangling.xml");
    REQUIRE(write_file_atomically((dir / "dangling.xml").string(), "made"));
    CHECK(fs::is_symlink(dir / "dangling.xml"));
    CHECK(slurp(dir / "made.xml") == "made");
    // A chain of links to another folder: the temporary file is made there, beside the file.
    fs::create_directory(dir / "other");
    spit(dir / "other" / "far.xml", "far");
    fs::create_symlink(dir / "other" / "far.xml", dir / "hop1");
    fs::create_symlink("hop1", dir / "hop2");
    REQUIRE(write_file_atomically((dir / "hop2").string(), "near"));
    CHECK(slurp(dir / "other" / "far.xml") == "near");
    CHECK(fs::is_symlink(dir / "hop1"));
    CHECK(fs::is_symlink(dir / "hop2"));
    // A loop is an error, not a hang.
    fs::create_symlink("loop-b", dir / "loop-a");
    fs::create_symlink("loop-a", dir / "loop-b");
    auto status = write_file_atomically((dir / "loop-a").string(), "x");
    REQUIRE_FALSE(status);
    CHECK(status.error().message == "too many levels of symbolic links");
    CHECK(temporaries(dir).empty());
    CHECK(temporaries(dir / "other").empty());
}

TEST_CASE("a FIFO is written through, never replaced") {
    fs::path dir = scratch("fifo");
    fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = slurp(fifo); });
    auto status = write_file_atomically(fifo.string(), "through the pipe");
    reader.join();
    REQUIRE(status);
    CHECK(received == "through the pipe");
    struct stat st {};
    REQUIRE(::lstat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(temporaries(dir).empty());
}

TEST_CASE("a character device is written through, never replaced") {
    fs::path dir = scratch("device");
    // As root, a copy of /dev/null made with mknod (the real one is never put at risk); as
    // anyone else, /dev/null itself (its folder is not writable, so a regression fails safely).
    fs::path device = "/dev/null";
    if (::geteuid() == 0) {
        device = dir / "null";
        REQUIRE(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    }
    REQUIRE(write_file_atomically(device.string(), "into the device"));
    struct stat st {};
    REQUIRE(::lstat(device.c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    CHECK(major(st.st_rdev) == 1);
    CHECK(minor(st.st_rdev) == 3);
    CHECK(temporaries(dir).empty());
    // Through teipress too (exit 0, the device still a device).
    fs::path in = dir / "in.txt";
    spit(in, "4. Title\n\nText.");
    const std::string teipress = (fs::path(TEIPRESS_BINARY_DIR) / "teipress").string();
    CHECK(std::system((teipress + " convert " + in.string() + " -o " + device.string()).c_str()) == 0);
    REQUIRE(::lstat(device.c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("a descriptor path (/dev/fd/N, /dev/stdout) is written to that descriptor") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    auto status = write_file_atomically("/dev/fd/" + std::to_string(fds[1]), "to the descriptor");
    ::close(fds[1]);
    char buf[64] = {};
    ssize_t n = ::read(fds[0], buf, sizeof buf - 1);
    ::close(fds[0]);
    REQUIRE(status);
    CHECK(std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0) == "to the descriptor");
}

TEST_CASE("the longest legal file name is a legal output (the temporary name is cut short)") {
    fs::path dir = scratch("long-name");
    const std::string name = std::string(246, 'n') + ".xml"; // 250 bytes
    REQUIRE(write_file_atomically((dir / name).string(), "long"));
    CHECK(slurp(dir / name) == "long");
    // A name of two-byte characters is cut at a character boundary.
    std::string accents;
    for (int i = 0; i < 120; ++i) accents += "\xC3\xA9";
    REQUIRE(write_file_atomically((dir / (accents + ".md")).string(), "accents"));
    CHECK(slurp(dir / (accents + ".md")) == "accents");
    CHECK(temporaries(dir).empty());
}

TEST_CASE("every file read through src/core is an input no output may overwrite") {
    fs::path dir = scratch("registry");
    spit(dir / "read.txt", "read");
    spit(dir / "unread.txt", "unread");
    REQUIRE(read_file_bytes((dir / "read.txt").string()));
    fs::create_symlink("read.txt", dir / "alias.txt");
    for (const auto& name : {"read.txt", "./read.txt", "alias.txt"}) {
        INFO(name);
        auto status = write_file_atomically((dir / name).string(), "overwritten");
        REQUIRE_FALSE(status);
        CHECK(status.error().message == "refusing to overwrite the input file " + (dir / "read.txt").string());
    }
    CHECK(slurp(dir / "read.txt") == "read");
    CHECK(write_file_atomically((dir / "unread.txt").string(), "written"));
    CHECK(slurp(dir / "unread.txt") == "written");
}
