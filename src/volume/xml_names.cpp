#include "volume/xml_names.h"

#include <cstring>
#include <string_view>

namespace teipress::volume {

std::string namespace_of(pugi::xml_node element) {
    std::string_view name = element.name();
    std::size_t colon = name.find(':');
    std::string attr =
        colon == std::string_view::npos ? std::string("xmlns") : "xmlns:" + std::string(name.substr(0, colon));
    for (pugi::xml_node p = element; p && p.type() == pugi::node_element; p = p.parent())
        if (pugi::xml_attribute a = p.attribute(attr.c_str())) return a.value();
    return {};
}

const char* local_name(pugi::xml_node element) {
    const char* colon = std::strchr(element.name(), ':');
    return colon ? colon + 1 : element.name();
}

bool is_xinclude(pugi::xml_node element) {
    return element.type() == pugi::node_element && std::strcmp(local_name(element), "include") == 0 &&
           namespace_of(element) == "http://www.w3.org/2001/XInclude";
}

} // namespace teipress::volume

#include "volume/tree_walk.h"

#include <algorithm>

namespace teipress::volume {

std::string prefix_uri(pugi::xml_node element, const std::string& prefix) {
    const std::string attr = "xmlns:" + prefix;
    for (pugi::xml_node p = element; p && p.type() == pugi::node_element; p = p.parent())
        if (pugi::xml_attribute a = p.attribute(attr.c_str())) return a.value();
    return {};
}

std::vector<std::string> prefixes_used(pugi::xml_node element) {
    std::vector<std::string> found;
    auto note = [&](std::string_view name) {
        std::size_t colon = name.find(':');
        if (colon == std::string_view::npos) return;
        std::string prefix(name.substr(0, colon));
        if (prefix == "xml" || prefix == "xmlns") return;
        if (std::find(found.begin(), found.end(), prefix) == found.end()) found.push_back(prefix);
    };
    for_each_element(element, [&](pugi::xml_node e) {
        note(e.name());
        for (pugi::xml_attribute a : e.attributes()) note(a.name());
    });
    return found;
}

} // namespace teipress::volume
