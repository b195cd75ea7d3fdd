#include "volume/list_entries.h"

#include "volume/pointers.h"
#include "volume/tree_walk.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>

namespace teipress::volume {

namespace {

bool named(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

bool inside(pugi::xml_node node, pugi::xml_node ancestor) {
    for (pugi::xml_node p = node; p; p = p.parent())
        if (p == ancestor) return true;
    return false;
}

} // namespace

std::vector<EntryGroup> entries_pointed_to(const VolumeIndex& volume, pugi::xml_node document) {
    std::vector<EntryGroup> groups;
    std::unordered_set<const void*> seen;
    for_each_pointer(document, [&](pugi::xml_node, pugi::xml_attribute, std::string_view token) {
        std::string_view id = local_target(token);
        if (id.empty()) return;
        auto it = volume.ids.find(std::string(id));
        if (it == volume.ids.end()) return;
        // The lists of the front and back matter; a list in a document is its text.
        if (!(volume.front && inside(it->second, volume.front)) && !(volume.back && inside(it->second, volume.back)))
            return;
        pugi::xml_node item, list, div;
        for (pugi::xml_node p = it->second; p; p = p.parent()) {
            if (!item && named(p, "item"))
                item = p;
            else if (item && !list && named(p, "list"))
                list = p;
            else if (list && named(p, "div") && p.attribute("xml:id")) {
                div = p;
                break;
            }
        }
        if (!div || !seen.insert(item.internal_object()).second) return;
        auto g = std::find_if(groups.begin(), groups.end(), [&](const EntryGroup& x) { return x.div == div; });
        if (g == groups.end()) {
            groups.push_back({div, list, {}});
            g = groups.end() - 1;
        }
        g->items.push_back(item);
    });
    // The volume's order: the offsets of the parsed elements.
    auto before = [](pugi::xml_node a, pugi::xml_node b) { return a.offset_debug() < b.offset_debug(); };
    for (auto& g : groups) std::sort(g.items.begin(), g.items.end(), before);
    std::sort(groups.begin(), groups.end(),
              [&](const EntryGroup& a, const EntryGroup& b) { return before(a.div, b.div); });
    return groups;
}

void append_entry_copies(pugi::xml_node back, const std::vector<EntryGroup>& groups) {
    for (const auto& g : groups) {
        pugi::xml_node div = back.append_child("div");
        for (const char* a : {"type", "subtype", "xml:id"})
            if (pugi::xml_attribute at = g.div.attribute(a)) div.append_attribute(a) = at.value();
        if (pugi::xml_node head = g.div.child("head")) div.append_copy(head);
        pugi::xml_node list = div.append_child("list");
        for (pugi::xml_attribute a : g.list.attributes()) list.append_attribute(a.name()) = a.value();
        for (pugi::xml_node item : g.items) {
            pugi::xml_node copy = list.append_copy(item);
            std::vector<pugi::xml_node> pages;
            for_each_element(copy, [&](pugi::xml_node e) {
                if (named(e, "pb")) pages.push_back(e);
            });
            for (pugi::xml_node pb : pages) pb.parent().remove_child(pb);
        }
    }
}

} // namespace teipress::volume
