// Validating one parsed document against a compiled grammar: a walk of the libxml2 tree that
// hands each event (start tag, attribute, text, end tag) to a Matcher, checks the IDs
// (compatibility ID-types), and turns each error into a Diagnostic at its place.
#pragma once

#include "core/diagnostic.h"
#include "validate/relaxng/derivatives.h"
#include "validate/source_text.h"

#include <libxml/tree.h>
#include <string>
#include <vector>

namespace teipress::validate::relaxng {

// Validates doc with this thread's derivatives (over the grammar they were made for) and
// appends every error in document order, rule id "relaxng", positioned by source (the '<' of
// the start tag, or the attribute's name; text errors at their element). name is how messages
// call the file when source is null (then positions are lines only). Returns the number of
// errors appended.
std::size_t validate_document(Derivatives& derivatives, xmlDoc* doc, const SourceText* source, const std::string& name,
                              std::vector<Diagnostic>& out);

} // namespace teipress::validate::relaxng
