#include "schema_engine.h"

#include "validate/relaxng_schema.h"

#include <vector>

namespace teipress::testing {

namespace {
// The grammar document as the engine takes it: a copy, so the caller keeps its document, with
// the URL its includes and externalRefs are read relative to.
Result<std::shared_ptr<const validate::RelaxNgSchema>> compile_copy(xmlDoc* doc, std::vector<Diagnostic>& errors) {
    xml::XmlDocPtr copy(xmlCopyDoc(doc, 1));
    const std::string path = doc->URL ? reinterpret_cast<const char*>(doc->URL) : "schema.rng";
    return validate::RelaxNgSchema::compile_document(std::move(copy), path, errors);
}
} // namespace

// teipress's own RELAX NG engine (src/validate/relaxng/).
std::string compile_with_engine(xmlDoc* doc) {
    std::vector<Diagnostic> errors;
    auto schema = compile_copy(doc, errors);
    if (schema) return {};
    const std::string message = errors.empty() ? schema.error().message : errors.front().message;
    return message.empty() ? std::string("the schema does not compile") : message;
}

bool valid_with_engine(xmlDoc* schema_doc, xmlDoc* instance) {
    std::vector<Diagnostic> errors;
    auto schema = compile_copy(schema_doc, errors);
    if (!schema) return false;
    std::vector<Diagnostic> out;
    return (*schema)->validate(instance, "instance.xml", out);
}

} // namespace teipress::testing
