// CompileSession: what compiling one grammar has read (every file: the top one, includes,
// externalRefs) and found wrong, each error at FILE:LINE:COL of the grammar element concerned.
#pragma once

#include "core/diagnostic.h"
#include "validate/relaxng/grammar_reader.h"
#include "validate/relaxng/pattern.h"

#include <string>
#include <vector>

namespace teipress::validate::relaxng {

class CompileSession {
  public:
    // Keeps a file read for this grammar; returns its index.
    std::uint32_t add_file(GrammarDocument doc);
    // The file of index i.
    const GrammarDocument& file(std::uint32_t i) const { return m_files[i]; }
    // Reports an error at loc (its element's start tag or attribute).
    void error(SourceLocation loc, std::string message);
    // Reports an error at the start of a file (nothing more precise known).
    void error(const std::string& path, std::string message);
    // Reports an error that already has its position.
    void error(Diagnostic d) { m_errors.push_back(std::move(d)); }
    bool has_errors() const { return !m_errors.empty(); }
    // The errors, sorted by file (in the order read), line and column, duplicates removed.
    std::vector<Diagnostic> take_errors();

  private:
    std::vector<GrammarDocument> m_files;
    std::vector<Diagnostic> m_errors;
};

} // namespace teipress::validate::relaxng
