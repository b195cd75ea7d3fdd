// TEI pointers: the attributes whose values point at elements (target, corresp, ref…), as
// whitespace-separated tokens; "#id" points into the same file, "frus1964-68v17#d60" into
// another volume.
#pragma once

#include <functional>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace teipress::volume {

// True for the attributes TEI types as pointers (teidata.pointer), e.g. target, corresp, ref,
// rendition, ana, sameAs, prev, next, who, resp, source.
bool is_pointer_attribute(std::string_view name);

// Calls fn(element, attribute, token) for each token of each pointer attribute of node and of
// every element below it, in document order. Nothing happens for a null node.
void for_each_pointer(pugi::xml_node node,
                      const std::function<void(pugi::xml_node, pugi::xml_attribute, std::string_view)>& fn);

// Replaces each pointer token of the subtree for which change(token) gives a value; tokens it
// leaves (nullopt) stay as they are, and so does the spacing between tokens. Returns how many
// tokens changed.
std::size_t rewrite_pointers(pugi::xml_node node,
                             const std::function<std::optional<std::string>(std::string_view)>& change);

// The id a local pointer names ("#d5" → "d5"); empty for any other token.
std::string_view local_target(std::string_view token);

} // namespace teipress::volume
