#include "validate/validation_profile.h"

#include "core/data_dir.h"
#include "validate/schematron_schema.h"

namespace teipress::validate {

const std::vector<ValidationProfile>& validation_profiles() {
    static const std::vector<ValidationProfile> profiles = {
        {"edition", "schema/teipress.rng", "schema/teipress.sch",
         "the edition's TEI customization and rules (the TEI teipress writes)"},
        {"frus", "schema/frus/frus.rng", "schema/frus/frus-xslt1.sch",
         "what the Office of the Historian requires: tei_all with the FRUS additions, and the FRUS rules"},
        {"tei", "schema/tei/tei_all.rng", nullptr, "the official TEI P5 schema, tei_all"},
    };
    return profiles;
}

const ValidationProfile* find_profile(const std::string& name) {
    for (const auto& p : validation_profiles())
        if (name == p.name) return &p;
    return nullptr;
}

std::string profile_names() {
    std::string out;
    const auto& all = validation_profiles();
    for (std::size_t i = 0; i < all.size(); ++i)
        out += (i == 0 ? "" : i + 1 == all.size() ? " or " : ", ") + std::string(all[i].name);
    return out;
}

std::string resolved_rules_path(const ValidationRequest& request) {
    if (request.no_rules) return {};
    if (!request.rules.empty()) return request.rules;
    if (!request.schema.empty()) return {}; // another grammar: its rules only when given
    const ValidationProfile* profile = find_profile(request.profile);
    return profile && profile->rules ? data_path(profile->rules) : std::string();
}

Result<ValidationSetup> prepare_validation(const ValidationRequest& request, std::vector<Diagnostic>* grammar_errors) {
    const ValidationProfile* profile = find_profile(request.profile);
    if (!profile)
        return Diagnostic{Severity::Error,
                          {},
                          0,
                          0,
                          "unknown profile '" + request.profile + "' (expected " + profile_names() + ")",
                          {}};
    ValidationSetup setup;
    setup.schema_path = request.schema.empty() ? data_path(profile->grammar) : request.schema;
    setup.rules_path = resolved_rules_path(request);

    std::shared_ptr<const SchematronCompiler> compiler;
    if (!setup.rules_path.empty() || request.embedded_rules) {
        auto loaded = SchematronCompiler::load(data_path("xslt/schematron/compile.xsl"));
        if (!loaded) return loaded.error();
        compiler = *loaded;
    }
    if (!setup.rules_path.empty()) {
        auto schema = load_schematron_schema(setup.rules_path);
        if (!schema) return schema.error();
        auto rules = SchematronRules::compile_document(schema->get(), setup.rules_path, *compiler, {request.phase});
        if (!rules) return rules.error();
        setup.rule_sets.push_back(*rules);
    }
    if (request.embedded_rules) {
        auto embedded = extract_embedded_rules(setup.schema_path, *compiler);
        if (!embedded) return embedded.error();
        setup.has_embedded_rules = true;
        setup.embedded_found = embedded->found;
        setup.not_run = std::move(embedded->not_run);
        if (embedded->rules) setup.rule_sets.push_back(embedded->rules);
    }
    std::vector<Diagnostic> errors;
    auto schema = RelaxNgSchema::compile(setup.schema_path, errors);
    if (!schema) {
        if (grammar_errors) grammar_errors->insert(grammar_errors->end(), errors.begin(), errors.end());
        return schema.error();
    }
    setup.schema = *schema;
    return setup;
}

} // namespace teipress::validate
