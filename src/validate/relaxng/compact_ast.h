// A compact-syntax schema after parsing: the tree of the XML syntax it translates to, with
// every name already resolved to its namespace (the choice of name attributes, prefixes and
// ns/datatypeLibrary attributes is left to the writer, compact_to_xml).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace teipress::validate::relaxng {

// A namespace as the compact syntax binds it: a URI (possibly empty) or "inherit" (the
// namespace the including schema passes down; none in the XML translation).
struct NamespaceRef {
    bool inherit = true;
    std::string uri;

    static NamespaceRef of(std::string u) { return {false, std::move(u)}; }
    bool operator==(const NamespaceRef& o) const { return inherit == o.inherit && uri == o.uri; }
};

// An attribute: a RELAX NG one (ns empty: name, combine, type, href) or an annotation.
struct AstAttribute {
    std::string ns;
    std::string prefix; // as written in the schema (empty: none)
    std::string local;
    std::string value;
};

struct AstNode {
    enum class Kind : std::uint8_t {
        Rng,     // an element of the RELAX NG namespace; name is its local name
        Foreign, // an annotation element; name is its local name, ns and prefix its namespace
        Text,    // text of an annotation, value, param or name; name is the text
        Comment, // a # comment; name is its text
    };
    Kind kind = Kind::Rng;
    std::string name;
    std::string ns;
    std::string prefix;
    std::vector<AstAttribute> attributes; // RELAX NG attributes first, then annotations
    std::vector<AstNode> children;
    std::uint32_t line = 1;
    std::uint32_t offset = 0; // in CompactSource::text(), for messages

    // name, nsName, include, externalRef: the namespace of the name(s) / passed down.
    NamespaceRef target;
    // data, and value with a datatype: the datatype library URI ("" for the built-in one).
    std::optional<std::string> library;
    // element, attribute: index of the first child of the name class (after the initial
    // annotations), and whether the name class is one name with no annotation (so that it may
    // be written as a name attribute).
    std::uint32_t name_class_index = 0;
    bool simple_name = false;
    // Whether initial annotations were applied to it (an annotated group or choice is kept
    // where an unannotated one is dissolved into its parent).
    bool annotated = false;

    static AstNode rng(std::string local, std::uint32_t line, std::uint32_t offset) {
        AstNode n;
        n.name = std::move(local);
        n.line = line;
        n.offset = offset;
        return n;
    }
    static AstNode text(std::string t, std::uint32_t line, Kind k = Kind::Text) {
        AstNode n;
        n.kind = k;
        n.name = std::move(t);
        n.line = line;
        return n;
    }
    bool is_element() const { return kind == Kind::Rng || kind == Kind::Foreign; }
};

struct CompactSchema {
    std::vector<AstNode> before; // comments before the root element
    AstNode root;
    std::vector<AstNode> after; // comments after it
    // Namespace prefixes declared with a URI other than "" (prefix, URI), in declaration order.
    std::vector<std::pair<std::string, std::string>> namespaces;
    // The default namespace (inherit when not declared).
    NamespaceRef default_namespace;
    // The prefix for a:documentation (bound to the annotations namespace, or a free one).
    std::string annotations_prefix;
};

} // namespace teipress::validate::relaxng
