// The RELAX NG compact syntax (.rnc): one file read and translated into the XML syntax, for the
// grammar loader (which reads include and externalRef hrefs by their extension).
#pragma once

#include "core/result.h"
#include "xml/libxml_document.h"

#include <string>
#include <string_view>

namespace teipress::validate::relaxng {

// Reads the RELAX NG compact-syntax file at path and returns the equivalent XML-syntax
// grammar document (what `trang` would write), with the .rnc line of each construct as the
// line of its node; errors as FILE:LINE:COL diagnostics.
Result<xml::XmlDocPtr> read_compact_syntax(const std::string& path);
// The same for text already in memory (path names it in messages and resolves nothing).
Result<xml::XmlDocPtr> read_compact_syntax_text(std::string_view text, const std::string& path);

} // namespace teipress::validate::relaxng
