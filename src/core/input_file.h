// Reading input files: the one place that opens inputs, with diagnostics for every failure.
#pragma once

#include "core/result.h"

#include <string>

namespace teipress {

// Reads the whole file as bytes. Errors (as a Diagnostic at FILE): missing, unreadable,
// a directory, not a regular file, larger than max_bytes.
Result<std::string> read_file_bytes(const std::string& path,
                                    std::size_t max_bytes = std::size_t(1) << 32);

// Decodes the bytes of a text named name as read_text_file does (same checks and errors).
Result<std::string> decode_text(const std::string& name, std::string bytes);

// Reads a UTF-8 text file for a reader: checks UTF-8 (the error names the byte offset and its
// line:column), drops a leading BOM, turns CRLF (and lone CR) line ends into LF. An empty file
// (or one holding only white space) is an error.
Result<std::string> read_text_file(const std::string& path);

} // namespace teipress
