#include "writers/tex_to_pdf.h"

#include "core/input_file.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace teipress::writers {

namespace fs = std::filesystem;

namespace {

// The files a run can leave in its folder (pdflatex with hyperref), for the signal handler.
constexpr const char* k_run_files[] = {"document.tex", "document.log", "document.aux", "document.out", "document.pdf",
                                       "run.log",      "texput.log",   ".lock",        ".lock-new"};

// The prefix of every run's folder under $TMPDIR.
constexpr const char* k_folder_prefix = "teipress-tex-";

// The run in progress, for the signal handler only (a handler can reach nothing else): its
// folder and the TeX engine's process group.
struct ActiveRun {
    char folder[4096];
    volatile sig_atomic_t pid;
};
ActiveRun g_active_run{};
struct sigaction g_previous[3];
constexpr int k_signals[3] = {SIGINT, SIGTERM, SIGHUP};

// On an interruption during the TeX run: stop the engine, remove its folder, then hand the
// signal on to the handler installed before (the one that removes temporary outputs and exits
// with 130). Async-signal-safe calls only.
extern "C" void on_signal_during_run(int sig) {
    if (g_active_run.pid > 0) {
        ::kill(-g_active_run.pid, SIGKILL);
        ::waitpid(g_active_run.pid, nullptr, 0);
    }
    char path[4200];
    for (const char* name : k_run_files) {
        std::size_t n = 0;
        for (const char* p = g_active_run.folder; *p && n < sizeof path - 2; ++p) path[n++] = *p;
        path[n++] = '/';
        for (const char* p = name; *p && n < sizeof path - 1; ++p) path[n++] = *p;
        path[n] = '\0';
        ::unlink(path);
    }
    ::rmdir(g_active_run.folder);
    for (int i = 0; i < 3; ++i)
        if (k_signals[i] == sig) ::sigaction(sig, &g_previous[i], nullptr);
    ::raise(sig);
}

// Installs on_signal_during_run for the life of one run, and puts the previous handlers back.
class SignalGuard {
  public:
    explicit SignalGuard(const std::string& folder) {
        std::size_t n = std::min(folder.size(), sizeof g_active_run.folder - 1);
        folder.copy(g_active_run.folder, n);
        g_active_run.folder[n] = '\0';
        g_active_run.pid = 0;
        struct sigaction action {};
        action.sa_handler = on_signal_during_run;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < 3; ++i) ::sigaction(k_signals[i], &action, &g_previous[i]);
    }
    ~SignalGuard() {
        for (int i = 0; i < 3; ++i) ::sigaction(k_signals[i], &g_previous[i], nullptr);
        g_active_run.pid = 0;
    }
    SignalGuard(const SignalGuard&) = delete;
    SignalGuard& operator=(const SignalGuard&) = delete;
};

// $TMPDIR, or /tmp.
std::string temp_root() {
    const char* tmp = std::getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

// A run's folder under $TMPDIR, holding an exclusive lock (flock on its ".lock") for as long as
// the run lives: a folder whose lock can be taken belongs to a run that died (SIGKILL leaves it
// behind) and is removed by the next run. The lock file is locked before it gets its name, so
// a folder is never seen with an unlocked ".lock" while its run lives. Removed however the run
// ends.
class TempFolder {
  public:
    TempFolder() {
        std::string tmpl = temp_root() + "/" + k_folder_prefix + "XXXXXX";
        if (!::mkdtemp(tmpl.data())) return;
        m_path = tmpl;
        const std::string unnamed = m_path + "/.lock-new";
        m_lock = ::open(unnamed.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (m_lock < 0 || ::flock(m_lock, LOCK_EX | LOCK_NB) != 0 ||
            ::rename(unnamed.c_str(), (m_path + "/.lock").c_str()) != 0) {
            std::error_code ec;
            fs::remove_all(m_path, ec);
            m_path.clear();
        }
    }
    ~TempFolder() {
        std::error_code ec;
        if (!m_path.empty()) fs::remove_all(m_path, ec);
        if (m_lock >= 0) ::close(m_lock);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
    int m_lock = -1;
};

// Removes the folders of runs that died (see TempFolder) from $TMPDIR: this user's
// teipress-tex-* folders whose ".lock" nobody holds. A folder without a ".lock" is left alone
// (a run being set up, or not ours to judge).
void remove_stale_folders() {
    std::error_code ec;
    for (fs::directory_iterator it(temp_root(), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(k_folder_prefix, 0) != 0) continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid()) continue;
        int fd = ::open((it->path() / ".lock").c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            std::error_code rm;
            fs::remove_all(it->path(), rm);
        }
        ::close(fd);
    }
}

} // namespace

TexError tex_first_error(const std::string& log) {
    TexError error;
    std::istringstream in(log);
    std::string line;
    bool found = false;
    int context = 0;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!found) {
            // -file-line-error: "./document.tex:123: Undefined control sequence."; without it,
            // or for an error outside the file: "! Undefined control sequence."
            std::size_t at = line.find(".tex:");
            std::size_t colon = at == std::string::npos ? at : line.find(": ", at + 5);
            if (at != std::string::npos && colon != std::string::npos && colon > at + 5 &&
                line.find_first_not_of("0123456789", at + 5) == colon) {
                error.tex_line = std::atoi(line.c_str() + at + 5);
                error.message = line.substr(colon + 2);
                found = true;
                context = 4;
            } else if (line.rfind("! ", 0) == 0) {
                error.message = line.substr(2);
                found = true;
                context = 4;
            }
            continue;
        }
        // The context TeX shows: "l.123 \foo" (the line and what it read there).
        if (line.rfind("l.", 0) == 0) {
            std::size_t space = line.find(' ');
            if (error.tex_line == 0) error.tex_line = std::atoi(line.c_str() + 2);
            if (space != std::string::npos) error.context = line.substr(space + 1);
            break;
        }
        if (--context <= 0 || line.empty()) break;
    }
    while (!error.message.empty() && error.message.back() == ' ') error.message.pop_back();
    if (error.message.size() > 300) error.message = error.message.substr(0, 300) + "...";
    if (error.context.size() > 120) error.context = error.context.substr(0, 120) + "...";
    return error;
}

int tei_line_of_tex_line(const std::string& latex, int tex_line) {
    static const std::string marker = "% TEI line ";
    int line = 1, tei = 0;
    for (std::size_t start = 0; start < latex.size() && line <= tex_line; ++line) {
        std::size_t end = latex.find('\n', start);
        if (end == std::string::npos) end = latex.size();
        if (latex.compare(start, marker.size(), marker) == 0) tei = std::atoi(latex.c_str() + start + marker.size());
        start = end + 1;
    }
    return tei;
}

namespace {

// Runs argv in folder with stdout/stderr to log_path; returns the exit status, -1 when it
// could not start, -2 when it ran past the deadline (then it was killed).
int run_bounded(const std::vector<std::string>& argv, const std::string& folder, const std::string& log_path,
                int timeout_seconds) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid < 0) return -1;
    if (pid > 0) {
        ::setpgid(pid, pid); // (also in the child: whichever runs first)
        g_active_run.pid = pid;
    }
    if (pid == 0) {
        // TeX in a process group of its own (so that it can be stopped with all it started),
        // killed when teipress dies, even by SIGKILL, which teipress cannot catch.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(127);
        int in = ::open("/dev/null", O_RDONLY);
        int out = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || ::chdir(folder.c_str()) != 0) ::_exit(127);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(out, 2);
        // In the child only: reproducible PDF dates and ids unless the caller chose a date.
        ::setenv("SOURCE_DATE_EPOCH", "0", 0);
        ::setenv("FORCE_SOURCE_DATE", "1", 1);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    int status = 0;
    for (;;) {
        pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid) break;
        if (r < 0) return -1;
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return -2;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

} // namespace

std::string find_on_path(const std::string& program) {
    if (program.find('/') != std::string::npos) return ::access(program.c_str(), X_OK) == 0 ? program : std::string();
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        if (dir.empty()) continue;
        std::string candidate = dir + "/" + program;
        if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
    }
    return {};
}

ExitStatus tex_to_pdf(const std::string& latex, const std::string& input_name, const TexRunOptions& options,
                      std::string& pdf, DiagnosticSink& sink) {
    std::string engine = find_on_path(options.engine);
    if (engine.empty()) {
        sink.error(input_name, 0, 0,
                   "the TeX engine '" + options.engine +
                       "' is not installed (on Debian: apt-get install texlive-latex-base "
                       "texlive-latex-recommended texlive-fonts-recommended lmodern)");
        return k_exit_tool;
    }
    remove_stale_folders();
    TempFolder folder;
    if (folder.path().empty()) {
        sink.error(input_name, 0, 0, "cannot create a temporary folder for the TeX run");
        return k_exit_tool;
    }
    SignalGuard interrupt(folder.path()); // an interrupted run leaves no folder behind
    {
        std::ofstream tex(folder.path() + "/document.tex", std::ios::binary);
        tex << latex;
        if (!tex) {
            sink.error(input_name, 0, 0, "cannot write the LaTeX file for the TeX run");
            return k_exit_tool;
        }
    }
    const std::string log_path = folder.path() + "/run.log";
    for (int pass = 0; pass < options.passes; ++pass) {
        int rc = run_bounded({engine, "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error",
                              "-file-line-error", "document.tex"},
                             folder.path(), log_path, options.timeout_seconds);
        if (rc == 0) continue;
        std::string message;
        int tei_line = 0;
        if (rc == -1)
            message = "cannot start " + engine;
        else if (rc == -2)
            message =
                options.engine + " ran longer than " + std::to_string(options.timeout_seconds) + " s and was stopped";
        else {
            // TeX's own error, at the TEI line its LaTeX came from.
            auto log = read_file_bytes(folder.path() + "/document.log");
            TexError error = log ? tex_first_error(*log) : TexError{};
            message = options.engine + " failed (exit " + std::to_string(rc) + ")";
            if (!error.message.empty()) {
                tei_line = tei_line_of_tex_line(latex, error.tex_line);
                message += ": " + error.message;
                if (error.tex_line > 0)
                    message += " (LaTeX line " + std::to_string(error.tex_line) +
                               (error.context.empty() ? std::string() : ": " + error.context) + ")";
            }
        }
        sink.error(input_name, tei_line, 0, message);
        return k_exit_tool;
    }
    auto bytes = read_file_bytes(folder.path() + "/document.pdf");
    if (!bytes) {
        sink.error(input_name, 0, 0, options.engine + " wrote no PDF");
        return k_exit_tool;
    }
    pdf = std::move(*bytes);
    return k_exit_ok;
}

} // namespace teipress::writers
