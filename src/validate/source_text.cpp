#include "validate/source_text.h"

#include "core/input_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace teipress::validate {

namespace {

// The name as written in the source: prefix:local or local.
std::string qualified_name(const xmlNode* node) {
    std::string name = reinterpret_cast<const char*>(node->name);
    if (node->ns && node->ns->prefix) name = std::string(reinterpret_cast<const char*>(node->ns->prefix)) + ":" + name;
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

namespace {

// Offset just past the first occurrence of what at or after from; npos when none.
std::size_t past(std::string_view text, std::size_t from, std::string_view what) {
    const std::size_t at = text.find(what, from);
    return at == std::string_view::npos ? at : at + what.size();
}

// The offsets of every start tag's '<', skipping comments, CDATA sections, processing
// instructions, the DOCTYPE (with its internal subset) and end tags.
std::vector<std::size_t> scan_start_tags(std::string_view t) {
    std::vector<std::size_t> out;
    std::size_t i = t.find('<');
    while (i != std::string_view::npos && i + 1 < t.size()) {
        std::size_t next;
        const char c = t[i + 1];
        if (t.compare(i, 4, "<!--") == 0) {
            next = past(t, i + 4, "-->");
        } else if (t.compare(i, 9, "<![CDATA[") == 0) {
            next = past(t, i + 9, "]]>");
        } else if (c == '?') {
            next = past(t, i + 2, "?>");
        } else if (c == '!') {
            // A declaration: to its '>' outside quotes and outside the internal subset.
            int depth = 0;
            char quote = 0;
            next = std::string_view::npos;
            for (std::size_t k = i + 2; k < t.size(); ++k) {
                const char d = t[k];
                if (quote) {
                    if (d == quote) quote = 0;
                } else if (d == '"' || d == '\'') {
                    quote = d;
                } else if (d == '[') {
                    ++depth;
                } else if (d == ']') {
                    --depth;
                } else if (t.compare(k, 4, "<!--") == 0) {
                    k = past(t, k + 4, "-->");
                    if (k == std::string_view::npos) break;
                    --k;
                } else if (d == '>' && depth <= 0) {
                    next = k + 1;
                    break;
                }
            }
        } else {
            if (c != '/') out.push_back(i);
            next = tag_end(t, i);
        }
        if (next == std::string_view::npos) break;
        i = t.find('<', next);
    }
    return out;
}

} // namespace

std::size_t SourceText::indexed_tag(const xmlNode* element) const {
    std::call_once(m_tags_once, [&] {
        auto index = std::make_unique<TagIndex>();
        index->doc = element->doc;
        index->starts = scan_start_tags(m_bytes);
        std::size_t n = 0;
        // Document order, iteratively (documents may be deep).
        const xmlNode* root = xmlDocGetRootElement(element->doc);
        for (const xmlNode* e = root; e;) {
            index->ordinal.emplace(e, n++);
            const xmlNode* next = nullptr;
            for (const xmlNode* c = e->children; c && !next; c = c->next)
                if (c->type == XML_ELEMENT_NODE) next = c;
            for (const xmlNode* up = e; !next && up && up != root->parent; up = up->parent) {
                if (up == root) break;
                for (const xmlNode* s = up->next; s && !next; s = s->next)
                    if (s->type == XML_ELEMENT_NODE) next = s;
            }
            e = next;
        }
        if (n == index->starts.size()) m_tags = std::move(index);
    });
    if (!m_tags || m_tags->doc != element->doc) return std::string::npos;
    auto it = m_tags->ordinal.find(element);
    if (it == m_tags->ordinal.end()) return std::string::npos;
    const std::size_t at = m_tags->starts[it->second];
    // The name at that tag must be the element's: else the index does not apply.
    const std::string name = qualified_name(element);
    if (m_bytes.compare(at + 1, name.size(), name) != 0 || at + 1 + name.size() >= m_bytes.size() ||
        !is_name_end(m_bytes[at + 1 + name.size()]))
        return std::string::npos;
    return at;
}

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
    if (element->doc) {
        const std::size_t at = indexed_tag(element);
        if (at != std::string::npos) {
            if (node->type != XML_ATTRIBUTE_NODE) return index().position(at);
            return attribute_position(node, at);
        }
    }
    return searched_position(node, element);
}

SourcePosition SourceText::attribute_position(const xmlNode* node, std::size_t found) const {
    const std::size_t found_end = tag_end(m_bytes, found);
    std::string attr = reinterpret_cast<const char*>(node->name);
    if (node->ns && node->ns->prefix) attr = std::string(reinterpret_cast<const char*>(node->ns->prefix)) + ":" + attr;
    for (std::size_t at = m_bytes.find(attr, found); at != std::string::npos && at < found_end;
         at = m_bytes.find(attr, at + 1)) {
        char before = m_bytes[at - 1];
        std::size_t after = at + attr.size();
        while (after < found_end &&
               (m_bytes[after] == ' ' || m_bytes[after] == '\t' || m_bytes[after] == '\n' || m_bytes[after] == '\r'))
            ++after;
        if ((before == ' ' || before == '\t' || before == '\n' || before == '\r') && after < found_end &&
            m_bytes[after] == '=')
            return index().position(at);
    }
    return index().position(found);
}

SourcePosition SourceText::searched_position(const xmlNode* node, const xmlNode* element) const {

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
        if (at + opener.size() >= m_bytes.size() || !is_name_end(m_bytes[at + opener.size()])) continue;
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
    (void)found_end;
    return attribute_position(node, found);
}

} // namespace teipress::validate
