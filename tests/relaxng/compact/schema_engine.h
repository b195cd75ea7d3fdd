// The RELAX NG engine the compact-syntax tests compile translated schemas with: the one place
// to change when the engine of src/validate/relaxng/ replaces libxml2's.
#pragma once

#include <libxml/tree.h>
#include <string>

namespace teipress::testing {

// Compiles the grammar document doc (its URL says where its includes and externalRefs are
// read from) with the RELAX NG engine. Returns "" when it compiles, else the engine's first
// message (never empty).
std::string compile_with_engine(xmlDoc* doc);

} // namespace teipress::testing
