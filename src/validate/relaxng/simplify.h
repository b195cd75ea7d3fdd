// The last steps of section 4 on the patterns SchemaReader made: 4.19 (a reference must not
// reach itself without an element in between) and the expansion of every reference, which
// rebuilds the grammar in its final store with 4.20 and 4.21 (notAllowed and empty absorbed)
// applied by the builder. Element patterns of the final grammar are unique objects whose
// content is set once expanded (grammars are recursive through elements).
#pragma once

#include "validate/relaxng/compile_session.h"
#include "validate/relaxng/pattern_builder.h"
#include "validate/relaxng/schema_reader.h"

namespace teipress::validate::relaxng {

// Reports each reference that reaches itself without an element in between (4.19).
// id_limit: the ids of the patterns are below it (they index vectors rather than hash maps).
void check_recursion(const Pattern* start, const SchemaReader& reader, CompileSession& session, std::uint32_t id_limit);

// The start pattern with every reference replaced by its definition, built by final_builder.
// Elements whose content is notAllowed get the null name class (they match nothing).
const Pattern* expand_references(const Pattern* start, PatternBuilder& final_builder, NameClassStore& name_classes,
                                 std::uint32_t id_limit);

} // namespace teipress::validate::relaxng
