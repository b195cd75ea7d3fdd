// Wrapping parts of a text node in new elements, for the passes that tag phrases.
#pragma once

#include <cstddef>
#include <pugixml.hpp>
#include <vector>

namespace teipress::passes {

// One phrase of a text node: bytes [begin, end) of its value, to become the only child of a new
// element named name.
struct TextRange {
    std::size_t begin = 0, end = 0;
    const char* name = nullptr;
};

// Cuts text (a pcdata node) at every range in one pass (cost linear in the value's length, however
// many ranges): each range becomes a new element holding its bytes, the text between them stays as
// text (no empty text nodes are left). ranges must be in order, not overlapping, inside the value
// and not empty; otherwise nothing is changed and an empty vector returned. Returns the new
// elements in order.
std::vector<pugi::xml_node> wrap_texts(pugi::xml_node text, const std::vector<TextRange>& ranges);

// wrap_texts with one range; returns the element (null when the range is not valid).
pugi::xml_node wrap_text(pugi::xml_node text, std::size_t begin, std::size_t end, const char* name);

// The text nodes under node, in document order, skipping the subtrees of elements for which
// skip(name) is true.
std::vector<pugi::xml_node> text_nodes(pugi::xml_node node, bool (*skip)(const char* name));

} // namespace teipress::passes
