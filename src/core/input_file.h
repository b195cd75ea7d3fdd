// Reading input files: the one place that opens inputs, with diagnostics for every failure.
// Every file read here is recorded in process_inputs(), so that no output overwrites it.
#pragma once

#include "core/result.h"

#include <string>
#include <sys/stat.h>

namespace teipress {

// The largest input teipress reads: 2 GiB less one byte (2,147,483,647 bytes; libxml2 takes a
// document's length as an int). Larger inputs are refused before they are read.
inline constexpr std::size_t k_max_input_bytes = 2147483647;

// True when path names standard input ("-").
bool is_stdin_path(const std::string& path);

// An input opened for reading: its descriptor (closed by the destructor) and its stat.
class OpenedInput {
  public:
    // Takes fd (closed by the destructor unless it is 0, 1 or 2) and its stat.
    OpenedInput(int fd, const struct stat& st) : m_fd(fd), m_stat(st) {}
    OpenedInput(OpenedInput&& other) noexcept : m_fd(other.m_fd), m_stat(other.m_stat) { other.m_fd = -1; }
    OpenedInput& operator=(OpenedInput&&) = delete;
    OpenedInput(const OpenedInput&) = delete;
    ~OpenedInput();
    // The descriptor to read from.
    int fd() const { return m_fd; }
    // The stat of the opened file (fstat, so it is the file actually read).
    const struct stat& stat() const { return m_stat; }
    // True for a regular file (its size is known before reading).
    bool is_regular() const { return S_ISREG(m_stat.st_mode); }

  private:
    int m_fd;
    struct stat m_stat;
};

// Opens path ("-": standard input, not closed) for reading and records it as an input.
// Errors (a Diagnostic at path, 1:1): missing, unreadable, a directory, a regular file larger
// than max_bytes (checked on the opened file, before anything is read).
Result<OpenedInput> open_input(const std::string& path, std::size_t max_bytes = k_max_input_bytes);

// Reads all that is left of an opened input. Errors: a read error; more than max_bytes (a
// stream such as a pipe or /dev/zero is read up to the limit and refused there).
Result<std::string> read_opened_input(const std::string& path, const OpenedInput& input,
                                      std::size_t max_bytes = k_max_input_bytes);

// Reads the whole file as bytes, once ("-": standard input): open_input then
// read_opened_input, with their errors.
Result<std::string> read_file_bytes(const std::string& path, std::size_t max_bytes = k_max_input_bytes);

// Decodes the bytes of a text named name as read_text_file does (same checks and errors).
Result<std::string> decode_text(const std::string& name, std::string bytes);

// Reads a UTF-8 text file for a reader: checks UTF-8 (the error names the byte offset and its
// line:column), drops a leading BOM, turns CRLF (and lone CR) line ends into LF. An empty file
// (or one holding only white space) is an error.
Result<std::string> read_text_file(const std::string& path);

} // namespace teipress
