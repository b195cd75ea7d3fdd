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
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace teipress::writers {

namespace fs = std::filesystem;

namespace {

// The files a run can leave in its folder (pdflatex with hyperref), for the signal handler.
constexpr const char* k_run_files[] = {"document.tex", "document.log", "document.aux",
                                       "document.out", "document.pdf", "run.log",
                                       "texput.log"};

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

// Removes the temporary folder however the run ends.
class TempFolder {
  public:
    TempFolder() {
        const char* tmp = std::getenv("TMPDIR");
        std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/teipress-tex-XXXXXX";
        if (::mkdtemp(tmpl.data())) m_path = tmpl;
    }
    ~TempFolder() {
        std::error_code ec;
        if (!m_path.empty()) fs::remove_all(m_path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
};

// The lines of a TeX log that say what went wrong: "! ..." and the "l.N ..." after it.
std::string tex_error_lines(const std::string& log) {
    std::istringstream in(log);
    std::string line, out;
    int keep = 0;
    while (std::getline(in, line)) {
        if (line.rfind("! ", 0) == 0) keep = 3;
        if (keep > 0) {
            if (!out.empty()) out += " | ";
            out += line;
            --keep;
            if (line.rfind("l.", 0) == 0) keep = 0;
        }
        if (out.size() > 600) break;
    }
    return out;
}

// Runs argv in folder with stdout/stderr to log_path; returns the exit status, -1 when it
// could not start, -2 when it ran past the deadline (then it was killed).
int run_bounded(const std::vector<std::string>& argv, const std::string& folder,
                const std::string& log_path, int timeout_seconds) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = ::fork();
    if (pid < 0) return -1;
    if (pid > 0) g_active_run.pid = pid;
    if (pid == 0) {
        ::setpgid(0, 0);
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
    return WIFEXITED(status) ? WEXITSTATUS(status)
                             : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

} // namespace

std::string find_on_path(const std::string& program) {
    if (program.find('/') != std::string::npos)
        return ::access(program.c_str(), X_OK) == 0 ? program : std::string();
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        if (dir.empty()) continue;
        std::string candidate = dir + "/" + program;
        if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate))
            return candidate;
    }
    return {};
}

ExitStatus tex_to_pdf(const std::string& latex, const std::string& input_name,
                      const TexRunOptions& options, std::string& pdf, DiagnosticSink& sink) {
    std::string engine = find_on_path(options.engine);
    if (engine.empty()) {
        sink.error(input_name, 0, 0,
                   "the TeX engine '" + options.engine +
                       "' is not installed (on Debian: apt-get install texlive-latex-base "
                       "texlive-latex-recommended texlive-fonts-recommended lmodern)");
        return k_exit_tool;
    }
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
        int rc = run_bounded({engine, "-no-shell-escape", "-interaction=nonstopmode",
                              "-halt-on-error", "-file-line-error", "document.tex"},
                             folder.path(), log_path, options.timeout_seconds);
        if (rc == 0) continue;
        std::string message;
        if (rc == -1)
            message = "cannot start " + engine;
        else if (rc == -2)
            message = options.engine + " ran longer than " +
                      std::to_string(options.timeout_seconds) + " s and was stopped";
        else {
            auto log = read_file_bytes(folder.path() + "/document.log");
            std::string detail = log ? tex_error_lines(*log) : std::string();
            message = options.engine + " failed (exit " + std::to_string(rc) + ")" +
                      (detail.empty() ? std::string() : ": " + detail);
        }
        sink.error(input_name, 0, 0, message);
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
