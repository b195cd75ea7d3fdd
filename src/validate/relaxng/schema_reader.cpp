// SchemaReader, the patterns and name classes of the XML syntax (sections 3 and 4); grammars,
// definitions and included files are in schema_reader_grammar.cpp.
#include "validate/relaxng/schema_reader.h"

#include "validate/relaxng/href.h"
#include "validate/relaxng/schema_nodes.h"

#include <cstring>

namespace teipress::validate::relaxng {

namespace {

using namespace schema_nodes;

bool is_ncname(const std::string& s) {
    return !s.empty() && xmlValidateNCName(xc(s.c_str()), 0) == 0;
}

// The text of e (text and CDATA children); true in has_elements when e has element children.
std::string text_content(const xmlNode* e, bool& has_elements) {
    std::string s;
    has_elements = false;
    for (const xmlNode* c = e->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            s += c->content ? cc(c->content) : "";
        else if (c->type == XML_ELEMENT_NODE)
            has_elements = true;
    }
    return s;
}

// The context of a <value>: the namespaces declared around it, the default one being the ns
// attribute in scope (section 4.9/7: "the namespace map of the value element").
class SchemaValueContext : public DatatypeContext {
  public:
    SchemaValueContext(const xmlNode* e, std::string ns) : m_e(e), m_ns(std::move(ns)) {}
    std::optional<std::string> resolve_prefix(std::string_view prefix) const override {
        if (prefix.empty()) return m_ns;
        const std::string p(prefix);
        if (p == "xml") return std::string(k_xml_ns);
        xmlNs* ns = xmlSearchNs(m_e->doc, const_cast<xmlNode*>(m_e), xc(p.c_str()));
        if (!ns || !ns->href) return std::nullopt;
        return std::string(cc(ns->href));
    }

  private:
    const xmlNode* m_e;
    std::string m_ns;
};

enum NameClassFlags { k_in_any_name_except = 1, k_in_ns_name_except = 2 };

} // namespace

SchemaReader::SchemaReader(CompileSession& session, GrammarParts& parts, PatternBuilder& builder)
    : m_session(session), m_parts(parts), m_builder(builder) {}

SchemaReader::~SchemaReader() = default;

void SchemaReader::error(const xmlNode* n, const Context& cx, std::string message) {
    m_session.error(at(n, cx), std::move(message));
}

SchemaReader::Context SchemaReader::enter(const xmlNode* e, const Context& parent, const char* allowed) {
    Context cx = parent;
    cx.own_ns = false;
    for (const xmlAttr* a = e->properties; a; a = a->next) {
        const std::string name = cc(a->name);
        const xmlNode* an = reinterpret_cast<const xmlNode*>(a);
        if (!a->ns) {
            if (name == "ns") {
                cx.ns = m_texts.intern(attribute_text(a));
                cx.own_ns = true;
            } else if (name == "datatypeLibrary") {
                const std::string v = attribute_text(a);
                if (!is_valid_uri_reference(v)) {
                    error(an, parent, "\"" + v + "\" is not a valid URI reference according to RFC 2396");
                } else if (!v.empty() && !has_uri_scheme(v)) {
                    error(an, parent, "URI in value of \"datatypeLibrary\" attribute must not be relative");
                } else if (v.find('#') != std::string::npos) {
                    error(an, parent,
                          "URI in value of \"datatypeLibrary\" attribute must not have a fragment identifier");
                }
                cx.datatype_library = m_texts.intern(v);
            } else {
                bool ok = false;
                const std::string list = std::string(" ") + allowed + " ";
                ok = list.find(" " + name + " ") != std::string::npos;
                if (!ok)
                    error(an, parent,
                          name == "name" ? "illegal \"name\" attribute" : "illegal attribute \"" + name + "\"");
            }
        } else if (xmlStrEqual(a->ns->href, xc(k_rng_ns))) {
            error(an, parent, "attribute name \"" + name + "\" incorrectly qualified with RELAX NG namespace URI");
        } else if (xmlStrEqual(a->ns->href, xc(k_xml_ns)) && name == "base") {
            const std::string v = attribute_text(a);
            if (has_uri_scheme(text(cx.base)) || has_uri_scheme(v)) {
                if (has_uri_scheme(v)) cx.base = m_texts.intern(v);
            } else if (auto resolved = resolve_reference(text(cx.base), v)) {
                // A base that names a folder ("sub/") keeps its slash: its files are inside.
                cx.base =
                    m_texts.intern(*resolved + (!v.empty() && v.back() == '/' && resolved->back() != '/' ? "/" : ""));
            }
        }
        // Any other qualified attribute is an annotation (4.1).
    }
    return cx;
}

std::vector<const xmlNode*> SchemaReader::rng_children(const xmlNode* e, const Context& cx, bool allow_text) {
    std::vector<const xmlNode*> out;
    bool reported = false;
    for (const xmlNode* c = e->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            if (is_rng(c)) out.push_back(c);
        } else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && !allow_text && !reported) {
            if (c->content && !is_blank(cc(c->content))) {
                error(e, cx,
                      "illegal characters: only whitespace may stand between the children of \"" +
                          std::string(cc(e->name)) + "\"");
                reported = true;
            }
        }
    }
    return out;
}

const Pattern* SchemaReader::pattern(const xmlNode* e, const Context& parent) {
    const std::string name = cc(e->name);
    if (name == "element") return element_pattern(e, enter(e, parent, "name"));
    if (name == "attribute") return attribute_pattern(e, enter(e, parent, "name"));
    if (name == "group" || name == "interleave" || name == "choice" || name == "optional" || name == "zeroOrMore" ||
        name == "oneOrMore" || name == "list" || name == "mixed") {
        Context cx = enter(e, parent, "");
        const Pattern* p = pattern_children(e, nullptr, cx,
                                            name == "choice"       ? Fold::Choice
                                            : name == "interleave" ? Fold::Interleave
                                                                   : Fold::Group);
        if (name == "optional") return m_builder.optional(p);
        if (name == "zeroOrMore") return m_builder.zero_or_more(p);
        if (name == "oneOrMore") return m_builder.one_or_more(p);
        if (name == "list") return m_builder.list(p, at(e, cx));
        if (name == "mixed") return m_builder.mixed(p);
        return p;
    }
    if (name == "ref") return ref_pattern(e, enter(e, parent, "name"), false);
    if (name == "parentRef") return ref_pattern(e, enter(e, parent, "name"), true);
    if (name == "empty" || name == "text" || name == "notAllowed") {
        Context cx = enter(e, parent, "");
        auto kids = rng_children(e, cx, false);
        if (!kids.empty())
            error(kids[0], cx, "found \"" + std::string(cc(kids[0]->name)) + "\" element but expected empty content");
        if (name == "empty") return m_builder.empty();
        if (name == "text") return m_builder.text();
        return m_builder.unexpanded_not_allowed();
    }
    if (name == "data") return data_pattern(e, enter(e, parent, "type"));
    if (name == "value") return value_pattern(e, enter(e, parent, "type"));
    if (name == "externalRef") return external_ref(e, enter(e, parent, "href"));
    if (name == "grammar") return grammar_pattern(e, enter(e, parent, ""));
    error(e, parent, "found \"" + name + "\" element but expected a pattern");
    return m_builder.error();
}

const Pattern* SchemaReader::pattern_children(const xmlNode* e, const xmlNode* from, const Context& cx, Fold fold) {
    const auto kids = rng_children(e, cx, false);
    std::size_t i = 0;
    if (from)
        while (i < kids.size() && kids[i] != from) ++i;
    return pattern_list(e, kids, i, cx, fold);
}

const Pattern* SchemaReader::pattern_list(const xmlNode* e, const std::vector<const xmlNode*>& kids, std::size_t from,
                                          const Context& cx, Fold fold) {
    std::vector<const Pattern*> items;
    for (std::size_t i = from; i < kids.size(); ++i) items.push_back(pattern(kids[i], cx));
    if (items.empty()) {
        error(e, cx, "missing children: \"" + std::string(cc(e->name)) + "\" needs at least one pattern");
        return m_builder.error();
    }
    // Folded into a balanced tree (choice, group and interleave are associative): a choice of
    // thousands of values is then a tree of depth log n, not n, for every step that walks it.
    auto join = [&](auto&& self, std::size_t lo, std::size_t hi) -> const Pattern* {
        if (hi - lo == 1) return items[lo];
        const std::size_t mid = lo + (hi - lo) / 2;
        const Pattern* a = self(self, lo, mid);
        const Pattern* b = self(self, mid, hi);
        return fold == Fold::Choice       ? m_builder.choice(a, b)
               : fold == Fold::Interleave ? m_builder.interleave(a, b)
                                          : m_builder.group(a, b);
    };
    return join(join, 0, items.size());
}

const Pattern* SchemaReader::element_pattern(const xmlNode* e, const Context& cx) {
    const auto kids = rng_children(e, cx, false);
    const NameClass* nc = nullptr;
    std::size_t first = 0;
    if (const xmlAttr* a = find_attribute(e, "name")) {
        nc = qname_class(e, trim(attribute_text(a)), text(cx.ns), cx);
    } else if (kids.empty()) {
        error(e, cx, "expected child element specifying name class");
        return m_builder.error();
    } else {
        nc = name_class(kids[0], cx, 0);
        first = 1;
    }
    if (first >= kids.size()) {
        error(e, cx, "missing children: \"element\" needs a pattern for its content");
        return m_builder.error();
    }
    const Pattern* content = pattern_list(e, kids, first, cx, Fold::Group);
    return m_builder.element(nc, content, at(e, cx));
}

const Pattern* SchemaReader::attribute_pattern(const xmlNode* e, const Context& cx) {
    auto kids = rng_children(e, cx, false);
    const NameClass* nc = nullptr;
    std::size_t first = 0;
    if (const xmlAttr* a = find_attribute(e, "name")) {
        // 4.8: an attribute's name attribute is in no namespace unless the attribute element
        // itself has an ns attribute (the inherited one does not count).
        nc = qname_class(e, trim(attribute_text(a)), cx.own_ns ? text(cx.ns) : std::string(), cx);
    } else if (kids.empty()) {
        error(e, cx, "expected child element specifying name class");
        return m_builder.error();
    } else {
        nc = name_class(kids[0], cx, 0);
        first = 1;
    }
    check_attribute_name_class(nc, e, cx);
    const Pattern* value = m_builder.text();
    if (kids.size() > first + 1) {
        error(kids[first + 1], cx, "\"attribute\" pattern must contain at most one pattern");
        return m_builder.error();
    }
    if (kids.size() == first + 1) value = pattern(kids[first], cx);
    return m_builder.attribute(nc, value, at(e, cx));
}

void SchemaReader::check_attribute_name_class(const NameClass* nc, const xmlNode* e, const Context& cx) {
    const StringId xmlns_ns = m_parts.strings.find(k_xmlns_ns);
    const StringId xmlns = m_parts.strings.find("xmlns");
    std::vector<const NameClass*> stack{nc};
    while (!stack.empty()) {
        const NameClass* n = stack.back();
        stack.pop_back();
        switch (n->kind) {
        case NameClassKind::Name:
            if (n->name.ns == xmlns_ns)
                error(e, cx, "attribute must not have namespace URI \"" + std::string(k_xmlns_ns) + "\"");
            else if (n->name.ns == k_empty_string && n->name.local == xmlns)
                error(e, cx, "attribute must not be named \"xmlns\"");
            break;
        case NameClassKind::NsName:
            if (n->ns == xmlns_ns)
                error(e, cx, "attribute must not have namespace URI \"" + std::string(k_xmlns_ns) + "\"");
            if (n->except) stack.push_back(n->except);
            break;
        case NameClassKind::AnyName:
            if (n->except) stack.push_back(n->except);
            break;
        case NameClassKind::Choice:
            stack.push_back(n->a);
            stack.push_back(n->b);
            break;
        case NameClassKind::Null: break;
        }
    }
}

const NameClass* SchemaReader::qname_class(const xmlNode* at_node, const std::string& qname,
                                           const std::string& default_ns, const Context& cx) {
    const auto colon = qname.find(':');
    if (colon == std::string::npos) {
        if (!is_ncname(qname)) {
            error(at_node, cx, "\"" + qname + "\" is not a valid local name");
            return m_parts.name_classes.make_null();
        }
        return m_parts.name_classes.make_name({m_parts.strings.intern(default_ns), m_parts.strings.intern(qname)});
    }
    const std::string prefix = qname.substr(0, colon), local = qname.substr(colon + 1);
    if (!is_ncname(prefix) || !is_ncname(local)) {
        error(at_node, cx, "\"" + (is_ncname(prefix) ? local : prefix) + "\" is not a valid local name");
        return m_parts.name_classes.make_null();
    }
    std::string ns;
    if (prefix == "xml") {
        ns = k_xml_ns;
    } else {
        xmlNs* decl = xmlSearchNs(at_node->doc, const_cast<xmlNode*>(at_node), xc(prefix.c_str()));
        if (!decl || !decl->href) {
            error(at_node, cx, "undefined prefix \"" + prefix + "\"");
            return m_parts.name_classes.make_null();
        }
        ns = cc(decl->href);
    }
    return m_parts.name_classes.make_name({m_parts.strings.intern(ns), m_parts.strings.intern(local)});
}

const NameClass* SchemaReader::name_class(const xmlNode* e, const Context& parent, int flags) {
    const std::string name = cc(e->name);
    NameClassStore& ncs = m_parts.name_classes;
    if (name == "name") {
        Context cx = enter(e, parent, "");
        bool has_elements = false;
        const std::string content = trim(text_content(e, has_elements));
        if (has_elements) error(e, cx, "\"name\" element cannot contain foreign elements");
        return qname_class(e, content, text(cx.ns), cx);
    }
    if (name == "anyName" || name == "nsName") {
        Context cx = enter(e, parent, "");
        const bool any = name == "anyName";
        if (any && (flags & k_in_any_name_except))
            error(e, cx, "\"except\" in \"anyName\" contains \"anyName\"");
        else if (any && (flags & k_in_ns_name_except))
            error(e, cx, "\"except\" in \"nsName\" contains \"anyName\"");
        else if (!any && (flags & k_in_ns_name_except))
            error(e, cx, "\"except\" in \"nsName\" contains \"nsName\"");
        const NameClass* except = nullptr;
        bool seen_except = false;
        for (const xmlNode* k : rng_children(e, cx, false)) {
            if (std::strcmp(cc(k->name), "except") != 0) {
                error(k, cx, "found \"" + std::string(cc(k->name)) + "\" element but expected \"except\"");
                continue;
            }
            if (seen_except) {
                error(k, cx, "at most one \"except\" child element is allowed");
                continue;
            }
            seen_except = true;
            Context ecx = enter(k, cx, "");
            except = name_class_children(k, ecx, flags | (any ? k_in_any_name_except : k_in_ns_name_except));
        }
        if (any) return ncs.make_any_name(except);
        return ncs.make_ns_name(m_parts.strings.intern(text(cx.ns)), except);
    }
    if (name == "choice") {
        Context cx = enter(e, parent, "");
        return name_class_children(e, cx, flags);
    }
    error(e, parent, "found \"" + name + "\" element but expected a name-class");
    return ncs.make_null();
}

const NameClass* SchemaReader::name_class_children(const xmlNode* e, const Context& cx, int flags) {
    std::vector<const NameClass*> items;
    for (const xmlNode* k : rng_children(e, cx, false)) items.push_back(name_class(k, cx, flags));
    if (items.empty()) {
        error(e, cx, "missing children: \"" + std::string(cc(e->name)) + "\" needs at least one name class");
        return m_parts.name_classes.make_null();
    }
    auto join = [&](auto&& self, std::size_t lo, std::size_t hi) -> const NameClass* {
        if (hi - lo == 1) return items[lo];
        const std::size_t mid = lo + (hi - lo) / 2;
        return m_parts.name_classes.make_choice(self(self, lo, mid), self(self, mid, hi));
    };
    return join(join, 0, items.size());
}

const Pattern* SchemaReader::data_pattern(const xmlNode* e, const Context& cx) {
    const xmlAttr* type_attr = find_attribute(e, "type");
    if (!type_attr) {
        error(e, cx, "missing \"type\" attribute");
        return m_builder.error();
    }
    const std::string type = trim(attribute_text(type_attr));
    if (!is_ncname(type)) {
        error(e, cx, "\"" + type + "\" is not a valid local name");
        return m_builder.error();
    }
    std::vector<DatatypeParam> params;
    std::vector<const xmlNode*> param_nodes;
    const Pattern* except = nullptr;
    bool ok = true;
    for (const xmlNode* k : rng_children(e, cx, false)) {
        const std::string kname = cc(k->name);
        if (kname == "param") {
            Context pcx = enter(k, cx, "name");
            if (except) {
                error(k, cx, "\"param\" is not allowed after \"except\"");
                ok = false;
            }
            const xmlAttr* n = find_attribute(k, "name");
            const std::string pname = n ? trim(attribute_text(n)) : std::string();
            if (!n) {
                error(k, cx, "missing \"name\" attribute");
                ok = false;
            } else if (!is_ncname(pname)) {
                error(k, cx, "\"" + pname + "\" is not a valid local name");
                ok = false;
            }
            bool has_elements = false;
            std::string value = text_content(k, has_elements);
            if (has_elements) {
                error(k, pcx, "\"param\" element cannot contain foreign elements");
                ok = false;
            }
            params.push_back({pname, value});
            param_nodes.push_back(k);
        } else if (kname == "except") {
            if (except) {
                error(k, cx, "at most one \"except\" child element is allowed");
                ok = false;
                continue;
            }
            Context ecx = enter(k, cx, "");
            except = pattern_children(k, nullptr, ecx, Fold::Choice);
        } else {
            error(k, cx, "only \"param\" and \"except\" child elements are allowed");
            ok = false;
        }
    }
    MadeDatatype made = m_parts.datatypes.make(text(cx.datatype_library), type, params);
    for (const auto& [index, message] : made.errors)
        error(index >= 0 && static_cast<std::size_t>(index) < param_nodes.size() ? param_nodes[index] : e, cx, message);
    if (!made.datatype || !ok) return m_builder.error();
    if (except) return m_builder.data_except(made.datatype, except, at(e, cx));
    return m_builder.data(made.datatype);
}

const Pattern* SchemaReader::value_pattern(const xmlNode* e, const Context& cx) {
    std::string library = text(cx.datatype_library), type = "token";
    if (const xmlAttr* t = find_attribute(e, "type")) {
        type = trim(attribute_text(t));
        if (!is_ncname(type)) {
            error(e, cx, "\"" + type + "\" is not a valid local name");
            return m_builder.error();
        }
    } else {
        library.clear(); // 4.4: no type means the built-in token
    }
    bool has_elements = false;
    const std::string content = text_content(e, has_elements);
    if (has_elements) {
        error(e, cx, "\"value\" element cannot contain foreign elements");
        return m_builder.error();
    }
    MadeDatatype made = m_parts.datatypes.make(library, type, {});
    for (const auto& err : made.errors) error(e, cx, err.second);
    if (!made.datatype) return m_builder.error();
    SchemaValueContext context(e, text(cx.ns));
    auto v = made.datatype->value_of(content, context);
    if (!v) {
        error(e, cx, "\"" + content + "\" is not a valid value of the datatype");
        return m_builder.error();
    }
    return m_builder.value(made.datatype, m_parts.datatypes.keep(std::move(v)));
}

const Pattern* SchemaReader::ref_pattern(const xmlNode* e, const Context& cx, bool parent_ref) {
    const xmlAttr* n = find_attribute(e, "name");
    if (!n) {
        error(e, cx, "missing \"name\" attribute");
        return m_builder.error();
    }
    const std::string name = trim(attribute_text(n));
    if (!is_ncname(name)) {
        error(e, cx, "\"" + name + "\" is not a valid local name");
        return m_builder.error();
    }
    auto kids = rng_children(e, cx, false);
    if (!kids.empty())
        error(kids[0], cx, "found \"" + std::string(cc(kids[0]->name)) + "\" element but expected empty content");
    Grammar* g = cx.grammar;
    if (parent_ref) {
        if (!g || !g->parent) {
            error(e, cx, "reference to non-existent parent grammar");
            return m_builder.error();
        }
        g = g->parent;
    } else if (!g) {
        error(e, cx, "reference to non-existent grammar");
        return m_builder.error();
    }
    Definition& d = lookup(*g, name);
    if (!d.first_ref.node) {
        d.first_ref = at(e, cx);
        d.ref->loc = d.first_ref;
    }
    return d.ref;
}

} // namespace teipress::validate::relaxng
