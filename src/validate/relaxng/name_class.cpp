#include "validate/relaxng/name_class.h"

#include <algorithm>

namespace teipress::validate::relaxng {

bool contains(const NameClass* nc, Name name) {
    switch (nc->kind) {
    case NameClassKind::Name: return nc->name == name;
    case NameClassKind::NsName: return nc->ns == name.ns && !(nc->except && contains(nc->except, name));
    case NameClassKind::AnyName: return !(nc->except && contains(nc->except, name));
    case NameClassKind::Choice: return contains(nc->a, name) || contains(nc->b, name);
    case NameClassKind::Null: return false;
    }
    return false;
}

Specificity contains_specificity(const NameClass* nc, Name name) {
    switch (nc->kind) {
    case NameClassKind::Name: return contains(nc, name) ? Specificity::Name : Specificity::None;
    case NameClassKind::NsName: return contains(nc, name) ? Specificity::NsName : Specificity::None;
    case NameClassKind::AnyName: return contains(nc, name) ? Specificity::AnyName : Specificity::None;
    case NameClassKind::Choice: return std::max(contains_specificity(nc->a, name), contains_specificity(nc->b, name));
    case NameClassKind::Null: return Specificity::None;
    }
    return Specificity::None;
}

bool is_open(const NameClass* nc) {
    switch (nc->kind) {
    case NameClassKind::NsName:
    case NameClassKind::AnyName: return true;
    case NameClassKind::Choice: return is_open(nc->a) || is_open(nc->b);
    default: return false;
    }
}

void collect_mentions(const NameClass* nc, MentionedNames& out) {
    switch (nc->kind) {
    case NameClassKind::Name: out.names.push_back(nc->name); break;
    case NameClassKind::NsName:
        out.namespaces.push_back(nc->ns);
        if (nc->except) collect_mentions(nc->except, out);
        break;
    case NameClassKind::AnyName:
        if (nc->except) collect_mentions(nc->except, out);
        break;
    case NameClassKind::Choice:
        collect_mentions(nc->a, out);
        collect_mentions(nc->b, out);
        break;
    case NameClassKind::Null: break;
    }
}

NormalizedNames normalize_union(const std::vector<const NameClass*>& classes) {
    // Plain names (the usual case: an element's expected children): nothing to probe.
    std::set<Name> plain;
    std::vector<const NameClass*> others;
    for (const NameClass* nc : classes) {
        if (nc->kind == NameClassKind::Name)
            plain.insert(nc->name);
        else if (nc->kind != NameClassKind::Null)
            others.push_back(nc);
    }
    NormalizedNames out;
    if (others.empty()) {
        out.included = std::move(plain);
        return out;
    }
    auto in = [&](Name n) {
        if (plain.count(n)) return true;
        for (const NameClass* nc : others)
            if (contains(nc, n)) return true;
        return false;
    };
    MentionedNames m;
    for (const NameClass* nc : classes) collect_mentions(nc, m);
    if (in({k_impossible_string, k_impossible_string})) {
        // Every name of a namespace nobody mentions: "any name", minus what is taken out.
        out.any_name = true;
        std::set<StringId> excluded_ns;
        for (StringId ns : m.namespaces)
            if (!in({ns, k_impossible_string})) excluded_ns.insert(ns);
        for (const Name& n : m.names)
            if (excluded_ns.count(n.ns) && in(n)) out.included.insert(n);
        return out;
    }
    std::set<StringId> whole_ns;
    for (StringId ns : m.namespaces)
        if (in({ns, k_impossible_string})) whole_ns.insert(ns);
    out.namespaces = whole_ns;
    for (const Name& n : m.names)
        if (!whole_ns.count(n.ns) && in(n)) out.included.insert(n);
    return out;
}

Overlap find_overlap(const NameClass* a, const NameClass* b) {
    auto probe = [&](Name n) { return contains(a, n) && contains(b, n); };
    // A plain name on either side: the answer is that name or nothing.
    if (b->kind == NameClassKind::Name) return {contains(a, b->name), b->name};
    if (a->kind == NameClassKind::Name) return {contains(b, a->name), a->name};
    MentionedNames m;
    collect_mentions(a, m);
    collect_mentions(b, m);
    Overlap found;
    // Probe in the order jing does (names last win), keeping the last hit.
    for (StringId ns : m.namespaces)
        if (probe({ns, k_impossible_string})) found = {true, {ns, k_impossible_string}};
    for (const Name& n : m.names)
        if (probe(n)) found = {true, n};
    if (!found.found && probe({k_impossible_string, k_impossible_string}))
        found = {true, {k_impossible_string, k_impossible_string}};
    return found;
}

namespace {
std::size_t mix(std::size_t h, std::size_t v) {
    return h * 1000003u ^ v;
}

bool same(const NameClass& x, const NameClass& y) {
    return x.kind == y.kind && x.name == y.name && x.ns == y.ns && x.except == y.except && x.a == y.a && x.b == y.b;
}
} // namespace

const NameClass* NameClassStore::intern(const NameClass& proto) {
    NameClass nc = proto;
    nc.hash = mix(mix(mix(mix(static_cast<std::size_t>(nc.kind) + 1, NameHash{}(nc.name)), nc.ns),
                      reinterpret_cast<std::size_t>(nc.except)),
                  mix(reinterpret_cast<std::size_t>(nc.a), reinterpret_cast<std::size_t>(nc.b)));
    auto range = m_table.equal_range(nc.hash);
    for (auto it = range.first; it != range.second; ++it)
        if (same(*it->second, nc)) return it->second;
    m_classes.push_back(nc);
    const NameClass* p = &m_classes.back();
    m_table.emplace(nc.hash, p);
    return p;
}

const NameClass* NameClassStore::make_name(Name n) {
    NameClass nc;
    nc.kind = NameClassKind::Name;
    nc.name = n;
    return intern(nc);
}

const NameClass* NameClassStore::make_ns_name(StringId ns, const NameClass* except) {
    NameClass nc;
    nc.kind = NameClassKind::NsName;
    nc.ns = ns;
    nc.except = except;
    return intern(nc);
}

const NameClass* NameClassStore::make_any_name(const NameClass* except) {
    NameClass nc;
    nc.kind = NameClassKind::AnyName;
    nc.except = except;
    return intern(nc);
}

const NameClass* NameClassStore::make_choice(const NameClass* a, const NameClass* b) {
    if (a == b) return a;
    NameClass nc;
    nc.kind = NameClassKind::Choice;
    nc.a = a;
    nc.b = b;
    return intern(nc);
}

const NameClass* NameClassStore::make_null() {
    NameClass nc;
    nc.kind = NameClassKind::Null;
    return intern(nc);
}

} // namespace teipress::validate::relaxng
