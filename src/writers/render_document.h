// Rendering one TEI document to one output format: the stylesheet of the format's table row
// (or a user's), run under the security preferences, then the format's post-step.
#pragma once

#include "core/diagnostic.h"
#include "core/exit_status.h"
#include "writers/render_profile.h"
#include "writers/stylesheet_cache.h"
#include "writers/tex_to_pdf.h"
#include "writers/writer_formats.h"
#include "writers/xslt_transform.h"

#include <libxml/tree.h>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::writers {

// What to render and how.
struct RenderRequest {
    const WriterFormat* format = nullptr;   // required
    std::string stylesheet;                 // a user's --xslt; empty = the format's own
    const RenderProfile* profile = nullptr; // the layer of stylesheets; null = detected
    std::vector<XsltParam> params;          // --param NAME=VALUE, passed as strings
    TexRunOptions tex;                      // for the PDF post-step
};

// Renders TEI documents; keeps every stylesheet it compiled for the next call.
class Renderer {
  public:
    // Renders doc (read from input_name) into out. Returns k_exit_ok (warnings may be in
    // sink), k_exit_usage when the stylesheet is missing or does not compile, k_exit_invalid
    // when the document is not TEI or the transform fails (a refused write included),
    // k_exit_tool when the TeX engine is missing or fails. out is untouched on failure.
    ExitStatus render(xmlDoc* doc, const std::string& input_name, const RenderRequest& request, std::string& out,
                      DiagnosticSink& sink);

  private:
    StylesheetCache m_cache;
};

// Gives every diagnostic of sink the FILE:LINE:COL shape. One about input_name (whose text is
// source) with a line but no column gets the column of the start tag its message names
// ("<NAME>") ending on that line, else 1; one about another file (a stylesheet) gets column 1;
// one with no line at all points at 1:1 (the file as a whole).
void complete_positions(std::string_view source, const std::string& input_name, DiagnosticSink& sink);

// Checks that doc's root is tei:TEI (or tei:teiCorpus); reports an error at input_name.
bool is_tei_document(xmlDoc* doc, const std::string& input_name, DiagnosticSink& sink);

} // namespace teipress::writers
