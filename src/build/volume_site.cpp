// The website OUT/site/: the pages made by one transform of the whole volume
// (xslt/site/: index, documents, parts, persons, terms, search, site.css), the search index
// made from the same tree (site_search.h) and the site's script (xslt/site/search.js).
#include "build/site_search.h"
#include "build/volume_outputs.h"
#include "build/volume_tree.h"
#include "core/data_dir.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "writers/chunked_output.h"
#include "writers/xslt_stylesheet.h"
#include "writers/xslt_transform.h"

namespace teipress::build {

namespace {

constexpr const char* k_site_folder = "site";

} // namespace

VolumeResult make_site(const VolumeInput& input) {
    VolumeResult result;
    DiagnosticSink sink;
    auto finish = [&](int status) {
        result.status = status;
        result.diagnostics = std::move(sink.items());
        return result;
    };
    VolumeTransform prepared = prepare_volume_transform(input, "site", sink);
    if (prepared.status != 0) return finish(prepared.status);
    const std::string& stylesheet = prepared.stylesheet;
    xmlDoc* doc = prepared.doc.get();
    auto tree = writers::run_transform_tree(*prepared.style, doc, {}, input.name, sink);
    if (!tree) {
        sink.add(tree.error());
        return finish(k_exit_invalid);
    }
    auto chunks = writers::split_chunks(tree->get(), stylesheet);
    if (!chunks) {
        sink.add(chunks.error());
        return finish(k_exit_invalid);
    }
    auto script = read_file_bytes(data_path("xslt/site/search.js"));
    if (!script) {
        sink.add(script.error());
        return finish(k_exit_usage);
    }
    chunks->push_back({"search.js", std::move(*script)});
    chunks->push_back({"search-index.js", search_index_script(search_documents(doc))});

    const OutputFolder& out = *input.out;
    if (!out.make_folder(k_site_folder)) {
        sink.error(out.path_of(k_site_folder), 1, 1, "cannot create the website's folder");
        return finish(k_exit_output);
    }
    for (const auto& chunk : *chunks) {
        auto written = out.write_if_changed(std::string(k_site_folder) + "/" + chunk.href, chunk.content);
        if (!written) {
            sink.add(written.error());
            return finish(k_exit_output);
        }
        result.outputs.push_back(*written);
    }
    result.lines.push_back("site -> " + out.path_of("site/index.html") + " (" + std::to_string(result.outputs.size()) +
                           " files)");
    return finish(k_exit_ok);
}

} // namespace teipress::build
