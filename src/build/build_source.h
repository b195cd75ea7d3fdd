// What `teipress build` builds from: an edition folder (reading texts and the edition's TEI
// metadata) or a volume's TEI in the Office of the Historian's layout. The source is first
// scanned (its files read and fingerprinted: all a build that has nothing to do needs), then
// loaded into standalone TEI documents (converted, or split from the volume) and the whole
// volume's TEI (the volume itself, or the edition's documents joined).
#pragma once

#include "core/diagnostic.h"
#include "edition/edition.h"

#include <memory>
#include <string>
#include <vector>

namespace teipress::build {

enum class SourceKind {
    Edition, // a folder of reading texts with edition.xml
    Volume   // one TEI file holding the volume's documents
};

// One input file of the source.
struct SourceFile {
    std::string path;
    std::string bytes;
};

// The source as read from disk, before any parsing.
struct SourceScan {
    SourceKind kind = SourceKind::Volume;
    std::string path;              // as given
    std::vector<SourceFile> texts; // edition: the reading texts (*.txt), in natural name order
    std::vector<SourceFile> files; // edition: edition.xml, persons.xml, terms.xml, documents/*.xml;
                                   // volume: the volume
    std::string fingerprint;       // hash of every file's name and bytes
};

// Reads the source at path: a folder is an edition folder (it must hold *.txt reading texts
// and edition.xml), anything else a volume's TEI file. Every file is read once and recorded as
// an input of the run (no output may replace it). Returns 0, or the exit code (2) after
// reporting: a missing path, standard input, a folder without reading texts or without
// edition.xml, a file that cannot be read.
int scan_source(const std::string& path, SourceScan& out, DiagnosticSink& sink);

// One document to build.
struct DocumentUnit {
    std::string name;                    // the stem of its outputs ("d5"): the reading text's or the xml:id
    std::string input;                   // where it comes from, for messages ("ed/d5.txt", "vol.xml")
    std::string tei;                     // its standalone TEI; empty when it could not be made
    int status = 0;                      // 0, or the exit code of making its TEI (1: the reading text is wrong)
    std::vector<Diagnostic> diagnostics; // what making its TEI reported
};

// The loaded source.
struct LoadedSource {
    std::unique_ptr<edition::Edition> edition; // edition sources: the folder's metadata
    std::vector<DocumentUnit> documents;       // in the volume's order (an edition's: by name)
    std::vector<Diagnostic> diagnostics;       // about the source as a whole (split's warnings)
};

// Names a document may not have: they are the volume-level outputs' ("volume", "site"...).
bool is_reserved_name(const std::string& name);

// Converts each reading text of an edition (on up to jobs threads), or splits a volume into
// its documents. Returns 0, or the exit code after reporting to sink what stops the whole
// build: edition.xml unreadable (2), malformed or missing a field of the record (1); a volume
// that is malformed, not TEI, or without documents (1). A document that fails on its own is
// a unit with its status and diagnostics, not a failure of the load.
int load_source(const SourceScan& scan, unsigned jobs, LoadedSource& out, DiagnosticSink& sink);

// The whole volume's TEI for the volume-level outputs, leaving out the documents named in
// failed: the volume file itself (its failed documents removed), or an edition's documents
// joined in the Office of the Historian's layout (teipress join: edition.xml's header, the
// front lists from persons.xml and terms.xml). Returns false after reporting to sink when it
// cannot be made (a join error).
bool whole_volume(const SourceScan& scan, const LoadedSource& loaded, const std::vector<bool>& failed, std::string& xml,
                  DiagnosticSink& sink);

// "d9" before "d10": runs of digits compare as numbers.
bool natural_less(const std::string& a, const std::string& b);

} // namespace teipress::build
