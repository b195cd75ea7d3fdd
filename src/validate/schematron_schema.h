// A Schematron schema document as teipress compiles it: read from a local file, parsed under
// the project's settings, its sch:include elements replaced by what they name; its phases;
// the queries that call functions libxslt does not have (XPath 2).
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
#include "xml/libxml_document.h"

#include <libxml/tree.h>
#include <optional>
#include <string>
#include <vector>

namespace teipress::validate {

// The ISO Schematron namespace, http://purl.oclc.org/dsdl/schematron.
inline constexpr const char* k_schematron_ns = "http://purl.oclc.org/dsdl/schematron";

// Reads and parses the schema at path and expands its includes. Errors (a Diagnostic at the
// file and line concerned): missing or unreadable, not well-formed ("rules are not
// well-formed XML: …"), an include that cannot be expanded (see expand_includes).
Result<xml::XmlDocPtr> load_schematron_schema(const std::string& path);

// Replaces each sch:include under root (a node of doc, read from base_path) by a copy of the
// element its @href names: a local file, relative to the file that holds the include, and
// an optional "#id" naming an element of it by @id or @xml:id (else its root element).
// Included files are expanded in turn. Errors, in errors (false returned): no @href, a URL
// (only local files), a file that cannot be read or parsed, a missing #id, an include cycle,
// more than 16 levels or 1,000 includes in all.
bool expand_includes(xmlDoc* doc, xmlNode* root, const std::string& base_path, std::vector<Diagnostic>& errors);

// The ids of the schema's phases, in order.
std::vector<std::string> schema_phases(const xmlDoc* schema);

// Checks that phase ("#ALL", "#DEFAULT" or a phase's id) names a phase of the schema at path;
// the error names the phases there are.
std::optional<Diagnostic> check_phase(const xmlDoc* schema, const std::string& path, const std::string& phase);

// The first query under root (rule contexts, tests, lets, value-of, name paths, subjects,
// params) that cannot run with libxslt: one that calls a function libxslt does not have
// (XPath 2's matches(), xs:integer() …) or refers to a variable no sch:let or sch:param of
// the schema declares; as a message naming the construct and the function or variable;
// nullopt when there is none. Prefixes resolve through the schema's sch:ns. line receives the
// line of the element holding the query.
std::optional<std::string> first_unrunnable_query(const xmlNode* root, const xmlDoc* schema, int& line);

} // namespace teipress::validate
