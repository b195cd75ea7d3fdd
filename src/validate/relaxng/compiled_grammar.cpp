#include "validate/relaxng/compiled_grammar.h"

#include "validate/relaxng/restrictions.h"
#include "validate/relaxng/simplify.h"

namespace teipress::validate::relaxng {

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
    g->element_count = 0;
    return g;
}

} // namespace teipress::validate::relaxng
