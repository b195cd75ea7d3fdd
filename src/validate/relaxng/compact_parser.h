// The grammar of the compact syntax (RELAX NG Compact Syntax, appendix A.1): tokens to the
// tree of the XML-syntax schema they translate to.
#pragma once

#include "core/result.h"
#include "validate/relaxng/compact_ast.h"
#include "validate/relaxng/compact_lexer.h"
#include "validate/relaxng/compact_source.h"

namespace teipress::validate::relaxng {

// Most levels of nesting a schema may have (patterns, name classes, annotations, grammars):
// libxml2's limit for XML documents, so that the translation is as deep as an XML schema may be.
constexpr int k_max_compact_nesting = 256;

// Parses the tokens of source. Errors (FILE:LINE:COL, the first one): a token where the
// grammar does not allow it, operators mixed without parentheses, an undeclared prefix, a
// declaration the spec forbids (xml/xmlns prefixes, duplicates, a bad datatypes URI), an
// annotation in a forbidden namespace or given twice, an except inside an except of the same
// kind, a top-level pattern that would translate to more than one element, nesting deeper than
// k_max_compact_nesting.
Result<CompactSchema> parse_compact(std::shared_ptr<const CompactSource> source, const Tokens& tokens);

} // namespace teipress::validate::relaxng
