// Writing a TEI tree as text: element-only content indented, mixed content written raw.
#pragma once

#include <pugixml.hpp>
#include <string>

namespace teipress::passes {

// Serialises doc with an XML declaration and a final newline. Elements whose content is
// element-only in TEI (TEI, teiHeader and its parts, text, body, back, div, list, opener,
// closer…) get their children on indented lines (whitespace-only text inside them is dropped);
// every other element is written exactly as it is, so no space is added to or lost from
// the document's text. Deterministic: attributes in their order, no other whitespace.
std::string write_tei(const pugi::xml_document& doc);

// True when TEI name is written with indented children (see write_tei).
bool is_element_only(const char* name);

} // namespace teipress::passes
