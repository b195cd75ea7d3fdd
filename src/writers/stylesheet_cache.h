// StylesheetCache: compiles each stylesheet once per process (owned by the caller, not global).
#pragma once

#include "writers/xslt_stylesheet.h"

#include <map>
#include <memory>
#include <string>

namespace teipress::writers {

class StylesheetCache {
  public:
    // The compiled stylesheet at path, compiling it on first use; errors as compile_stylesheet
    // (a failed compile is not cached, so the same errors are reported again).
    Result<std::shared_ptr<const CompiledStylesheet>> get(const std::string& path, DiagnosticSink& sink);

  private:
    std::map<std::string, std::shared_ptr<const CompiledStylesheet>> m_compiled;
};

} // namespace teipress::writers
