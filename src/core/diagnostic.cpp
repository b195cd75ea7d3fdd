#include "core/diagnostic.h"

#include "core/utf8.h"

namespace teipress {

void DiagnosticSink::error(std::string file, int line, int column, std::string message) {
    add({Severity::Error, std::move(file), line, column, std::move(message), {}});
}

void DiagnosticSink::warning(std::string file, int line, int column, std::string message) {
    add({Severity::Warning, std::move(file), line, column, std::move(message), {}});
}

bool DiagnosticSink::has_errors() const {
    return error_count() > 0;
}

std::size_t DiagnosticSink::error_count() const {
    std::size_t n = 0;
    for (const auto& d : m_items) n += d.severity == Severity::Error;
    return n;
}

std::size_t DiagnosticSink::warning_count() const {
    std::size_t n = 0;
    for (const auto& d : m_items) n += d.severity == Severity::Warning;
    return n;
}

const char* severity_name(Severity s) {
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
    // One line of valid UTF-8 whatever the file is called and whatever a library quoted.
    std::string out = d.file.empty() ? std::string("teipress") : one_line(d.file);
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    out += ": ";
    out += severity_name(d.severity);
    out += ": ";
    out += one_line(d.message);
    if (!d.rule_id.empty()) out += " [" + one_line(d.rule_id) + "]";
    return out;
}

void print_diagnostics(std::ostream& out, const DiagnosticSink& sink) {
    for (const auto& d : sink.items()) out << format_diagnostic(d) << '\n';
}

} // namespace teipress
