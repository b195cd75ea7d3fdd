#include "volume/pointers.h"

#include "volume/tree_walk.h"

namespace teipress::volume {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

bool is_pointer_attribute(std::string_view name) {
    static constexpr std::string_view names[] = {
        "target", "corresp", "ref",    "rendition", "ana",    "sameAs",    "prev",    "next",   "who",
        "resp",   "source",  "copyOf", "synch",     "hand",   "scribeRef", "decls",   "inst",   "start",
        "end",    "from",    "to",     "spanTo",    "origin", "parts",     "exclude", "select", "domains"};
    for (auto n : names)
        if (n == name) return true;
    return false;
}

std::string_view local_target(std::string_view token) {
    if (token.size() < 2 || token[0] != '#') return {};
    return token.substr(1);
}

void for_each_pointer(pugi::xml_node node,
                      const std::function<void(pugi::xml_node, pugi::xml_attribute, std::string_view)>& fn) {
    for_each_element(node, [&](pugi::xml_node e) {
        for (pugi::xml_attribute a : e.attributes()) {
            if (!is_pointer_attribute(a.name())) continue;
            // from/to are dates on <date>: pointers only on the elements that link.
            std::string_view name = a.name();
            if ((name == "from" || name == "to") && std::string_view(e.name()) != "link" &&
                std::string_view(e.name()) != "span")
                continue;
            std::string_view v = a.value();
            std::size_t i = 0;
            while (i < v.size()) {
                while (i < v.size() && is_space(v[i])) ++i;
                std::size_t b = i;
                while (i < v.size() && !is_space(v[i])) ++i;
                if (i > b) fn(e, a, v.substr(b, i - b));
            }
        }
    });
}

std::size_t rewrite_pointers(pugi::xml_node node,
                             const std::function<std::optional<std::string>(std::string_view)>& change) {
    std::size_t changed = 0;
    for_each_element(node, [&](pugi::xml_node e) {
        for (pugi::xml_attribute a : e.attributes()) {
            if (!is_pointer_attribute(a.name())) continue;
            std::string_view name = a.name();
            if ((name == "from" || name == "to") && std::string_view(e.name()) != "link" &&
                std::string_view(e.name()) != "span")
                continue;
            std::string_view v = a.value();
            std::string out;
            bool any = false;
            std::size_t i = 0;
            while (i < v.size()) {
                std::size_t b = i;
                while (i < v.size() && is_space(v[i])) ++i;
                out.append(v.substr(b, i - b));
                b = i;
                while (i < v.size() && !is_space(v[i])) ++i;
                if (i == b) continue;
                std::string_view token = v.substr(b, i - b);
                if (auto replacement = change(token)) {
                    out += *replacement;
                    any = true;
                    ++changed;
                } else {
                    out.append(token);
                }
            }
            if (any) a.set_value(out.c_str());
        }
    });
    return changed;
}

} // namespace teipress::volume
