#include "build/volume_tree.h"

#include "writers/render_profile.h"

#include <cstring>

namespace teipress::build {

xml::XmlDocPtr parse_volume(const VolumeInput& input, DiagnosticSink& sink) {
    return xml::parse_with_libxml(input.name, *input.xml, sink);
}

std::string volume_stylesheet(xmlDoc* volume, const std::string& output) {
    const bool frus = std::strcmp(writers::detect_render_profile(volume).name, "frus") == 0;
    return "xslt/" + output + "/" + (frus ? "frus" : "tei") + "-to-" + output + ".xsl";
}

} // namespace teipress::build
