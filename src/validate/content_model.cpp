#include "validate/content_model.h"

#include <functional>

namespace teipress::validate {

// A pattern over child element names (attributes, text and data match nothing: they are
// checked elsewhere); immutable, shared.
struct ContentModels::Pattern {
    enum Kind { Empty, NotAllowed, Element, Choice, Group, Interleave, OneOrMore } kind = Empty;
    std::string name; // Element: local name or "*"
    Ptr a, b;
};

namespace {

using Ptr = ContentModels::Ptr;
using P = ContentModels::Pattern;

constexpr const char* k_rng_ns = "http://relaxng.org/ns/structure/1.0";

const Ptr& empty() {
    static const Ptr p = std::make_shared<P>(P{P::Empty, {}, nullptr, nullptr});
    return p;
}
const Ptr& not_allowed() {
    static const Ptr p = std::make_shared<P>(P{P::NotAllowed, {}, nullptr, nullptr});
    return p;
}
Ptr element(std::string name) { return std::make_shared<P>(P{P::Element, std::move(name), nullptr, nullptr}); }
Ptr choice(Ptr a, Ptr b) {
    if (a->kind == P::NotAllowed) return b;
    if (b->kind == P::NotAllowed) return a;
    if (a == b) return a;
    return std::make_shared<P>(P{P::Choice, {}, std::move(a), std::move(b)});
}
Ptr group(Ptr a, Ptr b) {
    if (a->kind == P::NotAllowed || b->kind == P::NotAllowed) return not_allowed();
    if (a->kind == P::Empty) return b;
    if (b->kind == P::Empty) return a;
    return std::make_shared<P>(P{P::Group, {}, std::move(a), std::move(b)});
}
Ptr interleave(Ptr a, Ptr b) {
    if (a->kind == P::NotAllowed || b->kind == P::NotAllowed) return not_allowed();
    if (a->kind == P::Empty) return b;
    if (b->kind == P::Empty) return a;
    return std::make_shared<P>(P{P::Interleave, {}, std::move(a), std::move(b)});
}
Ptr one_or_more(Ptr a) {
    if (a->kind == P::NotAllowed || a->kind == P::Empty) return a;
    return std::make_shared<P>(P{P::OneOrMore, {}, std::move(a), nullptr});
}

bool nullable(const Ptr& p) {
    switch (p->kind) {
    case P::Empty: return true;
    case P::NotAllowed: case P::Element: return false;
    case P::Choice: return nullable(p->a) || nullable(p->b);
    case P::Group: case P::Interleave: return nullable(p->a) && nullable(p->b);
    case P::OneOrMore: return nullable(p->a);
    }
    return false;
}

// The derivative of p by one child element named name (what may follow it).
Ptr derive(const Ptr& p, const std::string& name) {
    switch (p->kind) {
    case P::Empty: case P::NotAllowed: return not_allowed();
    case P::Element: return p->name == name || p->name == "*" ? empty() : not_allowed();
    case P::Choice: return choice(derive(p->a, name), derive(p->b, name));
    case P::Group: {
        Ptr first = group(derive(p->a, name), p->b);
        return nullable(p->a) ? choice(first, derive(p->b, name)) : first;
    }
    case P::Interleave:
        return choice(interleave(derive(p->a, name), p->b), interleave(p->a, derive(p->b, name)));
    case P::OneOrMore: return group(derive(p->a, name), choice(p, empty()));
    }
    return not_allowed();
}

// The names that may come first in p.
void first(const Ptr& p, std::set<std::string>& out) {
    switch (p->kind) {
    case P::Empty: case P::NotAllowed: return;
    case P::Element: out.insert(p->name); return;
    case P::Choice: case P::Interleave: first(p->a, out); first(p->b, out); return;
    case P::Group: first(p->a, out); if (nullable(p->a)) first(p->b, out); return;
    case P::OneOrMore: first(p->a, out); return;
    }
}

// The number of nodes of p (shared ones counted each time), up to limit.
std::size_t size_up_to(const Ptr& p, std::size_t limit) {
    if (!p || limit == 0) return 0;
    std::size_t n = 1;
    if (p->a) n += size_up_to(p->a, limit - 1);
    if (p->b && n < limit) n += size_up_to(p->b, limit - n);
    return n;
}

bool is_rng(const xmlNode* n, const char* local = nullptr) {
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar*>(k_rng_ns)) &&
           (!local || xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(local)));
}

std::string trimmed(std::string s) {
    auto b = s.find_first_not_of(" \t\r\n");
    auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string prop(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return trimmed(s);
}

std::string local(const std::string& qname) {
    auto colon = qname.find(':');
    return colon == std::string::npos ? qname : qname.substr(colon + 1);
}

// Turns the grammar into patterns: defines on demand (memoised), elements as names.
class Builder {
  public:
    explicit Builder(const xmlNode* grammar) { collect(grammar); }

    // The content of an element pattern (its children after the name class).
    Ptr content_of(const xmlNode* element_pattern) { return sequence(element_pattern, true); }

    // The element patterns of the grammar, with their local names.
    std::vector<std::pair<std::string, const xmlNode*>> elements;

  private:
    void collect(const xmlNode* n) {
        for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
            if (is_rng(c, "define")) m_defines[prop(c, "name")].push_back(c);
            else if (is_rng(c, "div")) collect(c);
            if (c->type == XML_ELEMENT_NODE) collect_elements(c);
        }
    }
    void collect_elements(const xmlNode* n) {
        if (is_rng(n, "element")) {
            for (const auto& name : names(n)) elements.emplace_back(name, n);
        }
        for (const xmlNode* c = n->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE) collect_elements(c);
    }
    std::vector<std::string> names(const xmlNode* element_pattern) {
        std::string n = prop(element_pattern, "name");
        if (!n.empty()) return {local(n)};
        std::vector<std::string> out;
        std::function<void(const xmlNode*)> walk = [&](const xmlNode* c) {
            if (is_rng(c, "name")) {
                xmlChar* t = xmlNodeGetContent(c);
                out.push_back(local(trimmed(t ? reinterpret_cast<const char*>(t) : "")));
                xmlFree(t);
            } else if (is_rng(c, "anyName") || is_rng(c, "nsName")) {
                out.push_back("*");
            } else if (is_rng(c, "choice")) {
                for (const xmlNode* k = c->children; k; k = k->next) walk(k);
            }
        };
        for (const xmlNode* c = element_pattern->children; c; c = c->next) {
            if (is_rng(c, "name") || is_rng(c, "anyName") || is_rng(c, "nsName") || is_rng(c, "choice")) {
                walk(c);
                break;
            }
        }
        return out;
    }
    // The children of n as a group (skipping the name class of an element pattern).
    Ptr sequence(const xmlNode* n, bool skip_name_class) {
        Ptr p = empty();
        bool skipped = !skip_name_class || !prop(n, "name").empty();
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (!is_rng(c)) continue;
            if (!skipped) {
                skipped = true;
                continue; // the name class
            }
            p = group(p, pattern(c));
        }
        return p;
    }
    Ptr fold(const xmlNode* n, Ptr (*op)(Ptr, Ptr), Ptr start) {
        Ptr p;
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (!is_rng(c)) continue;
            p = p ? op(p, pattern(c)) : pattern(c);
        }
        return p ? p : start;
    }
    Ptr pattern(const xmlNode* c) {
        const std::string kind = reinterpret_cast<const char*>(c->name);
        if (kind == "element") {
            Ptr p = not_allowed();
            for (const auto& name : names(c)) p = choice(p, element(name));
            return p;
        }
        if (kind == "group" || kind == "mixed") return sequence(c, false);
        if (kind == "choice") return fold(c, choice, not_allowed());
        if (kind == "interleave") return fold(c, interleave, empty());
        if (kind == "optional") return choice(sequence(c, false), empty());
        if (kind == "zeroOrMore") return choice(one_or_more(sequence(c, false)), empty());
        if (kind == "oneOrMore") return one_or_more(sequence(c, false));
        if (kind == "notAllowed") return not_allowed();
        if (kind == "ref" || kind == "parentRef") return define(prop(c, "name"));
        if (kind == "externalRef" || kind == "grammar")
            return choice(one_or_more(element("*")), empty()); // not modelled: anything
        return empty(); // empty, text, data, value, list, attribute
    }
    Ptr define(const std::string& name) {
        auto memo = m_memo.find(name);
        if (memo != m_memo.end()) return memo->second ? memo->second : choice(one_or_more(element("*")), empty());
        m_memo[name] = nullptr; // a reference cycle without an element: not modelled
        auto it = m_defines.find(name);
        Ptr p = not_allowed();
        if (it != m_defines.end()) {
            Ptr combined;
            for (const xmlNode* d : it->second) {
                Ptr part = sequence(d, false);
                if (!combined) combined = part;
                else combined = prop(d, "combine") == "interleave" ? interleave(combined, part) : choice(combined, part);
            }
            if (combined) p = combined;
        }
        m_memo[name] = p;
        return p;
    }

    std::map<std::string, std::vector<const xmlNode*>> m_defines;
    std::map<std::string, Ptr> m_memo;
};

} // namespace

std::shared_ptr<const ContentModels> ContentModels::from_grammar(const xmlDoc* rng) {
    auto models = std::make_shared<ContentModels>();
    const xmlNode* root = rng ? xmlDocGetRootElement(rng) : nullptr;
    if (!root) return models;
    Builder builder(is_rng(root, "grammar") ? root : nullptr);
    if (!is_rng(root, "grammar") && is_rng(root, "element")) builder.elements.emplace_back(local(prop(root, "name")), root);
    for (const auto& [name, pattern] : builder.elements)
        models->m_content[name].push_back(builder.content_of(pattern));
    return models;
}

std::optional<Expectation> ContentModels::expected_at(const xmlNode* parent, const xmlNode* child) const {
    if (!parent || !parent->name) return std::nullopt;
    auto it = m_content.find(reinterpret_cast<const char*>(parent->name));
    if (it == m_content.end()) return std::nullopt;
    std::optional<Expectation> result;
    for (const Ptr& content : it->second) {
        Ptr p = content;
        // Derivatives can grow with the children of a pathological grammar: give up past a
        // size (the message then falls back to what the element allows anywhere).
        constexpr std::size_t k_max_size = 20000;
        bool too_big = false;
        for (const xmlNode* c = parent->children; c && c != child && p->kind != P::NotAllowed; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            p = derive(p, reinterpret_cast<const char*>(c->name));
            if (size_up_to(p, k_max_size + 1) > k_max_size) {
                too_big = true;
                break;
            }
        }
        if (too_big) return std::nullopt;
        if (p->kind == P::NotAllowed) continue; // this definition of parent went wrong earlier
        Expectation e;
        first(p, e.elements);
        e.end = nullable(p);
        if (!result) {
            result = e;
        } else {
            result->elements.insert(e.elements.begin(), e.elements.end());
            result->end = result->end || e.end;
        }
    }
    return result;
}

} // namespace teipress::validate
