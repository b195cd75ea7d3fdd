#include "validate/node_positions.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace teipress::validate {

namespace {

// The name as written in the source: prefix:local or local.
std::string qualified_name(const xmlNode* node) {
    std::string name = reinterpret_cast<const char*>(node->name);
    if (node->ns && node->ns->prefix) name = std::string(reinterpret_cast<const char*>(node->ns->prefix)) + ":" + name;
    return name;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_name_end(char c) {
    return is_space(c) || c == '/' || c == '>';
}

// The element a node is reported at: itself, an attribute's element, else its parent element.
const xmlNode* element_of(const xmlNode* node) {
    if (node && node->type == XML_NAMESPACE_DECL) return nullptr;
    const xmlNode* e = node;
    if (e && e->type == XML_ATTRIBUTE_NODE) e = e->parent;
    while (e && e->type != XML_ELEMENT_NODE) e = e->parent;
    return e;
}

// The next node in document order after n, descending into children when descend.
const xmlNode* next_in_document(const xmlNode* n, bool descend) {
    if (descend && n->children && n->type == XML_ELEMENT_NODE) return n->children;
    while (n) {
        if (n->next) return n->next;
        n = n->parent;
        if (n && n->type != XML_ELEMENT_NODE) return nullptr;
    }
    return nullptr;
}

// Offset just past the '>' that ends the tag starting at begin (quotes respected), or npos.
std::size_t tag_end(std::string_view text, std::size_t begin) {
    char quote = 0;
    for (std::size_t i = begin + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

// The offset of the next start tag's '<' at or after from, skipping comments, CDATA sections,
// processing instructions, the DOCTYPE and end tags; npos when there is none.
std::size_t next_start_tag(std::string_view text, std::size_t from) {
    auto past = [&](std::size_t at, std::string_view end) {
        const std::size_t found = text.find(end, at);
        return found == std::string_view::npos ? found : found + end.size();
    };
    std::size_t i = from;
    while (i != std::string_view::npos && i < text.size()) {
        i = text.find('<', i);
        if (i == std::string_view::npos || i + 1 >= text.size()) return std::string_view::npos;
        const std::string_view rest = text.substr(i);
        if (rest.substr(0, 4) == "<!--")
            i = past(i + 4, "-->");
        else if (rest.substr(0, 9) == "<![CDATA[")
            i = past(i + 9, "]]>");
        else if (rest[1] == '?')
            i = past(i + 2, "?>");
        else if (rest[1] == '/')
            i = past(i + 2, ">");
        else if (rest[1] == '!') {
            // The DOCTYPE: its internal subset, if any, ends at the first ']' outside quotes.
            char quote = 0;
            std::size_t j = i + 2;
            bool subset = false;
            for (; j < text.size(); ++j) {
                const char c = text[j];
                if (quote) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[') {
                    subset = true;
                } else if (c == ']') {
                    subset = false;
                } else if (c == '>' && !subset) {
                    break;
                }
            }
            i = j < text.size() ? j + 1 : std::string_view::npos;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}

// The offset of attribute attr's name inside the tag [begin, end), or begin when not found.
std::size_t attribute_offset(std::string_view text, std::size_t begin, std::size_t end, const xmlNode* attr) {
    std::string name = reinterpret_cast<const char*>(attr->name);
    if (attr->ns && attr->ns->prefix) name = std::string(reinterpret_cast<const char*>(attr->ns->prefix)) + ":" + name;
    for (std::size_t at = text.find(name, begin); at != std::string_view::npos && at < end;
         at = text.find(name, at + 1)) {
        std::size_t after = at + name.size();
        while (after < end && is_space(text[after])) ++after;
        if (at > 0 && is_space(text[at - 1]) && after < end && text[after] == '=') return at;
    }
    return begin;
}

} // namespace

bool NodePositions::find_start_tags(const std::unordered_map<const xmlNode*, std::size_t>& wanted,
                                    std::unordered_map<const xmlNode*, std::size_t>& offsets) const {
    const std::string_view text = m_source.bytes();
    const xmlNode* root = xmlDocGetRootElement(m_doc);
    if (!root) return false;
    // Start at the first child of the document that is an element's sibling chain: the root
    // and any comments or PIs around it (next_in_document never leaves the element tree).
    std::size_t cursor = 0;
    std::size_t found = 0;
    for (const xmlNode* n = root; n; n = next_in_document(n, true)) {
        if (n->type != XML_ELEMENT_NODE) continue;
        const std::size_t at = next_start_tag(text, cursor);
        if (at == std::string_view::npos) return false;
        const std::string name = qualified_name(n);
        if (text.substr(at + 1, name.size()) != name || at + 1 + name.size() >= text.size() ||
            !is_name_end(text[at + 1 + name.size()]))
            return false;
        cursor = at + 1;
        if (wanted.count(n)) {
            offsets[n] = at;
            if (++found == wanted.size()) return true;
        }
    }
    return found == wanted.size();
}

std::vector<SourcePosition> NodePositions::positions_of(const std::vector<const xmlNode*>& nodes) {
    std::vector<SourcePosition> out(nodes.size());
    std::unordered_map<const xmlNode*, std::size_t> wanted;
    for (const xmlNode* n : nodes)
        if (const xmlNode* e = element_of(n)) wanted.emplace(e, 0);
    std::unordered_map<const xmlNode*, std::size_t> offsets;
    if (wanted.empty()) return out;
    if (!find_start_tags(wanted, offsets)) {
        for (std::size_t i = 0; i < nodes.size(); ++i) out[i] = m_source.position_of(nodes[i]);
        return out;
    }

    // Each node's byte offset, then every offset turned into a position in one sweep.
    const std::string_view text = m_source.bytes();
    std::vector<std::pair<std::size_t, std::size_t>> by_offset; // (offset, index in nodes)
    by_offset.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const xmlNode* e = element_of(nodes[i]);
        if (!e) continue;
        std::size_t offset = offsets[e];
        if (nodes[i]->type == XML_ATTRIBUTE_NODE) {
            const std::size_t end = tag_end(text, offset);
            offset = attribute_offset(text, offset, end == std::string_view::npos ? text.size() : end, nodes[i]);
        }
        by_offset.emplace_back(offset, i);
    }
    std::sort(by_offset.begin(), by_offset.end());
    std::size_t at = 0;
    int line = 1, column = 1;
    for (const auto& [offset, index] : by_offset) {
        for (; at < offset && at < text.size(); ++at) {
            const unsigned char c = static_cast<unsigned char>(text[at]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column; // a character begins here (not a UTF-8 continuation byte)
            }
        }
        out[index] = {line, column};
    }
    return out;
}

int NodePositions::sibling_index(const xmlNode* node) {
    if (auto it = m_sibling_index.find(node); it != m_sibling_index.end()) return it->second;
    // Number every child of the parent once: elements by (namespace, name), text nodes apart.
    std::map<std::pair<std::string, std::string>, int> counts;
    int texts = 0;
    const xmlNode* first = node->parent ? node->parent->children : node;
    for (const xmlNode* c = first; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            std::pair<std::string, std::string> key{c->ns && c->ns->href ? reinterpret_cast<const char*>(c->ns->href)
                                                                         : "",
                                                    reinterpret_cast<const char*>(c->name)};
            m_sibling_index[c] = ++counts[key];
        } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            m_sibling_index[c] = ++texts;
        }
    }
    auto it = m_sibling_index.find(node);
    return it == m_sibling_index.end() ? 1 : it->second;
}

std::string NodePositions::xpath_of(const xmlNode* node) {
    if (!node) return {};
    const xmlNode* element = element_of(node);
    std::vector<const xmlNode*> chain;
    for (const xmlNode* e = element; e && e->type == XML_ELEMENT_NODE; e = e->parent) chain.push_back(e);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const xmlNode* e = *it;
        out += "/*[local-name()='";
        out += reinterpret_cast<const char*>(e->name);
        out += "' and namespace-uri()='";
        out += e->ns && e->ns->href ? reinterpret_cast<const char*>(e->ns->href) : "";
        out += "'][" + std::to_string(sibling_index(e)) + "]";
    }
    if (node->type == XML_ATTRIBUTE_NODE) {
        out += "/@";
        if (node->ns && node->ns->prefix) out += std::string(reinterpret_cast<const char*>(node->ns->prefix)) + ":";
        out += reinterpret_cast<const char*>(node->name);
    } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        out += "/text()[" + std::to_string(sibling_index(node)) + "]";
    }
    return out;
}

} // namespace teipress::validate
