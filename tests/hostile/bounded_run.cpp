#include "bounded_run.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace teipress::hostile {

RunOutcome bounded_run(const std::vector<std::string>& argv, const std::string& cwd, double seconds,
                       long address_space_mb) {
    int out_pipe[2], err_pipe[2];
    if (::pipe2(out_pipe, O_CLOEXEC) != 0 || ::pipe2(err_pipe, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    auto start = std::chrono::steady_clock::now();
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        // Child: only async-signal-safe calls from here to exec.
        ::dup2(out_pipe[1], 1);
        ::dup2(err_pipe[1], 2);
        int devnull = ::open("/dev/null", O_RDONLY);
        if (devnull >= 0) ::dup2(devnull, 0);
        if (::chdir(cwd.c_str()) != 0) ::_exit(127);
        if (address_space_mb > 0) {
            rlimit lim{};
            lim.rlim_cur = lim.rlim_max = static_cast<rlim_t>(address_space_mb) << 20;
            ::setrlimit(RLIMIT_AS, &lim);
        }
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);

    RunOutcome r;
    auto deadline = start + std::chrono::duration<double>(seconds);
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&r.out, &r.err};
    int open_fds = 2;
    char buf[1 << 16];
    // Read both pipes until the child closes them (or the time is up).
    while (open_fds > 0) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            r.timed_out = true;
            ::kill(pid, SIGKILL);
            break;
        }
        int n = ::poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 100)));
        if (n < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
            if (got > 0) {
                // Keep at most 64 MB of each stream: a flood of output is itself a finding.
                if (sinks[i]->size() < (std::size_t(64) << 20)) sinks[i]->append(buf, got);
            } else if (got == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open_fds;
            }
        }
    }
    for (auto& f : fds)
        if (f.fd >= 0) ::close(f.fd);

    // Reap it, still honouring the deadline (it may close its pipes and go on running).
    int status = 0;
    rusage usage{};
    for (;;) {
        pid_t w = ::wait4(pid, &status, WNOHANG, &usage);
        if (w == pid) break;
        if (w < 0 && errno != EINTR) throw std::runtime_error("wait4 failed");
        if (!r.timed_out && std::chrono::steady_clock::now() >= deadline) {
            r.timed_out = true;
            ::kill(pid, SIGKILL);
        }
        ::usleep(2000);
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.peak_rss_mb = usage.ru_maxrss / 1024; // kilobytes on Linux
    if (WIFEXITED(status))
        r.exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        r.exit_code = 128 + WTERMSIG(status);
    return r;
}

} // namespace teipress::hostile
