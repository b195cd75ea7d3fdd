// Diagnostics: errors and warnings as values with their source position.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace teipress {

enum class Severity { Error, Warning, Note };

// One message about one place in one file. line and column are 1-based; 0 means "unknown"
// (then the renderer prints only what is known). column counts characters, not bytes.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;
    std::string rule_id; // e.g. a Schematron rule id; empty when none
};

// Collects diagnostics; passed by reference to whoever may report, never global.
class DiagnosticSink {
  public:
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void error(std::string file, int line, int column, std::string message);
    void warning(std::string file, int line, int column, std::string message);
    bool has_errors() const;
    std::size_t error_count() const;
    std::size_t warning_count() const;
    const std::vector<Diagnostic>& items() const { return m_items; }
    // The diagnostics, to complete them (e.g. a column found later).
    std::vector<Diagnostic>& items() { return m_items; }
    bool empty() const { return m_items.empty(); }
    void clear() { m_items.clear(); }

  private:
    std::vector<Diagnostic> m_items;
};

// "error", "warning" or "note".
const char* severity_name(Severity s);

// Renders "FILE:LINE:COL: error: message [rule-id]" (no newline): one line of valid UTF-8
// (file, message and rule through one_line: a newline in a file name is "\n", an invalid
// byte "\xFF"). Unknown parts are left out: "FILE: error: message" when line is 0.
std::string format_diagnostic(const Diagnostic& d);

// Writes every diagnostic of the sink, one per line.
void print_diagnostics(std::ostream& out, const DiagnosticSink& sink);

} // namespace teipress
