#include "validate/report_formats.h"

#include "core/utf8.h"

#include <cstdio>

namespace teipress::validate {

namespace {
// Every report format and its --format name, in the order --help lists them.
struct NamedFormat {
    const char* name;
    ReportFormat format;
};
constexpr NamedFormat k_formats[] = {{"text", ReportFormat::Text},   {"json", ReportFormat::Json},
                                     {"junit", ReportFormat::Junit}, {"github", ReportFormat::Github},
                                     {"sarif", ReportFormat::Sarif}, {"svrl", ReportFormat::Svrl}};
} // namespace

std::optional<ReportFormat> parse_report_format(const std::string& name) {
    for (const auto& f : k_formats)
        if (name == f.name) return f.format;
    return std::nullopt;
}

std::vector<std::string> report_format_names() {
    std::vector<std::string> names;
    for (const auto& f : k_formats) names.push_back(f.name);
    return names;
}

namespace {

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Escapes the message part of a workflow command (%, CR, LF).
std::string github_data(const std::string& s) {
    std::string out;
    for (char c : valid_utf8(s)) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

// Escapes a property value of a workflow command (also ':' and ',').
std::string github_property(const std::string& s) {
    std::string out;
    for (char c : github_data(s)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

} // namespace

Diagnostic not_run_note(const NotRunConstraint& c) {
    return {Severity::Note, c.file, c.line, 0, "not run: " + c.reason, c.id};
}

std::string embedded_summary(const ReportContext& context) {
    if (!context.embedded_rules) return {};
    const std::size_t not_run = context.not_run.size();
    const std::size_t run = context.embedded_found >= not_run ? context.embedded_found - not_run : 0;
    return "embedded constraints: " + std::to_string(run) + " run, " + std::to_string(not_run) + " not run";
}

std::string text_report(const std::vector<FileReport>& reports, const ReportContext& context) {
    std::string out;
    for (const auto& c : context.not_run) out += format_diagnostic(not_run_note(c)) + '\n';
    std::size_t errors = 0, warnings = 0, failed = 0, unreadable = 0;
    for (const auto& r : reports) {
        for (const auto& d : r.diagnostics) out += format_diagnostic(d) + '\n';
        errors += r.errors();
        warnings += r.warnings();
        if (r.status == InputStatus::Unreadable)
            ++unreadable;
        else
            failed += r.errors() > 0 || (context.strict && r.warnings() > 0);
    }
    out += plural(reports.size(), "file") + " checked: " + plural(errors, "error") + ", " + plural(warnings, "warning");
    if (failed > 0) out += "; " + std::to_string(failed) + " not valid";
    if (unreadable > 0) out += "; " + std::to_string(unreadable) + " not readable";
    if (context.strict && warnings > 0) out += " (--strict: warnings fail)";
    if (context.embedded_rules) out += "; " + embedded_summary(context);
    out += '\n';
    return out;
}

std::string github_report(const std::vector<FileReport>& reports, const ReportContext& context) {
    std::string out;
    for (const auto& c : context.not_run) {
        out += "::notice file=" + github_property(c.file);
        if (c.line > 0) out += ",line=" + std::to_string(c.line);
        out += ",title=" + github_property("teipress [" + c.id + "] not run");
        out += "::" + github_data("constraint " + c.id + " was not run: " + c.reason) + '\n';
    }
    for (const auto& r : reports) {
        for (const auto& d : r.diagnostics) {
            out += d.severity == Severity::Error     ? "::error "
                   : d.severity == Severity::Warning ? "::warning "
                                                     : "::notice ";
            out += "file=" + github_property(d.file);
            if (d.line > 0) out += ",line=" + std::to_string(d.line);
            if (d.column > 0) out += ",col=" + std::to_string(d.column);
            out +=
                ",title=" + github_property("teipress" + (d.rule_id.empty() ? std::string() : " [" + d.rule_id + "]"));
            out += "::" + github_data(d.message) + '\n';
        }
    }
    return out;
}

std::string xml_escape(const std::string& raw) {
    const std::string s = valid_utf8(raw); // XML text is UTF-8: an invalid byte as "\xFF"
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        case '\t': out += "&#9;"; break;
        default:
            // Control characters are not allowed in XML 1.0: write them as U+FFFD.
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\xEF\xBF\xBD";
            else
                out += c;
        }
    }
    return out;
}

std::string format_report(ReportFormat format, const std::vector<FileReport>& reports, const ReportContext& context) {
    switch (format) {
    case ReportFormat::Text: return text_report(reports, context);
    case ReportFormat::Json: return json_report(reports, context);
    case ReportFormat::Junit: return junit_report(reports, context);
    case ReportFormat::Github: return github_report(reports, context);
    case ReportFormat::Sarif: return sarif_report(reports, context);
    case ReportFormat::Svrl: {
        std::string out;
        for (const auto& r : reports) out += r.svrl;
        return out;
    }
    }
    return {};
}

} // namespace teipress::validate
