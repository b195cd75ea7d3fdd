// Pass build_header: the document's teiHeader.
#pragma once

#include "passes/pass_table.h"

#include <string>
#include <string_view>

namespace teipress::passes {

// Inserts teiHeader as the first child of TEI: fileDesc (the document's title; publicationStmt
// with the edition's and the document's identifiers and the public-domain status; sourceDesc
// with the printed volume's record from the edition and the archival source of the source
// note), encodingDesc (how the text was encoded and normalised), profileDesc (the document's
// date and class from the edition's TEI for it, when there is one; the language) and
// revisionDesc (the conversion, naming the input file without its folders). Deterministic.
bool build_header(PassContext& ctx);

// The archival source named in a source note's text: what follows "Source: " up to the end
// of its first sentence ("Department of State, Central Files, POL CZECH–USSR"); empty when the
// note does not begin with "Source: ".
std::string archival_source(std::string_view source_note);

} // namespace teipress::passes
