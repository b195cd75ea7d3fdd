// Writing a parsed compact-syntax schema as a libxml2 document in the XML syntax, the way trang
// writes it: name attributes where a name allows it, ns and datatypeLibrary on the root element
// when that is equivalent, prefixes declared on the root.
#pragma once

#include "validate/relaxng/compact_ast.h"
#include "xml/libxml_document.h"

#include <string>

namespace teipress::validate::relaxng {

// The document of schema, its URL set to path (includes resolve against it) and each node's
// line set to the .rnc line it comes from (capped at 65535, libxml2's limit). Never fails but
// for lack of memory (then null).
xml::XmlDocPtr compact_schema_to_xml(const CompactSchema& schema, const std::string& path);

} // namespace teipress::validate::relaxng
