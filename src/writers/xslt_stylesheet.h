// A compiled XSLT stylesheet: parsed once under the project's XML settings, compiled by
// libxslt, with compile errors reported as diagnostics.
#pragma once

#include "core/result.h"

#include <libxslt/xsltInternals.h>
#include <memory>
#include <string>

namespace teipress::writers {

struct XsltStylesheetDeleter {
    void operator()(xsltStylesheet* s) const { xsltFreeStylesheet(s); }
};

// Owns one compiled stylesheet (and the document it was compiled from).
class CompiledStylesheet {
  public:
    CompiledStylesheet(std::string path, xsltStylesheet* style) : m_path(std::move(path)), m_style(style) {}
    // The file the stylesheet was read from (used in messages).
    const std::string& path() const { return m_path; }
    // The libxslt stylesheet; never null.
    xsltStylesheet* get() const { return m_style.get(); }

  private:
    std::string m_path;
    std::unique_ptr<xsltStylesheet, XsltStylesheetDeleter> m_style;
};

// Reads and compiles the stylesheet at path (xsl:import/xsl:include resolved relative to it,
// never from the network). Errors: the file is missing or unreadable (exit 2 territory), not
// well-formed XML, or not a stylesheet libxslt can compile (each libxslt message becomes an
// error at path, the last one carries the error count).
Result<std::shared_ptr<const CompiledStylesheet>> compile_stylesheet(const std::string& path, DiagnosticSink& sink);

} // namespace teipress::writers
