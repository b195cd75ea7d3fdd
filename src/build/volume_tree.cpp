#include "build/volume_tree.h"

#include <cstring>

namespace teipress::build {

xml::XmlDocPtr parse_volume(const VolumeInput& input, DiagnosticSink& sink) {
    return xml::parse_with_libxml(input.name, *input.xml, sink);
}

namespace {

// TEMPORARY until the render profiles are merged: FRUS when the root declares the FRUS
// namespace or the header has an idno type="frus".
bool is_frus(xmlDoc* doc) {
    xmlNode* root = xmlDocGetRootElement(doc);
    if (!root) return false;
    for (xmlNs* ns = root->nsDef; ns; ns = ns->next)
        if (ns->href && std::strcmp(reinterpret_cast<const char*>(ns->href), "http://history.state.gov/frus/ns/1.0") == 0)
            return true;
    return false;
}

} // namespace

std::string volume_stylesheet(xmlDoc* volume, const std::string& output) {
    const bool frus = is_frus(volume);
    return "xslt/" + output + "/" + (frus ? "frus" : "tei") + "-to-" + output + ".xsl";
}

} // namespace teipress::build
