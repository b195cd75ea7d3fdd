#include "validate/relaxng_schema.h"

#include "core/input_file.h"
#include "validate/relaxng_messages.h"
#include "validate/tei_input.h"

namespace teipress::validate {

namespace {

struct CompileErrors {
    const std::string* path;
    std::vector<Diagnostic> items;
};

// Structured error handler of the schema's parser context (not the process-global one).
void on_compile_error(void* user, xmlErrorPtr err) {
    auto* errors = static_cast<CompileErrors*>(user);
    if (!err || err->level == XML_ERR_WARNING) return;
    std::string m = err->message ? err->message : "RELAX NG schema error";
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    Diagnostic d{Severity::Error, *errors->path, err->line > 0 ? err->line : 1, 1,
                 "schema does not compile: " + m, {}};
    errors->items.push_back(std::move(d));
}

// Structured error handler of one validation context.
void on_valid_error(void* user, xmlErrorPtr err) {
    if (!err) return;
    static_cast<std::vector<RelaxNgError>*>(user)->push_back(copy_relaxng_error(*err));
}

} // namespace

Result<std::shared_ptr<const RelaxNgSchema>> RelaxNgSchema::compile(const std::string& path) {
    auto bytes = read_file_bytes(path);
    if (!bytes) return bytes.error();
    std::vector<Diagnostic> parse_errors;
    auto doc = parse_xml(path, *bytes, parse_errors);
    if (!doc) {
        Diagnostic d = parse_errors.empty() ? Diagnostic{Severity::Error, path, 1, 1, "", {}}
                                            : parse_errors.front();
        d.message = "schema is not well-formed XML (teipress reads RELAX NG in XML syntax): " + d.message;
        return d;
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || !root->ns ||
        !xmlStrEqual(root->ns->href, reinterpret_cast<const xmlChar*>("http://relaxng.org/ns/structure/1.0")))
        return Diagnostic{Severity::Error, path, 1, 1,
                          "schema does not compile: the root element \"" +
                              std::string(root ? reinterpret_cast<const char*>(root->name) : "") +
                              "\" is not a RELAX NG pattern (namespace http://relaxng.org/ns/structure/1.0)",
                          {}};

    std::shared_ptr<RelaxNgSchema> schema(new RelaxNgSchema());
    schema->m_path = path;
    schema->m_vocabulary = SchemaVocabulary::from_grammar(doc.get());
    schema->m_models = ContentModels::from_grammar(doc.get());

    CompileErrors errors{&path, {}};
    // The parser context copies the document; ours is freed when doc goes out of scope.
    xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewDocParserCtxt(doc.get());
    if (!pctxt) return Diagnostic{Severity::Error, path, 1, 1, "out of memory compiling the schema", {}};
    xmlRelaxNGSetParserStructuredErrors(pctxt, on_compile_error, &errors);
    schema->m_schema = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!schema->m_schema) {
        if (!errors.items.empty()) return errors.items.front();
        return Diagnostic{Severity::Error, path, 1, 1,
                          "schema does not compile: not a RELAX NG grammar (XML syntax)", {}};
    }
    return std::shared_ptr<const RelaxNgSchema>(std::move(schema));
}

RelaxNgSchema::~RelaxNgSchema() {
    if (m_schema) xmlRelaxNGFree(m_schema);
}

void RelaxNgSchema::validate(xmlDoc* doc, const SourceText& source,
                             std::vector<Diagnostic>& out) const {
    std::vector<RelaxNgError> errors;
    xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt(m_schema);
    if (!vctxt) {
        out.push_back({Severity::Error, source.name(), 1, 1, "out of memory validating", "relaxng"});
        return;
    }
    xmlRelaxNGSetValidStructuredErrors(vctxt, on_valid_error, &errors);
    int rc = xmlRelaxNGValidateDoc(vctxt, doc);
    xmlRelaxNGFreeValidCtxt(vctxt);
    auto explained = explain_relaxng_errors(errors, m_vocabulary, *m_models, source);
    if (rc != 0 && explained.empty())
        explained.push_back({Severity::Error, source.name(), 1, 1,
                             "the document is not valid against the schema", "relaxng"});
    for (auto& d : explained) out.push_back(std::move(d));
}

} // namespace teipress::validate
