// SchematronRules: an ISO Schematron schema compiled once to an XSLT 1.0 stylesheet (by
// xslt/schematron/compile.xsl) and run in-process by libxslt on each document; the SVRL it
// writes becomes diagnostics with the rule's id, role and the node's line and column.
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
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

class SchematronRules {
  public:
    // Reads the .sch at sch_path and compiles it with the compiler stylesheet at
    // compiler_path. Errors (as a Diagnostic at the .sch, or at the compiler): missing,
    // not well-formed, not ISO Schematron, a construct the compiler does not support, an
    // XPath expression that does not compile. Call from one thread (before workers start).
    static Result<std::shared_ptr<const SchematronRules>> compile(const std::string& sch_path,
                                                                  const std::string& compiler_path);

    ~SchematronRules();
    SchematronRules(const SchematronRules&) = delete;
    SchematronRules& operator=(const SchematronRules&) = delete;

    // Runs the rules on doc and returns the SVRL document; null (and a diagnostic in out)
    // when the transformation fails. With fired_rules the SVRL also lists every rule that
    // fired (svrl:fired-rule: complete SVRL, for --format svrl; slower on big files).
    // Safe to call from several threads at once.
    xml::XmlDocPtr run(xmlDoc* doc, const SourceText& source, std::vector<Diagnostic>& out,
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

// The diagnostics of an SVRL report about doc: one per svrl:failed-assert and
// svrl:successful-report, at the node its @location names, with @id as the rule id (else
// "schematron") and @role deciding the severity (warning, warn, info: a warning; else an error).
std::vector<Diagnostic> svrl_diagnostics(xmlDoc* svrl, xmlDoc* doc, const SourceText& source);

} // namespace teipress::validate
