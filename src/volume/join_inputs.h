// What `teipress join` is given, read and sorted: a volume (or the volume.xml of a split
// folder, with the documents it includes) to join into, an edition folder's record and lists,
// and standalone documents.
#pragma once

#include "core/diagnostic.h"
#include "volume/tei_file.h"

#include <memory>
#include <string>
#include <vector>

namespace teipress::volume {

// One document that the base includes (an xi:include of volume.xml) and the file it names.
struct IncludedDocument {
    pugi::xml_node include;        // the xi:include element in the base
    std::string id;                // its xpointer: the document's xml:id
    std::unique_ptr<TeiFile> file; // the document's file
    pugi::xml_node div;            // the document in that file
};

// A standalone document to join.
struct GivenDocument {
    std::unique_ptr<TeiFile> file;
    pugi::xml_node div; // its one div[@type='document']
};

// Everything join reads, with the files kept for the positions of messages.
struct JoinInputs {
    std::unique_ptr<TeiFile> base;               // the volume to join into; null when none was given
    std::vector<IncludedDocument> included;      // the documents base includes, in its order
    std::unique_ptr<TeiFile> record;             // edition.xml of an edition folder (when no base)
    std::vector<std::unique_ptr<TeiFile>> lists; // persons.xml, terms.xml of that folder
    std::vector<GivenDocument> documents;        // in the order given (a folder's in name order)
    std::vector<std::string> paths;              // every file read (join never writes over one)
};

// Reads every path: a file is a volume (it has a front, or several documents, or includes its
// documents) or a document (exactly one div[@type='document']); a folder is a split folder
// when it holds volume.xml (that file and the documents it includes, nothing else), an edition
// folder when it holds edition.xml (its record, persons.xml, terms.xml and every other *.xml
// as a document), else its *.xml files one by one. Errors (reported, and the exit code
// returned: 2 for a file that cannot be read, 1 otherwise): a file without documents, a second
// volume, an include that is not a relative path to a document of the folder, a folder
// without TEI files. Returns 0 when all was read.
int gather_join_inputs(const std::vector<std::string>& paths, JoinInputs& out, DiagnosticSink& sink);

} // namespace teipress::volume
