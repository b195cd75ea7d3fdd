// Validation profiles (what `teipress validate --profile` names: a grammar and its rules) and
// the compiling of what one run validates against: the grammar, the Schematron rules, the
// constraints embedded in the grammar, each once, before the workers start.
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
#include "validate/embedded_rules.h"
#include "validate/relaxng_schema.h"
#include "validate/schematron_rules.h"

#include <memory>
#include <string>
#include <vector>

namespace teipress::validate {

// One profile: a name, its grammar and its rules (paths relative to the data folder).
struct ValidationProfile {
    const char* name;
    const char* grammar;     // RELAX NG, XML syntax
    const char* rules;       // ISO Schematron, or nullptr: the grammar alone
    const char* description; // one line, for --help
};

// The profiles, the default (edition) first: edition (schema/teipress.rng +
// schema/teipress.sch), frus (schema/frus/frus.rng + schema/frus/frus-xslt1.sch), tei
// (schema/tei/tei_all.rng).
const std::vector<ValidationProfile>& validation_profiles();

// The profile named name; nullptr when there is none.
const ValidationProfile* find_profile(const std::string& name);

// "edition, frus or tei".
std::string profile_names();

// What to validate against, as the command line asked (paths as given; empty when not given).
struct ValidationRequest {
    std::string profile = "edition"; // used for what schema/rules leave empty
    std::string schema;              // a grammar instead of the profile's (then no rules unless given)
    std::string rules;               // rules instead of the profile's
    bool no_rules = false;           // the grammar alone
    bool embedded_rules = false;     // also the Schematron constraints the grammar carries
    std::string phase = "#DEFAULT";  // the phase of the rules
};

// What one run validates against, compiled.
struct ValidationSetup {
    std::shared_ptr<const RelaxNgSchema> schema;
    std::string schema_path;
    std::vector<std::shared_ptr<const SchematronRules>> rule_sets; // rules, then embedded rules
    std::string rules_path;                                        // empty when no rules
    bool has_embedded_rules = false;                               // the embedded constraints were asked for
    std::size_t embedded_found = 0;                                // constraints the grammar carries
    std::vector<NotRunConstraint> not_run;                         // those that could not run
};

// The rules path the request resolves to (empty: none), without compiling anything.
std::string resolved_rules_path(const ValidationRequest& request);

// Compiles what request names, rules first (they are quick, and a wrong phase is found before
// a large grammar is compiled). Errors (a Diagnostic at the file concerned): an unknown
// profile, a grammar or rules that cannot be read or do not compile, an unknown phase. When
// the grammar does not compile, every error of it is appended to grammar_errors (if given).
Result<ValidationSetup> prepare_validation(const ValidationRequest& request,
                                           std::vector<Diagnostic>* grammar_errors = nullptr);

} // namespace teipress::validate
