#include "validate/relaxng/grammar_reader.h"

#include "validate/relaxng/compact_syntax.h"

#include "core/input_file.h"
#include "validate/tei_input.h"

namespace teipress::validate::relaxng {

namespace {

bool has_extension(const std::string& path, const char* ext) {
    const std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
}

// The compact syntax: translated into the equivalent XML-syntax document (the .rnc line of
// each construct on its node, hrefs as written, so an include of a .rnc comes back here).
Result<GrammarDocument> read_compact(const std::string& path) {
    auto doc = read_compact_syntax(path);
    if (!doc) return doc.error();
    return grammar_from_document(std::move(*doc), path);
}

} // namespace

Result<GrammarDocument> read_grammar_document(const std::string& path) {
    if (has_extension(path, ".rnc")) return read_compact(path);
    auto text = SourceText::open(path, std::size_t(1) << 30);
    if (!text) return text.error();
    std::vector<Diagnostic> errors;
    // Whitespace between a grammar's elements means nothing (4.2) and is half of its nodes:
    // libxml2 leaves it out (it keeps the blank content of an element that holds nothing else,
    // such as <value> </value>); short texts are kept inside their nodes.
    auto doc = parse_xml(path, (*text)->bytes(), errors, XML_PARSE_NOBLANKS | XML_PARSE_COMPACT);
    if (!doc) {
        Diagnostic d = errors.empty() ? Diagnostic{Severity::Error, path, 1, 1, "", {}} : errors.front();
        d.rule_id.clear();
        d.message = "schema is not well-formed XML: " + d.message;
        return d;
    }
    for (const xmlDtd* dtd : {doc->intSubset, doc->extSubset}) {
        if (!dtd) continue;
        for (const xmlNode* n = dtd->children; n; n = n->next)
            if (n->type == XML_ENTITY_DECL)
                return Diagnostic{Severity::Error,
                                  path,
                                  1,
                                  1,
                                  "the schema's DOCTYPE declares the entity \"" +
                                      std::string(reinterpret_cast<const char*>(n->name)) +
                                      "\"; teipress never expands entities",
                                  {}};
    }
    GrammarDocument g;
    g.path = path;
    g.doc = std::move(doc);
    g.text = std::move(*text);
    return g;
}

GrammarDocument grammar_from_document(xml::XmlDocPtr doc, const std::string& path) {
    GrammarDocument g;
    g.path = path;
    g.doc = std::move(doc);
    return g;
}

} // namespace teipress::validate::relaxng
