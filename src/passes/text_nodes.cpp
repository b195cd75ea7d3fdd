#include "passes/text_nodes.h"

#include <string>
#include <string_view>

namespace teipress::passes {

std::vector<pugi::xml_node> wrap_texts(pugi::xml_node text, const std::vector<TextRange>& ranges) {
    std::vector<pugi::xml_node> out;
    if (ranges.empty() || text.type() != pugi::node_pcdata) return out;
    // The value is read once into a string_view over a copy: every piece below is a slice of it,
    // so the whole cut costs the value's length once (set_value copies only its piece).
    const std::string value = text.value();
    const std::string_view v(value);
    std::size_t from = 0;
    for (const auto& r : ranges)
        if (r.begin < from || r.end <= r.begin || r.end > v.size() || !r.name)
            return out;
        else
            from = r.end;
    pugi::xml_node parent = text.parent();
    out.reserve(ranges.size());
    std::string piece; // reused: one allocation for the whole cut
    auto set = [&](pugi::xml_node node, std::string_view s) {
        piece.assign(s);
        node.set_value(piece.c_str());
    };
    from = 0;
    for (const auto& r : ranges) {
        if (r.begin > from) set(parent.insert_child_before(pugi::node_pcdata, text), v.substr(from, r.begin - from));
        pugi::xml_node element = parent.insert_child_before(r.name, text);
        set(element.append_child(pugi::node_pcdata), v.substr(r.begin, r.end - r.begin));
        out.push_back(element);
        from = r.end;
    }
    if (from < v.size())
        set(text, v.substr(from));
    else
        parent.remove_child(text);
    return out;
}

pugi::xml_node wrap_text(pugi::xml_node text, std::size_t begin, std::size_t end, const char* name) {
    auto wrapped = wrap_texts(text, {{begin, end, name}});
    return wrapped.empty() ? pugi::xml_node() : wrapped.front();
}

namespace {
void collect(pugi::xml_node node, bool (*skip)(const char*), std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_pcdata)
            out.push_back(c);
        else if (c.type() == pugi::node_element && !(skip && skip(c.name())))
            collect(c, skip, out);
    }
}
} // namespace

std::vector<pugi::xml_node> text_nodes(pugi::xml_node node, bool (*skip)(const char* name)) {
    std::vector<pugi::xml_node> out;
    collect(node, skip, out);
    return out;
}

} // namespace teipress::passes
