#include "validate/source_text.h"

#include "core/input_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace teipress::validate {

namespace {

// The name as written in the source: prefix:local or local.
std::string qualified_name(const xmlNode* node) {
    std::string name = reinterpret_cast<const char*>(node->name);
    if (node->ns && node->ns->prefix)
        name = std::string(reinterpret_cast<const char*>(node->ns->prefix)) + ":" + name;
    return name;
}

// The previous node in document order (the deepest last descendant of the previous sibling,
// else the parent); null at the document.
const xmlNode* previous_in_document(const xmlNode* n) {
    if (n->prev) {
        n = n->prev;
        while (n->type == XML_ELEMENT_NODE && n->last) n = n->last;
        return n;
    }
    return n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : nullptr;
}

bool is_name_end(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
}

// Offset just past the '>' that ends the tag starting at begin (quotes respected), or npos.
std::size_t tag_end(std::string_view text, std::size_t begin) {
    char quote = 0;
    for (std::size_t i = begin + 1; i < text.size(); ++i) {
        char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        } else if (c == '<') {
            return std::string::npos;
        }
    }
    return std::string::npos;
}

} // namespace

SourceText::~SourceText() {
    if (m_map) ::munmap(m_map, m_map_size);
}

Result<std::unique_ptr<SourceText>> SourceText::open(const std::string& path, std::size_t max_bytes) {
    // Opened once (recorded as an input, the size checked on the opened file), then mapped;
    // what cannot be mapped (standard input, a pipe, an empty file) is read instead.
    auto input = open_input(path, max_bytes);
    if (!input) return input.error();
    if (input->is_regular() && input->stat().st_size > 0) {
        const auto size = static_cast<std::size_t>(input->stat().st_size);
        void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, input->fd(), 0);
        if (map != MAP_FAILED) {
            std::unique_ptr<SourceText> text(new SourceText(path, std::string()));
            text->m_map = map;
            text->m_map_size = size;
            text->m_bytes = std::string_view(static_cast<const char*>(map), size);
            return text;
        }
    }
    auto bytes = read_opened_input(path, *input, max_bytes);
    if (!bytes) return bytes.error();
    return std::make_unique<SourceText>(path, std::move(*bytes));
}

SourcePosition SourceText::position_of(const xmlNode* node) const {
    if (!node) return {0, 0};
    const xmlNode* element = node;
    if (node->type == XML_ATTRIBUTE_NODE) element = node->parent;
    while (element && element->type != XML_ELEMENT_NODE) element = element->parent;
    if (!element) return {0, 0};

    const long raw_line = xmlGetLineNo(element);
    const int line = raw_line > 0 ? static_cast<int>(raw_line) : 0;
    if (line == 0) return {0, 0};
    const std::string name = qualified_name(element);

    // libxml2 records the line where the start tag ends; the k-th tag of this name that ends
    // on that line is ours, k counting the elements of the same name before it on that line.
    int k = 0;
    for (const xmlNode* p = previous_in_document(element); p; p = previous_in_document(p)) {
        if (p->type != XML_ELEMENT_NODE) continue;
        if (xmlGetLineNo(p) != raw_line) {
            if (xmlGetLineNo(p) < raw_line) break;
            continue;
        }
        if (qualified_name(p) == name) ++k;
    }

    // Start tags may span lines: look back a few lines for tags that end on `line`.
    const std::size_t line_begin = index().line_start(line);
    const std::size_t line_end = index().line_start(line + 1);
    const std::size_t search_from = index().line_start(line > 20 ? line - 20 : 1);
    const std::string opener = "<" + name;
    std::size_t found = std::string::npos, found_end = std::string::npos;
    int seen = 0;
    for (std::size_t at = m_bytes.find(opener, search_from); at != std::string::npos && at < line_end;
         at = m_bytes.find(opener, at + 1)) {
        if (at + opener.size() >= m_bytes.size() || !is_name_end(m_bytes[at + opener.size()]))
            continue;
        std::size_t end = tag_end(m_bytes, at);
        if (end == std::string::npos || end - 1 < line_begin || end - 1 >= line_end) continue;
        if (seen++ == k) {
            found = at;
            found_end = end;
            break;
        }
    }
    if (found == std::string::npos) return {line, 1};
    if (node->type != XML_ATTRIBUTE_NODE) return index().position(found);

    // The attribute's name inside the tag.
    std::string attr = reinterpret_cast<const char*>(node->name);
    if (node->ns && node->ns->prefix)
        attr = std::string(reinterpret_cast<const char*>(node->ns->prefix)) + ":" + attr;
    for (std::size_t at = m_bytes.find(attr, found); at != std::string::npos && at < found_end;
         at = m_bytes.find(attr, at + 1)) {
        char before = m_bytes[at - 1];
        std::size_t after = at + attr.size();
        while (after < found_end && (m_bytes[after] == ' ' || m_bytes[after] == '\t' ||
                                     m_bytes[after] == '\n' || m_bytes[after] == '\r'))
            ++after;
        if ((before == ' ' || before == '\t' || before == '\n' || before == '\r') &&
            after < found_end && m_bytes[after] == '=')
            return index().position(at);
    }
    return index().position(found);
}

} // namespace teipress::validate
