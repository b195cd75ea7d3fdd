#include "validate/relaxng/compact_to_xml.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

namespace teipress::validate::relaxng {

namespace {

constexpr const char* k_rng_ns = "http://relaxng.org/ns/structure/1.0";
constexpr const char* k_xml_ns = "http://www.w3.org/XML/1998/namespace";
constexpr const char* k_annotations_ns = "http://relaxng.org/ns/compatibility/annotations/1.0";

const xmlChar* X(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }
const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

void set_line(xmlNodePtr node, std::uint32_t line) {
    node->line = static_cast<unsigned short>(std::min<std::uint32_t>(line, 65535));
}

// A comment's text as trang writes it: between spaces, or its lines indented for the depth of
// the comment in the document; XML comments cannot hold "--".
std::string comment_text(const std::string& s, int depth) {
    std::string out;
    out.reserve(s.size() + 3);
    bool lines = s.find('\n') != std::string::npos;
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
    } else if (out.back() != ' ')
        out += ' ';
    return out;
}

// Whether a name, nsName, include or externalRef that inherits its namespace stands where the
// translation has no ns attribute above it (outside an include that passes a namespace): the
// root element can then not carry the default namespace.
bool inherits_at_top(const AstNode& n, bool under_namespace) {
    if (n.kind != AstNode::Kind::Rng) return false;
    bool names = n.name == "name" || n.name == "nsName" || n.name == "include" ||
                 n.name == "externalRef";
    if (names && n.target.inherit && !under_namespace) return true;
    bool under = under_namespace || (n.name == "include" && !n.target.inherit);
    for (const auto& c : n.children)
        if (inherits_at_top(c, under)) return true;
    return false;
}

// Whether a value is written without type (the built-in token, the default of value).
bool is_builtin_token_value(const AstNode& n) {
    if (n.name != "value" || !n.library || !n.library->empty()) return false;
    for (const auto& a : n.attributes)
        if (a.ns.empty() && a.local == "type") return a.value == "token";
    return false;
}

// The library most data and typed value elements use (first used wins a tie); "" when none
// uses a library other than the built-in one.
void count_libraries(const AstNode& n, std::map<std::string, std::pair<int, int>>& counts,
                     int& order) {
    if (n.kind != AstNode::Kind::Rng) return;
    if (n.library && !n.library->empty() && !is_builtin_token_value(n)) {
        auto [it, added] = counts.try_emplace(*n.library, 0, order);
        if (added) ++order;
        ++it->second.first;
    }
    for (const auto& c : n.children) count_libraries(c, counts, order);
}

std::string common_library(const AstNode& root) {
    std::map<std::string, std::pair<int, int>> counts; // library -> (uses, first use)
    int order = 0;
    count_libraries(root, counts, order);
    std::string best;
    std::pair<int, int> best_key{0, 0};
    for (const auto& [library, key] : counts)
        if (key.first > best_key.first || (key.first == best_key.first && key.second < best_key.second)) {
            best = library;
            best_key = key;
        }
    return best;
}

class Writer {
  public:
    Writer(const CompactSchema& schema, const std::string& path) : m_schema(schema), m_path(path) {}

    xml::XmlDocPtr run() {
        xml::XmlDocPtr doc(xmlNewDoc(X("1.0")));
        if (!doc) return nullptr;
        m_doc = doc.get();
        m_doc->URL = xmlStrdup(X(m_path));
        const AstNode& r = m_schema.root;
        xmlNodePtr root = xmlNewDocNode(m_doc, nullptr, X(r.name), nullptr);
        set_line(root, r.line);
        xmlDocSetRootElement(m_doc, root);
        m_rng = xmlNewNs(root, X(k_rng_ns), nullptr);
        xmlSetNs(root, m_rng);
        for (const auto& [prefix, uri] : m_schema.namespaces) declare(root, prefix, uri);
        if (uses_documentation(r)) declare(root, m_schema.annotations_prefix, k_annotations_ns);

        std::optional<std::string> ns;
        if (!m_schema.default_namespace.inherit && !inherits_at_top(r, false)) {
            ns = m_schema.default_namespace.uri;
            xmlNewProp(root, X("ns"), X(*ns));
        }
        std::string library = common_library(r);
        if (!library.empty()) xmlNewProp(root, X("datatypeLibrary"), X(library));
        fill(root, r, ns, library, true, 0);

        for (const auto& c : m_schema.before) {
            xmlNodePtr comment = xmlNewDocComment(m_doc, X(comment_text(c.name, 0)));
            set_line(comment, c.line);
            xmlAddPrevSibling(root, comment);
        }
        xmlNodePtr last = root;
        for (const auto& c : m_schema.after) {
            xmlNodePtr comment = xmlNewDocComment(m_doc, X(comment_text(c.name, 0)));
            set_line(comment, c.line);
            last = xmlAddNextSibling(last, comment);
        }
        return doc;
    }

  private:
    // Whether an a:documentation (from ## comments) is in the tree.
    bool uses_documentation(const AstNode& n) const {
        if (n.kind == AstNode::Kind::Foreign && n.ns == k_annotations_ns &&
            n.prefix == m_schema.annotations_prefix)
            return true;
        for (const auto& c : n.children)
            if (uses_documentation(c)) return true;
        return false;
    }

    void declare(xmlNodePtr root, const std::string& prefix, const std::string& uri) {
        if (m_by_prefix.count(prefix)) return;
        xmlNsPtr ns = xmlNewNs(root, X(uri), X(prefix));
        m_by_prefix[prefix] = ns;
        m_by_uri.try_emplace(uri, ns);
    }

    // The declaration for a namespace (the prefix written if it is declared for it).
    xmlNsPtr namespace_for(xmlNodePtr node, const std::string& uri, const std::string& prefix) {
        if (uri == k_xml_ns) return xmlSearchNs(m_doc, node, X("xml"));
        auto p = m_by_prefix.find(prefix);
        if (p != m_by_prefix.end() && xmlStrEqual(p->second->href, X(uri))) return p->second;
        auto u = m_by_uri.find(uri);
        if (u != m_by_uri.end()) return u->second;
        // Not declared on the root (cannot happen for a parsed schema): declare it here.
        return xmlNewNs(node, X(uri), X(prefix.empty() ? std::string("ns") : prefix));
    }

    // A prefix declared on the root for uri, or null.
    const std::string* prefix_of(const std::string& uri) const {
        static const std::string xml = "xml";
        if (uri.empty()) return nullptr;
        if (uri == k_xml_ns) return &xml;
        for (const auto& [prefix, u] : m_schema.namespaces)
            if (u == uri) return &prefix;
        return nullptr;
    }

    // The QName of a name in namespace uri, written where the ns in force is ns; empty when it
    // can only be written with an ns attribute.
    std::string qname(const std::string& uri, const std::string& local,
                      const std::optional<std::string>& ns, bool attribute_shortcut) const {
        if (attribute_shortcut ? uri.empty() : (ns && *ns == uri)) return local;
        if (const std::string* prefix = prefix_of(uri)) return *prefix + ":" + local;
        return {};
    }

    static std::string text_of(const AstNode& n) {
        std::string s;
        for (const auto& c : n.children)
            if (c.kind == AstNode::Kind::Text) s += c.name;
        return s;
    }

    void add_attributes(xmlNodePtr x, const AstNode& n, bool skip_type) {
        for (const auto& a : n.attributes) {
            if (a.ns.empty()) {
                if (skip_type && a.local == "type") continue;
                xmlNewProp(x, X(a.local), X(a.value));
            } else {
                xmlNewNsProp(x, namespace_for(x, a.ns, a.prefix), X(a.local), X(a.value));
            }
        }
    }

    // Writes n's attributes and children into x. ns: the ns attribute in force (none: inherit);
    // library: the datatypeLibrary in force; rng_default: the default namespace is RELAX NG's.
    void fill(xmlNodePtr x, const AstNode& n, const std::optional<std::string>& ns,
              const std::string& library, bool rng_default, int depth) {
        std::optional<std::string> child_ns = ns;
        std::size_t skip = n.children.size(); // the name class written as a name attribute
        bool builtin_token = is_builtin_token_value(n);
        if ((n.name == "element" || n.name == "attribute") && n.simple_name &&
            n.name_class_index < n.children.size()) {
            const AstNode& name = n.children[n.name_class_index];
            std::string local = text_of(name);
            std::string written;
            if (name.target.inherit)
                written = n.name == "element" ? local : std::string();
            else
                written = qname(name.target.uri, local, ns, n.name == "attribute");
            if (!written.empty()) {
                xmlNewProp(x, X("name"), X(written));
                skip = n.name_class_index;
            }
        }
        add_attributes(x, n, builtin_token);
        if (n.name == "name") {
            std::string local = text_of(n);
            std::string content = local;
            if (!n.target.inherit) {
                content = qname(n.target.uri, local, ns, false);
                if (content.empty()) {
                    xmlNewProp(x, X("ns"), X(n.target.uri));
                    content = local;
                }
            }
            xmlNodePtr t = xmlNewDocText(m_doc, X(content));
            set_line(t, n.line);
            xmlAddChild(x, t);
            for (const auto& c : n.children)
                if (c.kind != AstNode::Kind::Text) write(x, c, ns, library, rng_default, depth + 1);
            return;
        }
        if (n.name == "nsName" || n.name == "include" || n.name == "externalRef") {
            if (!n.target.inherit && !(ns && *ns == n.target.uri)) {
                xmlNewProp(x, X("ns"), X(n.target.uri));
            }
            if (!n.target.inherit) child_ns = n.target.uri;
        }
        if ((n.name == "data" || n.name == "value") && n.library && !builtin_token &&
            *n.library != library)
            xmlNewProp(x, X("datatypeLibrary"), X(*n.library));
        for (std::size_t i = 0; i < n.children.size(); ++i)
            if (i != skip) write(x, n.children[i], child_ns, library, rng_default, depth + 1);
    }

    void write(xmlNodePtr parent, const AstNode& n, const std::optional<std::string>& ns,
               const std::string& library, bool rng_default, int depth) {
        xmlNodePtr x = nullptr;
        switch (n.kind) {
        case AstNode::Kind::Text:
            if (n.name.empty()) return;
            x = xmlNewDocText(m_doc, X(n.name));
            break;
        case AstNode::Kind::Comment: x = xmlNewDocComment(m_doc, X(comment_text(n.name, depth))); break;
        case AstNode::Kind::Rng:
            x = xmlNewDocNode(m_doc, m_rng, X(n.name), nullptr);
            xmlAddChild(parent, x);
            set_line(x, n.line);
            fill(x, n, ns, library, true, depth);
            return;
        case AstNode::Kind::Foreign:
            x = xmlNewDocNode(m_doc, nullptr, X(n.name), nullptr);
            xmlAddChild(parent, x);
            set_line(x, n.line);
            if (n.ns.empty()) {
                // An element in no namespace under a default namespace undeclares it.
                if (rng_default) xmlNewNs(x, X(""), nullptr);
            } else {
                xmlSetNs(x, namespace_for(x, n.ns, n.prefix));
            }
            add_attributes(x, n, false);
            for (const auto& c : n.children)
                write(x, c, ns, library, rng_default && !n.ns.empty(), depth + 1);
            return;
        }
        set_line(x, n.line);
        xmlAddChild(parent, x);
    }

    const CompactSchema& m_schema;
    const std::string& m_path;
    xmlDocPtr m_doc = nullptr;
    xmlNsPtr m_rng = nullptr;
    std::unordered_map<std::string, xmlNsPtr> m_by_prefix;
    std::unordered_map<std::string, xmlNsPtr> m_by_uri;
};

} // namespace

xml::XmlDocPtr compact_schema_to_xml(const CompactSchema& schema, const std::string& path) {
    return Writer(schema, path).run();
}

} // namespace teipress::validate::relaxng
