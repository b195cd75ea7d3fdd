#include "validate/relaxng/compact_syntax.h"

#include "core/input_file.h"
#include "validate/relaxng/compact_lexer.h"
#include "validate/relaxng/compact_parser.h"
#include "validate/relaxng/compact_source.h"
#include "validate/relaxng/compact_to_xml.h"

namespace teipress::validate::relaxng {

Result<xml::XmlDocPtr> read_compact_syntax(const std::string& path) {
    auto bytes = read_file_bytes(path);
    if (!bytes) return bytes.error();
    return read_compact_syntax_text(*bytes, path);
}

Result<xml::XmlDocPtr> read_compact_syntax_text(std::string_view text, const std::string& path) {
    // The stages of the spec's appendix A: characters, tokens, the grammar, the XML syntax.
    auto source = CompactSource::decode(text, path);
    if (!source) return source.error();
    auto tokens = tokenize(**source);
    if (!tokens) return tokens.error();
    auto schema = parse_compact(*source, *tokens);
    if (!schema) return schema.error();
    xml::XmlDocPtr doc = compact_schema_to_xml(*schema, path);
    if (!doc) return Diagnostic{Severity::Error, path, 1, 1, "out of memory translating the schema", {}};
    return doc;
}

} // namespace teipress::validate::relaxng
