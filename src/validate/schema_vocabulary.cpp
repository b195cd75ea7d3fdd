#include "validate/schema_vocabulary.h"

#include <functional>
#include <vector>

namespace teipress::validate {

namespace {

constexpr const char* k_rng_ns = "http://relaxng.org/ns/structure/1.0";

bool is_rng(const xmlNode* n, const char* local) {
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar*>(k_rng_ns)) &&
           (!local || xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(local)));
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    // Normalise surrounding spaces, as RELAX NG does for names.
    auto b = s.find_first_not_of(" \t\r\n");
    auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string text_of(const xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    auto b = s.find_first_not_of(" \t\r\n");
    auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string local_part(const std::string& qname) {
    auto colon = qname.find(':');
    return colon == std::string::npos ? qname : qname.substr(colon + 1);
}

// The names an element or attribute pattern declares: @name, or its name class.
std::vector<std::string> names_of(const xmlNode* pattern, bool is_element) {
    std::string n = attribute(pattern, "name");
    if (!n.empty()) return {is_element ? local_part(n) : n};
    std::vector<std::string> out;
    std::function<void(const xmlNode*)> walk = [&](const xmlNode* c) {
        for (; c; c = c->next) {
            if (is_rng(c, "name")) {
                std::string t = text_of(c);
                out.push_back(is_element ? local_part(t) : t);
            } else if (is_rng(c, "anyName") || is_rng(c, "nsName")) {
                out.push_back("*");
            } else if (is_rng(c, "choice")) {
                walk(c->children);
            }
        }
    };
    for (const xmlNode* c = pattern->children; c; c = c->next) {
        if (is_rng(c, "name") || is_rng(c, "anyName") || is_rng(c, "nsName") ||
            is_rng(c, "choice")) {
            walk(c);
            break;
        }
    }
    return out;
}

// What one content pattern reaches without crossing an element: element names, attribute
// names, and whether text is allowed.
struct Reach {
    std::set<std::string> elements, attributes;
    bool text = false;
};

class GrammarReader {
  public:
    explicit GrammarReader(const xmlNode* grammar) { collect_defines(grammar); }

    // Walks the content of pattern (its children) into reach.
    void content(const xmlNode* pattern, Reach& reach, std::set<std::string>& visiting) {
        for (const xmlNode* c = pattern->children; c; c = c->next) one(c, reach, visiting);
    }

    // What content pattern always requires: names every match must have.
    void required(const xmlNode* pattern, Reach& reach, std::set<std::string>& visiting) {
        for (const xmlNode* c = pattern->children; c; c = c->next) required_one(c, reach, visiting);
    }

    std::vector<const xmlNode*> element_patterns;
    std::vector<const xmlNode*> start_patterns;

  private:
    void collect_defines(const xmlNode* n) {
        for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
            if (is_rng(c, "define")) {
                m_defines[attribute(c, "name")].push_back(c);
                collect_elements(c);
            } else if (is_rng(c, "start")) {
                start_patterns.push_back(c);
                collect_elements(c);
            } else if (is_rng(c, "div")) {
                collect_defines(c);
            }
        }
    }
    void collect_elements(const xmlNode* n) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (is_rng(c, "element")) element_patterns.push_back(c);
            if (c->type == XML_ELEMENT_NODE) collect_elements(c);
        }
    }
    void one(const xmlNode* c, Reach& reach, std::set<std::string>& visiting) {
        if (!is_rng(c, nullptr)) return;
        const std::string kind = reinterpret_cast<const char*>(c->name);
        if (kind == "element") {
            for (auto& n : names_of(c, true)) reach.elements.insert(n);
        } else if (kind == "attribute") {
            for (auto& n : names_of(c, false)) reach.attributes.insert(n);
        } else if (kind == "text" || kind == "mixed" || kind == "data" || kind == "value" ||
                   kind == "list") {
            reach.text = true;
            if (kind == "mixed") content(c, reach, visiting);
        } else if (kind == "ref" || kind == "parentRef") {
            const std::string name = attribute(c, "name");
            if (visiting.count(name)) return;
            visiting.insert(name);
            auto it = m_defines.find(name);
            if (it != m_defines.end())
                for (const xmlNode* d : it->second) content(d, reach, visiting);
        } else if (kind == "choice" || kind == "group" || kind == "interleave" ||
                   kind == "optional" || kind == "zeroOrMore" || kind == "oneOrMore") {
            content(c, reach, visiting);
        }
    }

    void required_one(const xmlNode* c, Reach& reach, std::set<std::string>& visiting) {
        if (!is_rng(c, nullptr)) return;
        const std::string kind = reinterpret_cast<const char*>(c->name);
        if (kind == "element") {
            auto names = names_of(c, true);
            if (names.size() == 1 && names[0] != "*") reach.elements.insert(names[0]);
        } else if (kind == "attribute") {
            auto names = names_of(c, false);
            if (names.size() == 1 && names[0] != "*") reach.attributes.insert(names[0]);
        } else if (kind == "ref") {
            const std::string name = attribute(c, "name");
            auto it = m_defines.find(name);
            // A define given in several parts (combine=) is left out: its parts may be choices.
            if (visiting.count(name) || it == m_defines.end() || it->second.size() != 1) return;
            visiting.insert(name);
            required(it->second.front(), reach, visiting);
            visiting.erase(name);
        } else if (kind == "group" || kind == "interleave" || kind == "oneOrMore") {
            required(c, reach, visiting);
        } else if (kind == "choice") {
            // What every branch requires.
            bool first = true;
            Reach common;
            for (const xmlNode* b = c->children; b; b = b->next) {
                if (!is_rng(b, nullptr)) continue;
                Reach branch;
                required_one(b, branch, visiting);
                if (first) {
                    common = branch;
                    first = false;
                    continue;
                }
                std::set<std::string> e, a;
                for (auto& n : common.elements) if (branch.elements.count(n)) e.insert(n);
                for (auto& n : common.attributes) if (branch.attributes.count(n)) a.insert(n);
                common.elements = e;
                common.attributes = a;
            }
            reach.elements.insert(common.elements.begin(), common.elements.end());
            reach.attributes.insert(common.attributes.begin(), common.attributes.end());
        }
        // optional, zeroOrMore, mixed, text, data, … require nothing.
    }

    std::map<std::string, std::vector<const xmlNode*>> m_defines;
};

const std::set<std::string>& empty_set() {
    static const std::set<std::string> empty;
    return empty;
}

} // namespace

SchemaVocabulary SchemaVocabulary::from_grammar(const xmlDoc* rng) {
    SchemaVocabulary v;
    const xmlNode* root = rng ? xmlDocGetRootElement(rng) : nullptr;
    if (!root) return v;
    GrammarReader reader(is_rng(root, "grammar") ? root : nullptr);
    if (!is_rng(root, "grammar")) {
        // A schema that is a single element pattern.
        reader.element_patterns.push_back(root);
        for (auto& n : names_of(root, true)) v.m_roots.insert(n);
    }
    for (const xmlNode* e : reader.element_patterns) {
        Reach reach;
        std::set<std::string> visiting;
        reader.content(e, reach, visiting);
        for (auto& name : names_of(e, true)) {
            v.m_children[name].insert(reach.elements.begin(), reach.elements.end());
            v.m_attributes[name].insert(reach.attributes.begin(), reach.attributes.end());
            if (reach.text) v.m_text.insert(name);
        }
        Reach needed;
        std::set<std::string> visiting_required;
        reader.required(e, needed, visiting_required);
        for (auto& name : names_of(e, true)) {
            // Two patterns for one name: only what both require is required.
            auto merge = [&](std::map<std::string, std::set<std::string>>& into, const std::set<std::string>& add) {
                auto it = into.find(name);
                if (it == into.end()) {
                    into[name] = add;
                    return;
                }
                std::set<std::string> both;
                for (auto& n : it->second) if (add.count(n)) both.insert(n);
                it->second = both;
            };
            merge(v.m_required_children, needed.elements);
            merge(v.m_required_attributes, needed.attributes);
        }
    }
    for (const xmlNode* s : reader.start_patterns) {
        Reach reach;
        std::set<std::string> visiting;
        reader.content(s, reach, visiting);
        v.m_roots.insert(reach.elements.begin(), reach.elements.end());
    }
    return v;
}

std::set<std::string> SchemaVocabulary::element_names() const {
    std::set<std::string> out;
    for (const auto& [name, children] : m_children) out.insert(name);
    return out;
}

bool SchemaVocabulary::knows_element(const std::string& element) const {
    return m_children.count(element) > 0;
}

const std::set<std::string>& SchemaVocabulary::children_of(const std::string& element) const {
    auto it = m_children.find(element);
    return it == m_children.end() ? empty_set() : it->second;
}

const std::set<std::string>& SchemaVocabulary::attributes_of(const std::string& element) const {
    auto it = m_attributes.find(element);
    return it == m_attributes.end() ? empty_set() : it->second;
}

const std::set<std::string>& SchemaVocabulary::required_children_of(const std::string& element) const {
    auto it = m_required_children.find(element);
    return it == m_required_children.end() ? empty_set() : it->second;
}

const std::set<std::string>& SchemaVocabulary::required_attributes_of(const std::string& element) const {
    auto it = m_required_attributes.find(element);
    return it == m_required_attributes.end() ? empty_set() : it->second;
}

bool SchemaVocabulary::allows_text(const std::string& element) const {
    return m_text.count(element) > 0;
}

std::string quoted_list(const std::set<std::string>& names, std::size_t limit) {
    std::string out;
    std::size_t i = 0;
    for (const auto& n : names) {
        if (i == limit) {
            out += ", …";
            break;
        }
        if (i > 0) out += (i + 1 == names.size()) ? " or " : ", ";
        out += '"' + n + '"';
        ++i;
    }
    return out;
}

} // namespace teipress::validate
