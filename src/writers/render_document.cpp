#include "writers/render_document.h"

#include "core/data_dir.h"
#include "core/line_index.h"

#include <memory>

#include <cstring>

namespace teipress::writers {

namespace {
constexpr const char* k_tei_ns = "http://www.tei-c.org/ns/1.0";
}

namespace {

// Where the start tag <name ...> whose '>' ends on line begins (libxml2 gives an element the
// line where its start tag ends); {0, 0} when there is none.
SourcePosition start_tag_position(std::string_view source, const LineIndex& index, int line, const std::string& name) {
    const std::size_t line_begin = index.line_start(line);
    const std::size_t line_end = index.line_start(line + 1);
    const std::string opener = "<" + name;
    // Start tags may span lines: look back a few lines for tags that end on this one.
    for (std::size_t at = source.find(opener, index.line_start(line > 20 ? line - 20 : 1));
         at != std::string_view::npos && at < line_end; at = source.find(opener, at + 1)) {
        std::size_t after = at + opener.size();
        if (after >= source.size() || std::string_view(" \t\r\n/>").find(source[after]) == std::string_view::npos)
            continue;
        std::size_t end = source.find('>', after);
        if (end != std::string_view::npos && end >= line_begin && end < line_end) return index.position(at);
    }
    return {0, 0};
}

} // namespace

void complete_positions(std::string_view source, const std::string& input_name, DiagnosticSink& sink) {
    std::unique_ptr<LineIndex> index; // built only when a column is to be found
    for (auto& d : sink.items()) {
        if (d.line <= 0) {
            d.line = 1;
            d.column = 1;
            continue;
        }
        if (d.column > 0) continue;
        d.column = 1;
        if (d.file != input_name) continue;
        auto open = d.message.find('<');
        auto close = open == std::string::npos ? open : d.message.find('>', open);
        if (close == std::string::npos || close == open + 1) continue;
        if (!index) index = std::make_unique<LineIndex>(source);
        if (static_cast<std::size_t>(d.line) > index->line_count()) continue;
        SourcePosition at = start_tag_position(source, *index, d.line, d.message.substr(open + 1, close - open - 1));
        if (at.line > 0) {
            d.line = at.line;
            d.column = at.column;
        }
    }
}

bool is_tei_document(xmlDoc* doc, const std::string& input_name, DiagnosticSink& sink) {
    xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
    if (!root) {
        sink.error(input_name, 1, 1, "the document has no root element");
        return false;
    }
    const char* name = reinterpret_cast<const char*>(root->name);
    bool tei_ns =
        root->ns && root->ns->href && std::strcmp(reinterpret_cast<const char*>(root->ns->href), k_tei_ns) == 0;
    if (tei_ns && (std::strcmp(name, "TEI") == 0 || std::strcmp(name, "teiCorpus") == 0)) return true;
    sink.error(input_name, static_cast<int>(xmlGetLineNo(root)), 0,
               std::string("not a TEI document: the root element is <") + name + ">" +
                   (tei_ns ? "" : " outside the TEI namespace " + std::string(k_tei_ns)));
    return false;
}

ExitStatus Renderer::render(xmlDoc* doc, const std::string& input_name, const RenderRequest& request, std::string& out,
                            DiagnosticSink& sink) {
    if (!request.format) {
        sink.error(input_name, 0, 0, "no output format");
        return k_exit_usage;
    }
    if (!is_tei_document(doc, input_name, sink)) return k_exit_invalid;
    const RenderProfile& profile = request.profile ? *request.profile : detect_render_profile(doc);
    const std::string path =
        request.stylesheet.empty() ? data_path(profile_stylesheet(profile, *request.format)) : request.stylesheet;
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
