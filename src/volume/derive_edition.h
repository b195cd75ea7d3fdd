// An edition folder derived from a volume (teipress init --from): the volume's record, its
// lists of persons and terms, and for each document what its reading text cannot carry.
#pragma once

#include "core/diagnostic.h"
#include "edition/new_edition.h"
#include "volume/tei_file.h"

#include <vector>

namespace teipress::volume {

// Derives from volume the files of an edition folder that src/edition reads (README "The
// edition folder"): edition.xml (the volume's titles, editors, publisher, place and date,
// identifiers; empty elements left out; each field overrides gives replaces the volume's),
// persons.xml and terms.xml (the front matter's divisions with the lists, frus: attributes
// left out; empty lists when the volume has none), documents/ID.xml for each document (its
// dateline without notes and page breaks, its date — @when of the dateline's date,
// @notBefore/@notAfter from frus:doc-dateTime-min/max — and the page it begins on), and
// README.md. Returns false (errors at the volume's teiHeader, out unchanged) when a required
// field of the record is neither in the volume nor in overrides, or the volume has no document.
bool derive_edition(const TeiFile& volume, const edition::VolumeRecord& overrides,
                    std::vector<edition::EditionFile>& out, DiagnosticSink& sink);

} // namespace teipress::volume
