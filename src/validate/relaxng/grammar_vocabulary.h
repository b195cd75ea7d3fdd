// The names a compiled grammar gives elements and attributes (for tests and tools that list a
// schema's vocabulary): every element named one by one, and the attributes each may carry.
#pragma once

#include "validate/relaxng/compiled_grammar.h"

#include <map>
#include <set>
#include <string>

namespace teipress::validate::relaxng {

// Element local names, each with the attribute names its content allows ("xml:id" for the XML
// namespace, "{ns}local" for another); elements named by a wildcard are left out.
std::map<std::string, std::set<std::string>> grammar_vocabulary(const CompiledGrammar& grammar);

} // namespace teipress::validate::relaxng
