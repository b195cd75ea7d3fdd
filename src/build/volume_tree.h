// The whole volume as each volume-level output reads it: its own parse of the volume's TEI
// (outputs are made on several threads at once, and a transform writes into the tree it reads:
// libxml2 numbers the elements for XPath), and the layer of stylesheets it asks for.
#pragma once

#include "build/volume_outputs.h"
#include "writers/xslt_stylesheet.h"
#include "xml/libxml_document.h"

#include <memory>

#include <string>

namespace teipress::build {

// Parses input's volume (named input.name in messages); null (reported) when it is not
// well-formed.
xml::XmlDocPtr parse_volume(const VolumeInput& input, DiagnosticSink& sink);

// The entry stylesheet of an output ("site", "epub", "book") for volume, relative to the data
// folder: the FRUS layer's (xslt/OUTPUT/frus-to-OUTPUT.xsl) for a FRUS volume (see
// writers::detect_render_profile), else the generic one (xslt/OUTPUT/tei-to-OUTPUT.xsl).
std::string volume_stylesheet(xmlDoc* volume, const std::string& output);

// What every volume-level output starts from: its own parse of the volume and its output's
// entry stylesheet (see volume_stylesheet), compiled.
struct VolumeTransform {
    xml::XmlDocPtr doc;                                       // null when status is not 0
    std::string stylesheet;                                   // the entry stylesheet's path
    std::shared_ptr<const writers::CompiledStylesheet> style; // null when status is not 0
    int status = 0; // 0, or the exit code of what failed (reported in the sink): the volume is not
                    // well-formed (k_exit_invalid), the stylesheet does not compile (k_exit_usage)
};

// Parses input's volume and compiles the entry stylesheet of output ("site", "epub", "book").
VolumeTransform prepare_volume_transform(const VolumeInput& input, const std::string& output, DiagnosticSink& sink);

} // namespace teipress::build
