// Embedded Schematron: the constraints a RELAX NG grammar carries as annotations (TEI grammars
// hold their ODD's constraintSpecs as sch:pattern inside defines and elements), gathered into
// one ISO Schematron schema and compiled with teipress's compiler. A constraint libxslt cannot
// run (XPath 2, or anything that does not compile) is left out and listed, with the reason, so
// that every report can say it was not run.
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
#include "validate/schematron_rules.h"
#include "xml/libxml_document.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace teipress::validate {

// A constraint of the grammar that was not run, and why.
struct NotRunConstraint {
    std::string id;     // the pattern's @id, else "FILE:LINE" of the constraint
    std::string reason; // e.g. "the @test of sch:assert calls matches(), which XPath 1.0 does not have (…)"
    std::string file;   // the grammar file that holds it
    int line = 0;       // its line there
};

// What a grammar's embedded constraints gave.
struct EmbeddedRules {
    std::shared_ptr<const SchematronRules> rules; // the constraints that run; null when none
    std::size_t found = 0;                        // constraints found in the grammar
    std::vector<NotRunConstraint> not_run;        // the others, in grammar order
};

// Reads one grammar file as an XML tree in RELAX NG XML syntax.
using GrammarLoader = std::function<Result<xml::XmlDocPtr>(const std::string& path)>;

// The default loader: the engine's grammar reader (XML syntax, or a .rnc translated, its
// annotations kept as foreign elements), under the project's XML settings.
Result<xml::XmlDocPtr> load_grammar_xml(const std::string& path);

// The constraints embedded in the grammar at grammar_path and in the grammars it includes
// (rng:include and rng:externalRef of local files, each read once): sch:pattern (ISO or
// Schematron 1.5, converted), sch:rule outside a pattern (a pattern of its own), sch:assert or
// sch:report directly in an rng:element (their context: that element), with the sch:ns and
// grammar-level sch:let they need. Errors: the grammar (or an included one) cannot be read or
// parsed; the runnable constraints do not compile together (a bug: each compiled alone).
Result<EmbeddedRules> extract_embedded_rules(const std::string& grammar_path, const SchematronCompiler& compiler,
                                             const GrammarLoader& load = load_grammar_xml);

} // namespace teipress::validate
