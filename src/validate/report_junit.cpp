// The JUnit XML report: one testcase per file, for CI systems that read JUnit results.
#include "validate/report_formats.h"

namespace teipress::validate {

std::string junit_report(const std::vector<FileReport>& reports, const ReportContext& context) {
    std::size_t failures = 0, errors = 0;
    std::string cases;
    for (const auto& r : reports) {
        cases += "    <testcase classname=\"teipress.validate\" name=\"" + xml_escape(r.path) + "\"";
        std::string lines, warnings;
        for (const auto& d : r.diagnostics) {
            if (d.severity == Severity::Error || context.strict)
                lines += format_diagnostic(d) + '\n';
            else
                warnings += format_diagnostic(d) + '\n';
        }
        const bool unreadable = r.status == InputStatus::Unreadable;
        if (lines.empty() && warnings.empty()) {
            cases += "/>\n";
            continue;
        }
        cases += ">\n";
        if (!lines.empty()) {
            const Diagnostic* first = nullptr;
            for (const auto& d : r.diagnostics)
                if (d.severity == Severity::Error || context.strict) {
                    first = &d;
                    break;
                }
            const char* tag = unreadable ? "error" : "failure";
            (unreadable ? errors : failures) += 1;
            cases += std::string("      <") + tag + " type=\"" +
                     xml_escape(first->rule_id.empty() ? "file" : first->rule_id) + "\" message=\"" +
                     xml_escape(first->message) + "\">" + xml_escape(lines) + "</" + tag + ">\n";
        }
        if (!warnings.empty()) cases += "      <system-out>" + xml_escape(warnings) + "</system-out>\n";
        cases += "    </testcase>\n";
    }
    const std::string counts = " tests=\"" + std::to_string(reports.size()) + "\" failures=\"" +
                               std::to_string(failures) + "\" errors=\"" + std::to_string(errors) + "\"";
    // The grammar's constraints that were not run: skipped test cases of a suite of their own.
    std::string skipped;
    for (const auto& c : context.not_run)
        skipped += "    <testcase classname=\"teipress.constraint\" name=\"" + xml_escape(c.id) +
                   "\"><skipped message=\"" +
                   xml_escape(c.file + ":" + std::to_string(c.line) + ": not run: " + c.reason) + "\"/></testcase>\n";
    const std::size_t n = context.not_run.size();
    const std::string total = " tests=\"" + std::to_string(reports.size() + n) + "\" failures=\"" +
                              std::to_string(failures) + "\" errors=\"" + std::to_string(errors) + "\"" +
                              (n ? " skipped=\"" + std::to_string(n) + "\"" : std::string());
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"teipress validate\"" + total +
           ">\n  <testsuite name=\"teipress validate\"" + counts + " skipped=\"0\">\n" + cases + "  </testsuite>\n" +
           (n ? "  <testsuite name=\"teipress constraints not run\" tests=\"" + std::to_string(n) +
                    "\" failures=\"0\" errors=\"0\" skipped=\"" + std::to_string(n) + "\">\n" + skipped +
                    "  </testsuite>\n"
              : std::string()) +
           "</testsuites>\n";
}

} // namespace teipress::validate
