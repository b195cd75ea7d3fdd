// The patterns of the derivative algorithm (James Clark, "An algorithm for RELAX NG
// validation"): one small record per pattern, its kind saying which fields mean something.
// Patterns are made only by a PatternBuilder, which interns them (equal patterns are one
// object), so derivatives are memoised by pointer.
#pragma once

#include "validate/relaxng/name_class.h"

#include <libxml/tree.h>

#include <cstdint>
#include <vector>

namespace teipress::validate::relaxng {

class Datatype;
struct DatatypeValue;

enum class PatternKind : std::uint8_t {
    Empty,
    NotAllowed,
    Text,
    Choice,     // p1 | p2
    Group,      // p1 , p2
    Interleave, // p1 & p2
    OneOrMore,  // p1+
    Element,    // name_class, content p1
    Attribute,  // name_class, value p1
    Data,       // datatype
    DataExcept, // datatype, except p1
    Value,      // datatype, value
    List,       // list { p1 }
    After,      // p1 then (after the end tag) p2: only made by derivatives
    // Compile time only (never seen by validation):
    Ref,                  // a reference to a definition (p1, set when the definition is read)
    UnexpandedNotAllowed, // <notAllowed/> as written, until references are expanded
    Error                 // stands for a part of the schema that had an error
};

// What an element's content can hold (section 7.2): the group of two contents is allowed
// only when neither is Data, unless one is Empty.
enum class ContentType : std::uint8_t { Empty = 0, Element = 1, Mixed = 2, Data = 3 };

// Where a pattern is written (for the messages of section 7): the grammar file's index and the
// element of the grammar document. Only meaningful while compiling (the documents are freed
// afterwards; validation never looks at locations).
struct SourceLocation {
    std::uint32_t file = 0;
    const xmlNode* node = nullptr;
};

struct Pattern {
    PatternKind kind = PatternKind::Empty;
    bool nullable = false;
    ContentType content_type = ContentType::Empty;
    std::uint32_t id = 0; // dense index: the grammar's patterns first, then a thread's own
    std::size_t hash = 0;
    const Pattern* p1 = nullptr;
    const Pattern* p2 = nullptr;
    const NameClass* name_class = nullptr;
    const NameClass* written_name_class = nullptr; // Element: as written, kept when the content is
                                                   // notAllowed and name_class is null (section 7.4)
    const Datatype* datatype = nullptr;
    const DatatypeValue* value = nullptr;
    SourceLocation loc;          // Element, Attribute, List, DataExcept, Ref: where written
    std::uint32_t ref_index = 0; // Ref: the definition's index in its grammar (compile time)

    bool is_not_allowed() const {
        return kind == PatternKind::NotAllowed || (kind == PatternKind::After && p1->is_not_allowed());
    }
};

// Whether a pattern has attribute patterns outside the elements it holds, memoised by id:
// the checks of section 7 and of ID-types walk an attribute-free part once, however many
// elements' content shares it.
class AttributeFinder {
  public:
    explicit AttributeFinder(std::uint32_t id_limit) : m_known(id_limit, 0) {}
    bool has_attributes(const Pattern* p) {
        std::uint8_t& k = m_known[p->id];
        if (k) return k == 2;
        bool r = false;
        switch (p->kind) {
        case PatternKind::Attribute: r = true; break;
        case PatternKind::Choice:
        case PatternKind::Group:
        case PatternKind::Interleave:
        case PatternKind::After: r = has_attributes(p->p1) || has_attributes(p->p2); break;
        case PatternKind::OneOrMore:
        case PatternKind::List:
        case PatternKind::DataExcept: r = has_attributes(p->p1); break;
        default: break;
        }
        k = r ? 2 : 1;
        return r;
    }

  private:
    std::vector<std::uint8_t> m_known; // 0 unknown, 1 no, 2 yes
};

} // namespace teipress::validate::relaxng
