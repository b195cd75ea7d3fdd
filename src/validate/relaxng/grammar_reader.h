// Reading one grammar file — the top schema, an include, an externalRef — into a RELAX NG
// document in XML syntax. The one place that decides how a file is read: by its extension,
// ".rnc" (the compact syntax) or anything else (the XML syntax).
#pragma once

#include "core/result.h"
#include "validate/source_text.h"
#include "xml/libxml_document.h"

#include <memory>
#include <string>

namespace teipress::validate::relaxng {

// A grammar file in XML syntax, with the text it was read from (for columns in messages).
struct GrammarDocument {
    std::string path; // how messages name the file
    xml::XmlDocPtr doc;
    std::unique_ptr<SourceText> text; // null when the document was not read from XML text
};

// Reads the grammar at path. Errors (a Diagnostic at path): missing, a directory, unreadable,
// not well-formed XML (the parser's first error, at its line), a DOCTYPE that declares
// entities; a ".rnc" file that is not valid compact syntax (its first error). Never fetches
// the network.
Result<GrammarDocument> read_grammar_document(const std::string& path);

// A grammar already in memory (e.g. the conformance suite's, or one made by a program): path
// names it in messages and is the base of its relative hrefs. doc is taken over.
GrammarDocument grammar_from_document(xml::XmlDocPtr doc, const std::string& path);

} // namespace teipress::validate::relaxng
