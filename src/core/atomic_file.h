// AtomicFile: every output is written to a temporary file in the target's folder and renamed
// over the target only when complete, so a failed or interrupted run leaves the previous
// output intact and no temporary file behind.
#pragma once

#include "core/result.h"

#include <string>
#include <string_view>

namespace teipress {

// Writes content to path. A regular file (new or existing) is written atomically: to a
// temporary ".NAME.tmp-XXXXXX" beside it, renamed over it when complete; it gets mode 0666
// minus the process umask, and is never world-writable (o-w even under umask 0). A symbolic
// link is written through: the file it names is replaced, the link stays. A character device
// (/dev/null), a FIFO or one of the process's descriptors (/dev/stdout, /dev/fd/N) is written
// through, never replaced.
// Errors (as a Diagnostic at path, 1:1): the path is an input of this run (process_inputs(),
// by any of its names: "refusing to overwrite the input file IN"), names a folder (or ends in
// '/'), a block device or a socket; the folder is missing or not writable; the disk is full.
Status write_file_atomically(const std::string& path, std::string_view content);

// Whether a write waits for the disk.
enum class Durability {
    Flushed,  // fsync before the rename: after a crash the file is the old or the new one
    Unflushed // no fsync (a build's many outputs, which its manifest checks by size and remakes)
};

// As above; with Durability::Unflushed the file is renamed into place without waiting for the
// disk (still never half-written while the system runs; after a crash it may be empty).
Status write_file_atomically(const std::string& path, std::string_view content, Durability durability);

// True when a and b name the same existing file (same device and inode), or the same path.
bool same_file(const std::string& a, const std::string& b);

// Installs SIGINT/SIGTERM/SIGHUP handlers that remove the temporary files still being written
// and exit with k_exit_interrupted. Call once from main.
void install_interrupt_cleanup();

} // namespace teipress
