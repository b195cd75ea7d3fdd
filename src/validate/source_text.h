// SourceText: the bytes of one input file with its line index, to turn nodes of the parsed
// tree back into positions of the text (libxml2 keeps only a line number per element).
#pragma once

#include "core/line_index.h"
#include "core/result.h"

#include <libxml/tree.h>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace teipress::validate {

class SourceText {
  public:
    // Takes the file's bytes; name is how messages call the file.
    SourceText(std::string name, std::string bytes)
        : m_name(std::move(name)), m_owned(std::move(bytes)), m_bytes(m_owned) {}
    ~SourceText();
    SourceText(const SourceText&) = delete;
    SourceText& operator=(const SourceText&) = delete;

    // Maps the file at path read-only (no copy: a volume is parsed straight from the page
    // cache). Errors (as a Diagnostic at path, 1:1): missing, a directory, unreadable, larger
    // than max_bytes. Files that cannot be mapped (pipes, empty files) are read instead.
    static Result<std::unique_ptr<SourceText>> open(const std::string& path, std::size_t max_bytes);

    // How messages call the file (the path as given).
    const std::string& name() const { return m_name; }
    // The file's bytes, as read.
    std::string_view bytes() const { return m_bytes; }
    // The line index, built on first use (only diagnostics need it); thread-safe (the
    // grammar and the rules of one file may run on two threads).
    const LineIndex& index() const {
        std::call_once(m_index_once, [this] { m_index = std::make_unique<LineIndex>(m_bytes); });
        return *m_index;
    }

    // Where node begins in the text: for an element the '<' of its start tag, for an attribute
    // its name inside that tag, for other nodes their parent element. Falls back to the line
    // libxml2 recorded and column 1 when the tag cannot be found; {0, 0} for a null node.
    SourcePosition position_of(const xmlNode* node) const;

  private:
    std::string m_name;
    std::string m_owned;        // the bytes when read, not mapped
    std::string_view m_bytes;   // the bytes (m_owned, or the mapping)
    void* m_map = nullptr;      // the mapping, unmapped by the destructor
    std::size_t m_map_size = 0;
    mutable std::once_flag m_index_once;
    mutable std::unique_ptr<LineIndex> m_index;
};

} // namespace teipress::validate
