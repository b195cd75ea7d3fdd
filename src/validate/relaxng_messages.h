// Turns libxml2's RELAX NG validity errors into jing-style diagnostics that name what the
// schema expected ("element "x" not allowed here; "p" allows …").
#pragma once

#include "core/diagnostic.h"
#include "validate/content_model.h"
#include "validate/schema_vocabulary.h"
#include "validate/source_text.h"

#include <libxml/xmlerror.h>
#include <vector>

namespace teipress::validate {

// One error as libxml2 raised it, copied out of its callback.
struct RelaxNgError {
    std::string message; // libxml2's message, trimmed
    std::string str1, str2; // the names libxml2 passed along (element, attribute, …)
    const xmlNode* node = nullptr;
    int line = 0;
    bool warning = false;
};

// Copies what the diagnostics need out of a libxml2 error.
RelaxNgError copy_relaxng_error(const xmlError& err);

// Rewrites the errors of one document into diagnostics in document order: names what was
// expected, points at the start tag (or the attribute), drops libxml2's follow-up messages
// ("failed to validate content") when a precise one exists, and removes duplicates.
std::vector<Diagnostic> explain_relaxng_errors(const std::vector<RelaxNgError>& errors,
                                               const SchemaVocabulary& vocabulary,
                                               const ContentModels& models,
                                               const SourceText& source);

} // namespace teipress::validate
