#include "validate/relaxng/restrictions.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace teipress::validate::relaxng {

std::string format_grammar_name(Name n, const StringTable& strings) {
    const std::string local = "\"" + strings.text(n.local) + "\"";
    if (n.ns == k_empty_string) return local;
    return local + " from namespace \"" + strings.text(n.ns) + "\"";
}

namespace {

enum class Context {
    Start,
    Element,
    ElementRepeat,
    ElementRepeatGroup,
    ElementRepeatInterleave,
    Attribute,
    List,
    DataExcept
};

const char* k_see_71 =
    " (section 7.1 of the RELAX NG specification requires that the simplified XML form of the "
    "schema not contain any elements matching the path ";

std::string prohibited(const char* what, const char* path) {
    return std::string(what) + k_see_71 + path + ")";
}

std::string start_contains(const char* name) {
    return std::string("found element matching the prohibited path start//") + name +
           " in the simplified XML form of the schema (see section 7.1 of the RELAX NG specification)";
}

bool groupable(ContentType a, ContentType b) {
    if (a == ContentType::Empty || b == ContentType::Empty) return true;
    return a != ContentType::Data && b != ContentType::Data;
}

// The attribute name classes met so far in one element's content, by choice alternative:
// two that may both occur must not overlap (7.3).
class DuplicateAttributes {
  public:
    // The overlap of nc with an attribute that may occur with it, if any. An attribute may
    // occur with every one met before it except those of the earlier branches of the choices it
    // is in. Plain names are found by name (an element may have hundreds of attributes).
    Overlap add(const NameClass* nc) {
        auto with_it = [&](std::size_t i) {
            for (const Alternative& a : m_alternatives)
                if (a.start <= i && i < a.end) return false;
            return true;
        };
        Overlap found;
        auto check = [&](std::size_t i) {
            if (found.found || !with_it(i)) return;
            const NameClass* other = m_classes[i];
            if (nc->kind == NameClassKind::Name && other->kind == NameClassKind::Name)
                found = nc->name == other->name ? Overlap{true, nc->name} : Overlap{};
            else
                found = find_overlap(nc, other);
        };
        if (nc->kind == NameClassKind::Name) {
            if (auto it = m_by_name.find(nc->name); it != m_by_name.end())
                for (std::size_t i : it->second) check(i);
            for (std::size_t i : m_wildcards) check(i);
        } else {
            for (std::size_t i = 0; i < m_classes.size(); ++i) check(i);
        }
        const std::size_t index = m_classes.size();
        m_classes.push_back(nc);
        if (nc->kind == NameClassKind::Name)
            m_by_name[nc->name].push_back(index);
        else
            m_wildcards.push_back(index);
        return found;
    }
    void start_choice() { m_alternatives.push_back({m_classes.size(), m_classes.size()}); }
    void alternative() { m_alternatives.back().end = m_classes.size(); }
    void end_choice() { m_alternatives.pop_back(); }

  private:
    struct Alternative {
        std::size_t start, end;
    };
    std::vector<const NameClass*> m_classes;
    std::unordered_map<Name, std::vector<std::size_t>, NameHash> m_by_name; // plain names: indices
    std::vector<std::size_t> m_wildcards;                                   // the others
    std::vector<Alternative> m_alternatives;
};

class Checker {
  public:
    Checker(const StringTable& strings, CompileSession& session, std::uint32_t id_limit)
        : m_strings(strings), m_session(session), m_seen(id_limit, false), m_attributes(id_limit),
          m_checked(id_limit, 0) {}

    void run(const Pattern* start, SourceLocation start_location) {
        check(start, Context::Start, nullptr, nullptr, start_location);
        while (!m_queue.empty()) {
            const Pattern* e = m_queue.back();
            m_queue.pop_back();
            DuplicateAttributes dad;
            check(e->p1, Context::Element, &dad, nullptr, e->loc);
        }
    }

  private:
    using Alphabet = std::vector<const NameClass*>;

    void report(SourceLocation loc, std::string message) { m_session.error(loc, std::move(message)); }

    void check(const Pattern* p, Context cx, DuplicateAttributes* dad, Alphabet* alpha, SourceLocation loc) {
        // A part without attributes, checked once in this context, needs no second look (no
        // alphabet asked for: its elements are queued already, its errors reported).
        if (!alpha && !m_attributes.has_attributes(p)) {
            const auto bit = static_cast<std::uint8_t>(1u << static_cast<unsigned>(cx));
            if (m_checked[p->id] & bit) return;
            m_checked[p->id] |= bit;
        }
        switch (p->kind) {
        case PatternKind::Choice:
            if (dad) dad->start_choice();
            check(p->p1, cx, dad, alpha, loc);
            if (dad) dad->alternative();
            check(p->p2, cx, dad, alpha, loc);
            if (dad) dad->end_choice();
            break;
        case PatternKind::Group:
            if (cx == Context::Start) return report(loc, start_contains("group"));
            if (cx == Context::DataExcept)
                return report(loc, prohibited("a data pattern must not exclude a group", "data/except//group"));
            {
                const Context inner = cx == Context::ElementRepeat ? Context::ElementRepeatGroup : cx;
                check(p->p1, inner, dad, alpha, loc);
                check(p->p2, inner, dad, alpha, loc);
            }
            if (cx != Context::List && !groupable(p->p1->content_type, p->p2->content_type))
                report(loc, "group of \"string\" or \"data\" element");
            break;
        case PatternKind::Interleave: {
            if (cx == Context::Start) return report(loc, start_contains("interleave"));
            if (cx == Context::DataExcept)
                return report(
                    loc, prohibited("a data pattern must not exclude an interleaved group", "data/except//interleave"));
            if (cx == Context::List)
                return report(loc,
                              prohibited("a list pattern must not contain an interleave pattern", "list//interleave"));
            const Context inner = cx == Context::ElementRepeat ? Context::ElementRepeatInterleave : cx;
            Alphabet a1, a2;
            check(p->p1, inner, dad, &a1, loc);
            check(p->p2, inner, dad, &a2, loc);
            // Plain names of the first operand by name; wildcards against everything.
            std::unordered_set<Name, NameHash> plain1;
            std::vector<const NameClass*> wild1;
            for (const NameClass* x : a1) {
                if (x->kind == NameClassKind::Name)
                    plain1.insert(x->name);
                else
                    wild1.push_back(x);
            }
            for (const NameClass* y : a2) {
                Overlap o;
                if (y->kind == NameClassKind::Name && plain1.count(y->name)) o = {true, y->name};
                for (std::size_t i = 0; !o.found && i < wild1.size(); ++i) o = find_overlap(wild1[i], y);
                if (!o.found && y->kind != NameClassKind::Name)
                    for (std::size_t i = 0; !o.found && i < a1.size(); ++i)
                        if (a1[i]->kind == NameClassKind::Name) o = find_overlap(a1[i], y);
                if (!o.found) continue;
                if (o.example.local != k_impossible_string)
                    report(loc, "the element " + format_grammar_name(o.example, m_strings) +
                                    " can occur in more than one operand of \"interleave\"");
                else if (o.example.ns != k_impossible_string)
                    report(loc, "elements from namespace \"" + m_strings.text(o.example.ns) +
                                    "\" can occur in more than one operand of \"interleave\"");
                else
                    report(loc, "overlapping element names in operands of \"interleave\"");
                break; // one report per interleave
            }
            if (alpha) {
                alpha->insert(alpha->end(), a1.begin(), a1.end());
                alpha->insert(alpha->end(), a2.begin(), a2.end());
            }
            if (!groupable(p->p1->content_type, p->p2->content_type))
                report(loc, "interleave of \"string\" or \"data\" element");
            if (p->p1->content_type == ContentType::Mixed && p->p2->content_type == ContentType::Mixed)
                report(loc, "both operands of \"interleave\" contain \"text\"");
            break;
        }
        case PatternKind::OneOrMore:
            if (cx == Context::Start) return report(loc, start_contains("oneOrMore"));
            if (cx == Context::DataExcept)
                return report(loc,
                              prohibited("a data pattern must not exclude a repetition", "data/except//oneOrMore"));
            check(p->p1, cx == Context::Element ? Context::ElementRepeat : cx, dad, alpha, loc);
            if (cx != Context::List && !groupable(p->p1->content_type, p->p1->content_type))
                report(loc, "repeat of \"string\" or \"data\" element");
            break;
        case PatternKind::Element:
            if (alpha) alpha->push_back(p->written_name_class ? p->written_name_class : p->name_class);
            if (cx == Context::DataExcept)
                return report(loc,
                              prohibited("a data pattern must not exclude an element pattern", "data/except//ref"));
            if (cx == Context::List)
                return report(loc, prohibited("a list pattern must not contain an element pattern", "list//ref"));
            if (cx == Context::Attribute)
                return report(loc,
                              prohibited("an attribute pattern must not contain an element pattern", "attribute//ref"));
            if (!m_seen[p->id]) {
                m_seen[p->id] = true;
                m_queue.push_back(p);
            }
            break;
        case PatternKind::Attribute: {
            switch (cx) {
            case Context::Start: return report(loc, start_contains("attribute"));
            case Context::Element:
                if (is_open(p->name_class))
                    report(p->loc, "attribute using \"nsName\" or \"anyName\" must be in \"oneOrMore\"");
                break;
            case Context::ElementRepeatGroup:
                return report(
                    p->loc, prohibited("a group of attributes must not be repeatable", "oneOrMore//group//attribute"));
            case Context::ElementRepeatInterleave:
                return report(p->loc, prohibited("an interleaved group of attributes must not be repeatable",
                                                 "oneOrMore//interleave//attribute"));
            case Context::List:
                return report(loc,
                              prohibited("a list pattern must not contain an attribute pattern", "list//attribute"));
            case Context::Attribute:
                return report(loc, prohibited("an attribute pattern must not contain an attribute pattern",
                                              "attribute//attribute"));
            case Context::DataExcept:
                return report(
                    loc, prohibited("a data pattern must not exclude an attribute pattern", "data/except//attribute"));
            default: break;
            }
            if (dad) {
                Overlap o = dad->add(p->name_class);
                if (o.found) {
                    if (o.example.local != k_impossible_string)
                        report(p->loc, "duplicate attribute " + format_grammar_name(o.example, m_strings));
                    else if (o.example.ns != k_impossible_string)
                        report(p->loc, "attributes from namespace \"" + m_strings.text(o.example.ns) +
                                           "\" can occur more than once");
                    else
                        report(p->loc, "duplicate attribute");
                }
            }
            check(p->p1, Context::Attribute, nullptr, nullptr, p->loc);
            break;
        }
        case PatternKind::Data:
            if (cx == Context::Start) report(loc, start_contains("data"));
            break;
        case PatternKind::DataExcept:
            if (cx == Context::Start) return report(loc, start_contains("data"));
            check(p->p1, Context::DataExcept, nullptr, nullptr, p->loc);
            break;
        case PatternKind::Value:
            if (cx == Context::Start) report(loc, start_contains("value"));
            break;
        case PatternKind::List:
            if (cx == Context::DataExcept)
                return report(loc, prohibited("a data pattern must not exclude a list pattern", "data/except//list"));
            if (cx == Context::Start) return report(loc, start_contains("list"));
            if (cx == Context::List)
                return report(loc, prohibited("a list pattern must not contain a list pattern", "list//list"));
            check(p->p1, Context::List, dad, nullptr, p->loc);
            break;
        case PatternKind::Text:
            if (cx == Context::DataExcept)
                report(loc, prohibited("a data pattern must not exclude a text pattern", "data/except//text"));
            else if (cx == Context::Start)
                report(loc, start_contains("text"));
            else if (cx == Context::List)
                report(loc, prohibited("a list pattern must not contain a text pattern", "list//text"));
            break;
        case PatternKind::Empty:
            if (cx == Context::DataExcept)
                report(loc, prohibited("a data pattern must not exclude an empty pattern", "data/except//empty"));
            else if (cx == Context::Start)
                report(loc, start_contains("empty"));
            break;
        default: break;
        }
    }

    const StringTable& m_strings;
    CompileSession& m_session;
    std::vector<bool> m_seen; // element patterns queued, by id
    AttributeFinder m_attributes;
    std::vector<std::uint8_t> m_checked; // attribute-free parts checked, a bit per context
    std::vector<const Pattern*> m_queue;
};

} // namespace

void check_restrictions(const Pattern* start, SourceLocation start_location, const StringTable& strings,
                        CompileSession& session, std::uint32_t id_limit) {
    Checker(strings, session, id_limit).run(start, start_location);
}

} // namespace teipress::validate::relaxng
