#include "build/volume_outputs.h"

namespace teipress::build {

const std::vector<VolumeOutputKind>& volume_outputs() {
    static const std::vector<VolumeOutputKind> k_kinds = {
        {"site", [](const FormatSet& f) { return f.has(OutputFormat::Html); }, make_site},
        {"book", [](const FormatSet& f) { return f.has(OutputFormat::Latex) || f.has(OutputFormat::Pdf); }, make_book},
        {"epub", [](const FormatSet& f) { return f.has(OutputFormat::Epub); }, make_epub},
    };
    return k_kinds;
}

} // namespace teipress::build
