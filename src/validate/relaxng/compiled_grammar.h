// CompiledGrammar: a RELAX NG grammar read, simplified, checked and expanded into the patterns
// of the derivative algorithm. Immutable once compiled: threads share it read-only, each with
// its own Derivatives layered over its pattern store.
#pragma once

#include "core/diagnostic.h"
#include "validate/relaxng/grammar_reader.h"
#include "validate/relaxng/id_types.h"
#include "validate/relaxng/schema_reader.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::validate::relaxng {

struct CompileOptions {
    // Check the ID-types of RELAX NG DTD Compatibility (jing's default; its -i turns it off).
    bool check_id_types = true;
};

struct CompiledGrammar {
    GrammarParts parts;    // names, name classes, datatypes
    PatternStore store;    // the grammar's patterns (frozen)
    CommonPatterns common; // empty, notAllowed, text of that store
    const Pattern* start = nullptr;
    IdTypeMap ids; // empty unless ID-types are checked and the grammar has some
    // Every element pattern of the grammar, and which of them may name a given name: those that
    // name it one by one (by name), and those with a wildcard (open). Where a misplaced element
    // is looked for (jing's findElement), without walking the grammar.
    std::vector<const Pattern*> elements;
    std::unordered_map<Name, std::vector<std::uint32_t>, NameHash> elements_by_name;
    std::vector<std::uint32_t> open_elements;
};

// Compiles the grammar in file path (read by read_grammar_document, with everything it
// includes). Null when it does not compile; then errors holds every error found, each at its
// FILE:LINE:COL, in file order.
std::unique_ptr<CompiledGrammar> compile_grammar(const std::string& path, const CompileOptions& options,
                                                 std::vector<Diagnostic>& errors);
// The same for a grammar document already read.
std::unique_ptr<CompiledGrammar> compile_grammar(GrammarDocument document, const CompileOptions& options,
                                                 std::vector<Diagnostic>& errors);

} // namespace teipress::validate::relaxng
