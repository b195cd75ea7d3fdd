// The teiHeader of a standalone document split from a volume, and what join reads back from
// it: the volume it came from and its place there (compilation, chapter… and pages).
#pragma once

#include "volume/volume_index.h"

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace teipress::volume {

// Appends to tei the teiHeader of document entry of volume: fileDesc with the document's
// title (its head without notes or the leading "N. "), a publicationStmt (the volume's
// publisher, idno type="frus" of the volume, type="document" the document's xml:id, type="url"
// its address in the Office of the Historian's web edition when the volume has a FRUS
// identifier, the volume's availability), a sourceDesc holding the volume's record as a
// biblStruct (titles, identifiers, editors, imprint) with one biblScope per division around
// the document (unit = the division's type, n = its xml:id, content = a copy of its head) and
// one unit="page" (from, to); a copy of the volume's encodingDesc (without xi:include, whose
// href is relative to the volume); profileDesc/creation/date (@when from the dateline's date,
// @notBefore/@notAfter from frus:doc-dateTime-min/max); revisionDesc naming source_name.
void append_document_header(pugi::xml_node tei, const VolumeIndex& volume, const DocumentEntry& entry,
                            const std::string& source_name);

// The title of a document: its head's text without notes, without the leading "N. " or "N."
// when N is its @n; "Document N" when it has no head.
std::string document_title(pugi::xml_node div);

// The document's own dateline: div/dateline or div/opener/dateline (the first); null if none.
pugi::xml_node document_dateline(pugi::xml_node div);

// One division around a document, as a split document's header records it.
struct RecordedLevel {
    std::string unit;       // the division's type ("chapter")
    std::string id;         // its xml:id ("ch1")
    pugi::xml_node content; // the biblScope holding a copy of its head's content
};

// What a document's header records of its volume: the volume's identifier and, from the
// outermost, the divisions that held it. Empty when the header records none (a document
// written by convert records the volume only).
struct RecordedPlace {
    std::string volume_id;
    pugi::xml_node monogr; // sourceDesc/biblStruct/monogr: the volume's record (null if none)
    std::vector<RecordedLevel> levels;
};

// Reads the place a document's teiHeader records (see append_document_header).
RecordedPlace read_recorded_place(pugi::xml_node header);

} // namespace teipress::volume
