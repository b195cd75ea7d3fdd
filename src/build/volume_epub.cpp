// OUT/volume.epub: the EPUB 3 publication made by one transform of the whole volume
// (xslt/epub/: the pages, the navigation document, the package), zipped into the OCF
// container (src/writers/epub_package.h).
#include "build/volume_outputs.h"
#include "build/volume_tree.h"
#include "core/data_dir.h"
#include "core/exit_status.h"
#include "writers/chunked_output.h"
#include "writers/epub_package.h"
#include "writers/xslt_stylesheet.h"
#include "writers/xslt_transform.h"

#include <cstdlib>
#include <ctime>

namespace teipress::build {

std::string source_date_time() {
    // SOURCE_DATE_EPOCH (reproducible builds): seconds since 1970; 0 when unset or not a number.
    long long seconds = 0;
    if (const char* env = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        long long v = std::strtoll(env, &end, 10);
        if (end && *end == '\0' && v >= 0 && v < 253402300800LL) seconds = v;
    }
    std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

VolumeResult make_epub(const VolumeInput& input) {
    VolumeResult result;
    DiagnosticSink sink;
    auto finish = [&](int status) {
        result.status = status;
        result.diagnostics = std::move(sink.items());
        return result;
    };
    VolumeTransform prepared = prepare_volume_transform(input, "epub", sink);
    if (prepared.status != 0) return finish(prepared.status);
    const std::string& stylesheet = prepared.stylesheet;
    xmlDoc* doc = prepared.doc.get();
    auto tree = writers::run_transform_tree(*prepared.style, doc, {{"modified", source_date_time()}}, input.name, sink);
    if (!tree) {
        sink.add(tree.error());
        return finish(k_exit_invalid);
    }
    auto chunks = writers::split_chunks(tree->get(), stylesheet);
    if (!chunks) {
        sink.add(chunks.error());
        return finish(k_exit_invalid);
    }
    std::vector<writers::PackageFile> files;
    for (auto& c : *chunks) files.push_back({std::move(c.href), std::move(c.content)});
    const OutputFolder& out = *input.out;
    auto epub = writers::make_epub_container(files, out.path_of("volume.epub"));
    if (!epub) {
        sink.add(epub.error());
        return finish(k_exit_invalid);
    }
    auto written = out.write("volume.epub", *epub);
    if (!written) {
        sink.add(written.error());
        return finish(k_exit_output);
    }
    result.outputs.push_back(*written);
    result.lines.push_back("epub -> " + out.path_of("volume.epub") + " (" + std::to_string(files.size()) + " files)");
    return finish(k_exit_ok);
}

} // namespace teipress::build
