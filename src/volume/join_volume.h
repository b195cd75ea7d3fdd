// teipress join: documents assembled into one volume in the Office of the Historian's layout
// (front lists of persons and terms, documents in order inside their compilations and
// chapters, identifiers unique).
#pragma once

#include "core/diagnostic.h"
#include "volume/join_inputs.h"

#include <string>
#include <vector>

namespace teipress::volume {

// What join did, one line per event worth telling the user.
struct JoinSummary {
    std::size_t documents = 0;        // documents in the volume written
    std::vector<std::string> changes; // "d577: new document, was d1 of frus1964-68v17 (FILE)"
};

// Joins inputs (see gather_join_inputs) into one volume and serialises it into xml.
// - With a base volume: the documents it includes are put in place of their xi:include
//   (every other character of the base stays as it is); a document of the same volume (same
//   FRUS identifier) replaces the document with its xml:id, or goes in by its number (into its
//   recorded chapter when the volume has it); a document of another volume, or of none, is new:
//   it gets the next number after the volume's last and is renumbered (renumber_document:
//   xml:ids, pages after the volume's last page, heading, its own pointers; pointers to other
//   documents of its old volume become "VOLUME#id"), and goes after the last document.
// - Without one: a volume is made: the header from the edition folder's edition.xml, else
//   from the volume record (and the encodingDesc) of the first document; front lists from persons.xml/terms.xml;
//   documents of that volume in the order of their numbers, inside the compilations and
//   chapters their headers record (split writes them); others new, as above.
// Each document's back entries join the front lists (FrontLists). Errors: no volume record
// and no edition.xml, a document given twice, an xml:id that repeats in the result (at the
// element of the input that brings it). Warnings: pointers that name nothing in the result.
// Returns 0 or the exit code (1) with nothing in xml. output_name names generated nodes in
// messages.
int join_volume(JoinInputs& inputs, const std::string& output_name, std::string& xml, JoinSummary& summary,
                DiagnosticSink& sink);

} // namespace teipress::volume
