#include "writers/stylesheet_cache.h"

namespace teipress::writers {

Result<std::shared_ptr<const CompiledStylesheet>> StylesheetCache::get(const std::string& path, DiagnosticSink& sink) {
    if (auto it = m_compiled.find(path); it != m_compiled.end()) return it->second;
    auto compiled = compile_stylesheet(path, sink);
    if (compiled) m_compiled.emplace(path, *compiled);
    return compiled;
}

} // namespace teipress::writers
