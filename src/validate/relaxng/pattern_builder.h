// PatternBuilder: the one way patterns are made. It applies the simplifications of sections
// 4.12-4.21 as it builds (empty and notAllowed absorbed, nested choices merged) and interns
// the result in a PatternStore, so that equal patterns are the same object.
//
// A compiled grammar's store is frozen and shared read-only by every thread; a thread that
// validates layers a store of its own over it (the patterns its derivatives make), looking up
// the grammar's store first: no locks, no copies.
#pragma once

#include "validate/relaxng/pattern.h"

#include <deque>
#include <vector>

namespace teipress::validate::relaxng {

// Owns patterns and their intern table; parent (frozen, may be null) is searched first.
class PatternStore {
  public:
    explicit PatternStore(const PatternStore* parent = nullptr);
    PatternStore(const PatternStore&) = delete;
    PatternStore& operator=(const PatternStore&) = delete;

    // The interned pattern equal to proto (hash and id filled in): an existing one, here or in
    // the parent, or a new one.
    const Pattern* intern(const Pattern& proto);
    // A new pattern that is equal to no other (element patterns of the final grammar,
    // references): its identity is its meaning.
    Pattern* add_unique(const Pattern& proto);
    // The number of ids used by this store and its parents (the next id).
    std::uint32_t id_limit() const { return m_first_id + static_cast<std::uint32_t>(m_patterns.size()); }
    // The number of patterns of this store alone.
    std::size_t size() const { return m_patterns.size(); }
    // Forgets every pattern of this store (not the parent's); pointers to them die.
    void clear();

  private:
    const Pattern* find(const Pattern& proto) const;
    void insert_slot(const Pattern* p);
    const PatternStore* m_parent;
    std::uint32_t m_first_id;
    std::deque<Pattern> m_patterns;
    std::vector<const Pattern*> m_slots; // open addressing, power-of-two size
    std::size_t m_used = 0;
};

// Hash of a pattern from its fields (the same as the store computes).
std::size_t pattern_hash(const Pattern& p);
// True when two patterns are equal by the store's rules.
bool same_pattern(const Pattern& a, const Pattern& b);

// The three patterns every builder shares: empty, notAllowed and text (made in the root store).
struct CommonPatterns {
    const Pattern* empty = nullptr;
    const Pattern* not_allowed = nullptr;
    const Pattern* text = nullptr;
    const Pattern* unexpanded_not_allowed = nullptr;
    const Pattern* error = nullptr;
    // Makes them in store (a root store).
    static CommonPatterns make(PatternStore& store);
};

class PatternBuilder {
  public:
    PatternBuilder(PatternStore& store, const CommonPatterns& common) : m_store(store), m_common(common) {}

    // The shared leaves.
    const Pattern* empty() const { return m_common.empty; }
    const Pattern* not_allowed() const { return m_common.not_allowed; }
    const Pattern* text() const { return m_common.text; }
    // <notAllowed/> as written: not absorbed until references are expanded (so 4.19 sees them).
    const Pattern* unexpanded_not_allowed() const { return m_common.unexpanded_not_allowed; }
    // Stands for a part of the grammar that had an error (compiling stops before validation).
    const Pattern* error() const { return m_common.error; }
    const CommonPatterns& common() const { return m_common; }
    // The store patterns are added to.
    PatternStore& store() { return m_store; }

    // p1 | p2: notAllowed absorbed, an alternative already there not added twice, empty
    // absorbed by a nullable alternative; two After patterns with a common side merged.
    const Pattern* choice(const Pattern* p1, const Pattern* p2);
    // p1, p2: empty absorbed, notAllowed if either is.
    const Pattern* group(const Pattern* p1, const Pattern* p2);
    // p1 & p2: as group.
    const Pattern* interleave(const Pattern* p1, const Pattern* p2);
    // p+: p itself when empty, notAllowed, text or already p+.
    const Pattern* one_or_more(const Pattern* p);
    const Pattern* optional(const Pattern* p) { return choice(p, empty()); }
    const Pattern* zero_or_more(const Pattern* p) { return optional(one_or_more(p)); }
    const Pattern* mixed(const Pattern* p) { return interleave(text(), p); }
    // p1 until the end tag, then p2 (derivatives only).
    const Pattern* after(const Pattern* p1, const Pattern* p2);
    // Interned by name class and content (two identical declarations are one element).
    const Pattern* element(const NameClass* nc, const Pattern* content, SourceLocation loc);
    // notAllowed when value is.
    const Pattern* attribute(const NameClass* nc, const Pattern* value, SourceLocation loc);
    const Pattern* data(const Datatype* dt);
    // data(dt) when except is notAllowed (4.20).
    const Pattern* data_except(const Datatype* dt, const Pattern* except, SourceLocation loc);
    // v belongs to dt (values compare by the datatype's equality).
    const Pattern* value(const Datatype* dt, const DatatypeValue* v);
    // notAllowed when p is.
    const Pattern* list(const Pattern* p, SourceLocation loc);

  private:
    bool contains_choice(const Pattern* in, const Pattern* p) const;
    void note_choices(const Pattern* p, std::vector<const Pattern*>& out) const;
    const Pattern* remove_choices(const Pattern* p, const std::vector<const Pattern*>& drop);
    PatternStore& m_store;
    const CommonPatterns& m_common;
};

} // namespace teipress::validate::relaxng
