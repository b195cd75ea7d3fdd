// The inputs of this run: every file teipress reads is recorded here, so that no output is
// ever written over one of them (src/core/atomic_file.cpp consults it before each write).
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <sys/stat.h>
#include <utility>

namespace teipress {

// A set of files identified by device and inode (so every name of a file, a symbolic or a
// hard link included, is the same file). Thread-safe.
class InputRegistry {
  public:
    // Records the regular file path whose stat is st (other kinds are not recorded: writing
    // to a device, a FIFO or standard output does not destroy what was read from it).
    void record(const std::string& path, const struct stat& st);
    // Records path by stat()ing it; nothing when it does not exist or is not a regular file.
    void record(const std::string& path);
    // The path an input was recorded under when st is that same file (and that path still
    // names it: a removed input whose inode number was reused is not matched); empty otherwise.
    std::string find(const struct stat& st) const;

  private:
    mutable std::mutex m_mutex;
    std::map<std::pair<dev_t, ino_t>, std::string> m_paths; // (device, inode) -> first name
};

// The registry of this process. Process-wide on purpose (the second such piece of state,
// after the signal handler's list of temporary files): libxslt's document loader, which reads
// xsl:import/include and document() files, is a process-wide callback, and every reader of
// every command (read_file_bytes, validate's mapped inputs) records here without plumbing,
// so that no command can forget an input. Entries are only added, never removed.
InputRegistry& process_inputs();

} // namespace teipress
