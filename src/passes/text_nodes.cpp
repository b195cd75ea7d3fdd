#include "passes/text_nodes.h"

#include <string>

namespace teipress::passes {

pugi::xml_node wrap_text(pugi::xml_node text, std::size_t begin, std::size_t end, const char* name) {
    pugi::xml_node parent = text.parent();
    const std::string value = text.value();
    pugi::xml_node element = parent.insert_child_after(name, text);
    element.append_child(pugi::node_pcdata).set_value(value.substr(begin, end - begin).c_str());
    if (end < value.size())
        parent.insert_child_after(pugi::node_pcdata, element).set_value(value.substr(end).c_str());
    if (begin > 0) text.set_value(value.substr(0, begin).c_str());
    else parent.remove_child(text);
    return element;
}

namespace {
void collect(pugi::xml_node node, bool (*skip)(const char*), std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_pcdata) out.push_back(c);
        else if (c.type() == pugi::node_element && !(skip && skip(c.name()))) collect(c, skip, out);
    }
}
} // namespace

std::vector<pugi::xml_node> text_nodes(pugi::xml_node node, bool (*skip)(const char* name)) {
    std::vector<pugi::xml_node> out;
    collect(node, skip, out);
    return out;
}

} // namespace teipress::passes
