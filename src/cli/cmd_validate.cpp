// teipress validate: RELAX NG + Schematron over many files, against a profile (edition, frus,
// tei) or a grammar and rules of the user's, reported in one of the formats of
// src/validate/report_formats.h.
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "validate/report_formats.h"
#include "validate/validation_profile.h"
#include "validate/validator.h"

#include <algorithm>
#include <iostream>

namespace teipress::cli {

namespace {

const char* k_help =
    "Validates each FILE (- is standard input) against a profile: its RELAX NG grammar and "
    "its Schematron rules. Profiles: edition (the default: schema/teipress.rng and "
    "schema/teipress.sch, the TEI teipress writes), frus (what the Office of the Historian "
    "requires: tei_all with the FRUS additions, schema/frus/frus.rng, and the FRUS rules, "
    "schema/frus/frus-xslt1.sch), tei (the official tei_all).\n"
    "\n"
    "--schema validates against another grammar instead (then only the rules given with "
    "--rules run); --embedded-rules also runs the Schematron constraints the grammar carries "
    "(TEI's ODD constraints; those libxslt cannot run, XPath 2, are listed as not run in "
    "every format). --phase chooses the phase of the rules. A schema or rules that do not "
    "compile are a usage error (exit 2).\n"
    "\n"
    "Files are validated in parallel and reported in the order given. Diagnostics: "
    "FILE:LINE:COL: error|warning: message [rule-id]. The text format writes them to stderr; "
    "the other formats write to stdout or --output.\n";

// validate's operands and options (the parser, --help and the completion read them).
void declare_validate(CommandOptions& o) {
    o.operand("file", po::value<std::vector<std::string>>(), "FILE", -1);
    // clang-format off
    o.add()
        ("profile", po::value<std::string>()->value_name("NAME"), "the grammar and rules to validate against (default: edition)")
        ("schema", po::value<std::string>()->value_name("FILE"), "another RELAX NG grammar (XML syntax) instead of the profile's")
        ("rules", po::value<std::string>()->value_name("FILE"), "ISO Schematron rules (XSLT 1.0 binding); with --schema, or instead of the default profile's")
        ("no-rules", "the grammar alone: run no Schematron rules")
        ("embedded-rules", "also run the Schematron constraints embedded in the grammar")
        ("phase", po::value<std::string>()->value_name("NAME"), "the phase of the Schematron rules: a phase's id, #ALL or #DEFAULT (the default)")
        ("strict", "warnings make a file invalid")
        ("format", po::value<std::string>()->value_name("FORMAT"), "the report's format (default: text; svrl: one FILE)")
        ("output,o", po::value<std::string>()->value_name("FILE"), "write the report to this file (default: standard output)")
        ("jobs,j", po::value<int>()->value_name("N"), "worker threads, 0 to 1024 (default 0: one per core; never more than the files or 64)")
        ("max-bytes", po::value<std::size_t>()->value_name("N"), "refuse inputs larger than this (default 1 GiB)");
    // clang-format on
    std::vector<std::string> profiles;
    for (const auto& p : validate::validation_profiles()) profiles.push_back(p.name);
    o.choices("profile", std::move(profiles));
    o.choices("format", validate::report_format_names());
}

int run_validate(const po::variables_map& vm) {
    const auto files = value_of<std::vector<std::string>>(vm, "file");
    const auto profile = value_of<std::string>(vm, "profile");
    const auto schema_path = value_of<std::string>(vm, "schema");
    const auto rules_path = value_of<std::string>(vm, "rules");
    const auto phase = value_of<std::string>(vm, "phase");
    const auto format_name = value_of<std::string>(vm, "format", "text");
    const auto output = value_of<std::string>(vm, "output");
    const int jobs = value_of<int>(vm, "jobs", 0);
    const std::size_t max_bytes = value_of<std::size_t>(vm, "max-bytes", std::size_t(1) << 30);

    auto format = validate::parse_report_format(format_name);
    if (!format)
        return usage_error("validate", "unknown --format '" + format_name +
                                           "' (expected text, json, junit, github, sarif or svrl)");
    if (vm.count("profile") && !validate::find_profile(profile))
        return usage_error("validate",
                           "unknown --profile '" + profile + "' (expected " + validate::profile_names() + ")");
    if (files.empty()) return usage_error("validate", "no FILE given");
    if (jobs < 0 || jobs > 1024)
        return usage_error("validate",
                           "--jobs must be a whole number from 0 (one per core) to 1024, not " + std::to_string(jobs));
    if (std::count_if(files.begin(), files.end(), is_stdin_path) > 1)
        return usage_error("validate", "standard input (-) can be given once only");
    if (*format == validate::ReportFormat::Svrl && files.size() != 1)
        return usage_error("validate", "--format svrl takes exactly one FILE");
    if (vm.count("no-rules") && vm.count("rules"))
        return usage_error("validate", "--rules and --no-rules exclude each other");
    if (vm.count("profile") && vm.count("schema"))
        return usage_error("validate", "--profile and --schema exclude each other (a profile names its grammar)");
    if (vm.count("profile") && vm.count("rules"))
        return usage_error("validate",
                           "--profile and --rules exclude each other (a profile names its rules; "
                           "use --schema RNG --rules SCH)");

    validate::ValidationRequest request;
    if (vm.count("profile")) request.profile = profile;
    request.schema = schema_path;
    request.rules = rules_path;
    request.no_rules = vm.count("no-rules") > 0;
    request.embedded_rules = vm.count("embedded-rules") > 0;
    if (vm.count("phase")) request.phase = phase;
    const std::string resolved_rules = validate::resolved_rules_path(request);
    if (vm.count("phase") && resolved_rules.empty())
        return usage_error("validate", "--phase needs Schematron rules (--rules SCH, or the profile edition or frus)");
    if (*format == validate::ReportFormat::Svrl && resolved_rules.empty() && !request.embedded_rules)
        return usage_error("validate", "--format svrl needs Schematron rules");
    if (*format == validate::ReportFormat::Svrl && !resolved_rules.empty() && request.embedded_rules)
        return usage_error("validate",
                           "--format svrl reports one set of rules: leave out --embedded-rules, "
                           "or the rules (--no-rules)");

    // Compile once, before the workers start.
    std::vector<Diagnostic> grammar_errors;
    auto setup = validate::prepare_validation(request, &grammar_errors);
    if (!setup) {
        // Every error of the grammar, not only the first.
        if (grammar_errors.empty()) grammar_errors.push_back(setup.error());
        for (const auto& d : grammar_errors) std::cerr << format_diagnostic(d) << '\n';
        return k_exit_usage;
    }

    validate::ReportContext context;
    context.strict = vm.count("strict") > 0;
    context.version = TEIPRESS_VERSION;
    for (const auto& r : setup->rule_sets)
        context.rules.insert(context.rules.end(), r->rules().begin(), r->rules().end());
    context.embedded_rules = setup->has_embedded_rules;
    context.embedded_found = setup->embedded_found;
    context.not_run = setup->not_run;

    validate::ValidatorOptions vopts;
    vopts.keep_svrl = *format == validate::ReportFormat::Svrl;
    vopts.max_bytes = max_bytes;
    for (const auto& c : context.not_run)
        vopts.svrl_texts.push_back("constraint " + c.id + " (" + c.file + ":" + std::to_string(c.line) +
                                   ") was not run: " + c.reason);
    validate::Validator validator(setup->schema, setup->rule_sets, vopts);
    const auto reports = validator.validate_files(files, static_cast<unsigned>(jobs));

    std::vector<std::string> inputs = files;
    inputs.push_back(setup->schema_path);
    if (!setup->rules_path.empty()) inputs.push_back(setup->rules_path);

    int status = k_exit_ok;
    for (const auto& r : reports) {
        if (r.status == validate::InputStatus::Unreadable)
            status = k_exit_usage;
        else if (status == k_exit_ok && (r.errors() > 0 || (context.strict && r.warnings() > 0)))
            status = k_exit_invalid;
    }

    if (*format == validate::ReportFormat::Svrl) {
        // SVRL reports the rules: a file that could not be read or parsed, or on which the
        // rules failed, has none; that is said on stderr and nothing is written. Grammar errors
        // (SVRL cannot hold them) go to stderr too.
        const auto& r = reports.front();
        for (const auto& d : r.diagnostics)
            if (r.status != validate::InputStatus::Ok || r.svrl.empty() || d.rule_id == "relaxng")
                std::cerr << format_diagnostic(d) << '\n';
        if (r.status != validate::InputStatus::Ok || r.svrl.empty()) {
            std::cerr << "teipress validate: no SVRL written: "
                      << (r.status == validate::InputStatus::Unreadable ? "the file could not be read"
                          : r.status == validate::InputStatus::Invalid  ? "the file is not a well-formed TEI document"
                                                                        : "the rules did not run")
                      << '\n';
            return status == k_exit_ok ? k_exit_invalid : status;
        }
    }

    const std::string report = validate::format_report(*format, reports, context);
    if (*format == validate::ReportFormat::Text) {
        std::cerr << report;
        if (!output.empty() && output != "-")
            if (int rc = write_output(output, report, inputs); rc != k_exit_ok) return rc;
    } else if (int rc = write_output(output, report, inputs); rc != k_exit_ok) {
        return rc;
    }
    return status;
}

} // namespace

const CommandSpec validate_command = {"validate", "validate TEI against RELAX NG and Schematron rules",
                                      declare_validate, k_help, run_validate};

} // namespace teipress::cli
