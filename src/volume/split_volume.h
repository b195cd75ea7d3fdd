// teipress split: a volume → one standalone TEI file per document, and the volume itself with
// an XInclude in place of each document (so join, or any XInclude processor, rebuilds it).
#pragma once

#include "core/diagnostic.h"
#include "volume/tei_file.h"

#include <string>
#include <vector>

namespace teipress::volume {

// One file to write into the output folder.
struct OutputFile {
    std::string name; // a file name, no folder ("d5.xml", "volume.xml")
    std::string content;
};

// The name of the file that holds the volume around its documents.
inline constexpr const char* k_frame_name = "volume.xml";

// Splits the volume in file (its tree is changed: each document is replaced by its include).
// Appends to out, in the volume's order, one file per document, named after its xml:id
// ("d5.xml"): TEI whose teiHeader is made from the volume's and the document's (see
// append_document_header), whose body is the document exactly as it stands in the volume, and
// whose back holds copies of the list entries (persons, terms…) it points to; then
// volume.xml: the volume with <xi:include href="d5.xml" xpointer="d5"/> where each document
// was, every other character as it was. Warns (at the pointer) about each pointer of a
// document that names nothing in the volume, and about each repeated xml:id. Returns false
// (errors reported, out unchanged) when the volume has no document, a document has no xml:id,
// or its xml:id cannot be a file name or repeats another's.
bool split_volume(TeiFile& volume, std::vector<OutputFile>& out, DiagnosticSink& sink);

// The XInclude namespace.
inline constexpr const char* k_xinclude_namespace = "http://www.w3.org/2001/XInclude";

} // namespace teipress::volume
