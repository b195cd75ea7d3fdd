// The reader: a FRUS reading text → a TEI tree (the body only; passes add the rest).
#pragma once

#include "core/diagnostic.h"

#include <map>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace teipress::readers {

// Where the reader found the parts the passes report about (1-based lines of the reading text).
struct ReadingTextPlaces {
    int heading_line = 1;
    int dateline_line = 0;                        // the typed dateline's line; 0 when none was typed
    std::map<int, std::size_t> note_text_offsets; // footnote number -> byte offset of its text
};

// Reads text (the contents of file: UTF-8, LF line ends, no BOM) into doc as
// TEI/text/body/div[@type='document'] with head, opener (a typed dateline, or a gap where two
// blank lines say it was left out), subject list, sections, p, list (with labels), pb, note
// and closer, as the README's "reading-text format" describes. Near misses (a page marker
// misspelt, a number glued to a word that is no footnote's, a note whose place is not
// certain) are warnings at their place. Reports every problem at file:line:column and returns
// false (doc is then incomplete and must not be written); places, when given, gets where the
// heading and the typed dateline stand.
bool read_reading_text(std::string_view text, const std::string& file, pugi::xml_document& doc, DiagnosticSink& sink,
                       ReadingTextPlaces* places = nullptr);

// The TEI namespace written on the root element.
inline constexpr const char* k_tei_namespace = "http://www.tei-c.org/ns/1.0";

} // namespace teipress::readers
