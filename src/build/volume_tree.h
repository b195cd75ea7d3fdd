// The whole volume as each volume-level output reads it: its own parse of the volume's TEI
// (outputs are made on several threads at once, and a transform writes into the tree it reads:
// libxml2 numbers the elements for XPath), and the layer of stylesheets it asks for.
#pragma once

#include "build/volume_outputs.h"
#include "xml/libxml_document.h"

#include <string>

namespace teipress::build {

// Parses input's volume (named input.name in messages); null (reported) when it is not
// well-formed.
xml::XmlDocPtr parse_volume(const VolumeInput& input, DiagnosticSink& sink);

// The entry stylesheet of an output ("site", "epub", "book") for volume, relative to the data
// folder: the FRUS layer's (xslt/OUTPUT/frus-to-OUTPUT.xsl) for a FRUS volume (see
// writers::detect_render_profile), else the generic one (xslt/OUTPUT/tei-to-OUTPUT.xsl).
std::string volume_stylesheet(xmlDoc* volume, const std::string& output);

} // namespace teipress::build
