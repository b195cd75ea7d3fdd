#include "build/volume_tree.h"

#include "core/data_dir.h"
#include "core/exit_status.h"
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

VolumeTransform prepare_volume_transform(const VolumeInput& input, const std::string& output, DiagnosticSink& sink) {
    VolumeTransform t;
    t.doc = parse_volume(input, sink);
    if (!t.doc) {
        t.status = k_exit_invalid;
        return t;
    }
    t.stylesheet = data_path(volume_stylesheet(t.doc.get(), output));
    auto style = writers::compile_stylesheet(t.stylesheet, sink);
    if (!style) {
        sink.add(style.error());
        t.doc.reset();
        t.status = k_exit_usage;
        return t;
    }
    t.style = *style;
    return t;
}

} // namespace teipress::build
