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
#include <unordered_map>
#include <vector>

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
    // The first call indexes the start tags of the text and the elements of node's document
    // (one pass each), so each position costs a look-up, however long the lines.
    SourcePosition position_of(const xmlNode* node) const;

  private:
    // The start tags of the text in order, and the elements of its document in order: the n-th
    // element is the n-th start tag (entities are never expanded: every element stands in the
    // text).
    struct TagIndex {
        const xmlDoc* doc = nullptr;
        std::vector<std::size_t> starts;                         // offset of each start tag's '<'
        std::unordered_map<const xmlNode*, std::size_t> ordinal; // element -> its number
    };
    // The offset of node's start tag by the index; npos when the index does not apply.
    std::size_t indexed_tag(const xmlNode* element) const;
    SourcePosition searched_position(const xmlNode* node, const xmlNode* element) const;
    SourcePosition attribute_position(const xmlNode* node, std::size_t tag) const;
    std::string m_name;
    std::string m_owned;      // the bytes when read, not mapped
    std::string_view m_bytes; // the bytes (m_owned, or the mapping)
    void* m_map = nullptr;    // the mapping, unmapped by the destructor
    std::size_t m_map_size = 0;
    mutable std::once_flag m_index_once;
    mutable std::unique_ptr<LineIndex> m_index;
    mutable std::once_flag m_tags_once;
    mutable std::unique_ptr<TagIndex> m_tags;
};

} // namespace teipress::validate
