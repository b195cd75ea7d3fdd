// Name classes of RELAX NG (section 3: name, anyName, nsName, choice, with except), interned so
// that equal name classes are one object: comparing two is comparing pointers.
#pragma once

#include "validate/relaxng/name.h"

#include <deque>
#include <set>
#include <unordered_map>
#include <vector>

namespace teipress::validate::relaxng {

enum class NameClassKind : std::uint8_t { Name, NsName, AnyName, Choice, Null };

struct NameClass {
    NameClassKind kind = NameClassKind::Null;
    Name name;                         // Name: the name
    StringId ns = k_empty_string;      // NsName: the namespace
    const NameClass* except = nullptr; // NsName, AnyName: the names taken out (or null)
    const NameClass* a = nullptr;      // Choice: the operands
    const NameClass* b = nullptr;
    std::size_t hash = 0;
};

// How precisely a name class names a name (a name beats nsName beats anyName): the element
// chosen to recover from a misplaced element is the most specific one.
enum class Specificity { None = -1, AnyName = 0, NsName = 1, Name = 2 };

// True when nc contains name.
bool contains(const NameClass* nc, Name name);
// The specificity with which nc contains name (None when it does not).
Specificity contains_specificity(const NameClass* nc, Name name);
// True when nc contains infinitely many names (anyName or nsName somewhere).
bool is_open(const NameClass* nc);

// The names and namespaces a name class mentions (to probe it).
struct MentionedNames {
    std::vector<Name> names;
    std::vector<StringId> namespaces;
};
void collect_mentions(const NameClass* nc, MentionedNames& out);

// A name class normalised for messages (jing's NormalizedNameClass): the names it names one by
// one, and whether it also holds wildcards (any name, or every name of some namespaces).
struct NormalizedNames {
    std::set<Name> included;       // named one by one (sorted by id; messages sort by text)
    bool any_name = false;         // every name outside some namespaces
    std::set<StringId> namespaces; // every name of these namespaces (but some)
    bool empty() const { return included.empty() && !any_name && namespaces.empty(); }
};
// Normalises the union of the name classes.
NormalizedNames normalize_union(const std::vector<const NameClass*>& classes);

// A name two name classes both contain, found by probing each name and namespace either one
// mentions; nullopt-like {false} when they are disjoint. local == k_impossible_string means
// "every name of namespace ns"; both impossible means "names of any namespace".
struct Overlap {
    bool found = false;
    Name example;
};
Overlap find_overlap(const NameClass* a, const NameClass* b);

// Owns and interns name classes.
class NameClassStore {
  public:
    // The name class of the one name n.
    const NameClass* make_name(Name n);
    // Every name of namespace ns but those of except (null: none taken out).
    const NameClass* make_ns_name(StringId ns, const NameClass* except);
    // Every name but those of except (null: none taken out).
    const NameClass* make_any_name(const NameClass* except);
    // The names of a or b (a itself when b is a).
    const NameClass* make_choice(const NameClass* a, const NameClass* b);
    // No name at all (an element whose content is notAllowed, a name class in error).
    const NameClass* make_null();

  private:
    const NameClass* intern(const NameClass& proto);
    std::deque<NameClass> m_classes;
    std::unordered_multimap<std::size_t, const NameClass*> m_table;
};

} // namespace teipress::validate::relaxng
