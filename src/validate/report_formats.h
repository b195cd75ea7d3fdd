// The report formats of `teipress validate`: text, JSON, JUnit XML, GitHub Actions workflow
// commands, SARIF 2.1.0. Each turns the per-file reports of one run into one text; none
// depends on the clock, the host or absolute paths (files are named as they were given).
#pragma once

#include "validate/embedded_rules.h"
#include "validate/schematron_rules.h"
#include "validate/validator.h"

#include <optional>
#include <string>
#include <vector>

namespace teipress::validate {

enum class ReportFormat { Text, Json, Junit, Github, Sarif, Svrl };

// The format named name ("text", "json", "junit", "github", "sarif", "svrl"); nullopt if none.
std::optional<ReportFormat> parse_report_format(const std::string& name);

// The names parse_report_format knows, in the order --help lists them.
std::vector<std::string> report_format_names();

// What every format needs besides the reports.
struct ReportContext {
    std::vector<RuleInfo> rules;           // the rules of the run (SARIF lists them)
    bool strict = false;                   // warnings count as failures
    std::string version;                   // teipress's version
    bool embedded_rules = false;           // the grammar's embedded constraints were asked for
    std::size_t embedded_found = 0;        // how many the grammar carries
    std::vector<NotRunConstraint> not_run; // those not run: every format lists them
};

// The note of a constraint not run: "GRAMMAR:LINE: note: not run: REASON [ID]".
Diagnostic not_run_note(const NotRunConstraint& c);

// The summary's account of embedded constraints ("embedded constraints: R run, N not run"),
// empty when they were not asked for.
std::string embedded_summary(const ReportContext& context);

// A "GRAMMAR:LINE: note: not run: …" line per constraint not run, one line per diagnostic
// "FILE:LINE:COL: error|warning: message [rule-id]", then a summary line "N files checked: E
// errors, W warnings" (each file's result when several; the embedded constraints run and not
// run when asked for).
std::string text_report(const std::vector<FileReport>& reports, const ReportContext& context);

// {"tool", "files": [{"file", "valid", "errors", "warnings", "diagnostics": [...]}], "errors",
// "warnings", "valid"}.
std::string json_report(const std::vector<FileReport>& reports, const ReportContext& context);

// JUnit XML: one testsuite, one testcase per file; a failure (errors, or warnings when
// strict) lists the diagnostics; an unreadable file is an error; warnings go to system-out.
std::string junit_report(const std::vector<FileReport>& reports, const ReportContext& context);

// GitHub Actions workflow commands: "::error file=F,line=L,col=C,title=teipress [rule]::message"
// (::warning for warnings), escaped as the runner expects.
std::string github_report(const std::vector<FileReport>& reports, const ReportContext& context);

// SARIF 2.1.0: one run whose tool lists the rules; one result per diagnostic with its
// physical location (the file as given, as a relative URI; line and column).
std::string sarif_report(const std::vector<FileReport>& reports, const ReportContext& context);

// The report in format (Svrl: the SVRL of each file, concatenated; the constraints not run
// are svrl:text elements at its top, written by the Validator).
std::string format_report(ReportFormat format, const std::vector<FileReport>& reports, const ReportContext& context);

// JSON string literal of s (quotes included; control characters escaped; a byte of invalid
// UTF-8 as the text "\xNN", so the report is always valid UTF-8).
std::string json_string(const std::string& s);

// s with the five XML special characters escaped (for text and attribute values); a byte of
// invalid UTF-8 as the text "\xNN", a control character XML cannot hold as U+FFFD.
std::string xml_escape(const std::string& s);

} // namespace teipress::validate
