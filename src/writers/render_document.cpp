#include "writers/render_document.h"

#include "core/data_dir.h"

#include <cstring>

namespace teipress::writers {

namespace {
constexpr const char* k_tei_ns = "http://www.tei-c.org/ns/1.0";
}

bool is_tei_document(xmlDoc* doc, const std::string& input_name, DiagnosticSink& sink) {
    xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
    if (!root) {
        sink.error(input_name, 1, 1, "the document has no root element");
        return false;
    }
    const char* name = reinterpret_cast<const char*>(root->name);
    bool tei_ns = root->ns && root->ns->href &&
                  std::strcmp(reinterpret_cast<const char*>(root->ns->href), k_tei_ns) == 0;
    if (tei_ns && (std::strcmp(name, "TEI") == 0 || std::strcmp(name, "teiCorpus") == 0))
        return true;
    sink.error(input_name, static_cast<int>(xmlGetLineNo(root)), 0,
               std::string("not a TEI document: the root element is <") + name + ">" +
                   (tei_ns ? "" : " outside the TEI namespace " + std::string(k_tei_ns)));
    return false;
}

ExitStatus Renderer::render(xmlDoc* doc, const std::string& input_name,
                            const RenderRequest& request, std::string& out, DiagnosticSink& sink) {
    if (!request.format) {
        sink.error(input_name, 0, 0, "no output format");
        return k_exit_usage;
    }
    if (!is_tei_document(doc, input_name, sink)) return k_exit_invalid;
    const RenderProfile& profile =
        request.profile ? *request.profile : detect_render_profile(doc);
    const std::string path = request.stylesheet.empty()
                                 ? data_path(profile_stylesheet(profile, *request.format))
                                 : request.stylesheet;
    auto style = m_cache.get(path, sink);
    if (!style) {
        sink.add(style.error());
        return k_exit_usage;
    }
    auto result = run_transform(**style, doc, request.params, input_name, sink);
    if (!result) {
        sink.add(result.error());
        return k_exit_invalid;
    }
    if (request.format->post_step == PostStep::TexToPdf) {
        std::string pdf;
        ExitStatus status = tex_to_pdf(*result, input_name, request.tex, pdf, sink);
        if (status != k_exit_ok) return status;
        out = std::move(pdf);
        return k_exit_ok;
    }
    out = std::move(*result);
    return k_exit_ok;
}

} // namespace teipress::writers
