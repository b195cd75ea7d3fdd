// A canonical text of a RELAX NG schema in the XML syntax, for comparing two translations of
// one compact-syntax schema: the spec's "strict equivalence" (compact syntax, section 6.2: the
// simplifications 4.2, 4.3, 4.4, 4.8, 4.9 and 4.10 applied), annotations included.
#pragma once

#include <libxml/tree.h>
#include <string>

namespace teipress::testing {

// One line per element, indented by depth: "name attr=value…" with the attributes sorted, every
// name as {namespace}local (ns and datatypeLibrary resolved and written on name, nsName, data,
// value, include and externalRef; a name attribute written as a name child), value and param
// texts quoted, text of annotations with all white space removed (trang adds line breaks in
// mixed content), comments and white-space-only text left out; hrefs ending in .rnc end in .rng.
std::string canonical_rng(xmlDoc* doc);

// The first line where a and b differ, with its number and both versions; empty when equal.
std::string first_difference(const std::string& a, const std::string& b);

} // namespace teipress::testing
