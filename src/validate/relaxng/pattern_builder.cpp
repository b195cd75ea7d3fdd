#include "validate/relaxng/pattern_builder.h"

#include "validate/relaxng/datatype.h"

#include <algorithm>

namespace teipress::validate::relaxng {

namespace {
std::size_t mix(std::size_t h, std::size_t v) {
    return (h ^ v) * 0x100000001b3ULL + (v >> 7);
}
std::size_t ptr_hash(const void* p) {
    return reinterpret_cast<std::size_t>(p) >> 4;
}
} // namespace

std::size_t pattern_hash(const Pattern& p) {
    std::size_t h = mix(0xcbf29ce484222325ULL, static_cast<std::size_t>(p.kind) + 1);
    h = mix(h, ptr_hash(p.p1));
    h = mix(h, ptr_hash(p.p2));
    h = mix(h, ptr_hash(p.name_class));
    h = mix(h, ptr_hash(p.datatype));
    if (p.value && p.datatype) h = mix(h, p.datatype->value_hash(*p.value));
    return h;
}

bool same_pattern(const Pattern& a, const Pattern& b) {
    if (a.kind != b.kind || a.p1 != b.p1 || a.p2 != b.p2 || a.name_class != b.name_class || a.datatype != b.datatype)
        return false;
    if (a.value == b.value) return true;
    if (!a.value || !b.value) return false;
    return a.datatype->same_value(*a.value, *b.value);
}

PatternStore::PatternStore(const PatternStore* parent)
    : m_parent(parent), m_first_id(parent ? parent->id_limit() : 0), m_slots(64, nullptr) {}

const Pattern* PatternStore::find(const Pattern& proto) const {
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = proto.hash & mask; m_slots[i]; i = (i + 1) & mask)
        if (m_slots[i]->hash == proto.hash && same_pattern(*m_slots[i], proto)) return m_slots[i];
    return nullptr;
}

void PatternStore::insert_slot(const Pattern* p) {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = p->hash & mask;
    while (m_slots[i]) i = (i + 1) & mask;
    m_slots[i] = p;
}

const Pattern* PatternStore::intern(const Pattern& proto) {
    Pattern candidate = proto;
    candidate.hash = pattern_hash(candidate);
    for (const PatternStore* s = m_parent; s; s = s->m_parent)
        if (const Pattern* p = s->find(candidate)) return p;
    if (const Pattern* p = find(candidate)) return p;
    if ((m_used + 1) * 2 > m_slots.size()) {
        std::vector<const Pattern*> old(m_slots.size() * 2, nullptr);
        old.swap(m_slots);
        for (const Pattern* p : old)
            if (p) insert_slot(p);
    }
    candidate.id = id_limit();
    m_patterns.push_back(candidate);
    const Pattern* p = &m_patterns.back();
    insert_slot(p);
    ++m_used;
    return p;
}

Pattern* PatternStore::add_unique(const Pattern& proto) {
    m_patterns.push_back(proto);
    Pattern* p = &m_patterns.back();
    p->id = id_limit() - 1;
    p->hash = mix(0x9e3779b97f4a7c15ULL, p->id);
    return p;
}

void PatternStore::clear() {
    m_patterns.clear();
    std::vector<const Pattern*>(64, nullptr).swap(m_slots);
    m_used = 0;
}

CommonPatterns CommonPatterns::make(PatternStore& store) {
    CommonPatterns c;
    Pattern p;
    p.kind = PatternKind::Empty;
    p.nullable = true;
    c.empty = store.intern(p);
    p = Pattern{};
    p.kind = PatternKind::NotAllowed;
    c.not_allowed = store.intern(p);
    p = Pattern{};
    p.kind = PatternKind::Text;
    p.nullable = true;
    p.content_type = ContentType::Mixed;
    c.text = store.intern(p);
    p = Pattern{};
    p.kind = PatternKind::UnexpandedNotAllowed;
    c.unexpanded_not_allowed = store.intern(p);
    p = Pattern{};
    p.kind = PatternKind::Error;
    c.error = store.intern(p);
    return c;
}

bool PatternBuilder::contains_choice(const Pattern* in, const Pattern* p) const {
    // Iterative over the choice tree: choices of hundreds of elements are common.
    std::vector<const Pattern*> stack{in};
    while (!stack.empty()) {
        const Pattern* q = stack.back();
        stack.pop_back();
        if (q == p) return true;
        if (q->kind == PatternKind::Choice) {
            stack.push_back(q->p2);
            stack.push_back(q->p1);
        }
    }
    return false;
}

void PatternBuilder::note_choices(const Pattern* p, std::vector<const Pattern*>& out) const {
    std::vector<const Pattern*> stack{p};
    while (!stack.empty()) {
        const Pattern* q = stack.back();
        stack.pop_back();
        if (q->kind == PatternKind::Choice) {
            stack.push_back(q->p2);
            stack.push_back(q->p1);
        } else {
            out.push_back(q);
        }
    }
}

const Pattern* PatternBuilder::remove_choices(const Pattern* p, const std::vector<const Pattern*>& drop) {
    if (p->kind != PatternKind::Choice) return std::binary_search(drop.begin(), drop.end(), p) ? not_allowed() : p;
    const Pattern* q1 = remove_choices(p->p1, drop);
    const Pattern* q2 = remove_choices(p->p2, drop);
    if (q1 == p->p1 && q2 == p->p2) return p;
    if (q1 == not_allowed()) return q2;
    if (q2 == not_allowed()) return q1;
    Pattern proto;
    proto.kind = PatternKind::Choice;
    proto.p1 = q1;
    proto.p2 = q2;
    proto.nullable = q1->nullable || q2->nullable;
    proto.content_type = std::max(q1->content_type, q2->content_type);
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::choice(const Pattern* p1, const Pattern* p2) {
    if (p1 == p2) return p1;
    if (p1 == not_allowed()) return p2;
    if (p2 == not_allowed()) return p1;
    if (p1->kind != PatternKind::Choice) {
        if (contains_choice(p2, p1)) return p2;
    } else if (p2->kind != PatternKind::Choice) {
        if (contains_choice(p1, p2)) return p1;
    } else {
        std::vector<const Pattern*> in_p1;
        note_choices(p1, in_p1);
        std::sort(in_p1.begin(), in_p1.end());
        p2 = remove_choices(p2, in_p1);
        if (p2 == not_allowed()) return p1;
    }
    if (p1->kind == PatternKind::After && p2->kind == PatternKind::After) {
        if (p1->p1 == p2->p1) return after(p1->p1, choice(p1->p2, p2->p2));
        if (p1->p1 == not_allowed()) return p2;
        if (p2->p1 == not_allowed()) return p1;
        if (p1->p2 == p2->p2) return after(choice(p1->p1, p2->p1), p1->p2);
    }
    if (p1 == empty() && p2->nullable) return p2;
    if (p2 == empty() && p1->nullable) return p1;
    Pattern proto;
    proto.kind = PatternKind::Choice;
    proto.p1 = p1;
    proto.p2 = p2;
    proto.nullable = p1->nullable || p2->nullable;
    proto.content_type = std::max(p1->content_type, p2->content_type);
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::group(const Pattern* p1, const Pattern* p2) {
    if (p1 == empty()) return p2;
    if (p2 == empty()) return p1;
    if (p1 == not_allowed() || p2 == not_allowed()) return not_allowed();
    Pattern proto;
    proto.kind = PatternKind::Group;
    proto.p1 = p1;
    proto.p2 = p2;
    proto.nullable = p1->nullable && p2->nullable;
    proto.content_type = std::max(p1->content_type, p2->content_type);
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::interleave(const Pattern* p1, const Pattern* p2) {
    if (p1 == empty()) return p2;
    if (p2 == empty()) return p1;
    if (p1 == not_allowed() || p2 == not_allowed()) return not_allowed();
    Pattern proto;
    proto.kind = PatternKind::Interleave;
    proto.p1 = p1;
    proto.p2 = p2;
    proto.nullable = p1->nullable && p2->nullable;
    proto.content_type = std::max(p1->content_type, p2->content_type);
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::one_or_more(const Pattern* p) {
    if (p == empty() || p == not_allowed() || p == text() || p->kind == PatternKind::OneOrMore) return p;
    Pattern proto;
    proto.kind = PatternKind::OneOrMore;
    proto.p1 = p;
    proto.nullable = p->nullable;
    proto.content_type = p->content_type;
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::after(const Pattern* p1, const Pattern* p2) {
    Pattern proto;
    proto.kind = PatternKind::After;
    proto.p1 = p1;
    proto.p2 = p2;
    proto.content_type = std::max(p1->content_type, p2->content_type);
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::element(const NameClass* nc, const Pattern* content, SourceLocation loc) {
    Pattern proto;
    proto.kind = PatternKind::Element;
    proto.name_class = nc;
    proto.p1 = content;
    proto.content_type = ContentType::Element;
    proto.loc = loc;
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::attribute(const NameClass* nc, const Pattern* value, SourceLocation loc) {
    if (value == not_allowed()) return value;
    Pattern proto;
    proto.kind = PatternKind::Attribute;
    proto.name_class = nc;
    proto.p1 = value;
    proto.loc = loc;
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::data(const Datatype* dt) {
    Pattern proto;
    proto.kind = PatternKind::Data;
    proto.datatype = dt;
    proto.content_type = ContentType::Data;
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::data_except(const Datatype* dt, const Pattern* except, SourceLocation loc) {
    if (except == not_allowed()) return data(dt);
    Pattern proto;
    proto.kind = PatternKind::DataExcept;
    proto.datatype = dt;
    proto.p1 = except;
    proto.content_type = ContentType::Data;
    proto.loc = loc;
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::value(const Datatype* dt, const DatatypeValue* v) {
    Pattern proto;
    proto.kind = PatternKind::Value;
    proto.datatype = dt;
    proto.value = v;
    proto.content_type = ContentType::Data;
    return m_store.intern(proto);
}

const Pattern* PatternBuilder::list(const Pattern* p, SourceLocation loc) {
    if (p == not_allowed()) return p;
    Pattern proto;
    proto.kind = PatternKind::List;
    proto.p1 = p;
    proto.content_type = ContentType::Data;
    proto.loc = loc;
    return m_store.intern(proto);
}

} // namespace teipress::validate::relaxng
