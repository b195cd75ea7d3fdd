#include "validate/relaxng/compact_to_xml.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

namespace teipress::validate::relaxng {

namespace {

constexpr std::string_view k_rng_ns = "http://relaxng.org/ns/structure/1.0";
constexpr std::string_view k_xml_ns = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view k_annotations_ns = "http://relaxng.org/ns/compatibility/annotations/1.0";

using NsContext = std::optional<std::string_view>; // the ns attribute in force; none: inherit

void set_line(xmlNodePtr node, std::uint32_t line) {
    node->line = static_cast<unsigned short>(std::min<std::uint32_t>(line, 65535));
}

// A comment's text as trang writes it: between spaces, or its lines indented for the depth of
// the comment in the document; XML comments cannot hold "--".
std::string comment_text(std::string_view s, int depth) {
    std::string out;
    out.reserve(s.size() + 3);
    bool lines = s.find('\n') != std::string_view::npos;
    const std::string indent(static_cast<std::size_t>(2 * depth + 2), ' ');
    if (lines) {
        out += '\n';
        out += indent;
    } else {
        out += ' ';
    }
    for (char c : s) {
        if (c == '-' && !out.empty() && out.back() == '-') out += ' ';
        out += c;
        if (c == '\n') out += indent;
    }
    if (lines) {
        out += '\n';
        out.append(indent, 2);
    } else if (out.back() != ' ') {
        out += ' ';
    }
    return out;
}

// The type attribute of a data or value ("" when none).
std::string_view type_of(const Ast& ast, const AstNode& n) {
    for (std::uint32_t a = n.first_attribute; a != k_no_node; a = ast.attribute(a).next)
        if (ast.attribute(a).ns.empty() && ast.attribute(a).local == "type") return ast.attribute(a).value;
    return {};
}

// Whether a value is written without type (the built-in token, the default of value).
bool is_builtin_token_value(const Ast& ast, const AstNode& n) {
    return n.is("value") && n.has_library && n.library.empty() && type_of(ast, n) == "token";
}

class Writer {
  public:
    Writer(const CompactSchema& schema, const std::string& path) : m_schema(schema), m_ast(schema.ast), m_path(path) {}

    xml::XmlDocPtr run() {
        xml::XmlDocPtr doc(xmlNewDoc(BAD_CAST "1.0"));
        if (!doc) return nullptr;
        m_doc = doc.get();
        // Element and attribute names interned once, as libxml2's parser does.
        m_doc->dict = xmlDictCreate();
        m_doc->URL = xmlStrdup(BAD_CAST m_path.c_str());
        const AstNode& r = m_ast[m_schema.root];
        xmlNodePtr root = new_element(nullptr, r.name);
        set_line(root, r.line);
        xmlDocSetRootElement(m_doc, root);
        m_rng = xmlNewNs(root, BAD_CAST k_rng_ns.data(), nullptr);
        m_last_declaration = m_rng;
        xmlSetNs(root, m_rng);
        for (const auto& [prefix, uri] : m_schema.namespaces) declare(root, prefix, uri);
        survey(m_schema.root, false);
        if (m_uses_documentation) declare(root, m_schema.annotations_prefix, k_annotations_ns);

        NsContext ns;
        if (!m_schema.default_namespace.inherit && !m_inherits_at_top) {
            ns = m_schema.default_namespace.uri;
            set_attribute(root, "ns", *ns);
        }
        std::string_view library = common_library();
        if (!library.empty()) set_attribute(root, "datatypeLibrary", library);
        fill(root, r, ns, library, 0);

        for (NodeId c = m_schema.before.first; c != k_no_node; c = m_ast[c].next)
            xmlAddPrevSibling(root, new_comment(m_ast[c], 0));
        xmlNodePtr last = root;
        for (NodeId c = m_schema.after.first; c != k_no_node; c = m_ast[c].next)
            last = xmlAddNextSibling(last, new_comment(m_ast[c], 0));
        return doc;
    }

  private:
    // ---- libxml2 nodes ----

    const xmlChar* intern(std::string_view s) {
        return xmlDictLookup(m_doc->dict, reinterpret_cast<const xmlChar*>(s.data()), static_cast<int>(s.size()));
    }

    // (The *EatName functions take the interned name as it is, without a second look-up.)
    xmlNodePtr new_element(xmlNsPtr ns, std::string_view name) {
        return xmlNewDocNodeEatName(m_doc, ns, const_cast<xmlChar*>(intern(name)), nullptr);
    }

    // An attribute whose value is s (libxml2 wants it NUL-terminated: copied into a buffer).
    void set_attribute(xmlNodePtr x, std::string_view name, std::string_view value, xmlNsPtr ns = nullptr) {
        m_buffer.assign(value);
        xmlNewNsPropEatName(x, ns, const_cast<xmlChar*>(intern(name)), BAD_CAST m_buffer.c_str());
    }

    xmlNodePtr new_text(std::string_view s, std::uint32_t line) {
        xmlNodePtr t = xmlNewDocTextLen(m_doc, reinterpret_cast<const xmlChar*>(s.data()), static_cast<int>(s.size()));
        set_line(t, line);
        return t;
    }

    xmlNodePtr new_comment(const AstNode& n, int depth) {
        xmlNodePtr c = xmlNewDocComment(m_doc, BAD_CAST comment_text(n.text, depth).c_str());
        set_line(c, n.line);
        return c;
    }

    // ---- namespaces ----

    // Declares prefix on the root. (Linked here rather than by xmlNewNs(root, …), which looks
    // through every declaration already there: quadratic in the number of prefixes.)
    void declare(xmlNodePtr root, std::string_view prefix, std::string_view uri) {
        std::string p(prefix), u(uri);
        if (m_by_prefix.count(p)) return;
        xmlNsPtr ns = xmlNewNs(nullptr, BAD_CAST u.c_str(), BAD_CAST p.c_str());
        if (!ns) return;
        if (m_last_declaration)
            m_last_declaration->next = ns;
        else
            root->nsDef = ns;
        m_last_declaration = ns;
        m_by_prefix.emplace(p, ns);
        m_by_uri.try_emplace(u, ns);
        m_prefix_of.try_emplace(uri, prefix);
    }

    // The declaration for a namespace (the prefix written if it is declared for it).
    xmlNsPtr namespace_for(xmlNodePtr node, std::string_view uri, std::string_view prefix) {
        if (uri == k_xml_ns) return xmlSearchNs(m_doc, node, BAD_CAST "xml");
        auto p = m_by_prefix.find(std::string(prefix));
        if (p != m_by_prefix.end() && std::string_view(reinterpret_cast<const char*>(p->second->href)) == uri)
            return p->second;
        auto u = m_by_uri.find(std::string(uri));
        if (u != m_by_uri.end()) return u->second;
        // Not declared on the root (cannot happen for a parsed schema): declare it here.
        std::string uri_s(uri), prefix_s(prefix.empty() ? std::string_view("ns") : prefix);
        return xmlNewNs(node, BAD_CAST uri_s.c_str(), BAD_CAST prefix_s.c_str());
    }

    // A prefix declared on the root for uri, or null.
    const std::string_view* prefix_of(std::string_view uri) const {
        static const std::string_view xml = "xml";
        if (uri.empty()) return nullptr;
        if (uri == k_xml_ns) return &xml;
        auto it = m_prefix_of.find(uri);
        return it == m_prefix_of.end() ? nullptr : &it->second;
    }

    // The QName of a name in namespace uri, written where the ns in force is ns; empty when it
    // can only be written with an ns attribute.
    std::string qname(std::string_view uri, std::string_view local, const NsContext& ns,
                      bool attribute_shortcut) const {
        if (attribute_shortcut ? uri.empty() : (ns && *ns == uri)) return std::string(local);
        if (const std::string_view* prefix = prefix_of(uri)) return std::string(*prefix) + ":" + std::string(local);
        return {};
    }

    // ---- decisions over the whole tree ----

    // One walk over the tree for what the root element needs to know: whether a:documentation
    // is used; whether a name, nsName, include or externalRef that inherits its namespace stands
    // where the translation has no ns attribute above it (the root can then not carry the
    // default namespace); which datatype libraries data and typed values use.
    void survey(NodeId id, bool under_namespace) {
        const AstNode& n = m_ast[id];
        if (n.kind == AstNode::Kind::Foreign) {
            if (n.ns == k_annotations_ns && n.prefix == m_schema.annotations_prefix) m_uses_documentation = true;
            for (NodeId c = n.children.first; c != k_no_node; c = m_ast[c].next) survey(c, true);
            return;
        }
        if (n.kind != AstNode::Kind::Rng) return;
        bool names = n.is("name") || n.is("nsName") || n.is("include") || n.is("externalRef");
        if (names && n.target.inherit && !under_namespace) m_inherits_at_top = true;
        if (n.has_library && !n.library.empty() && !is_builtin_token_value(m_ast, n)) {
            auto [it, added] = m_libraries.try_emplace(n.library, 0, m_libraries.size());
            ++it->second.first;
        }
        bool under = under_namespace || (names && !n.target.inherit);
        for (NodeId c = n.children.first; c != k_no_node; c = m_ast[c].next) survey(c, under);
    }

    // The library most data and typed value elements use (the first used wins a tie); "" when
    // none uses a library other than the built-in one.
    std::string_view common_library() const {
        std::string_view best;
        std::pair<int, std::size_t> best_key{0, 0};
        for (const auto& [library, key] : m_libraries)
            if (key.first > best_key.first || (key.first == best_key.first && key.second < best_key.second)) {
                best = library;
                best_key = key;
            }
        return best;
    }

    // ---- writing ----

    void add_attributes(xmlNodePtr x, const AstNode& n, bool skip_type) {
        for (std::uint32_t i = n.first_attribute; i != k_no_node; i = m_ast.attribute(i).next) {
            const AstAttribute& a = m_ast.attribute(i);
            if (a.ns.empty()) {
                if (skip_type && a.local == "type") continue;
                set_attribute(x, a.local, a.value);
            } else {
                set_attribute(x, a.local, a.value, namespace_for(x, a.ns, a.prefix));
            }
        }
    }

    // Writes n's attributes and children into x. ns: the ns attribute in force; library: the
    // datatypeLibrary in force.
    void fill(xmlNodePtr x, const AstNode& n, const NsContext& ns, std::string_view library, int depth) {
        NsContext child_ns = ns;
        NodeId skip = k_no_node; // the name class written as a name attribute
        bool builtin_token = is_builtin_token_value(m_ast, n);
        if ((n.is("element") || n.is("attribute")) && n.simple_name) {
            const AstNode& name = m_ast[n.name_class];
            std::string written;
            if (name.target.inherit)
                written = n.is("element") ? std::string(name.text) : std::string();
            else
                written = qname(name.target.uri, name.text, ns, n.is("attribute"));
            if (!written.empty()) {
                set_attribute(x, "name", written);
                skip = n.name_class;
            }
        }
        add_attributes(x, n, builtin_token);
        if (n.is("name")) {
            std::string content(n.text);
            if (!n.target.inherit) {
                content = qname(n.target.uri, n.text, ns, false);
                if (content.empty()) {
                    set_attribute(x, "ns", n.target.uri);
                    content = n.text;
                }
            }
            xmlAddChild(x, new_text(content, n.line));
        } else if (n.is("value") || n.is("param")) {
            if (!n.text.empty()) xmlAddChild(x, new_text(n.text, n.line));
        }
        if (n.is("nsName") || n.is("include") || n.is("externalRef")) {
            if (!n.target.inherit && !(ns && *ns == n.target.uri)) set_attribute(x, "ns", n.target.uri);
            if (!n.target.inherit) child_ns = n.target.uri;
        }
        if ((n.is("data") || n.is("value")) && n.has_library && !builtin_token && n.library != library)
            set_attribute(x, "datatypeLibrary", n.library);
        for (NodeId c = n.children.first; c != k_no_node; c = m_ast[c].next)
            if (c != skip) write(x, m_ast[c], child_ns, library, true, depth + 1);
    }

    // rng_default: the default namespace in force is RELAX NG's.
    void write(xmlNodePtr parent, const AstNode& n, const NsContext& ns, std::string_view library, bool rng_default,
               int depth) {
        switch (n.kind) {
        case AstNode::Kind::Text:
            if (!n.text.empty()) xmlAddChild(parent, new_text(n.text, n.line));
            return;
        case AstNode::Kind::Comment: xmlAddChild(parent, new_comment(n, depth)); return;
        case AstNode::Kind::Rng: {
            xmlNodePtr x = new_element(m_rng, n.name);
            xmlAddChild(parent, x);
            set_line(x, n.line);
            fill(x, n, ns, library, depth);
            return;
        }
        case AstNode::Kind::Foreign: {
            xmlNodePtr x = new_element(nullptr, n.name);
            xmlAddChild(parent, x);
            set_line(x, n.line);
            if (n.ns.empty()) {
                // An element in no namespace under a default namespace undeclares it.
                if (rng_default) xmlNewNs(x, BAD_CAST "", nullptr);
            } else {
                xmlSetNs(x, namespace_for(x, n.ns, n.prefix));
            }
            add_attributes(x, n, false);
            for (NodeId c = n.children.first; c != k_no_node; c = m_ast[c].next)
                write(x, m_ast[c], ns, library, rng_default && !n.ns.empty(), depth + 1);
            return;
        }
        }
    }

    const CompactSchema& m_schema;
    const Ast& m_ast;
    const std::string& m_path;
    xmlDocPtr m_doc = nullptr;
    xmlNsPtr m_rng = nullptr;
    std::string m_buffer;
    std::unordered_map<std::string, xmlNsPtr> m_by_prefix;
    std::unordered_map<std::string, xmlNsPtr> m_by_uri;
    std::unordered_map<std::string_view, std::string_view> m_prefix_of; // the first declared
    xmlNsPtr m_last_declaration = nullptr;
    bool m_uses_documentation = false;
    bool m_inherits_at_top = false;
    std::map<std::string_view, std::pair<int, std::size_t>> m_libraries; // uses, first use
};

} // namespace

xml::XmlDocPtr compact_schema_to_xml(const CompactSchema& schema, const std::string& path) {
    return Writer(schema, path).run();
}

} // namespace teipress::validate::relaxng
