#include "build/document_build.h"

#include "core/exit_status.h"
#include "validate/source_text.h"
#include "validate/tei_input.h"
#include "writers/tex_to_pdf.h"

#include <algorithm>

namespace teipress::build {

namespace {

// One per-document output: the format that chooses it, the writer, the file's extension.
struct DocumentOutput {
    OutputFormat format;
    const char* writer;
    const char* extension;
};

constexpr DocumentOutput k_outputs[] = {
    {OutputFormat::Html, "html", "html"}, {OutputFormat::Latex, "latex", "tex"},      {OutputFormat::Pdf, "pdf", "pdf"},
    {OutputFormat::Text, "text", "txt"},  {OutputFormat::Markdown, "markdown", "md"},
};

int worse(int a, int b) {
    return std::max(a, b);
}

} // namespace

std::vector<std::string> document_output_paths(const std::string& name) {
    std::vector<std::string> paths{name + ".xml"};
    for (const auto& o : k_outputs) paths.push_back(name + "." + o.extension);
    return paths;
}

DocumentResult DocumentBuilder::fail(const DocumentUnit& unit, DocumentResult result, const std::string& tei_name) {
    const OutputFolder& out = *m_settings.out;
    for (const auto& path : document_output_paths(unit.name)) out.remove(path);
    result.outputs.clear();
    if (!unit.tei.empty() && out.make_folder(k_failed_folder)) {
        const std::string kept = std::string(k_failed_folder) + "/" + unit.name + ".xml";
        if (out.write(kept, unit.tei)) {
            // The messages point into the TEI where it is now.
            for (auto& d : result.diagnostics)
                if (d.file == tei_name) d.file = out.path_of(kept);
        }
    }
    return result;
}

DocumentResult DocumentBuilder::build(const DocumentUnit& unit) {
    const OutputFolder& out = *m_settings.out;
    DocumentResult result;
    result.diagnostics = unit.diagnostics;
    if (unit.status != 0 || unit.tei.empty()) {
        result.status = unit.status != 0 ? unit.status : k_exit_invalid;
        return fail(unit, std::move(result), "");
    }
    const std::string tei_name = out.path_of(unit.name + ".xml");

    // One parse: the tree validated is the tree rendered.
    validate::TeiInput input;
    auto parsed = validate::parse_tei_input(std::make_unique<validate::SourceText>(tei_name, unit.tei), true, input,
                                            result.diagnostics);
    if (parsed != validate::InputStatus::Ok) {
        result.status = k_exit_invalid;
        return fail(unit, std::move(result), tei_name);
    }
    auto report = m_settings.validator->validate_input(input);
    result.diagnostics.insert(result.diagnostics.end(), report.diagnostics.begin(), report.diagnostics.end());
    if (report.errors() > 0) {
        result.status = k_exit_invalid;
        return fail(unit, std::move(result), tei_name);
    }

    // Render everything first, write afterwards: a document that fails leaves no output.
    std::vector<std::pair<std::string, std::string>> files;
    files.emplace_back(unit.name + ".xml", unit.tei);
    const FormatSet& formats = m_settings.formats;
    std::string latex;
    for (const auto& o : k_outputs) {
        if (!formats.has(o.format)) continue;
        if (o.format == OutputFormat::Pdf && !m_settings.run_tex) continue;
        DiagnosticSink sink;
        int status = k_exit_ok;
        std::string rendered;
        if (o.format == OutputFormat::Pdf) {
            // The LaTeX is made once for the .tex and the .pdf.
            if (latex.empty()) {
                writers::RenderRequest request;
                request.format = writers::find_writer_format("latex");
                status = m_renderer.render(input.doc.get(), tei_name, request, latex, sink);
            }
            if (status == k_exit_ok) status = writers::tex_to_pdf(latex, tei_name, m_settings.tex, rendered, sink);
        } else {
            writers::RenderRequest request;
            request.format = writers::find_writer_format(o.writer);
            status = m_renderer.render(input.doc.get(), tei_name, request, rendered, sink);
            if (o.format == OutputFormat::Latex && status == k_exit_ok) latex = rendered;
        }
        writers::complete_positions(unit.tei, tei_name, sink);
        result.diagnostics.insert(result.diagnostics.end(), sink.items().begin(), sink.items().end());
        if (status != k_exit_ok) {
            result.status = worse(result.status, status);
            continue;
        }
        files.emplace_back(unit.name + "." + o.extension, std::move(rendered));
    }
    if (result.status != 0) return fail(unit, std::move(result), tei_name);

    for (const auto& [path, content] : files) {
        auto written = out.write(path, content);
        if (!written) {
            // The messages about the TEI point into failed/; the one about the output stays.
            result.status = k_exit_output;
            result = fail(unit, std::move(result), tei_name);
            result.diagnostics.push_back(written.error());
            return result;
        }
        result.outputs.push_back(*written);
    }
    // Outputs of formats no longer chosen are stale: the caller removes them (manifest).
    out.remove(std::string(k_failed_folder) + "/" + unit.name + ".xml");
    return result;
}

} // namespace teipress::build
