#include "validate/relaxng/compiled_grammar.h"

#include "validate/relaxng/restrictions.h"
#include "validate/relaxng/simplify.h"

namespace teipress::validate::relaxng {

namespace {

void collect_names(const NameClass* nc, std::vector<Name>& names, bool& open) {
    switch (nc->kind) {
    case NameClassKind::Name: names.push_back(nc->name); break;
    case NameClassKind::Choice:
        collect_names(nc->a, names, open);
        collect_names(nc->b, names, open);
        break;
    case NameClassKind::NsName:
    case NameClassKind::AnyName: open = true; break;
    case NameClassKind::Null: break;
    }
}

// Every element pattern reachable from the start, indexed by the names it names.
void index_elements(CompiledGrammar& g) {
    std::vector<bool> seen(g.store.id_limit(), false);
    std::vector<const Pattern*> stack{g.start};
    while (!stack.empty()) {
        const Pattern* p = stack.back();
        stack.pop_back();
        if (seen[p->id]) continue;
        seen[p->id] = true;
        switch (p->kind) {
        case PatternKind::Choice:
        case PatternKind::Group:
        case PatternKind::Interleave:
            stack.push_back(p->p2);
            stack.push_back(p->p1);
            break;
        case PatternKind::OneOrMore: stack.push_back(p->p1); break;
        case PatternKind::Element: {
            const auto index = static_cast<std::uint32_t>(g.elements.size());
            g.elements.push_back(p);
            std::vector<Name> names;
            bool open = false;
            collect_names(p->name_class, names, open);
            for (const Name& n : names) {
                auto& list = g.elements_by_name[n];
                if (list.empty() || list.back() != index) list.push_back(index);
            }
            if (open) g.open_elements.push_back(index);
            stack.push_back(p->p1);
            break;
        }
        default: break;
        }
    }
}

} // namespace

std::unique_ptr<CompiledGrammar> compile_grammar(const std::string& path, const CompileOptions& options,
                                                 std::vector<Diagnostic>& errors) {
    auto doc = read_grammar_document(path);
    if (!doc) {
        errors.push_back(doc.error());
        return nullptr;
    }
    return compile_grammar(std::move(*doc), options, errors);
}

std::unique_ptr<CompiledGrammar> compile_grammar(GrammarDocument document, const CompileOptions& options,
                                                 std::vector<Diagnostic>& errors) {
    auto g = std::make_unique<CompiledGrammar>();
    g->common = CommonPatterns::make(g->store);
    CompileSession session;
    const std::uint32_t top = session.add_file(std::move(document));
    const xmlNode* root = xmlDocGetRootElement(session.file(top).doc.get());

    // Sections 3 and 4 up to 4.18, into a store of their own (with references).
    PatternStore parse_store;
    const CommonPatterns parse_common = CommonPatterns::make(parse_store);
    PatternBuilder parse_builder(parse_store, parse_common);
    SchemaReader reader(session, g->parts, parse_builder);
    const Pattern* start = reader.read_schema(top);
    if (!session.has_errors()) check_recursion(start, reader, session, parse_store.id_limit());
    if (session.has_errors()) {
        errors = session.take_errors();
        return nullptr;
    }

    // 4.19-4.21: references expanded into the grammar's own store; then section 7.
    PatternBuilder builder(g->store, g->common);
    g->start = expand_references(start, builder, g->parts.name_classes, parse_store.id_limit());
    check_restrictions(g->start, {top, root}, g->parts.strings, session, g->store.id_limit());
    if (!session.has_errors() && options.check_id_types)
        build_id_type_map(g->start, g->parts.strings, session, g->ids, g->store.id_limit());
    if (session.has_errors()) {
        errors = session.take_errors();
        return nullptr;
    }
    index_elements(*g);
    return g;
}

} // namespace teipress::validate::relaxng
