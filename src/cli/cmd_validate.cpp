// teipress validate: RELAX NG + Schematron over many files, reported in one of the formats
// of src/validate/report_formats.h.
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/data_dir.h"
#include "core/exit_status.h"
#include "validate/report_formats.h"
#include "validate/validator.h"

#include <iostream>

namespace teipress::cli {

namespace {

const char* k_help =
    "Validates each FILE against the edition's RELAX NG schema (schema/teipress.rng) and its\n"
    "Schematron rules (schema/teipress.sch). With --schema alone, only that grammar is used;\n"
    "add --rules to run Schematron rules too. Files are validated in parallel and reported in\n"
    "the order given. Diagnostics: FILE:LINE:COL: error|warning: message [rule-id].\n"
    "The text format writes them to stderr; the other formats write to stdout or --output.\n\n"
    "exit codes: 0 valid (warnings allowed unless --strict), 1 invalid,\n"
    "            2 usage error, an unreadable input, or a schema that does not compile\n";

} // namespace

int run_validate(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::vector<std::string> files;
    std::string schema_path, rules_path, format_name = "text", output;
    unsigned jobs = 0;
    std::size_t max_bytes = std::size_t(1) << 30;
    options.add_options()
        ("file", po::value(&files), "TEI files to validate")
        ("schema", po::value(&schema_path), "RELAX NG schema (XML syntax); default: the edition's")
        ("rules", po::value(&rules_path), "ISO Schematron rules (XSLT 1.0 binding); default: the edition's, unless --schema is given")
        ("no-rules", "RELAX NG only: run no Schematron rules")
        ("strict", "warnings make a file invalid")
        ("format", po::value(&format_name), "text|json|junit|github|sarif|svrl (svrl: one FILE)")
        ("output,o", po::value(&output), "write the report to this file (default: stdout)")
        ("jobs,j", po::value(&jobs), "worker threads (default 0: one per core)")
        ("max-bytes", po::value(&max_bytes), "refuse inputs larger than this (default 1 GiB)");
    po::positional_options_description positionals;
    positionals.add("file", -1);
    po::variables_map vm;
    if (auto done = parse_command_line(args, options, positionals, vm,
                                       "validate FILE... [--schema RNG] [--rules SCH] [--strict] "
                                       "[--format text|json|junit|github|sarif|svrl] [-o OUT]",
                                       k_help))
        return *done;

    auto format = validate::parse_report_format(format_name);
    if (!format)
        return usage_error("validate", "unknown --format '" + format_name +
                                           "' (expected text, json, junit, github, sarif or svrl)");
    if (files.empty()) return usage_error("validate", "no FILE given");
    if (*format == validate::ReportFormat::Svrl && files.size() != 1)
        return usage_error("validate", "--format svrl takes exactly one FILE");
    if (vm.count("no-rules") && vm.count("rules"))
        return usage_error("validate", "--rules and --no-rules exclude each other");

    const bool default_schema = schema_path.empty();
    if (default_schema) schema_path = data_path("schema/teipress.rng");
    if (rules_path.empty() && default_schema && !vm.count("no-rules"))
        rules_path = data_path("schema/teipress.sch");
    if (*format == validate::ReportFormat::Svrl && rules_path.empty())
        return usage_error("validate", "--format svrl needs Schematron rules");

    // Compile once, before the workers start.
    std::vector<Diagnostic> schema_errors;
    auto schema = validate::RelaxNgSchema::compile(schema_path, schema_errors);
    if (!schema) {
        // Every error of the grammar, not only the first.
        if (schema_errors.empty()) schema_errors.push_back(schema.error());
        for (const auto& d : schema_errors) std::cerr << format_diagnostic(d) << '\n';
        return k_exit_usage;
    }
    std::shared_ptr<const validate::SchematronRules> rules;
    if (!rules_path.empty()) {
        auto compiled = validate::SchematronRules::compile(
            rules_path, data_path("xslt/schematron/compile.xsl"));
        if (!compiled) {
            std::cerr << format_diagnostic(compiled.error()) << '\n';
            return k_exit_usage;
        }
        rules = *compiled;
    }

    validate::ValidatorOptions vopts;
    vopts.keep_svrl = *format == validate::ReportFormat::Svrl;
    vopts.max_bytes = max_bytes;
    validate::Validator validator(*schema, rules, vopts);
    const auto reports = validator.validate_files(files, jobs);

    validate::ReportContext context;
    context.strict = vm.count("strict") > 0;
    context.version = TEIPRESS_VERSION;
    if (rules) context.rules = rules->rules();
    const std::string report = validate::format_report(*format, reports, context);

    std::vector<std::string> inputs = files;
    inputs.push_back(schema_path);
    if (!rules_path.empty()) inputs.push_back(rules_path);
    if (*format == validate::ReportFormat::Text) {
        std::cerr << report;
        if (!output.empty() && output != "-")
            if (int rc = write_output(output, report, inputs); rc != k_exit_ok) return rc;
    } else if (int rc = write_output(output, report, inputs); rc != k_exit_ok) {
        return rc;
    }

    int status = k_exit_ok;
    for (const auto& r : reports) {
        if (r.status == validate::InputStatus::Unreadable) return k_exit_usage;
        if (r.errors() > 0 || (context.strict && r.warnings() > 0)) status = k_exit_invalid;
    }
    return status;
}

} // namespace teipress::cli
