#include "core/atomic_file.h"

#include "core/exit_status.h"

#include <algorithm>
#include <array>
#include <pthread.h>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace teipress {

namespace {

// The one piece of process-wide state: a signal handler can only reach globals. It holds the
// paths of temporary files being written, so an interrupted run can remove them.
constexpr std::size_t k_max_pending = 64;
struct PendingSlot {
    std::atomic<bool> claimed{false}; // taken by a writer
    std::atomic<bool> ready{false};   // path is complete and may be unlinked
    char path[4096];
};
std::array<PendingSlot, k_max_pending> g_pending;

int register_pending(const std::string& path) {
    for (std::size_t i = 0; i < k_max_pending; ++i) {
        bool expected = false;
        if (!g_pending[i].claimed.compare_exchange_strong(expected, true)) continue;
        std::size_t n = std::min(path.size(), sizeof g_pending[i].path - 1);
        std::memcpy(g_pending[i].path, path.data(), n);
        g_pending[i].path[n] = '\0';
        g_pending[i].ready.store(true);
        return static_cast<int>(i);
    }
    return -1;
}

void unregister_pending(int slot) {
    if (slot < 0) return;
    g_pending[static_cast<std::size_t>(slot)].ready.store(false);
    g_pending[static_cast<std::size_t>(slot)].claimed.store(false);
}

extern "C" void on_interrupt(int) {
    for (auto& slot : g_pending)
        if (slot.ready.load()) ::unlink(slot.path);
    ::_exit(k_exit_interrupted);
}

Diagnostic output_error(const std::string& path, const std::string& what) {
    return Diagnostic{Severity::Error, path, 1, 1, what + ": " + std::strerror(errno), {}};
}

} // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
    auto slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? std::string(".") : path.substr(0, slash + 1);
    std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    std::string tmpl = (slash == std::string::npos ? std::string() : dir) + "." + base + ".tmp-XXXXXX";

    // Block the signals while the temporary file is created and registered, so that no signal
    // arrives between the two.
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    int fd = ::mkstemp(tmpl.data());
    int slot = fd >= 0 ? register_pending(tmpl) : -1;
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    if (fd < 0) return output_error(path, "cannot create a temporary file beside the output");

    auto fail = [&](const char* what) -> Status {
        Diagnostic d = output_error(path, what);
        ::close(fd);
        ::unlink(tmpl.c_str());
        unregister_pending(slot);
        return d;
    };

    // mkstemp creates 0600; give the file the mode a plain open() would: 0666 minus umask.
    mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd, 0666 & ~mask) != 0) return fail("cannot set the output's permissions");

    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write the output");
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 && errno != EINVAL) return fail("cannot flush the output");
    if (::close(fd) != 0) {
        fd = -1;
        Diagnostic d = output_error(path, "cannot close the output");
        ::unlink(tmpl.c_str());
        unregister_pending(slot);
        return d;
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        Diagnostic d = output_error(path, "cannot replace the output");
        ::unlink(tmpl.c_str());
        unregister_pending(slot);
        return d;
    }
    unregister_pending(slot);
    return ok_status();
}

bool same_file(const std::string& a, const std::string& b) {
    if (a == b) return true;
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void install_interrupt_cleanup() {
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &sa, nullptr);
}

} // namespace teipress
