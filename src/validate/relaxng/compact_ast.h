// A compact-syntax schema after parsing: the tree of the XML syntax it translates to, with
// every name already resolved to its namespace (the choice of name attributes, prefixes and
// ns/datatypeLibrary attributes is left to the writer, compact_to_xml). The nodes live in one
// arena and link to each other by index, their strings are views of the schema's text (or of
// strings the arena keeps), so that a tei_all-sized schema parses in a few milliseconds.
#pragma once

#include "validate/relaxng/compact_lexer.h"
#include "validate/relaxng/compact_source.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teipress::validate::relaxng {

using NodeId = std::uint32_t;
constexpr NodeId k_no_node = std::numeric_limits<NodeId>::max();

// A namespace as the compact syntax binds it: a URI (possibly empty) or "inherit" (the
// namespace the including schema passes down; no ns attribute in the XML translation).
struct NamespaceRef {
    bool inherit = true;
    std::string_view uri;

    static NamespaceRef of(std::string_view u) { return {false, u}; }
    bool operator==(const NamespaceRef& o) const { return inherit == o.inherit && uri == o.uri; }
};

// An attribute: a RELAX NG one (ns empty: name, combine, type, href) or an annotation.
struct AstAttribute {
    std::string_view ns;
    std::string_view prefix; // as written in the schema (empty: none)
    std::string_view local;
    std::string_view value;
    std::uint32_t next = k_no_node;
};

// A sequence of sibling nodes (linked by AstNode::next).
struct NodeList {
    NodeId first = k_no_node;
    NodeId last = k_no_node;
    bool empty() const { return first == k_no_node; }
};

struct AstNode {
    enum class Kind : std::uint8_t {
        Rng,     // an element of the RELAX NG namespace; name is its local name
        Foreign, // an annotation element; name is its local name, ns and prefix its namespace
        Text,    // text of an annotation; text is the text
        Comment, // a # comment; text is its text
    };
    Kind kind = Kind::Rng;
    // element, attribute: whether the name class is one name with no annotation (so that it may
    // be written as a name attribute).
    bool simple_name = false;
    // Whether initial annotations were applied to it (an annotated group or choice is kept
    // where an unannotated one is dissolved into its parent).
    bool annotated = false;
    // data, and value with a datatype: whether library is set.
    bool has_library = false;
    std::string_view name;
    std::string_view ns;
    std::string_view prefix;
    // Text and Comment: the text; name, value and param (RELAX NG): their content.
    std::string_view text;
    std::uint32_t first_attribute = k_no_node; // RELAX NG attributes first, then annotations
    std::uint32_t last_attribute = k_no_node;
    NodeList children;
    NodeId next = k_no_node;
    // element, attribute: the first node of the name class among the children.
    NodeId name_class = k_no_node;
    std::uint32_t line = 1;
    std::uint32_t offset = 0; // in CompactSource::text(), for messages
    // name, nsName, include, externalRef: the namespace of the name(s) / passed down.
    NamespaceRef target;
    // data, value: the datatype library URI ("" for the built-in one).
    std::string_view library;

    bool is(const char* rng_name) const { return kind == Kind::Rng && name == rng_name; }
};

// Items in chunks that never move: a reference stays valid while items are added.
template <class T> class ChunkedArena {
  public:
    std::uint32_t add(const T& item) {
        if ((m_size & k_mask) == 0) m_chunks.push_back(std::make_unique<T[]>(k_chunk));
        m_chunks.back()[m_size & k_mask] = item;
        return m_size++;
    }
    T& operator[](std::uint32_t id) { return m_chunks[id >> k_bits][id & k_mask]; }
    const T& operator[](std::uint32_t id) const { return m_chunks[id >> k_bits][id & k_mask]; }

  private:
    static constexpr std::uint32_t k_bits = 10;
    static constexpr std::uint32_t k_chunk = 1u << k_bits;
    static constexpr std::uint32_t k_mask = k_chunk - 1;
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::uint32_t m_size = 0;
};

// The nodes and attributes of one schema, and the strings they view that are not in its text.
class Ast {
  public:
    NodeId add(const AstNode& n) { return m_nodes.add(n); }
    // References stay valid while nodes are added.
    AstNode& operator[](NodeId id) { return m_nodes[id]; }
    const AstNode& operator[](NodeId id) const { return m_nodes[id]; }
    const AstAttribute& attribute(std::uint32_t id) const { return m_attributes[id]; }

    // Appends an attribute to the attribute list [first, last] (ids; k_no_node when empty).
    void append_attribute(std::uint32_t& first, std::uint32_t& last, AstAttribute a);
    // Appends an attribute to node's.
    void add_attribute(NodeId node, AstAttribute a) {
        append_attribute(m_nodes[node].first_attribute, m_nodes[node].last_attribute, a);
    }
    // Appends node (alone) to list.
    void append(NodeList& list, NodeId node);
    // Appends the nodes of tail to list (tail is consumed).
    void append(NodeList& list, NodeList tail);
    // Moves the attributes of a (a list of attribute ids) onto node, after its own.
    void append_attributes(NodeId node, std::uint32_t first, std::uint32_t last);
    // A view of s kept as long as the tree.
    std::string_view keep(std::string s);

  private:
    ChunkedArena<AstNode> m_nodes;
    ChunkedArena<AstAttribute> m_attributes;
    std::deque<std::string> m_strings; // a deque: the strings (and their views) never move
};

inline void Ast::append_attribute(std::uint32_t& first, std::uint32_t& last, AstAttribute a) {
    a.next = k_no_node;
    std::uint32_t id = m_attributes.add(a);
    if (first == k_no_node)
        first = id;
    else
        m_attributes[last].next = id;
    last = id;
}

inline void Ast::append(NodeList& list, NodeId node) {
    m_nodes[node].next = k_no_node;
    if (list.empty())
        list.first = node;
    else
        m_nodes[list.last].next = node;
    list.last = node;
}

inline void Ast::append(NodeList& list, NodeList tail) {
    if (tail.empty()) return;
    if (list.empty())
        list.first = tail.first;
    else
        m_nodes[list.last].next = tail.first;
    list.last = tail.last;
}

inline void Ast::append_attributes(NodeId node, std::uint32_t first, std::uint32_t last) {
    if (first == k_no_node) return;
    AstNode& n = m_nodes[node];
    if (n.first_attribute == k_no_node)
        n.first_attribute = first;
    else
        m_attributes[n.last_attribute].next = first;
    n.last_attribute = last;
}

inline std::string_view Ast::keep(std::string s) {
    m_strings.push_back(std::move(s));
    return m_strings.back();
}

struct CompactSchema {
    std::shared_ptr<const CompactSource> source; // the text the nodes' strings view
    Ast ast;
    NodeList before; // comments before the root element
    NodeId root = k_no_node;
    NodeList after; // comments after it
    // Namespace prefixes declared with a URI other than "" (prefix, URI), in declaration order.
    std::vector<std::pair<std::string_view, std::string_view>> namespaces;
    // The default namespace (inherit when not declared).
    NamespaceRef default_namespace;
    // The prefix for a:documentation (bound to the annotations namespace, or a free one).
    std::string_view annotations_prefix;
};

} // namespace teipress::validate::relaxng
