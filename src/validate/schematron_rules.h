// SchematronRules: an ISO Schematron schema compiled once to an XSLT 1.0 stylesheet (by
// xslt/schematron/compile.xsl) and run in-process by libxslt on each document; the SVRL it
// writes becomes diagnostics with the rule's id, role and the node's line and column.
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
#include "validate/node_positions.h"
#include "validate/source_text.h"
#include "xml/libxml_document.h"

#include <libxslt/xsltInternals.h>
#include <memory>
#include <string>
#include <vector>

namespace teipress::validate {

// One assert or report of the schema, for the rule lists of report formats (SARIF).
struct RuleInfo {
    std::string id;
    Severity severity = Severity::Error;
    std::string description; // the pattern's title and the message, normalised
};

// How to compile a schema.
struct SchematronOptions {
    std::string phase = "#DEFAULT"; // a phase's id, "#ALL", or "#DEFAULT" (@defaultPhase, else #ALL)
};

// compile.xsl, compiled once, to compile any number of schemas.
class SchematronCompiler {
  public:
    // Reads and compiles the compiler stylesheet at path. Errors: missing, not well-formed,
    // does not compile (its first message). Call from one thread.
    static Result<std::shared_ptr<const SchematronCompiler>> load(const std::string& path);
    ~SchematronCompiler();
    SchematronCompiler(const SchematronCompiler&) = delete;
    SchematronCompiler& operator=(const SchematronCompiler&) = delete;

    // The XSLT that schema (a parsed sch:schema, includes expanded) compiles to, or the
    // compiler's message (the first "schematron: …" it wrote) as error.
    Result<xml::XmlDocPtr> translate(xmlDoc* schema, const SchematronOptions& options) const;

  private:
    SchematronCompiler() = default;
    std::string m_path;
    xsltStylesheetPtr m_stylesheet = nullptr;
};

// What one run of the rules on a document wrote: the SVRL, and the nodes that the
// teipress-node numbers of its reports name (valid while the document lives).
struct SchematronRun {
    xml::XmlDocPtr svrl;
    std::vector<const xmlNode*> nodes;
    explicit operator bool() const { return svrl != nullptr; }
};

class SchematronRules {
  public:
    // Reads the .sch at sch_path (its sch:include expanded) and compiles it with the compiler
    // stylesheet at compiler_path. Errors (as a Diagnostic at the .sch, or at the compiler):
    // missing, not well-formed, not ISO Schematron, an include that cannot be expanded, an
    // unknown phase, a construct the compiler refuses, a query calling a function XPath 1.0
    // does not have, an XPath expression that does not compile. Call from one thread
    // (before workers start).
    static Result<std::shared_ptr<const SchematronRules>>
    compile(const std::string& sch_path, const std::string& compiler_path, const SchematronOptions& options = {});

    // Compiles schema (a parsed sch:schema, includes expanded), named name in messages, with
    // compiler. Same errors as compile().
    static Result<std::shared_ptr<const SchematronRules>> compile_document(xmlDoc* schema, const std::string& name,
                                                                           const SchematronCompiler& compiler,
                                                                           const SchematronOptions& options = {});

    ~SchematronRules();
    SchematronRules(const SchematronRules&) = delete;
    SchematronRules& operator=(const SchematronRules&) = delete;

    // Runs the rules on doc and returns the SVRL, each report naming its node by number (see
    // SchematronRun); a null SVRL (and a diagnostic in out) when the transformation fails.
    // With fired_rules the SVRL also lists every rule that fired (svrl:fired-rule: complete
    // SVRL, for --format svrl; slower on big files). Safe to call from several threads at once.
    SchematronRun run(xmlDoc* doc, const SourceText& source, std::vector<Diagnostic>& out,
                      bool fired_rules = false) const;

    // The SVRL as XML text (UTF-8, indented).
    std::string serialize(xmlDoc* svrl) const;

    // The asserts and reports of the schema, in schema order (ids may repeat).
    const std::vector<RuleInfo>& rules() const { return m_rules; }
    // The .sch it was compiled from.
    const std::string& path() const { return m_path; }

  private:
    SchematronRules() = default;
    std::string m_path;
    xsltStylesheetPtr m_stylesheet = nullptr;
    std::vector<RuleInfo> m_rules;
};

// The severity of a Schematron @role: warning, warn, info and information are warnings;
// anything else (error, fatal, none) an error.
Severity severity_of_role(const std::string& role);

// The diagnostics of run's SVRL about doc: one per svrl:failed-assert and
// svrl:successful-report, at the node it names (its teipress-node number, else its @location
// XPath), with @id as the rule id (else "schematron") and @role deciding the severity
// (warning, warn, info: a warning; else an error). Linear in the document and the reports.
std::vector<Diagnostic> svrl_diagnostics(const SchematronRun& run, xmlDoc* doc, const SourceText& source);

// Gives each report of run's SVRL the standard @location XPath of its node, in place of its
// teipress-node number (for --format svrl). Linear in the document and the reports.
void write_svrl_locations(SchematronRun& run, NodePositions& positions);

} // namespace teipress::validate
