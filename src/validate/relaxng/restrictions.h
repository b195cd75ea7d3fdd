// Section 7 of RELAX NG, checked on the simplified grammar: prohibited paths (7.1), string
// sequences (7.2), attributes that can occur twice (7.3), interleave operands that share an
// element name or both hold text (7.4). Each violation is reported at the element, attribute,
// list or data-except pattern it is in, as jing words it; checking goes on after one.
#pragma once

#include "validate/relaxng/compile_session.h"
#include "validate/relaxng/pattern.h"

namespace teipress::validate::relaxng {

// Reports every violation of section 7 in the grammar whose start pattern is start;
// start_location is where violations of the start pattern itself are reported.
// (id_limit: every pattern's id is below it.)
void check_restrictions(const Pattern* start, SourceLocation start_location, const StringTable& strings,
                        CompileSession& session, std::uint32_t id_limit);

// "local" or "local" from namespace "ns", for messages about a name of the grammar.
std::string format_grammar_name(Name n, const StringTable& strings);

} // namespace teipress::validate::relaxng
