// OUT/volume.tex and OUT/volume.pdf: the printed volume, made by one transform of the whole
// volume (xslt/book/ over the LaTeX layer) and typeset by the TeX engine in three passes
// (the contents, the bookmarks and the page labels need the pages of the pass before).
#include "build/volume_outputs.h"
#include "build/volume_tree.h"
#include "core/data_dir.h"
#include "core/exit_status.h"
#include "writers/xslt_stylesheet.h"
#include "writers/xslt_transform.h"

namespace teipress::build {

namespace {

// The TeX runs of a volume: three passes, each given up to half an hour (a 600-document
// volume takes a few minutes on a slow machine).
writers::TexRunOptions book_tex_options(const writers::TexRunOptions& base) {
    writers::TexRunOptions options = base;
    options.passes = 3;
    options.timeout_seconds = 1800;
    return options;
}

} // namespace

VolumeResult make_book(const VolumeInput& input) {
    VolumeResult result;
    DiagnosticSink sink;
    auto finish = [&](int status) {
        result.status = status;
        result.diagnostics = std::move(sink.items());
        return result;
    };
    VolumeTransform prepared = prepare_volume_transform(input, "book", sink);
    if (prepared.status != 0) return finish(prepared.status);
    xmlDoc* doc = prepared.doc.get();
    auto latex = writers::run_transform(*prepared.style, doc, {}, input.name, sink);
    if (!latex) {
        sink.add(latex.error());
        return finish(k_exit_invalid);
    }
    const OutputFolder& out = *input.out;
    if (input.formats.has(OutputFormat::Latex)) {
        auto written = out.write("volume.tex", *latex);
        if (!written) {
            sink.add(written.error());
            return finish(k_exit_output);
        }
        result.outputs.push_back(*written);
        result.lines.push_back("latex -> " + out.path_of("volume.tex"));
    }
    if (input.formats.has(OutputFormat::Pdf) && input.run_tex) {
        std::string pdf;
        int status = writers::tex_to_pdf(*latex, input.name, book_tex_options(input.tex), pdf, sink);
        if (status != k_exit_ok) return finish(status);
        auto written = out.write("volume.pdf", pdf);
        if (!written) {
            sink.add(written.error());
            return finish(k_exit_output);
        }
        result.outputs.push_back(*written);
        result.lines.push_back("pdf -> " + out.path_of("volume.pdf"));
    }
    return finish(k_exit_ok);
}

} // namespace teipress::build
