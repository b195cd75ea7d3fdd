#include "core/atomic_file.h"

#include "core/exit_status.h"
#include "core/input_registry.h"

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
        for (long spin = 0; spin < 100000000L && slot.state.load() == k_slot_creating; ++spin) {}
        if (slot.state.load() == k_slot_ready) ::unlink(slot.path);
    }
    ::_exit(k_exit_interrupted);
}

// Replaces the trailing XXXXXX of name with random letters and creates that file exclusively
// with mode 0666 (the kernel applies the umask, which a thread cannot read without changing
// it); tries other names while one exists. Returns the descriptor, or -1 with errno set.
int create_exclusive(char* name) {
    static constexpr char k_letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
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
        for (std::size_t i = 0; i < 6; ++i) name[len - 6 + i] = k_letters[random[i] % (sizeof k_letters - 1)];
        int fd = ::open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

Diagnostic output_error(const std::string& path, const std::string& what) {
    return Diagnostic{Severity::Error, path, 1, 1, what + ": " + std::strerror(errno), {}};
}

Diagnostic output_refusal(const std::string& path, const std::string& message) {
    return Diagnostic{Severity::Error, path, 1, 1, message, {}};
}

// Writes all of content to fd; false with errno set on an error.
bool write_all(int fd, std::string_view content) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

// The descriptor a path names when it is one of this process's descriptors (/dev/stdout,
// /dev/stderr, /dev/fd/N, /proc/self/fd/N, /proc/PID/fd/N), else -1.
int descriptor_named(const std::string& path) {
    if (path == "/dev/stdin") return 0;
    if (path == "/dev/stdout") return 1;
    if (path == "/dev/stderr") return 2;
    for (std::string prefix :
         {std::string("/dev/fd/"), std::string("/proc/self/fd/"), "/proc/" + std::to_string(::getpid()) + "/fd/"}) {
        if (path.compare(0, prefix.size(), prefix) != 0 || path.size() == prefix.size()) continue;
        std::string digits = path.substr(prefix.size());
        if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) return -1;
        return std::stoi(digits);
    }
    return -1;
}

// Where an output path leads once its symbolic links are followed.
struct OutputTarget {
    enum Kind { New, Existing, Descriptor } kind = New;
    std::string path;  // the file to write (the last link's target); New: to be created
    struct stat st {}; // Existing: its stat
    int fd = -1;       // Descriptor: the descriptor
};

// Follows path's symbolic links (a link is written through: the file it names is replaced,
// the link stays). Errors: a loop of links, a path that cannot be examined.
Result<OutputTarget> resolve_output(const std::string& path) {
    std::string current = path;
    for (int hop = 0; hop < 40; ++hop) {
        OutputTarget t;
        if ((t.fd = descriptor_named(current)) >= 0) {
            t.kind = OutputTarget::Descriptor;
            t.path = current;
            return t;
        }
        struct stat st {};
        if (::lstat(current.c_str(), &st) != 0) {
            if (errno != ENOENT) return output_error(path, "cannot examine the output");
            t.kind = OutputTarget::New;
            t.path = current;
            return t;
        }
        if (!S_ISLNK(st.st_mode)) {
            t.kind = OutputTarget::Existing;
            t.path = current;
            t.st = st;
            return t;
        }
        std::string target(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 4096) + 1, '\0');
        ssize_t n = ::readlink(current.c_str(), target.data(), target.size());
        if (n < 0) return output_error(path, "cannot read the symbolic link");
        target.resize(static_cast<std::size_t>(n));
        if (!target.empty() && target[0] != '/') {
            auto slash = current.rfind('/');
            if (slash != std::string::npos) target = current.substr(0, slash + 1) + target;
        }
        current = target;
    }
    return output_refusal(path, "too many levels of symbolic links");
}

// The temporary file's template beside path: ".NAME.tmp-XXXXXX", NAME cut to 100 bytes (at a
// character boundary) so that the longest legal file name still has a legal temporary name.
std::string temporary_template(const std::string& path) {
    auto slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    if (base.size() > 100) {
        std::size_t cut = 100;
        while (cut > 0 && (static_cast<unsigned char>(base[cut]) & 0xC0) == 0x80) --cut;
        base.resize(cut);
    }
    return dir + "." + base + ".tmp-XXXXXX";
}

// Writes content through to a character device, a FIFO or a descriptor (nothing is renamed
// over it: replacing /dev/null or a pipe with a regular file would break the system).
Status write_through(const std::string& path, int fd, std::string_view content) {
    if (!write_all(fd, content)) return output_error(path, "cannot write the output");
    return ok_status();
}

// Creates or replaces the regular file at target (the path with links followed) atomically.
Status replace_atomically(const std::string& path, const std::string& target, std::string_view content,
                          Durability durability) {
    std::string tmpl = temporary_template(target);

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
        if (fd >= 0)
            g_pending[static_cast<std::size_t>(slot)].state.store(k_slot_ready);
        else
            release_pending(slot);
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

    if (!write_all(fd, content)) return fail("cannot write the output");
    if (durability == Durability::Flushed && ::fsync(fd) != 0 && errno != EINVAL)
        return fail("cannot flush the output");
    if (::close(fd) != 0) {
        fd = -1;
        Diagnostic d = output_error(path, "cannot close the output");
        ::unlink(tmpl.c_str());
        release_pending(slot);
        return d;
    }
    if (::rename(tmpl.c_str(), target.c_str()) != 0) {
        Diagnostic d = output_error(path, "cannot replace the output");
        ::unlink(tmpl.c_str());
        release_pending(slot);
        return d;
    }
    release_pending(slot);
    return ok_status();
}

} // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
    return write_file_atomically(path, content, Durability::Flushed);
}

Status write_file_atomically(const std::string& path, std::string_view content, Durability durability) {
    if (path.empty()) return output_refusal(path, "no output file name given");
    if (path.back() == '/')
        return output_refusal(path,
                              "names a folder (it ends in '/'): give the output a file name, "
                              "e.g. " +
                                  path + "out.xml");
    auto target = resolve_output(path);
    if (!target) return target.error();
    switch (target->kind) {
    case OutputTarget::Descriptor: {
        struct stat st {};
        if (::fstat(target->fd, &st) != 0) return output_error(path, "cannot write the output");
        if (std::string input = process_inputs().find(st); !input.empty())
            return output_refusal(path, "refusing to overwrite the input file " + input);
        return write_through(path, target->fd, content);
    }
    case OutputTarget::Existing: {
        const struct stat& st = target->st;
        if (S_ISDIR(st.st_mode))
            return output_refusal(path,
                                  "is a folder, not a file: give the output a file name, "
                                  "e.g. " +
                                      path + "/out.xml");
        if (S_ISREG(st.st_mode)) {
            if (std::string input = process_inputs().find(st); !input.empty())
                return output_refusal(path, "refusing to overwrite the input file " + input);
            return replace_atomically(path, target->path, content, durability);
        }
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
            int fd = ::open(target->path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
            if (fd < 0) return output_error(path, "cannot open the output");
            Status written = write_through(path, fd, content);
            if (::close(fd) != 0 && written) return output_error(path, "cannot close the output");
            return written;
        }
        return output_refusal(path, std::string("is a ") + (S_ISBLK(st.st_mode) ? "block device" : "socket") +
                                        ": teipress writes only to regular files, character "
                                        "devices, FIFOs and standard output");
    }
    case OutputTarget::New: break;
    }
    return replace_atomically(path, target->path, content, durability);
}

bool same_file(const std::string& a, const std::string& b) {
    if (a == b) return true;
    struct stat sa {
    }, sb{};
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
