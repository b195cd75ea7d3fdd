// Parsing XML with libxml2 under the project's settings, errors as diagnostics; and the one
// hand-off from a pugixml tree to a libxml2 document.
#pragma once

#include "core/diagnostic.h"

#include <libxml/tree.h>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace teipress::xml {

struct XmlDocDeleter {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Parses bytes (named path in messages) with k_libxml_parse. On a malformed document (any
// error, namespace errors included), returns null and reports each parser error at its line
// and column. Never fetches the network, never loads a DTD; an entity declaration in the
// DOCTYPE is an error (teipress expands no entity, so no entity bomb and no external entity
// naming a local file), as is a reference to an undeclared entity; nesting deeper than 256
// levels (libxml2's limit without XML_PARSE_HUGE) and inputs over 2 GiB are refused.
XmlDocPtr parse_with_libxml(const std::string& path, std::string_view bytes, DiagnosticSink& sink);

// Hands a pugixml tree to libxml2 (serialise, then parse); line numbers are those of the
// serialised text. Returns null (and reports) only if the tree is not well-formed.
XmlDocPtr to_libxml(const pugi::xml_document& doc, const std::string& name, DiagnosticSink& sink);

} // namespace teipress::xml
