// The ID-types of RELAX NG DTD Compatibility (section 4 of that specification), which jing
// checks by default: which attributes of which elements hold an ID, IDREF or IDREFS, with the
// grammar's obligations checked at compile time (jing's words); IdChecker then checks a
// document's IDs (each ID once, each IDREF naming an ID).
#pragma once

#include "validate/relaxng/compile_session.h"
#include "validate/relaxng/datatype.h"
#include "validate/relaxng/pattern.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::validate::relaxng {

class IdTypeMap {
  public:
    // The ID-type of attribute on element (Null when none).
    IdType lookup(Name element, Name attribute) const {
        if (m_types.empty()) return IdType::Null;
        auto it = m_types.find(key(element, attribute));
        return it == m_types.end() ? IdType::Null : it->second;
    }
    bool empty() const { return m_types.empty(); }

  private:
    friend class IdTypeMapBuilder;
    // An (element, attribute) pair of names as one key: two 64-bit halves.
    struct Key {
        std::uint64_t element;
        std::uint64_t attribute;
        bool operator==(const Key& o) const { return element == o.element && attribute == o.attribute; }
    };
    static Key key(Name e, Name a) {
        return {(static_cast<std::uint64_t>(e.ns) << 32) | e.local, (static_cast<std::uint64_t>(a.ns) << 32) | a.local};
    }
    struct KeyHash {
        std::size_t operator()(const Key& k) const {
            return static_cast<std::size_t>(k.element * 0x9e3779b97f4a7c15ULL ^ k.attribute);
        }
    };
    std::unordered_map<Key, IdType, KeyHash> m_types;
};

// Builds the map of the grammar whose start pattern is start, reporting each way the grammar
// breaks the compatibility rules for ID-types. True when there was none.
// (id_limit: every pattern's id is below it.)
bool build_id_type_map(const Pattern* start, const StringTable& strings, CompileSession& session, IdTypeMap& out,
                       std::uint32_t id_limit);

// The IDs and IDREFs of one document.
class IdChecker {
  public:
    // An error found by the checker: the message and the node (attribute) it is about.
    struct Problem {
        const xmlNode* node;
        std::string message;
        bool note = false; // "first occurrence" notes that go with a duplicate
    };
    // Notes the value of an attribute whose ID-type is type; problems found are appended.
    void attribute(IdType type, const std::string& value, const xmlNode* node, std::vector<Problem>& out);
    // At the end of the document: every IDREF without its ID.
    void finish(std::vector<Problem>& out);
    void clear() { m_entries.clear(); }

  private:
    struct Entry {
        const xmlNode* id = nullptr;
        std::vector<const xmlNode*> refs;
    };
    std::unordered_map<std::string, Entry> m_entries;
    std::vector<std::string> m_order; // tokens in order of first use (deterministic reports)
};

} // namespace teipress::validate::relaxng
