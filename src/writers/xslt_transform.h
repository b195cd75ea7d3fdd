// Running a compiled stylesheet on a document under the security preferences every teipress
// transform gets, with libxslt's messages collected as diagnostics.
#pragma once

#include "core/result.h"
#include "writers/xslt_stylesheet.h"
#include "xml/libxml_document.h"

#include <libxml/tree.h>
#include <string>
#include <utility>
#include <vector>

namespace teipress::writers {

// A stylesheet parameter, passed as a string (like xsltproc --stringparam).
using XsltParam = std::pair<std::string, std::string>;

// Applies style to doc (input_name is the document's file, for messages) and serialises the
// result as xsl:output says. The transform may not write files, create folders or touch the
// network (reading local files with document() stays allowed; document() parses without
// network or external entities). xsl:message lines "LINE: warning: TEXT" / "LINE: error: TEXT"
// become diagnostics at input_name:LINE; libxslt's and libxml2's own reports become errors at
// the stylesheet (at its line when they name one); other xsl:message lines, warnings there.
// Identical messages are reported once. Errors (the result is discarded): a runtime error, a
// refused operation, an xsl:message terminate="yes" or an error message.
Result<std::string> run_transform(const CompiledStylesheet& style, xmlDoc* doc, const std::vector<XsltParam>& params,
                                  const std::string& input_name, DiagnosticSink& sink);

// As run_transform, but gives the result tree instead of serialising it (for outputs made of
// several files: see chunked_output.h).
Result<xml::XmlDocPtr> run_transform_tree(const CompiledStylesheet& style, xmlDoc* doc,
                                          const std::vector<XsltParam>& params, const std::string& input_name,
                                          DiagnosticSink& sink);

} // namespace teipress::writers
