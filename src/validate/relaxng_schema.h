// RelaxNgSchema: a RELAX NG grammar (XML syntax) compiled once by libxml2 and then shared,
// read-only, by every validating thread (each with a validation context of its own).
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
#include "validate/content_model.h"
#include "validate/schema_vocabulary.h"
#include "validate/source_text.h"

#include <libxml/relaxng.h>
#include <memory>
#include <string>
#include <vector>

namespace teipress::validate {

class RelaxNgSchema {
  public:
    // Reads and compiles the grammar at path. Errors (as a Diagnostic at path): missing,
    // a directory, not well-formed, not a grammar libxml2 can compile (its first message,
    // with its line). Never fetches the network (includes are read from local files only).
    static Result<std::shared_ptr<const RelaxNgSchema>> compile(const std::string& path);

    ~RelaxNgSchema();
    RelaxNgSchema(const RelaxNgSchema&) = delete;
    RelaxNgSchema& operator=(const RelaxNgSchema&) = delete;

    // Validates doc (parsed from source) and appends one diagnostic per problem, in document
    // order, with rule id "relaxng". Safe to call from several threads at once.
    void validate(xmlDoc* doc, const SourceText& source, std::vector<Diagnostic>& out) const;

    // The element and attribute names of the grammar (for messages and the root check).
    const SchemaVocabulary& vocabulary() const { return m_vocabulary; }
    // The content models of the grammar (what may come where, for messages).
    const ContentModels& content_models() const { return *m_models; }
    // The path it was compiled from.
    const std::string& path() const { return m_path; }

  private:
    RelaxNgSchema() = default;
    std::string m_path;
    xmlRelaxNGPtr m_schema = nullptr;
    SchemaVocabulary m_vocabulary;
    std::shared_ptr<const ContentModels> m_models;
};

} // namespace teipress::validate
