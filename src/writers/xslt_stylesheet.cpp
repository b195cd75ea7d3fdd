#include "writers/xslt_stylesheet.h"

#include "writers/xslt_error_scope.h"
#include "xml/printf_message.h"

#include "core/input_file.h"
#include "xml/libxml_document.h"

#include <libxml/xmlerror.h>
#include <libxslt/xsltutils.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace teipress::writers {

namespace {

// Collects libxslt's printf-style message fragments into whole lines.
struct CompileMessages {
    std::string pending;
    std::vector<std::string> lines;
};

[[gnu::format(printf, 2, 3)]] void on_compile_message(void* ctx, const char* fmt, ...) {
    auto* messages = static_cast<CompileMessages*>(ctx);
    va_list args;
    va_start(args, fmt);
    messages->pending += xml::format_printf_message(fmt, args);
    va_end(args);
    std::size_t nl;
    while ((nl = messages->pending.find('\n')) != std::string::npos) {
        std::string line = messages->pending.substr(0, nl);
        messages->pending.erase(0, nl + 1);
        // libxslt sends "error" / "warning" alone before some messages: not worth a line.
        if (!line.empty() && line != "error" && line != "warning") messages->lines.push_back(line);
    }
}

// The line libxslt names in "compilation error: file F line N element E", or 0.
int line_in_message(const std::string& message) {
    std::size_t at = message.find(" line ");
    return at == std::string::npos ? 0 : std::atoi(message.c_str() + at + 6);
}

// libxslt reports compile errors only through its generic handler (it has no per-stylesheet
// hook); route it to this compile's collector and put the previous handler back afterwards.
// libxml2's own reports during the compile (XPath expressions) come as structured errors.
void on_compile_structured(void* ctx, xmlErrorPtr err) {
    if (!err || !err->message) return;
    auto* messages = static_cast<CompileMessages*>(ctx);
    std::string text = err->message;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (err->str1) text += std::string(": ") + err->str1;
    messages->lines.push_back(text);
}

} // namespace

Result<std::shared_ptr<const CompiledStylesheet>> compile_stylesheet(const std::string& path, DiagnosticSink& sink) {
    auto bytes = read_file_bytes(path);
    if (!bytes) return bytes.error();
    auto doc = xml::parse_with_libxml(path, *bytes, sink);
    if (!doc) return Diagnostic{Severity::Error, path, 0, 0, "the stylesheet is not well-formed XML", {}};
    CompileMessages messages;
    xsltStylesheet* style = nullptr;
    {
        XsltErrorScope guard(&messages, on_compile_message, on_compile_structured);
        // On success the stylesheet owns the document; on failure libxslt leaves it to us.
        style = xsltParseStylesheetDoc(doc.get());
        if (!messages.pending.empty()) messages.lines.push_back(messages.pending);
    }
    if (!style || style->errors > 0) {
        for (const auto& line : messages.lines) sink.error(path, line_in_message(line), 0, line);
        if (style) {
            std::string count = std::to_string(style->errors);
            xsltFreeStylesheet(style); // frees doc too
            (void)doc.release();
            return Diagnostic{
                Severity::Error, path, 0, 0, "the stylesheet does not compile (" + count + " error(s))", {}};
        }
        return Diagnostic{Severity::Error, path, 0, 0, "the stylesheet does not compile", {}};
    }
    (void)doc.release();
    for (const auto& line : messages.lines) sink.warning(path, line_in_message(line), 0, line);
    return std::make_shared<const CompiledStylesheet>(path, style);
}

} // namespace teipress::writers
