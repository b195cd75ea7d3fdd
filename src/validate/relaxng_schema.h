// RelaxNgSchema: a RELAX NG grammar compiled once by teipress's own engine
// (validate/relaxng/: James Clark's derivative algorithm, as jing implements it) and then
// shared, read-only, by every validating thread, each with derivatives of its own.
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"
#include "validate/source_text.h"
#include "xml/libxml_document.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace teipress::validate {

namespace relaxng {
struct CompiledGrammar;
class Derivatives;
} // namespace relaxng

class RelaxNgSchema {
  public:
    // Reads and compiles the grammar at path (XML syntax; every file it includes or refers to,
    // relative to the file naming it, never from the network). Errors (as a Diagnostic, the
    // first of them): missing, a directory, not well-formed, not RELAX NG, an incorrect grammar.
    static Result<std::shared_ptr<const RelaxNgSchema>> compile(const std::string& path);
    // The same; when the grammar does not compile, errors holds every error found (in file
    // order, each at its FILE:LINE:COL).
    static Result<std::shared_ptr<const RelaxNgSchema>> compile(const std::string& path,
                                                                std::vector<Diagnostic>& errors);
    // Compiles a grammar already parsed (XML syntax), named path in messages and the base of its
    // relative hrefs. check_id_types: the ID/IDREF checks of RELAX NG DTD Compatibility (on by
    // default, as with jing). Errors as above.
    static Result<std::shared_ptr<const RelaxNgSchema>> compile_document(xml::XmlDocPtr doc, const std::string& path,
                                                                         std::vector<Diagnostic>& errors,
                                                                         bool check_id_types = true);
    // compile(path, errors) with the ID/IDREF checks on or off.
    static Result<std::shared_ptr<const RelaxNgSchema>> compile(const std::string& path,
                                                                std::vector<Diagnostic>& errors, bool check_id_types);

    ~RelaxNgSchema();
    RelaxNgSchema(const RelaxNgSchema&) = delete;
    RelaxNgSchema& operator=(const RelaxNgSchema&) = delete;

    // Validates doc (parsed from source) and appends one diagnostic per error, in document
    // order, with rule id "relaxng" (jing's messages; every error, not only the first). Safe to
    // call from several threads at once.
    void validate(xmlDoc* doc, const SourceText& source, std::vector<Diagnostic>& out) const;
    // Validates doc without its text (positions are lines only; name names it). True when valid.
    bool validate(xmlDoc* doc, const std::string& name, std::vector<Diagnostic>& out) const;

    // The elements the grammar names one by one, each with the attributes it allows.
    std::map<std::string, std::set<std::string>> vocabulary() const;
    // The path it was compiled from.
    const std::string& path() const { return m_path; }

  private:
    RelaxNgSchema();
    std::unique_ptr<relaxng::Derivatives> take_derivatives() const;
    void give_back(std::unique_ptr<relaxng::Derivatives> d) const;

    std::string m_path;
    std::unique_ptr<relaxng::CompiledGrammar> m_grammar;
    // Derivatives not in use: a thread takes one (or makes one) and gives it back, so each
    // validating thread has its own, reused from document to document.
    mutable std::mutex m_pool_mutex;
    mutable std::vector<std::unique_ptr<relaxng::Derivatives>> m_pool;
};

} // namespace teipress::validate
