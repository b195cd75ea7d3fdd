// Writing a TEI tree exactly as it stands (no whitespace added to or dropped from the text),
// and indenting the element-only parts that split, join and init generate.
#pragma once

#include <functional>
#include <pugixml.hpp>
#include <string>

namespace teipress::volume {

// Serialises doc: an XML declaration, then each top-level node (processing instructions,
// comments, the root element) on a line of its own; inside the root, every node as it is in
// the tree. Text escapes & < >; attribute values escape & < " and TAB, LF, CR as character
// references (so a parser gives back the same values); CDATA is written as text. Attributes in
// their order. Deterministic.
std::string write_xml(const pugi::xml_document& doc);

// Serialises node and its subtree as write_xml does inside the root (no declaration, no line
// break after it).
std::string write_subtree_xml(pugi::xml_node node);

// Lays out generated content: for node and each descendant that TEI defines as element-only
// (passes::is_element_only: TEI, teiHeader and its parts, text, body, back, div, list…, and
// the header parts tagsDecl, classDecl, taxonomy, correction…), its
// whitespace-only text children are replaced by a line break and two spaces per level before
// each child. Descends into no element for which keep(element) is true (those are written as
// they are, e.g. a document copied from a volume) nor into mixed content.
void indent(pugi::xml_node node, int depth, const std::function<bool(pugi::xml_node)>& keep = {});

} // namespace teipress::volume
