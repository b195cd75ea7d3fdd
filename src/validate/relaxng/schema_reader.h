// SchemaReader: the XML syntax of RELAX NG (section 3) read into patterns, applying the
// simplification of section 4 as it goes: annotations dropped (4.1), whitespace (4.2),
// datatypeLibrary and ns inherited (4.3, 4.9), hrefs resolved against xml:base and the file
// (4.5), externalRef and include read through read_grammar_document with overrides (4.6, 4.7),
// name attributes and QNames (4.8, 4.10), div (4.11), combine (4.17), nested grammars and
// parentRef (4.18). The result still holds references (Ref patterns), expanded later (4.19).
// Every error is reported (with its position) and reading goes on.
#pragma once

#include "validate/relaxng/compile_session.h"
#include "validate/relaxng/datatype_library.h"
#include "validate/relaxng/pattern_builder.h"

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::validate::relaxng {

inline constexpr const char* k_rng_ns = "http://relaxng.org/ns/structure/1.0";
inline constexpr const char* k_xml_ns = "http://www.w3.org/XML/1998/namespace";
inline constexpr const char* k_xmlns_ns = "http://www.w3.org/2000/xmlns";

// What reading a grammar makes besides patterns, and what the compiled grammar keeps.
struct GrammarParts {
    StringTable strings;
    NameClassStore name_classes;
    DatatypeLibraries datatypes;
};

class SchemaReader {
  public:
    // Patterns are made with builder (a parse-time store); errors go to session.
    SchemaReader(CompileSession& session, GrammarParts& parts, PatternBuilder& builder);
    ~SchemaReader();
    SchemaReader(const SchemaReader&) = delete;
    SchemaReader& operator=(const SchemaReader&) = delete;

    // Reads the grammar of file (already added to the session) as the top schema; returns its
    // start pattern (with references), or the error pattern.
    const Pattern* read_schema(std::uint32_t file);
    // The name of the definition a Ref pattern stands for (for messages).
    const std::string& ref_name(const Pattern* ref) const { return m_ref_names[ref->ref_index]; }

  private:
    enum class Combine { None, Choice, Interleave };
    enum class Replacement { Keep, Require, Ignore };
    struct Definition {
        Pattern* ref = nullptr;        // the Ref pattern every reference to it shares
        const Pattern* body = nullptr; // null until defined
        bool implicit_combine = false; // one definition without combine was seen
        Combine combine = Combine::None;
        Replacement replacement = Replacement::Keep;
        SourceLocation first_ref;
    };
    struct Grammar {
        Grammar* parent = nullptr;
        std::unordered_map<std::string, Definition> defines;
        Definition start;
    };
    // What an element inherits from its ancestors.
    // (Strings are ids of m_texts: contexts are copied for every element of the grammar.)
    struct Context {
        StringId ns = k_empty_string;               // the ns attribute in scope (section 4.9)
        StringId datatype_library = k_empty_string; // the datatypeLibrary in scope (4.3)
        StringId base = k_empty_string;             // the base URI: the file, changed by xml:base
        Grammar* grammar = nullptr;                 // the nearest grammar (null outside any)
        std::uint32_t file = 0;
        bool own_ns = false; // this very element has an ns attribute
    };

    // One RELAX NG element read: its own attributes applied to the context.
    Context enter(const xmlNode* e, const Context& parent, const char* allowed);
    SourceLocation at(const xmlNode* n, const Context& cx) const { return {cx.file, n}; }
    void error(const xmlNode* n, const Context& cx, std::string message);

    const Pattern* pattern(const xmlNode* e, const Context& parent);
    enum class Fold { Group, Choice, Interleave };
    // The patterns among e's children (from `from` on, all when null), folded into one.
    const Pattern* pattern_children(const xmlNode* e, const xmlNode* from, const Context& cx, Fold fold);
    // The patterns kids[from..] (children of e), folded into one.
    const Pattern* pattern_list(const xmlNode* e, const std::vector<const xmlNode*>& kids, std::size_t from,
                                const Context& cx, Fold fold);
    const Pattern* element_pattern(const xmlNode* e, const Context& cx);
    const Pattern* attribute_pattern(const xmlNode* e, const Context& cx);
    const Pattern* data_pattern(const xmlNode* e, const Context& cx);
    const Pattern* value_pattern(const xmlNode* e, const Context& cx);
    const Pattern* ref_pattern(const xmlNode* e, const Context& cx, bool parent_ref);
    const Pattern* external_ref(const xmlNode* e, const Context& cx);
    const Pattern* grammar_pattern(const xmlNode* e, const Context& cx);

    const NameClass* name_class(const xmlNode* e, const Context& parent, int except_depth_flags);
    const NameClass* name_class_children(const xmlNode* e, const Context& cx, int flags);
    const NameClass* qname_class(const xmlNode* at_node, const std::string& qname, const std::string& default_ns,
                                 const Context& cx);
    void check_attribute_name_class(const NameClass* nc, const xmlNode* e, const Context& cx);

    void grammar_content(const xmlNode* e, Grammar& g, const Context& cx, std::vector<Definition*>* overrides);
    void define(Definition& d, const std::string& name, Combine combine, const Pattern* body, const xmlNode* e,
                const Context& cx);
    Definition& lookup(Grammar& g, const std::string& name);
    void include(const xmlNode* e, Grammar& g, const Context& cx);
    const Pattern* end_grammar(Grammar& g, const xmlNode* e, const Context& cx);

    // Reads the file href names (relative to cx's base); the file's index, or -1 (reported).
    long open_referenced_file(const xmlNode* e, const Context& cx, const std::string& href);
    // The element children of e in the RELAX NG namespace (foreign ones skipped, text checked).
    std::vector<const xmlNode*> rng_children(const xmlNode* e, const Context& cx, bool allow_text);

    CompileSession& m_session;
    GrammarParts& m_parts;
    PatternBuilder& m_builder;
    std::deque<Grammar> m_grammars;
    std::vector<std::string> m_ref_names;
    std::vector<std::string> m_open_files; // files being read (include/externalRef recursion)
    StringTable m_texts;                   // the strings of contexts
    const std::string& text(StringId id) const { return m_texts.text(id); }
};

} // namespace teipress::validate::relaxng
