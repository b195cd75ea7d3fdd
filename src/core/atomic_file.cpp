#include "core/atomic_file.h"

#include "core/exit_status.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace teipress {

namespace {

// The one piece of process-wide state: a signal handler can only reach globals. It holds the
// paths of temporary files being written, so an interrupted run can remove them.
constexpr std::size_t k_max_pending = 64;
constexpr std::size_t k_max_path = 4096;
enum SlotState : int { k_slot_free = 0, k_slot_creating = 1, k_slot_ready = 2 };
struct PendingSlot {
    std::atomic<int> state{k_slot_free};
    char path[k_max_path];
};
std::array<PendingSlot, k_max_pending> g_pending;

// Claims a free slot and puts the template in it; create_exclusive then fills in the name in
// place, so the slot holds the real name from the moment the file exists. Returns -1 when all
// are taken or the name is too long for a slot (that file is then not removed on a signal).
int claim_pending(const std::string& tmpl) {
    if (tmpl.size() >= k_max_path) return -1;
    for (std::size_t i = 0; i < k_max_pending; ++i) {
        int expected = k_slot_free;
        if (!g_pending[i].state.compare_exchange_strong(expected, k_slot_creating)) continue;
        std::memcpy(g_pending[i].path, tmpl.data(), tmpl.size());
        g_pending[i].path[tmpl.size()] = '\0';
        return static_cast<int>(i);
    }
    return -1;
}

void release_pending(int slot) {
    if (slot >= 0) g_pending[static_cast<std::size_t>(slot)].state.store(k_slot_free);
}

extern "C" void on_interrupt(int) {
    for (auto& slot : g_pending) {
        // Another thread may be creating its file (it blocks these signals, so it is never
        // this thread): wait a bounded while for it to finish so its file is removed too.
        for (long spin = 0; spin < 100000000L && slot.state.load() == k_slot_creating; ++spin) {
        }
        if (slot.state.load() == k_slot_ready) ::unlink(slot.path);
    }
    ::_exit(k_exit_interrupted);
}

// Replaces the trailing XXXXXX of name with random letters and creates that file exclusively
// with mode 0666 (the kernel applies the umask, which a thread cannot read without changing
// it); tries other names while one exists. Returns the descriptor, or -1 with errno set.
int create_exclusive(char* name) {
    static constexpr char k_letters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::size_t len = std::strlen(name);
    if (len < 6) {
        errno = EINVAL;
        return -1;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        unsigned char random[6];
        if (::getrandom(random, sizeof random, 0) != static_cast<ssize_t>(sizeof random)) {
            // No entropy source: fall back on the process id and the attempt number.
            unsigned long v = static_cast<unsigned long>(::getpid()) * 131u + attempt;
            for (auto& r : random) r = static_cast<unsigned char>(v), v = v / 7 + 3;
        }
        for (std::size_t i = 0; i < 6; ++i)
            name[len - 6 + i] = k_letters[random[i] % (sizeof k_letters - 1)];
        int fd = ::open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
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
    // arrives in this thread between the two (the handler waits for other threads' creations).
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    int slot = claim_pending(tmpl);
    char* name = slot >= 0 ? g_pending[static_cast<std::size_t>(slot)].path : tmpl.data();
    int fd = create_exclusive(name);
    int saved_errno = errno;
    if (slot >= 0) {
        if (fd >= 0) g_pending[static_cast<std::size_t>(slot)].state.store(k_slot_ready);
        else release_pending(slot);
    }
    if (fd >= 0 && slot >= 0) tmpl.assign(name);
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    errno = saved_errno;
    if (fd < 0) return output_error(path, "cannot create a temporary file beside the output");

    auto fail = [&](const char* what) -> Status {
        Diagnostic d = output_error(path, what);
        ::close(fd);
        ::unlink(tmpl.c_str());
        release_pending(slot);
        return d;
    };

    // The kernel gave the file 0666 minus the umask, as a plain open() would; take away
    // "others may write" should the umask leave it (never a world-writable output).
    struct stat st {};
    if (::fstat(fd, &st) != 0) return fail("cannot read the output's permissions");
    if ((st.st_mode & S_IWOTH) && ::fchmod(fd, st.st_mode & 07777 & ~mode_t(S_IWOTH)) != 0)
        return fail("cannot set the output's permissions");

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
        release_pending(slot);
        return d;
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        Diagnostic d = output_error(path, "cannot replace the output");
        ::unlink(tmpl.c_str());
        release_pending(slot);
        return d;
    }
    release_pending(slot);
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
