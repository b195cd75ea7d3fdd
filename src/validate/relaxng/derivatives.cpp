// The derivative steps of James Clark's algorithm, as jing implements them (one case per
// pattern kind in each step), memoised by (step, pattern, name) in the thread's MemoTable.
#include "validate/relaxng/derivatives.h"

#include <algorithm>
#include <unordered_set>

namespace teipress::validate::relaxng {

Derivatives::Derivatives(const CompiledGrammar& grammar, std::size_t trim_patterns)
    : m_grammar(grammar), m_trim_patterns(trim_patterns), m_store(&grammar.store), m_builder(m_store, grammar.common) {}

void Derivatives::trim() {
    // (200,000 patterns: about 20 MB.)
    if (m_store.size() < m_trim_patterns && m_memo.size() < 4 * m_trim_patterns) return;
    m_memo.clear();
    m_found_elements.clear();
    m_store.clear();
    m_validity.clear();
    m_validity_size = 0;
    m_possible.clear();
}

std::uint64_t Derivatives::name_index(Name n) {
    auto [it, added] = m_names.try_emplace(n, m_names.size() + 1);
    return it->second;
}

template <class F> const Pattern* Derivatives::apply_after(const Pattern* p, F f) {
    switch (p->kind) {
    case PatternKind::After: return m_builder.after(p->p1, f(p->p2));
    case PatternKind::Choice: return m_builder.choice(apply_after(p->p1, f), apply_after(p->p2, f));
    default: return p; // notAllowed
    }
}

const Pattern* Derivatives::start_tag_open(const Pattern* p, Name n) {
    return open_deriv(k_start_tag_open, p, n, name_index(n));
}
const Pattern* Derivatives::start_tag_open_recover(const Pattern* p, Name n) {
    return open_deriv(k_start_tag_open_recover, p, n, name_index(n));
}
const Pattern* Derivatives::start_attribute(const Pattern* p, Name n) {
    return open_deriv(k_start_attribute, p, n, name_index(n));
}

const Pattern* Derivatives::open_deriv(Op op, const Pattern* p, Name n, std::uint64_t ni) {
    const std::uint64_t k = key(op, p, ni);
    if (const Pattern* r = m_memo.find(k)) return r;
    const Pattern* r = open_deriv_uncached(op, p, n, ni);
    m_memo.insert(k, r);
    return r;
}

// startTagOpenDeriv, its recovering variant (a group may skip a required first part) and
// startAttributeDeriv (attributes come in any order: a group is an interleave for them).
const Pattern* Derivatives::open_deriv_uncached(Op op, const Pattern* p, Name n, std::uint64_t ni) {
    PatternBuilder& b = m_builder;
    auto d = [&](const Pattern* q) { return open_deriv(op, q, n, ni); };
    switch (p->kind) {
    case PatternKind::Choice: return b.choice(d(p->p1), d(p->p2));
    case PatternKind::Group: {
        const Pattern* p1 = p->p1;
        const Pattern* p2 = p->p2;
        const Pattern* first = apply_after(d(p1), [&](const Pattern* x) { return b.group(x, p2); });
        if (op == k_start_attribute)
            return b.choice(first, apply_after(d(p2), [&](const Pattern* x) { return b.group(p1, x); }));
        const Pattern* tem = p1->nullable ? b.choice(first, d(p2)) : first;
        if (op == k_start_tag_open_recover && !p1->nullable) return b.choice(tem, d(p2));
        return tem;
    }
    case PatternKind::Interleave: {
        const Pattern* p1 = p->p1;
        const Pattern* p2 = p->p2;
        return b.choice(apply_after(d(p1), [&](const Pattern* x) { return b.interleave(x, p2); }),
                        apply_after(d(p2), [&](const Pattern* x) { return b.interleave(p1, x); }));
    }
    case PatternKind::After: {
        const Pattern* p2 = p->p2;
        return apply_after(d(p->p1), [&](const Pattern* x) { return b.after(x, p2); });
    }
    case PatternKind::OneOrMore:
        return apply_after(d(p->p1), [&](const Pattern* x) { return b.group(x, b.optional(p)); });
    case PatternKind::Element:
        if (op == k_start_attribute || !contains(p->name_class, n)) return b.not_allowed();
        return b.after(p->p1, b.empty());
    case PatternKind::Attribute:
        if (op != k_start_attribute || !contains(p->name_class, n)) return b.not_allowed();
        return b.after(p->p1, b.empty());
    default: return b.not_allowed();
    }
}

const Pattern* Derivatives::end_attributes(const Pattern* p) {
    return unary(k_end_attributes, p);
}
const Pattern* Derivatives::ignore_missing_attributes(const Pattern* p) {
    return unary(k_ignore_missing, p);
}
const Pattern* Derivatives::text_only(const Pattern* p) {
    return unary(k_text_only, p);
}
const Pattern* Derivatives::mixed_text(const Pattern* p) {
    return unary(k_mixed_text, p);
}
const Pattern* Derivatives::end_tag(const Pattern* p) {
    return unary(k_end_tag, p);
}
const Pattern* Derivatives::recover_after(const Pattern* p) {
    return unary(k_recover_after, p);
}
const Pattern* Derivatives::empty_after(const Pattern* p) {
    return unary(k_empty_after, p);
}

const Pattern* Derivatives::unary(Op op, const Pattern* p) {
    const std::uint64_t k = key(op, p, 0);
    if (const Pattern* r = m_memo.find(k)) return r;
    const Pattern* r = unary_uncached(op, p);
    m_memo.insert(k, r);
    return r;
}

const Pattern* Derivatives::unary_uncached(Op op, const Pattern* p) {
    PatternBuilder& b = m_builder;
    auto d = [&](const Pattern* q) { return unary(op, q); };
    switch (op) {
    case k_end_tag:
        if (p->kind == PatternKind::Choice) return b.choice(d(p->p1), d(p->p2));
        if (p->kind == PatternKind::After) return p->p1->nullable ? p->p2 : b.not_allowed();
        return b.not_allowed();
    case k_recover_after:
        if (p->kind == PatternKind::Choice) return b.choice(d(p->p1), d(p->p2));
        if (p->kind == PatternKind::After) return p->p2;
        return b.not_allowed();
    case k_empty_after: return apply_after(p, [&](const Pattern*) { return b.empty(); });
    case k_mixed_text:
        // Text in mixed content: only text patterns take it (data cannot stand among elements).
        switch (p->kind) {
        case PatternKind::Text: return p;
        case PatternKind::Group: {
            const Pattern* q1 = d(p->p1);
            const Pattern* tem = q1 == p->p1 ? p : b.group(q1, p->p2);
            return p->p1->nullable ? b.choice(tem, d(p->p2)) : tem;
        }
        case PatternKind::Interleave: {
            const Pattern* q1 = d(p->p1);
            const Pattern* q2 = d(p->p2);
            return b.choice(q1 == p->p1 ? p : b.interleave(q1, p->p2), q2 == p->p2 ? p : b.interleave(p->p1, q2));
        }
        case PatternKind::OneOrMore: return b.group(d(p->p1), b.optional(p));
        case PatternKind::Choice: {
            const Pattern* q1 = d(p->p1);
            const Pattern* q2 = d(p->p2);
            return q1 == p->p1 && q2 == p->p2 ? p : b.choice(q1, q2);
        }
        case PatternKind::After: {
            const Pattern* q1 = d(p->p1);
            return q1 == p->p1 ? p : b.after(q1, p->p2);
        }
        default: return b.not_allowed();
        }
    default: break;
    }
    // endAttributes (attributes left become notAllowed), ignoreMissingAttributes (empty),
    // textOnly (attributes stay, elements become notAllowed).
    switch (p->kind) {
    case PatternKind::Group:
    case PatternKind::Interleave:
    case PatternKind::Choice: {
        const Pattern* q1 = d(p->p1);
        const Pattern* q2 = d(p->p2);
        if (q1 == p->p1 && q2 == p->p2) return p;
        if (p->kind == PatternKind::Group) return b.group(q1, q2);
        if (p->kind == PatternKind::Interleave) return b.interleave(q1, q2);
        return b.choice(q1, q2);
    }
    case PatternKind::OneOrMore: {
        const Pattern* q1 = d(p->p1);
        return q1 == p->p1 ? p : b.one_or_more(q1);
    }
    case PatternKind::After: {
        const Pattern* q1 = d(p->p1);
        return q1 == p->p1 ? p : b.after(q1, p->p2);
    }
    case PatternKind::Attribute:
        if (op == k_text_only) return p;
        return op == k_ignore_missing ? b.empty() : b.not_allowed();
    case PatternKind::Element: return op == k_text_only ? b.not_allowed() : p;
    default: return p;
    }
}

const Pattern* Derivatives::data(const Pattern* p, std::string_view text, const DatatypeContext& context,
                                 std::vector<DataFailure>* failures) {
    DataCall call{text, context, {}};
    return data_uncached(p, call, failures);
}

const DatatypeValue* Derivatives::DataCall::value_of(const Datatype* dt) {
    for (const auto& [d, v] : values)
        if (d == dt) return v.get();
    values.emplace_back(dt, dt->value_of(text, context));
    return values.back().second.get();
}

bool Derivatives::valid(const Datatype* dt, std::string_view text, const DatatypeContext& context) {
    if (dt->always_valid()) return true;
    // Values repeat (rend="italic", type="…"): remember the short ones of context-free types.
    if (!dt->context_free() || text.size() > 64) return dt->is_valid(text, context);
    ValidityByText& known = m_validity[dt];
    if (auto it = known.find(text); it != known.end()) return it->second;
    const bool ok = dt->is_valid(text, context);
    if (++m_validity_size > 200000) {
        m_validity.clear();
        m_validity_size = 0;
        return ok;
    }
    m_validity[dt].emplace(std::string(text), ok);
    return ok;
}

const Pattern* Derivatives::data_uncached(const Pattern* p, DataCall& call, std::vector<DataFailure>* fail) {
    PatternBuilder& b = m_builder;
    const std::string_view text = call.text;
    const DatatypeContext& cx = call.context;
    const std::size_t mark = fail ? fail->size() : 0;
    auto clear_since = [&](std::size_t from) {
        if (fail) fail->resize(from);
    };
    auto d = [&](const Pattern* q, std::vector<DataFailure>* f) { return data_uncached(q, call, f); };
    switch (p->kind) {
    case PatternKind::Text: return p;
    case PatternKind::List: {
        const Pattern* cur = p->p1;
        int index = 0;
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && is_xml_space(text[i])) ++i;
            if (i == text.size()) break;
            std::size_t start = i;
            while (i < text.size() && !is_xml_space(text[i])) ++i;
            const std::size_t before = fail ? fail->size() : 0;
            DataCall token{text.substr(start, i - start), cx, {}};
            cur = data_uncached(cur, token, fail);
            if (fail && cur->is_not_allowed())
                for (std::size_t k = before; k < fail->size(); ++k) {
                    (*fail)[k].token_index = index;
                    (*fail)[k].token_start = start;
                    (*fail)[k].token_end = i;
                }
            ++index;
            if (cur->is_not_allowed()) return b.not_allowed();
        }
        if (cur->nullable) return b.empty();
        if (fail) {
            // A pseudo-token at the end, to say what was missing.
            const std::size_t before = fail->size();
            DataCall none{std::string_view(), cx, {}};
            data_uncached(cur, none, fail);
            for (std::size_t k = before; k < fail->size(); ++k) {
                (*fail)[k].token_index = index;
                (*fail)[k].token_start = text.size();
                (*fail)[k].token_end = text.size();
            }
        }
        return b.not_allowed();
    }
    case PatternKind::Value: {
        const DatatypeValue* v = call.value_of(p->datatype);
        if (v && p->datatype->same_value(*p->value, *v)) return b.empty();
        if (fail) {
            DataFailure f;
            f.datatype = p->datatype;
            if (!v)
                f.message = p->datatype->failure(text, cx);
            else
                f.value = p->value;
            if (!v && f.message.empty()) f.value = p->value;
            fail->push_back(std::move(f));
        }
        return b.not_allowed();
    }
    case PatternKind::Data:
    case PatternKind::DataExcept: {
        if (!valid(p->datatype, text, cx)) {
            if (fail) {
                DataFailure f;
                f.datatype = p->datatype;
                f.message = p->datatype->failure(text, cx);
                fail->push_back(std::move(f));
            }
            return b.not_allowed();
        }
        if (p->kind == PatternKind::DataExcept && d(p->p1, nullptr)->nullable) {
            if (fail) {
                DataFailure f;
                f.datatype = p->datatype;
                f.except = true;
                fail->push_back(std::move(f));
            }
            return b.not_allowed();
        }
        return b.empty();
    }
    case PatternKind::After: {
        if (d(p->p1, fail)->nullable) return p->p2;
        if (p->p1->nullable && is_blank(text)) {
            clear_since(mark);
            return p->p2;
        }
        return b.not_allowed();
    }
    case PatternKind::Choice: {
        // In the grammar's order (failures are listed in it).
        const Pattern* r1 = d(p->p1, fail);
        const Pattern* r2 = d(p->p2, fail);
        const Pattern* r = b.choice(r1, r2);
        if (!r->is_not_allowed()) clear_since(mark);
        return r;
    }
    case PatternKind::Group: {
        const Pattern* r = b.group(d(p->p1, fail), p->p2);
        if (p->p1->nullable) r = b.choice(r, d(p->p2, fail));
        if (!r->is_not_allowed()) clear_since(mark);
        return r;
    }
    case PatternKind::Interleave: {
        const Pattern* i1 = b.interleave(d(p->p1, nullptr), p->p2);
        const Pattern* i2 = b.interleave(p->p1, d(p->p2, nullptr));
        return b.choice(i1, i2);
    }
    case PatternKind::OneOrMore: return b.group(d(p->p1, fail), b.optional(p));
    default: return b.not_allowed();
    }
}

const Pattern* Derivatives::find_element(Name n) {
    if (auto it = m_found_elements.find(n); it != m_found_elements.end()) return it->second;
    // The elements that may name n: by name, and those with a wildcard; in grammar order.
    std::vector<std::uint32_t> candidates = m_grammar.open_elements;
    if (auto it = m_grammar.elements_by_name.find(n); it != m_grammar.elements_by_name.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    Specificity best = Specificity::None;
    const Pattern* found = nullptr;
    for (std::uint32_t i : candidates) {
        const Pattern* p = m_grammar.elements[i];
        const Specificity s = contains_specificity(p->name_class, n);
        if (s > best) {
            best = s;
            found = p->p1;
        } else if (s == best && s != Specificity::None) {
            found = m_builder.choice(found, p->p1);
        }
    }
    const Pattern* r = found ? found : m_builder.not_allowed();
    m_found_elements.emplace(n, r);
    return r;
}

namespace {
// Walks p as jing's PossibleNamesFunction does, calling add on each element (attribute)
// pattern met; attributes: a group's both sides; elements: a group's second side only when
// the first may be empty.
template <class Add> void possible_names(const Pattern* p, bool attributes, Add add) {
    std::unordered_set<const Pattern*> seen;
    std::vector<const Pattern*> stack{p};
    while (!stack.empty()) {
        const Pattern* q = stack.back();
        stack.pop_back();
        if (!seen.insert(q).second) continue;
        switch (q->kind) {
        case PatternKind::After:
        case PatternKind::OneOrMore: stack.push_back(q->p1); break;
        case PatternKind::Choice:
        case PatternKind::Interleave:
            stack.push_back(q->p2);
            stack.push_back(q->p1);
            break;
        case PatternKind::Group:
            if (attributes || q->p1->nullable) stack.push_back(q->p2);
            stack.push_back(q->p1);
            break;
        case PatternKind::Element:
            if (!attributes) add(q->name_class);
            break;
        case PatternKind::Attribute:
            if (attributes) add(q->name_class);
            break;
        default: break;
        }
    }
}

// jing's RequiredElementsFunction / RequiredAttributesFunction.
std::set<Name> required(const Pattern* p, bool attributes) {
    switch (p->kind) {
    case PatternKind::Element:
    case PatternKind::Attribute:
        if ((p->kind == PatternKind::Attribute) == attributes && p->name_class->kind == NameClassKind::Name)
            return {p->name_class->name};
        return {};
    case PatternKind::Group:
        if (!attributes) return p->p1->nullable ? required(p->p2, false) : required(p->p1, false);
        [[fallthrough]];
    case PatternKind::Interleave: {
        std::set<Name> s1 = required(p->p1, attributes), s2 = required(p->p2, attributes);
        s1.insert(s2.begin(), s2.end());
        return s1;
    }
    case PatternKind::Choice: {
        std::set<Name> s1 = required(p->p1, attributes);
        if (s1.empty()) return s1;
        std::set<Name> s2 = required(p->p2, attributes), both;
        std::set_intersection(s1.begin(), s1.end(), s2.begin(), s2.end(), std::inserter(both, both.begin()));
        return both;
    }
    case PatternKind::After:
    case PatternKind::OneOrMore: return required(p->p1, attributes);
    default: return {};
    }
}
} // namespace

const NormalizedNames& Derivatives::possible_start_tag_names(const Pattern* p) {
    auto [it, added] = m_possible.try_emplace(p->id);
    if (added) {
        std::vector<const NameClass*> classes;
        possible_names(p, false, [&](const NameClass* nc) { classes.push_back(nc); });
        it->second = normalize_union(classes);
    }
    return it->second;
}

const NormalizedNames& Derivatives::possible_attribute_names(const Pattern* p) {
    auto [it, added] = m_possible.try_emplace((std::uint64_t(1) << 40) | p->id);
    if (added) {
        std::vector<const NameClass*> classes;
        possible_names(p, true, [&](const NameClass* nc) { classes.push_back(nc); });
        it->second = normalize_union(classes);
    }
    return it->second;
}

std::set<Name> Derivatives::required_elements(const Pattern* p) {
    return required(p, false);
}
std::set<Name> Derivatives::required_attributes(const Pattern* p) {
    return required(p, true);
}

} // namespace teipress::validate::relaxng
