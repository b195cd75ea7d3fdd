// Wrapping part of a text node in a new element, for the passes that tag phrases.
#pragma once

#include <cstddef>
#include <pugixml.hpp>
#include <vector>

namespace teipress::passes {

// Splits text (a pcdata node) so that bytes [begin, end) of its value become the only child of a
// new element named name, in place; returns the element. The text before and after stays as
// text (no empty text nodes are left).
pugi::xml_node wrap_text(pugi::xml_node text, std::size_t begin, std::size_t end, const char* name);

// The text nodes under node, in document order, skipping the subtrees of elements for which
// skip(name) is true.
std::vector<pugi::xml_node> text_nodes(pugi::xml_node node, bool (*skip)(const char* name));

} // namespace teipress::passes
