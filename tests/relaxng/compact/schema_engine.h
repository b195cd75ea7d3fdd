// The RELAX NG engine the compact-syntax tests compile translated schemas with and validate
// documents against: teipress's own (src/validate/relaxng/).
#pragma once

#include <libxml/tree.h>
#include <string>

namespace teipress::testing {

// Compiles the grammar document doc (its URL says where its includes and externalRefs are
// read from) with the RELAX NG engine. Returns "" when it compiles, else the engine's first
// message (never empty).
std::string compile_with_engine(xmlDoc* doc);

// Whether instance is valid against the grammar document schema (which must compile).
bool valid_with_engine(xmlDoc* schema, xmlDoc* instance);

} // namespace teipress::testing
