// All XML parse and save settings of teipress, in one place.
#pragma once

#include <libxml/parser.h>
#include <pugixml.hpp>

namespace teipress::xml {

// pugixml: keep whitespace-only text (the space between two inline elements in mixed content
// is text), keep comments and processing instructions, no DOCTYPE expansion (pugixml never
// loads external entities). Escapes are decoded; EOL normalised.
constexpr unsigned k_pugi_parse = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration |
                                  pugi::parse_doctype | pugi::parse_pi | pugi::parse_comments;

// pugixml output: raw (no indentation is added to mixed content), UTF-8, with declaration.
constexpr unsigned k_pugi_save = pugi::format_raw;

// libxml2: never reach the network, never load a DTD or expand external entities
// (no XML_PARSE_NOENT, no XML_PARSE_DTDLOAD), no XML_PARSE_HUGE (keeps libxml2's own limits
// on entity amplification and depth), no stderr output (errors go to our handlers).
constexpr int k_libxml_parse = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;

} // namespace teipress::xml
