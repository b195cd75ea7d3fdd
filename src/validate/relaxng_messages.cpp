#include "validate/relaxng_messages.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace teipress::validate {

namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

std::string node_name(const xmlNode* n) {
    if (!n || !n->name) return {};
    return reinterpret_cast<const char*>(n->name);
}

bool has_child(const xmlNode* element, const std::string& name) {
    for (const xmlNode* c = element ? element->children : nullptr; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && node_name(c) == name) return true;
    return false;
}

// The attribute node of element whose qualified name is qname, or null.
const xmlNode* find_attribute(const xmlNode* element, const std::string& qname) {
    if (!element || element->type != XML_ELEMENT_NODE) return nullptr;
    for (const xmlAttr* a = element->properties; a; a = a->next) {
        std::string name = reinterpret_cast<const char*>(a->name);
        if (a->ns && a->ns->prefix) name = std::string(reinterpret_cast<const char*>(a->ns->prefix)) + ":" + name;
        if (name == qname || reinterpret_cast<const char*>(a->name) == qname)
            return reinterpret_cast<const xmlNode*>(a);
    }
    return nullptr;
}

std::string attribute_value(const xmlNode* attr) {
    if (!attr) return {};
    xmlChar* v = xmlNodeGetContent(attr);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

// "; "p" allows text and element "a", "b" or "c"" — what may stand in parent.
std::string allowed_in(const std::string& parent, const SchemaVocabulary& vocabulary) {
    const auto& children = vocabulary.children_of(parent);
    const bool text = vocabulary.allows_text(parent);
    if (!vocabulary.knows_element(parent)) return {};
    if (children.empty())
        return text ? "; \"" + parent + "\" allows only text" : "; \"" + parent + "\" must be empty";
    return "; \"" + parent + "\" allows " + (text ? "text and " : "") +
           (children.size() == 1 ? "element " : "elements ") + quoted_list(children);
}

// jing's "expected the element end-tag, text or element "a" or "b"" for what may come at a
// place of parent's content; empty when nothing is known.
std::string expected_phrase(const Expectation& e, bool text) {
    std::vector<std::string> parts;
    if (e.end) parts.push_back("the element end-tag");
    if (text) parts.push_back("text");
    std::set<std::string> names = e.elements;
    if (names.count("*")) {
        parts.push_back("any element");
        names.clear();
    }
    if (!names.empty()) parts.push_back("element " + quoted_list(names));
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += (i + 1 == parts.size()) ? " or " : ", ";
        out += parts[i];
    }
    return out;
}

// The message for text where parent allows none: what was expected there, when known.
std::string text_not_allowed(const xmlNode* parent, const SchemaVocabulary& vocabulary,
                             const ContentModels& models) {
    const std::string p = node_name(parent);
    const xmlNode* text = nullptr;
    for (const xmlNode* c = parent ? parent->children : nullptr; c && !text; c = c->next) {
        if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) continue;
        for (const xmlChar* ch = c->content; ch && *ch && !text; ++ch)
            if (*ch != ' ' && *ch != '\t' && *ch != '\n' && *ch != '\r') text = c;
    }
    if (text) {
        auto expected = models.expected_at(parent, text);
        if (expected) {
            const std::string what = expected_phrase(*expected, false);
            if (!what.empty()) return "text not allowed here in \"" + p + "\"; expected " + what;
        }
    }
    return "text not allowed in \"" + p + "\"" + allowed_in(p, vocabulary);
}

// The message for an element that may not stand where it is.
std::string element_not_allowed(const xmlNode* element, const SchemaVocabulary& vocabulary,
                                const ContentModels& models) {
    const std::string name = node_name(element);
    const xmlNode* parent = element ? element->parent : nullptr;
    if (!parent || parent->type != XML_ELEMENT_NODE)
        return "element \"" + name + "\" not allowed as the root; expected " +
               quoted_list(vocabulary.roots());
    const std::string p = node_name(parent);
    const char* ns = element->ns ? reinterpret_cast<const char*>(element->ns->href) : "";
    const char* parent_ns = parent->ns ? reinterpret_cast<const char*>(parent->ns->href) : "";
    if (std::string(ns) != parent_ns)
        return "element \"" + name + "\" is in the namespace \"" + ns + "\", not \"" + parent_ns +
               "\" as its parent \"" + p + "\"; check its xmlns";
    const auto& children = vocabulary.children_of(p);
    // What the parent's content model allows at this very place, when it knows.
    auto expected = models.expected_at(parent, element);
    if (expected && !expected->elements.count(name) && !expected->elements.count("*")) {
        std::set<std::string> missing;
        for (const auto& r : vocabulary.required_children_of(p))
            if (!has_child(parent, r)) missing.insert(r);
        const std::string what = expected_phrase(*expected, vocabulary.allows_text(p));
        if ((children.count(name) || children.count("*")) && !missing.empty() && !expected->end)
            return "element \"" + name + "\" not allowed yet; missing required element " +
                   quoted_list(missing) + " in \"" + p + "\"";
        if (!what.empty()) {
            const char* where = !vocabulary.knows_element(name) ? "not allowed anywhere"
                                : (children.count(name) || children.count("*")) ? "not allowed here"
                                                                                 : "not allowed in";
            return "element \"" + name + "\" " + where +
                   (std::string(where) == "not allowed in" ? " \"" + p + "\"" : std::string()) +
                   "; expected " + what;
        }
    }
    if (children.count(name) || children.count("*")) {
        std::set<std::string> missing;
        for (const auto& r : vocabulary.required_children_of(p))
            if (!has_child(parent, r)) missing.insert(r);
        if (!missing.empty())
            return "element \"" + name + "\" not allowed yet; missing required element " +
                   quoted_list(missing) + " in \"" + p + "\"";
        return "element \"" + name + "\" not allowed here: \"" + p +
               "\" allows it, but not at this point (check the order and number of its children)";
    }
    std::string where = vocabulary.knows_element(name) ? "not allowed in \"" + p + "\""
                                                        : "is not part of the schema";
    return "element \"" + name + "\" " + where + allowed_in(p, vocabulary);
}

struct Explained {
    Diagnostic diagnostic;
    bool follow_up = false; // libxml2's "failed to validate …" echo of an earlier error
};

Explained explain(const RelaxNgError& e, const SchemaVocabulary& vocabulary,
                  const ContentModels& models, const SourceText& source) {
    Explained out;
    Diagnostic& d = out.diagnostic;
    d.severity = e.warning ? Severity::Warning : Severity::Error;
    d.file = source.name();
    d.rule_id = "relaxng";
    const xmlNode* at = e.node;
    const std::string& m = e.message;
    const std::string here = node_name(e.node);

    if (starts_with(m, "Did not expect element ")) {
        d.message = element_not_allowed(e.node, vocabulary, models);
    } else if (starts_with(m, "Element ") && m.find(" has extra content: ") != std::string::npos) {
        if (e.node && e.node->type == XML_ELEMENT_NODE && here == e.str2 && here != e.str1) {
            d.message = element_not_allowed(e.node, vocabulary, models);
        } else if (e.str2 == "text" || (e.node && e.node->type == XML_TEXT_NODE)) {
            if (e.node && e.node->type == XML_ELEMENT_NODE && node_name(e.node) != e.str1)
                at = e.node->parent;
            d.message = at && at->type == XML_ELEMENT_NODE
                            ? text_not_allowed(at, vocabulary, models)
                            : "text not allowed in \"" + e.str1 + "\"" + allowed_in(e.str1, vocabulary);
        } else if (e.node && e.node->type == XML_ELEMENT_NODE && here == e.str2) {
            d.message = element_not_allowed(e.node, vocabulary, models);
        } else {
            d.message = "element \"" + e.str1 + "\" has content the schema does not allow here: " + e.str2;
        }
    } else if (starts_with(m, "Did not expect text in element ")) {
        d.message = e.node && e.node->type == XML_ELEMENT_NODE
                        ? text_not_allowed(e.node, vocabulary, models)
                        : "text not allowed in \"" + e.str1 + "\"" + allowed_in(e.str1, vocabulary);
    } else if (starts_with(m, "Invalid attribute ")) {
        const xmlNode* attr = find_attribute(e.node, e.str1);
        const auto& allowed = vocabulary.attributes_of(e.str2);
        // libxml2 names the attribute without its prefix: xml:id arrives as "id".
        std::string qname = e.str1;
        if (attr && attr->ns && attr->ns->prefix)
            qname = std::string(reinterpret_cast<const char*>(attr->ns->prefix)) + ":" + e.str1;
        if (attr) at = attr;
        if (allowed.count(qname)) {
            d.message = "value \"" + attribute_value(attr) + "\" of attribute \"" + qname +
                        "\" on \"" + e.str2 + "\" is invalid";
            if (qname == "xml:id")
                d.message += " (an identifier must be an XML name and unique in the file)";
        } else {
            d.message = "attribute \"" + qname + "\" not allowed on \"" + e.str2 + "\"";
            if (!allowed.empty())
                d.message += "; expected attribute " + quoted_list(allowed);
        }
    } else if (starts_with(m, "Expecting element ") && m.find(", got ") != std::string::npos) {
        d.message = "element \"" + e.str2 + "\" not allowed here; expected element \"" + e.str1 + "\"";
    } else if (starts_with(m, "Expecting an element ") && m.find(", got nothing") != std::string::npos) {
        d.message = "element \"" + here + "\" is incomplete";
        if (!e.str1.empty()) {
            d.message += "; missing required element \"" + e.str1 + "\"";
        } else {
            std::set<std::string> missing;
            for (const auto& r : vocabulary.required_children_of(here))
                if (!has_child(e.node, r)) missing.insert(r);
            d.message += missing.empty() ? allowed_in(here, vocabulary)
                                         : "; missing required element " + quoted_list(missing);
        }
    } else if (starts_with(m, "Expecting an element got text")) {
        d.message = "text not allowed here; expected an element" +
                    (e.node && e.node->type == XML_ELEMENT_NODE ? allowed_in(here, vocabulary) : std::string());
    } else if (starts_with(m, "Expecting element ") && m.find(" to be empty") != std::string::npos) {
        d.message = "element \"" + e.str1 + "\" must be empty";
    } else if (m.find(" has wrong namespace: expecting ") != std::string::npos) {
        d.message = "element \"" + e.str1 + "\" is in the wrong namespace; expected namespace \"" + e.str2 + "\"";
    } else if (starts_with(m, "Expecting a namespace for element ")) {
        d.message = "element \"" + e.str1 + "\" has no namespace; expected it in the schema's namespace";
    } else if (starts_with(m, "Element ") && m.find(" failed to validate attributes") != std::string::npos) {
        std::set<std::string> missing;
        for (const auto& r : vocabulary.required_attributes_of(e.str1))
            if (!find_attribute(e.node, r)) missing.insert(r);
        if (!missing.empty()) {
            d.message = "element \"" + e.str1 + "\" is missing required attribute " + quoted_list(missing);
        } else {
            out.follow_up = true;
            const auto& allowed = vocabulary.attributes_of(e.str1);
            d.message = "element \"" + e.str1 + "\" lacks a required attribute or has one the schema does not allow" +
                        (allowed.empty() ? std::string() : "; allowed: " + quoted_list(allowed));
        }
    } else if (starts_with(m, "Element ") && m.find(" failed to validate content") != std::string::npos) {
        out.follow_up = true;
        d.message = "element \"" + e.str1 + "\" is incomplete or its children are out of order" +
                    allowed_in(e.str1, vocabulary);
    } else if (starts_with(m, "Type ") || starts_with(m, "Error validating datatype") ||
               starts_with(m, "Error validating value") || starts_with(m, "Error validating list")) {
        d.message = "invalid value in \"" + here + "\": " + m;
    } else {
        d.message = m;
    }
    SourcePosition pos = source.position_of(at);
    if (pos.line == 0) pos = {e.line > 0 ? e.line : 1, 1};
    d.line = pos.line;
    d.column = pos.column;
    return out;
}

} // namespace

RelaxNgError copy_relaxng_error(const xmlError& err) {
    RelaxNgError e;
    e.message = err.message ? err.message : "RELAX NG validity error";
    while (!e.message.empty() && (e.message.back() == '\n' || e.message.back() == ' '))
        e.message.pop_back();
    for (auto at = e.message.find('\n'); at != std::string::npos; at = e.message.find('\n', at))
        e.message.replace(at, 1, "; ");
    e.str1 = err.str1 ? err.str1 : "";
    e.str2 = err.str2 ? err.str2 : "";
    e.node = static_cast<const xmlNode*>(err.node);
    e.line = err.line;
    e.warning = err.level == XML_ERR_WARNING;
    return e;
}

std::vector<Diagnostic> explain_relaxng_errors(const std::vector<RelaxNgError>& errors,
                                               const SchemaVocabulary& vocabulary,
                                               const ContentModels& models,
                                               const SourceText& source) {
    std::vector<Explained> all;
    for (const auto& e : errors) all.push_back(explain(e, vocabulary, models, source));
    const bool has_precise = std::any_of(all.begin(), all.end(), [](const Explained& x) { return !x.follow_up; });
    std::vector<Diagnostic> out;
    std::set<std::tuple<int, int, std::string>> seen;
    for (auto& x : all) {
        if (x.follow_up && has_precise) continue;
        auto key = std::make_tuple(x.diagnostic.line, x.diagnostic.column, x.diagnostic.message);
        if (!seen.insert(key).second) continue;
        out.push_back(std::move(x.diagnostic));
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return out;
}

} // namespace teipress::validate
