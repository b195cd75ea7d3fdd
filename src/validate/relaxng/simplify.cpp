#include "validate/relaxng/simplify.h"

#include <unordered_map>
#include <unordered_set>

namespace teipress::validate::relaxng {

void check_recursion(const Pattern* start, const SchemaReader& reader, CompileSession& session,
                     std::uint32_t id_limit) {
    enum State : char { InProgress = 1, Done = 2, Queued = 3 };
    std::vector<char> state(id_limit, 0); // refs: InProgress, Done; elements: Queued
    std::vector<const Pattern*> contents{start};
    struct Item {
        const Pattern* p;
        bool leaving;
    };
    std::vector<Item> stack;
    // Each element's content is walked on its own: a reference met again while it is being
    // walked, in the same content, reaches itself without an element in between.
    while (!contents.empty()) {
        stack.push_back({contents.back(), false});
        contents.pop_back();
        while (!stack.empty()) {
            Item it = stack.back();
            stack.pop_back();
            const Pattern* p = it.p;
            if (!p) continue;
            if (it.leaving) {
                state[p->id] = Done;
                continue;
            }
            switch (p->kind) {
            case PatternKind::Ref: {
                char& s = state[p->id];
                if (s == InProgress) {
                    session.error(p->loc, "bad recursive reference to pattern \"" + reader.ref_name(p) + "\"");
                    break;
                }
                if (s == Done) break;
                s = InProgress;
                stack.push_back({p, true});
                stack.push_back({p->p1, false});
                break;
            }
            case PatternKind::Element:
                if (state[p->id] != Queued) {
                    state[p->id] = Queued;
                    contents.push_back(p->p1);
                }
                break;
            case PatternKind::Choice:
            case PatternKind::Group:
            case PatternKind::Interleave:
                stack.push_back({p->p2, false});
                stack.push_back({p->p1, false});
                break;
            case PatternKind::OneOrMore:
            case PatternKind::List:
            case PatternKind::Attribute:
            case PatternKind::DataExcept: stack.push_back({p->p1, false}); break;
            default: break;
            }
        }
    }
}

namespace {

class Expander {
  public:
    Expander(PatternBuilder& b, NameClassStore& ncs, std::uint32_t id_limit)
        : m_b(b), m_ncs(ncs), m_memo(id_limit, nullptr) {}

    const Pattern* run(const Pattern* start) {
        const Pattern* result = expand(start);
        while (!m_elements.empty()) {
            auto [from, to] = m_elements.back();
            m_elements.pop_back();
            to->p1 = expand(from->p1);
            if (to->p1 == m_b.not_allowed()) to->name_class = m_ncs.make_null();
        }
        return result;
    }

  private:
    const Pattern* expand(const Pattern* p) {
        if (const Pattern* done = m_memo[p->id]) return done;
        const Pattern* r = nullptr;
        switch (p->kind) {
        case PatternKind::Empty: r = m_b.empty(); break;
        case PatternKind::NotAllowed:
        case PatternKind::UnexpandedNotAllowed: r = m_b.not_allowed(); break;
        case PatternKind::Text: r = m_b.text(); break;
        case PatternKind::Error: r = m_b.error(); break;
        case PatternKind::Choice: r = m_b.choice(expand(p->p1), expand(p->p2)); break;
        case PatternKind::Group: r = m_b.group(expand(p->p1), expand(p->p2)); break;
        case PatternKind::Interleave: r = m_b.interleave(expand(p->p1), expand(p->p2)); break;
        case PatternKind::OneOrMore: r = m_b.one_or_more(expand(p->p1)); break;
        case PatternKind::Element: {
            Pattern proto;
            proto.kind = PatternKind::Element;
            proto.name_class = p->name_class;
            proto.written_name_class = p->name_class;
            proto.content_type = ContentType::Element;
            proto.loc = p->loc;
            Pattern* e = m_b.store().add_unique(proto);
            m_elements.push_back({p, e});
            r = e;
            break;
        }
        case PatternKind::Attribute: r = m_b.attribute(p->name_class, expand(p->p1), p->loc); break;
        case PatternKind::Data: r = m_b.data(p->datatype); break;
        case PatternKind::DataExcept: r = m_b.data_except(p->datatype, expand(p->p1), p->loc); break;
        case PatternKind::Value: r = m_b.value(p->datatype, p->value); break;
        case PatternKind::List: r = m_b.list(expand(p->p1), p->loc); break;
        case PatternKind::Ref: r = expand(p->p1); break;
        case PatternKind::After: r = m_b.not_allowed(); break; // never made while reading
        }
        m_memo[p->id] = r;
        return r;
    }

    PatternBuilder& m_b;
    NameClassStore& m_ncs;
    std::vector<const Pattern*> m_memo; // by the id of the pattern expanded
    std::vector<std::pair<const Pattern*, Pattern*>> m_elements;
};

} // namespace

const Pattern* expand_references(const Pattern* start, PatternBuilder& final_builder, NameClassStore& name_classes,
                                 std::uint32_t id_limit) {
    return Expander(final_builder, name_classes, id_limit).run(start);
}

} // namespace teipress::validate::relaxng
