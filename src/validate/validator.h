// Validator: the compiled schema and rules, applied to many files in parallel, one report
// per file in the order the files were given.
#pragma once

#include "core/diagnostic.h"
#include "validate/relaxng_schema.h"
#include "validate/schematron_rules.h"
#include "validate/tei_input.h"

#include <memory>
#include <string>
#include <vector>

namespace teipress::validate {

// What validating one file found.
struct FileReport {
    std::string path;
    InputStatus status = InputStatus::Ok;
    std::vector<Diagnostic> diagnostics; // in document order: parse, RELAX NG, then rules
    std::string svrl;                    // the SVRL, when asked for and the rules ran
    // The number of error diagnostics.
    std::size_t errors() const;
    // The number of warning diagnostics.
    std::size_t warnings() const;
};

// How to validate.
struct ValidatorOptions {
    bool require_tei = true;                      // a root outside the TEI namespace is an error
    bool keep_svrl = false;                       // keep each file's SVRL in its report
    std::vector<std::string> svrl_texts;          // svrl:text written at the top of each SVRL kept
    std::size_t max_bytes = std::size_t(1) << 30; // larger inputs are refused unread
};

class Validator {
  public:
    // schema is required; rules may be null (RELAX NG only).
    Validator(std::shared_ptr<const RelaxNgSchema> schema, std::shared_ptr<const SchematronRules> rules,
              ValidatorOptions options);
    // schema is required; every set of rules runs on each file (none: RELAX NG only). With
    // keep_svrl, the SVRL kept is that of the first set.
    Validator(std::shared_ptr<const RelaxNgSchema> schema,
              std::vector<std::shared_ptr<const SchematronRules>> rule_sets, ValidatorOptions options);

    // Reads, parses and validates one file ("-": standard input). Every problem is in the
    // report; throws only std::bad_alloc (out of memory).
    FileReport validate_file(const std::string& path) const;

    // Validates a text already read (bytes, named name in the report and its messages), so
    // that an input is read once (standard input, an output just written).
    FileReport validate_text(const std::string& name, std::string bytes) const;

    // Validates a file already parsed by parse_tei_input (its status Ok): the grammar, then
    // the rules. The tree is only read, so that the caller may go on to render it.
    FileReport validate_input(TeiInput& input) const;

    // The most threads validate_files uses, whatever it is asked for.
    static constexpr std::size_t k_max_jobs = 64;

    // Validates every file on up to `jobs` threads (0: one per core; never more than the files
    // or k_max_jobs; the calling thread is one of them, and threads the system refuses to
    // create are done without); reports in input order. Rethrows a worker's exception (out of
    // memory) once all have stopped.
    std::vector<FileReport> validate_files(const std::vector<std::string>& paths, unsigned jobs = 0) const;

    // The grammar.
    const RelaxNgSchema& schema() const { return *m_schema; }
    // The first set of rules; null when validating against the grammar alone.
    const SchematronRules* rules() const { return m_rule_sets.empty() ? nullptr : m_rule_sets.front().get(); }
    // Every set of rules, in the order they run.
    const std::vector<std::shared_ptr<const SchematronRules>>& rule_sets() const { return m_rule_sets; }

  private:
    // Validates the parsed input (grammar, then rules) into report.
    void validate_parsed(TeiInput& input, FileReport& report) const;

    std::shared_ptr<const RelaxNgSchema> m_schema;
    std::vector<std::shared_ptr<const SchematronRules>> m_rule_sets;
    ValidatorOptions m_options;
};

} // namespace teipress::validate
