// The reader: a FRUS reading text → a TEI tree (the body only; passes add the rest).
#pragma once

#include "core/diagnostic.h"

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace teipress::readers {

// Reads text (the contents of file: UTF-8, LF line ends, no BOM) into doc as
// TEI/text/body/div[@type='document'] with head, opener, subject list, sections, p, list,
// pb, note and closer, as the README's "reading-text format" describes. Reports every problem
// at file:line:column and returns false (doc is then incomplete and must not be written).
bool read_reading_text(std::string_view text, const std::string& file, pugi::xml_document& doc,
                       DiagnosticSink& sink);

// The TEI namespace written on the root element.
inline constexpr const char* k_tei_namespace = "http://www.tei-c.org/ns/1.0";

} // namespace teipress::readers
