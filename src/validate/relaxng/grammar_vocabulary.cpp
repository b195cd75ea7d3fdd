#include "validate/relaxng/grammar_vocabulary.h"

#include <unordered_set>
#include <vector>

namespace teipress::validate::relaxng {

namespace {
void simple_names(const NameClass* nc, std::vector<Name>& out) {
    if (nc->kind == NameClassKind::Name) out.push_back(nc->name);
    if (nc->kind == NameClassKind::Choice) {
        simple_names(nc->a, out);
        simple_names(nc->b, out);
    }
}
} // namespace

std::map<std::string, std::set<std::string>> grammar_vocabulary(const CompiledGrammar& g) {
    const StringTable& s = g.parts.strings;
    auto attribute_name = [&](Name n) {
        const std::string& ns = s.text(n.ns);
        if (ns.empty()) return s.text(n.local);
        if (ns == k_xml_ns) return "xml:" + s.text(n.local);
        return "{" + ns + "}" + s.text(n.local);
    };
    std::map<std::string, std::set<std::string>> out;
    std::unordered_set<const Pattern*> seen_elements;
    std::vector<const Pattern*> elements;
    auto walk = [&](const Pattern* content, std::set<std::string>* attributes) {
        std::unordered_set<const Pattern*> seen;
        std::vector<const Pattern*> stack{content};
        while (!stack.empty()) {
            const Pattern* p = stack.back();
            stack.pop_back();
            if (!p || !seen.insert(p).second) continue;
            switch (p->kind) {
            case PatternKind::Element:
                if (seen_elements.insert(p).second) elements.push_back(p);
                break;
            case PatternKind::Attribute: {
                std::vector<Name> names;
                simple_names(p->name_class, names);
                if (attributes)
                    for (const Name& n : names) attributes->insert(attribute_name(n));
                break;
            }
            case PatternKind::Choice:
            case PatternKind::Group:
            case PatternKind::Interleave:
                stack.push_back(p->p1);
                stack.push_back(p->p2);
                break;
            case PatternKind::OneOrMore:
            case PatternKind::List: stack.push_back(p->p1); break;
            default: break;
            }
        }
    };
    walk(g.start, nullptr);
    for (std::size_t i = 0; i < elements.size(); ++i) {
        std::vector<Name> names;
        simple_names(elements[i]->name_class, names);
        std::set<std::string> attributes;
        walk(elements[i]->p1, &attributes);
        for (const Name& n : names) out[s.text(n.local)].insert(attributes.begin(), attributes.end());
    }
    return out;
}

} // namespace teipress::validate::relaxng
