#include "validate/relaxng/document_validator.h"

#include "validate/relaxng/matcher.h"

#include <algorithm>
#include <unordered_map>

namespace teipress::validate::relaxng {

namespace {

const char* cc(const xmlChar* s) {
    return reinterpret_cast<const char*>(s);
}

class DocumentWalker {
  public:
    DocumentWalker(Derivatives& d, const SourceText* source, const std::string& name, std::vector<Diagnostic>& out)
        : m_matcher(d), m_strings(d.grammar().parts.strings), m_ids(d.grammar().ids), m_source(source), m_name(name),
          m_out(out) {}

    std::size_t run(xmlDoc* doc) {
        const std::size_t before = m_out.size();
        xmlNode* root = xmlDocGetRootElement(doc);
        if (!m_matcher.start_document()) report(root, m_matcher.message());
        if (root) walk(root);
        std::vector<IdChecker::Problem> problems;
        for (auto& p : m_id_problems) problems.push_back(std::move(p));
        m_id_checker.finish(problems);
        for (const auto& p : problems) report(p.node, p.message, p.note ? Severity::Note : Severity::Error);
        std::stable_sort(m_out.begin() + static_cast<std::ptrdiff_t>(before), m_out.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return a.line != b.line ? a.line < b.line : a.column < b.column;
                         });
        std::size_t errors = 0;
        for (std::size_t i = before; i < m_out.size(); ++i) errors += m_out[i].severity == Severity::Error;
        return errors;
    }

  private:
    struct Frame {
        xmlNode* element;
        xmlNode* next; // the next child to visit
        std::string qname;
        bool buffering = false;
        std::string buffer;
    };

    void report(const xmlNode* node, const std::string& message, Severity severity = Severity::Error) {
        Diagnostic d{severity, m_name, 1, 0, message, "relaxng"};
        if (node && m_source) {
            SourcePosition p = m_source->position_of(node);
            if (p.line > 0) {
                d.line = p.line;
                d.column = p.column;
            }
        } else if (node) {
            const xmlNode* e = node->type == XML_ATTRIBUTE_NODE ? node->parent : node;
            const long line = xmlGetLineNo(e);
            if (line > 0) d.line = static_cast<int>(line);
        }
        m_out.push_back(std::move(d));
    }

    // The grammar's ids of a name (cached per libxml2 string: names are interned per document).
    StringId local_id(const xmlChar* s) {
        auto [it, added] = m_locals.try_emplace(s, k_unknown_string);
        if (added) it->second = m_strings.find(cc(s));
        return it->second;
    }
    StringId ns_id(const xmlNs* ns) {
        if (!ns || !ns->href) return k_empty_string;
        auto [it, added] = m_namespaces.try_emplace(ns, k_unknown_string);
        if (added) it->second = m_strings.find(cc(ns->href));
        return it->second;
    }
    static std::string qname(const xmlNode* n) {
        std::string q = cc(n->name);
        if (n->ns && n->ns->prefix) q = std::string(cc(n->ns->prefix)) + ":" + q;
        return q;
    }
    static std::string attribute_value(const xmlAttr* a) {
        const xmlNode* c = a->children;
        if (c && !c->next && c->type == XML_TEXT_NODE) return c->content ? cc(c->content) : "";
        xmlChar* v = xmlNodeListGetString(a->doc, a->children, 1);
        std::string s = v ? cc(v) : "";
        xmlFree(v);
        return s;
    }

    void open(xmlNode* e) {
        InstanceContext cx(e);
        Frame f{e, e->children, qname(e), false, {}};
        const Name name{ns_id(e->ns), local_id(e->name)};
        if (!m_matcher.start_tag_open(name, f.qname, cx)) report(e, m_matcher.message());
        for (xmlAttr* a = e->properties; a; a = a->next) {
            const Name an{ns_id(a->ns), local_id(a->name)};
            const std::string aq = qname(reinterpret_cast<xmlNode*>(a));
            const std::string value = attribute_value(a);
            const xmlNode* at = reinterpret_cast<const xmlNode*>(a);
            if (!m_matcher.attribute_name(an, aq, cx)) report(at, m_matcher.message());
            if (!m_matcher.attribute_value(value, aq, cx)) report(at, m_matcher.message());
            if (!m_ids.empty()) {
                const IdType type = m_ids.lookup(name, an);
                if (type != IdType::Null) m_id_checker.attribute(type, value, at, m_id_problems);
            }
        }
        if (!m_matcher.start_tag_close(f.qname, cx)) report(e, m_matcher.message());
        f.buffering = m_matcher.text_typed();
        m_stack.push_back(std::move(f));
    }

    void close(Frame& f) {
        InstanceContext cx(f.element);
        if (f.buffering) {
            f.buffering = false;
            if (!f.buffer.empty() && !m_matcher.text_before_end_tag(f.buffer, f.qname, cx))
                report(f.element, m_matcher.message());
        }
        if (!m_matcher.end_tag(f.qname, cx)) report(f.element, m_matcher.message());
    }

    void walk(xmlNode* root) {
        open(root);
        while (!m_stack.empty()) {
            Frame& f = m_stack.back();
            xmlNode* c = f.next;
            if (!c) {
                close(f);
                m_stack.pop_back();
                continue;
            }
            f.next = c->next;
            switch (c->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE: {
                const char* text = c->content ? cc(c->content) : "";
                if (f.buffering) {
                    f.buffer += text;
                } else if (!is_blank(text)) {
                    InstanceContext cx(f.element);
                    if (!m_matcher.untyped_text(cx)) report(f.element, m_matcher.message());
                }
                break;
            }
            case XML_ELEMENT_NODE:
                if (f.buffering) {
                    f.buffering = false;
                    InstanceContext cx(f.element);
                    if (!m_matcher.text_before_start_tag(f.buffer, cx)) report(f.element, m_matcher.message());
                }
                open(c); // f may move: not used after this
                break;
            default: break; // comments, processing instructions
            }
        }
    }

    Matcher m_matcher;
    const StringTable& m_strings;
    const IdTypeMap& m_ids;
    const SourceText* m_source;
    const std::string& m_name;
    std::vector<Diagnostic>& m_out;
    std::vector<Frame> m_stack;
    std::unordered_map<const xmlChar*, StringId> m_locals;
    std::unordered_map<const xmlNs*, StringId> m_namespaces;
    IdChecker m_id_checker;
    std::vector<IdChecker::Problem> m_id_problems;
};

} // namespace

std::size_t validate_document(Derivatives& derivatives, xmlDoc* doc, const SourceText* source, const std::string& name,
                              std::vector<Diagnostic>& out) {
    derivatives.trim();
    return DocumentWalker(derivatives, source, name, out).run(doc);
}

} // namespace teipress::validate::relaxng
