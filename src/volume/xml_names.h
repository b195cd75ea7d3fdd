// Namespaces of pugixml elements (pugixml keeps prefixes and xmlns attributes as written).
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace teipress::volume {

// The namespace URI of element's name, from the xmlns declarations on it and its ancestors;
// empty when its prefix (or the default namespace) is not declared.
std::string namespace_of(pugi::xml_node element);

// The local part of element's name ("include" for "xi:include").
const char* local_name(pugi::xml_node element);

// True for an XInclude include element (http://www.w3.org/2001/XInclude), whatever its prefix.
bool is_xinclude(pugi::xml_node element);

} // namespace teipress::volume

namespace teipress::volume {

// The namespace URI bound to prefix at element (from xmlns:prefix on it or an ancestor);
// empty when unbound.
std::string prefix_uri(pugi::xml_node element, const std::string& prefix);

// The prefixes used in element's subtree by element and attribute names (xml and xmlns
// excepted), each once, in the order first met.
std::vector<std::string> prefixes_used(pugi::xml_node element);

} // namespace teipress::volume
