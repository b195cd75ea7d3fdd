#include "validate/relaxng_schema.h"

#include "validate/relaxng/compiled_grammar.h"
#include "validate/relaxng/derivatives.h"
#include "validate/relaxng/document_validator.h"
#include "validate/relaxng/grammar_vocabulary.h"

namespace teipress::validate {

RelaxNgSchema::RelaxNgSchema() = default;
RelaxNgSchema::~RelaxNgSchema() = default;

namespace {
Result<std::shared_ptr<const RelaxNgSchema>> first_error(const std::vector<Diagnostic>& errors,
                                                         const std::string& path) {
    if (!errors.empty()) return errors.front();
    return Diagnostic{Severity::Error, path, 1, 1, "the grammar does not compile", {}};
}
} // namespace

Result<std::shared_ptr<const RelaxNgSchema>> RelaxNgSchema::compile(const std::string& path) {
    std::vector<Diagnostic> errors;
    return compile(path, errors, true);
}

Result<std::shared_ptr<const RelaxNgSchema>> RelaxNgSchema::compile(const std::string& path,
                                                                    std::vector<Diagnostic>& errors) {
    return compile(path, errors, true);
}

Result<std::shared_ptr<const RelaxNgSchema>>
RelaxNgSchema::compile(const std::string& path, std::vector<Diagnostic>& errors, bool check_id_types) {
    relaxng::CompileOptions options;
    options.check_id_types = check_id_types;
    auto grammar = relaxng::compile_grammar(path, options, errors);
    if (!grammar) return first_error(errors, path);
    std::shared_ptr<RelaxNgSchema> schema(new RelaxNgSchema());
    schema->m_path = path;
    schema->m_grammar = std::move(grammar);
    return std::shared_ptr<const RelaxNgSchema>(std::move(schema));
}

Result<std::shared_ptr<const RelaxNgSchema>> RelaxNgSchema::compile_document(xml::XmlDocPtr doc,
                                                                             const std::string& path,
                                                                             std::vector<Diagnostic>& errors,
                                                                             bool check_id_types) {
    relaxng::CompileOptions options;
    options.check_id_types = check_id_types;
    auto grammar = relaxng::compile_grammar(relaxng::grammar_from_document(std::move(doc), path), options, errors);
    if (!grammar) return first_error(errors, path);
    std::shared_ptr<RelaxNgSchema> schema(new RelaxNgSchema());
    schema->m_path = path;
    schema->m_grammar = std::move(grammar);
    return std::shared_ptr<const RelaxNgSchema>(std::move(schema));
}

std::unique_ptr<relaxng::Derivatives> RelaxNgSchema::take_derivatives() const {
    {
        std::lock_guard<std::mutex> lock(m_pool_mutex);
        if (!m_pool.empty()) {
            auto d = std::move(m_pool.back());
            m_pool.pop_back();
            return d;
        }
    }
    return std::make_unique<relaxng::Derivatives>(*m_grammar);
}

void RelaxNgSchema::give_back(std::unique_ptr<relaxng::Derivatives> d) const {
    std::lock_guard<std::mutex> lock(m_pool_mutex);
    m_pool.push_back(std::move(d));
}

void RelaxNgSchema::validate(xmlDoc* doc, const SourceText& source, std::vector<Diagnostic>& out) const {
    auto d = take_derivatives();
    relaxng::validate_document(*d, doc, &source, source.name(), out);
    give_back(std::move(d));
}

bool RelaxNgSchema::validate(xmlDoc* doc, const std::string& name, std::vector<Diagnostic>& out) const {
    auto d = take_derivatives();
    const std::size_t errors = relaxng::validate_document(*d, doc, nullptr, name, out);
    give_back(std::move(d));
    return errors == 0;
}

std::map<std::string, std::set<std::string>> RelaxNgSchema::vocabulary() const {
    return relaxng::grammar_vocabulary(*m_grammar);
}

} // namespace teipress::validate
