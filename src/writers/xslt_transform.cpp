#include "writers/xslt_transform.h"

#include "writers/xslt_error_scope.h"
#include "xml/printf_message.h"

#include "xml/xslt_security.h"

#include "xml/xml_settings.h"

#include <libxml/encoding.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>

#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>

namespace teipress::writers {

namespace {

// Where one transform's messages go.
struct TransformMessages {
    const std::string* input_name;
    const std::string* stylesheet;
    std::string pending;
    std::vector<Diagnostic> items;
};

// "LINE: warning: TEXT" / "LINE: error: TEXT" from the stylesheets' xsl:message, at the input;
// anything else is about the stylesheet.
void add_message_line(TransformMessages& m, const std::string& line) {
    std::size_t colon = line.find(": ");
    if (colon != std::string::npos && colon > 0 && line.find_first_not_of("0123456789") == colon) {
        std::string rest = line.substr(colon + 2);
        for (auto [prefix, severity] :
             {std::pair{"warning: ", Severity::Warning}, std::pair{"error: ", Severity::Error}}) {
            std::string p = prefix;
            if (rest.rfind(p, 0) == 0) {
                m.items.push_back({severity, *m.input_name, std::atoi(line.c_str()), 0, rest.substr(p.size()), {}});
                return;
            }
        }
    }
    // libxslt's own reports (runtime errors, a refused write) fail the transform; any other
    // line is a plain xsl:message of the stylesheet, kept as a warning.
    std::string lower;
    for (char c : line) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool is_error = lower.find("error") != std::string::npos || lower.find("refused") != std::string::npos ||
                    lower.find("denied") != std::string::npos;
    std::size_t at = line.find(" line ");
    int stylesheet_line = at == std::string::npos ? 0 : std::atoi(line.c_str() + at + 6);
    m.items.push_back({is_error ? Severity::Error : Severity::Warning, *m.stylesheet, stylesheet_line, 0, line, {}});
}

[[gnu::format(printf, 2, 3)]] void on_transform_message(void* ctx, const char* fmt, ...) {
    auto* m = static_cast<TransformMessages*>(ctx);
    va_list args;
    va_start(args, fmt);
    m->pending += xml::format_printf_message(fmt, args);
    va_end(args);
    std::size_t nl;
    while ((nl = m->pending.find('\n')) != std::string::npos) {
        std::string line = m->pending.substr(0, nl);
        m->pending.erase(0, nl + 1);
        if (!line.empty() && line != "error" && line != "warning") add_message_line(*m, line);
    }
}

// Some libxslt runtime errors bypass the transform context and go to its generic handler
// (libxslt has no per-context hook for them): catch those too, for the length of one transform,
// as errors, and put the previous handler back afterwards. (Transforms run one at a time.)
[[gnu::format(printf, 2, 3)]] void on_generic_message(void* ctx, const char* fmt, ...) {
    auto* m = static_cast<TransformMessages*>(ctx);
    va_list args;
    va_start(args, fmt);
    std::string text = xml::format_printf_message(fmt, args);
    va_end(args);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (!text.empty()) m->items.push_back({Severity::Error, *m->stylesheet, 0, 0, text, {}});
}

// libxml2's reports during the transform (XPath evaluation errors) come as structured errors
// (libxml2 keeps that handler per thread).
void on_structured_message(void* ctx, xmlErrorPtr err) {
    if (!err || !err->message) return;
    auto* m = static_cast<TransformMessages*>(ctx);
    std::string text = err->message;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (err->str1) text += std::string(": ") + err->str1;
    m->items.push_back(
        {err->level == XML_ERR_WARNING ? Severity::Warning : Severity::Error, *m->stylesheet, 0, 0, text, {}});
}

struct TransformContextDeleter {
    void operator()(xsltTransformContext* c) const { xsltFreeTransformContext(c); }
};

// Appends what libxml2's output buffer flushes to a std::string.
int append_to_string(void* context, const char* buffer, int len) {
    static_cast<std::string*>(context)->append(buffer, static_cast<std::size_t>(len));
    return len;
}

// Serialises result as the stylesheet's xsl:output says, straight into the string (unlike
// xsltSaveResultToString, no growing intermediate buffer and no copy: on a large volume those
// cost thousands of page faults).
Result<std::string> serialize_result(const CompiledStylesheet& style, xmlDoc* result) {
    const xmlChar* encoding = nullptr;
    XSLT_GET_IMPORT_PTR(encoding, style.get(), encoding);
    xmlCharEncodingHandlerPtr encoder = nullptr;
    if (encoding) {
        encoder = xmlFindCharEncodingHandler(reinterpret_cast<const char*>(encoding));
        if (encoder && xmlStrcasecmp(reinterpret_cast<const xmlChar*>(encoder->name),
                                     reinterpret_cast<const xmlChar*>("UTF-8")) == 0)
            encoder = nullptr; // UTF-8 is what libxml2 holds: no conversion
    }
    std::string out;
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(append_to_string, nullptr, &out, encoder);
    if (!buffer) return Diagnostic{Severity::Error, style.path(), 0, 0, "cannot serialise the result", {}};
    int written = xsltSaveResultTo(buffer, result, style.get());
    if (xmlOutputBufferClose(buffer) < 0 || written < 0)
        return Diagnostic{Severity::Error, style.path(), 0, 0, "cannot serialise the result", {}};
    return out;
}

} // namespace

Result<xml::XmlDocPtr> run_transform_tree(const CompiledStylesheet& style, xmlDoc* doc,
                                          const std::vector<XsltParam>& params, const std::string& input_name,
                                          DiagnosticSink& sink) {
    TransformMessages messages{&input_name, &style.path(), {}, {}};
    xml::SecurityPrefsPtr prefs = xml::make_security_prefs();
    std::unique_ptr<xsltTransformContext, TransformContextDeleter> ctxt(xsltNewTransformContext(style.get(), doc));
    if (!prefs || !ctxt)
        return Diagnostic{Severity::Error, input_name, 0, 0, "out of memory starting the transform", {}};
    xsltSetTransformErrorFunc(ctxt.get(), &messages, on_transform_message);
    // No file writes, no network; document() parses under the project's settings.
    if (!xml::secure_transform_context(ctxt.get(), prefs.get()))
        return Diagnostic{Severity::Error, input_name, 0, 0, "cannot secure the transform", {}};
    for (const auto& [name, value] : params) {
        if (xsltQuoteOneUserParam(ctxt.get(), reinterpret_cast<const xmlChar*>(name.c_str()),
                                  reinterpret_cast<const xmlChar*>(value.c_str())) != 0)
            messages.items.push_back({Severity::Error, input_name, 0, 0, "cannot pass the parameter " + name, {}});
    }
    xml::XmlDocPtr result;
    {
        XsltErrorScope guard(&messages, on_generic_message, on_structured_message);
        result.reset(xsltApplyStylesheetUser(style.get(), doc, nullptr, nullptr, nullptr, ctxt.get()));
    }
    if (!messages.pending.empty()) add_message_line(messages, messages.pending);
    bool failed = !result || ctxt->state == XSLT_STATE_ERROR || ctxt->state == XSLT_STATE_STOPPED;
    // A note's content is rendered twice in HTML (popover and endnote): report a message once.
    std::set<std::string> seen;
    for (auto& d : messages.items) {
        failed = failed || d.severity == Severity::Error;
        if (seen.insert(format_diagnostic(d)).second) sink.add(std::move(d));
    }
    if (failed)
        return Diagnostic{
            Severity::Error, style.path(), 0, 0, "the transform of " + input_name + " failed; nothing was written", {}};
    return result;
}

Result<std::string> run_transform(const CompiledStylesheet& style, xmlDoc* doc, const std::vector<XsltParam>& params,
                                  const std::string& input_name, DiagnosticSink& sink) {
    auto result = run_transform_tree(style, doc, params, input_name, sink);
    if (!result) return result.error();
    return serialize_result(style, result->get());
}

} // namespace teipress::writers
