// The volume's record in an edition folder's edition.xml: the fields teipress needs, and the
// check that names what is missing in edition.xml itself.
#pragma once

#include "core/diagnostic.h"

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace teipress::edition {

// One required field of the record: where it lives in teiHeader/fileDesc, the element to
// add, and what it holds.
struct RequiredField {
    const char* parent;  // "titleStmt" or "publicationStmt" (in teiHeader/fileDesc)
    const char* element; // "title", "publisher", "pubPlace", "date", "idno"
    const char* type;    // the @type it needs ("complete", "frus"); empty when any (for date:
                         // none or "publication-date")
    const char* what;    // "its complete title"
};

// The fields every edition.xml must fill: the complete title, the publisher, the place and the
// date of publication, and the volume's identifier (idno type="frus"). The converter's header
// and the volume record of each document are made of them.
const std::vector<RequiredField>& required_fields();

// Checks the record of edition.xml (text holds its bytes, doc its tree as parsed by pugixml
// from them): each required field that is missing or empty is an error at the element that
// should hold it (or the nearest one there is) in path, saying what to add where. Returns true
// when none is missing.
bool check_edition_record(const std::string& path, const std::string& text, const pugi::xml_document& doc,
                          DiagnosticSink& sink);

// Reads path/edition.xml and checks it as above (a file that cannot be read or parsed is
// reported and gives false).
bool check_edition_record(const std::string& dir, DiagnosticSink& sink);

} // namespace teipress::edition
