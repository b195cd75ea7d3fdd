// Walking a pugixml subtree in document order without recursion (a volume nests deep).
#pragma once

#include <pugixml.hpp>
#include <type_traits>

namespace teipress::volume {

// Calls fn(element) for node and every element below it, in document order. fn returns
// nothing, or a bool: false skips that element's descendants. Nothing happens for a null node
// or a node that is not an element.
template <class Fn> void for_each_element(pugi::xml_node node, Fn&& fn) {
    if (!node || node.type() != pugi::node_element) return;
    pugi::xml_node n = node;
    while (true) {
        bool descend = true;
        if (n.type() == pugi::node_element) {
            if constexpr (std::is_same_v<decltype(fn(n)), bool>)
                descend = fn(n);
            else
                fn(n);
        }
        if (descend && n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n != node && !n.next_sibling()) n = n.parent();
        if (n == node) return;
        n = n.next_sibling();
    }
}

} // namespace teipress::volume
