// Helpers of the render tests: paths of the source tree, reading files, rendering a file.
#pragma once

#include "core/atomic_file.h"
#include "core/data_dir.h"
#include "core/diagnostic.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "writers/render_document.h"
#include "xml/libxml_document.h"

#include <string>
#include <vector>

namespace teipress::test {

// A path inside the source tree.
inline std::string source_path(const std::string& relative) {
    return std::string(TEIPRESS_SOURCE_DIR) + "/" + relative;
}

// The whole file (empty when it cannot be read).
inline std::string slurp(const std::string& path) {
    auto bytes = read_file_bytes(path);
    return bytes ? *bytes : std::string();
}

// What one render produced.
struct Rendered {
    ExitStatus status = k_exit_ok;
    std::string out;
    DiagnosticSink sink;
};

// Renders the TEI text tei (named name) to format with the given renderer (profile: "tei",
// "frus", or empty for the one the document asks for).
inline Rendered render_text(writers::Renderer& renderer, const std::string& tei, const std::string& format,
                            const std::string& name = "input.xml", std::vector<writers::XsltParam> params = {},
                            const std::string& stylesheet = {}, const std::string& profile = {}) {
    Rendered r;
    auto doc = xml::parse_with_libxml(name, tei, r.sink);
    if (!doc) {
        r.status = k_exit_invalid;
        return r;
    }
    writers::RenderRequest request;
    request.format = writers::find_writer_format(format);
    request.params = std::move(params);
    request.stylesheet = stylesheet;
    if (!profile.empty()) request.profile = writers::find_render_profile(profile);
    r.status = renderer.render(doc.get(), name, request, r.out, r.sink);
    return r;
}

// True when every diagnostic message joined contains needle.
inline bool has_message(const DiagnosticSink& sink, const std::string& needle) {
    for (const auto& d : sink.items())
        if (format_diagnostic(d).find(needle) != std::string::npos) return true;
    return false;
}

} // namespace teipress::test
