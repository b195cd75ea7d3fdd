#include "validate/relaxng/id_types.h"

#include "validate/relaxng/restrictions.h"

#include <unordered_set>

namespace teipress::validate::relaxng {

class IdTypeMapBuilder {
  public:
    IdTypeMapBuilder(const StringTable& strings, CompileSession& session, IdTypeMap& map, std::uint32_t id_limit)
        : m_strings(strings), m_session(session), m_map(map), m_seen(id_limit, false), m_attributes(id_limit),
          m_walked(id_limit, false) {}

    bool run(const Pattern* start) {
        walk(start, nullptr, {}, false);
        while (!m_queue.empty()) {
            const Pattern* e = m_queue.back();
            m_queue.pop_back();
            walk(e->p1, e->name_class, e->loc, false);
        }
        for (const auto& c : m_possible_conflicts) {
            if (c.element->kind == NameClassKind::Name && c.attribute->kind == NameClassKind::Name) {
                if (m_map.lookup(c.element->name, c.attribute->name) != IdType::Null)
                    conflict(c.element->name, c.attribute->name, c.loc);
                continue;
            }
            for (const auto& [e, a] : m_pairs) {
                if (contains(c.element, e) && contains(c.attribute, a)) {
                    conflict(e, a, c.loc);
                    break;
                }
            }
        }
        return m_ok;
    }

  private:
    void error(SourceLocation loc, std::string message) {
        m_ok = false;
        m_session.error(loc, std::move(message));
    }
    void conflict(Name e, Name a, SourceLocation loc) {
        error(loc, "conflicting ID-types for attribute " + format_grammar_name(a, m_strings) + " of element " +
                       format_grammar_name(e, m_strings));
    }

    static IdType id_type_of(const Pattern* p) {
        switch (p->kind) {
        case PatternKind::Data:
        case PatternKind::DataExcept:
        case PatternKind::Value: return p->datatype->id_type();
        default: return IdType::Null;
        }
    }

    void add_to_elements(const NameClass* element, Name attribute, IdType type, SourceLocation loc) {
        switch (element->kind) {
        case NameClassKind::Choice:
            add_to_elements(element->a, attribute, type, loc);
            add_to_elements(element->b, attribute, type, loc);
            break;
        case NameClassKind::Name: {
            const IdType old = m_map.lookup(element->name, attribute);
            if (old != IdType::Null && old != type) conflict(element->name, attribute, loc);
            if (old == IdType::Null) m_pairs.push_back({element->name, attribute});
            m_map.m_types[IdTypeMap::key(element->name, attribute)] = type;
            break;
        }
        case NameClassKind::NsName:
        case NameClassKind::AnyName:
            error(loc,
                  "an \"element\" pattern containing an \"attribute\" pattern with a non-null ID-type must have "
                  "a name class that contains only \"choice\" and \"name\" elements");
            break;
        case NameClassKind::Null: break;
        }
    }

    // jing's BuildFunction: element is the name class of the element whose content this is;
    // attribute_is_parent when p is the whole content of an attribute.
    void walk(const Pattern* p, const NameClass* element, SourceLocation loc, bool attribute_is_parent) {
        // A part without attributes matters only for the elements it holds and the ID-typed
        // data outside attributes: once is enough.
        if (!attribute_is_parent && !m_attributes.has_attributes(p)) {
            if (m_walked[p->id]) return;
            m_walked[p->id] = true;
        }
        switch (p->kind) {
        case PatternKind::Choice:
        case PatternKind::Interleave:
        case PatternKind::Group:
            walk(p->p1, element, loc, false);
            walk(p->p2, element, loc, false);
            break;
        case PatternKind::OneOrMore:
        case PatternKind::List: walk(p->p1, element, loc, false); break;
        case PatternKind::Element:
            if (!m_seen[p->id]) {
                m_seen[p->id] = true;
                m_queue.push_back(p);
            }
            break;
        case PatternKind::Attribute: {
            const IdType type = id_type_of(p->p1);
            if (type != IdType::Null) {
                if (p->name_class->kind != NameClassKind::Name)
                    error(
                        p->loc,
                        "an \"attribute\" pattern with a non-null ID-type must have a name class that is a single name");
                else if (element)
                    add_to_elements(element, p->name_class->name, type, loc);
            } else if (element) {
                m_possible_conflicts.push_back({element, p->name_class, loc});
            }
            walk(p->p1, nullptr, p->loc, true);
            break;
        }
        case PatternKind::Data:
        case PatternKind::Value:
            if (p->datatype->id_type() != IdType::Null && !attribute_is_parent)
                error(
                    loc,
                    "a \"data\" or \"value\" pattern with non-null ID-type must occur as the child of an \"attribute\" pattern");
            break;
        case PatternKind::DataExcept:
            if (p->datatype->id_type() != IdType::Null && !attribute_is_parent)
                error(
                    loc,
                    "a \"data\" or \"value\" pattern with non-null ID-type must occur as the child of an \"attribute\" pattern");
            walk(p->p1, element, loc, false);
            break;
        default: break;
        }
    }

    struct PossibleConflict {
        const NameClass* element;
        const NameClass* attribute;
        SourceLocation loc;
    };
    const StringTable& m_strings;
    CompileSession& m_session;
    IdTypeMap& m_map;
    bool m_ok = true;
    std::vector<bool> m_seen; // element patterns queued, by id
    AttributeFinder m_attributes;
    std::vector<bool> m_walked; // attribute-free parts walked
    std::vector<const Pattern*> m_queue;
    std::vector<PossibleConflict> m_possible_conflicts;
    std::vector<std::pair<Name, Name>> m_pairs;
};

bool build_id_type_map(const Pattern* start, const StringTable& strings, CompileSession& session, IdTypeMap& out,
                       std::uint32_t id_limit) {
    return IdTypeMapBuilder(strings, session, out, id_limit).run(start);
}

namespace {
std::vector<std::string> tokens_of(const std::string& value) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : value) {
        if (is_xml_space(c)) {
            if (!cur.empty()) out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}
} // namespace

void IdChecker::attribute(IdType type, const std::string& value, const xmlNode* node, std::vector<Problem>& out) {
    const auto tokens = tokens_of(value);
    auto id = [&](const std::string& token) {
        auto [it, added] = m_entries.try_emplace(token);
        if (added) m_order.push_back(token);
        if (it->second.id) {
            out.push_back({node, "ID \"" + token + "\" has already been defined"});
            out.push_back({it->second.id, "first occurrence of ID \"" + token + "\"", true});
            return;
        }
        it->second.id = node;
    };
    auto idref = [&](const std::string& token) {
        auto [it, added] = m_entries.try_emplace(token);
        if (added) m_order.push_back(token);
        if (!it->second.id) it->second.refs.push_back(node);
    };
    switch (type) {
    case IdType::Id:
        if (tokens.size() == 1)
            id(tokens[0]);
        else
            out.push_back({node, tokens.empty() ? "value of attribute of type ID contained no tokens"
                                                : "value of attribute of type ID contained multiple tokens"});
        break;
    case IdType::IdRef:
        if (tokens.size() == 1)
            idref(tokens[0]);
        else
            out.push_back({node, tokens.empty() ? "value of attribute of type IDREF contained no tokens"
                                                : "value of attribute of type IDREF contained multiple tokens"});
        break;
    case IdType::IdRefs:
        if (tokens.empty()) out.push_back({node, "value of attribute of type IDREFS contained no tokens"});
        for (const auto& t : tokens) idref(t);
        break;
    case IdType::Null: break;
    }
}

void IdChecker::finish(std::vector<Problem>& out) {
    for (const auto& token : m_order) {
        const Entry& e = m_entries[token];
        if (e.id) continue;
        for (const xmlNode* n : e.refs) out.push_back({n, "IDREF \"" + token + "\" without matching ID"});
    }
    m_entries.clear();
    m_order.clear();
}

} // namespace teipress::validate::relaxng
