#include "volume/renumber_document.h"

#include "volume/pointers.h"
#include "volume/tree_walk.h"

#include <cctype>
#include <cstring>
#include <vector>

namespace teipress::volume {

namespace {

bool named(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

// Rewrites the number at the start of the heading's text ("67. Memorandum" → "10. Memorandum").
void renumber_heading(pugi::xml_node div, const std::string& old_n, const std::string& new_n) {
    pugi::xml_node head = div.child("head");
    if (!head || old_n.empty()) return;
    for (pugi::xml_node c = head.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_pcdata) return; // the number is the heading's first text
        std::string v = c.value();
        std::size_t b = v.find_first_not_of(" \t\n\r");
        if (b == std::string::npos) continue;
        if (v.compare(b, old_n.size(), old_n) == 0 && v.size() > b + old_n.size() && v[b + old_n.size()] == '.') {
            v.replace(b, old_n.size(), new_n);
            c.set_value(v.c_str());
        }
        return;
    }
}

} // namespace

long page_number(pugi::xml_node pb) {
    const char* s = pb.attribute("n").value();
    if (!*s) return -1;
    long v = 0;
    for (const char* p = s; *p; ++p) {
        if (!std::isdigit(static_cast<unsigned char>(*p)) || v > 100000000L) return -1;
        v = v * 10 + (*p - '0');
    }
    return v;
}

Renumbering renumber_document(pugi::xml_node div, unsigned long new_number, long page_offset,
                              const std::function<bool(const std::string&)>& taken) {
    Renumbering r;
    const std::string old_n = div.attribute("n").value();
    const std::string new_n = std::to_string(new_number);
    r.old_id = div.attribute("xml:id").value();
    if (r.old_id.empty()) r.old_id = "d" + old_n;
    r.new_id = "d" + new_n;
    r.page_offset = page_offset;

    if (!div.attribute("n")) div.append_attribute("n");
    div.attribute("n").set_value(new_n.c_str());
    if (!div.attribute("xml:id")) div.append_attribute("xml:id");
    renumber_heading(div, old_n, new_n);

    std::vector<pugi::xml_node> elements;
    for_each_element(div, [&](pugi::xml_node e) { elements.push_back(e); });
    for (pugi::xml_node e : elements) {
        pugi::xml_attribute id = e.attribute("xml:id");
        std::string old_id = id.value();
        std::string fresh;
        if (e == div) {
            fresh = r.new_id;
        } else if (named(e, "pb") && page_offset != 0 && page_number(e) >= 0) {
            long page = page_number(e) + page_offset;
            e.attribute("n").set_value(std::to_string(page).c_str());
            if (old_id == "pg_" + std::to_string(page - page_offset)) fresh = "pg_" + std::to_string(page);
        } else if (!old_id.empty() && old_id.compare(0, r.old_id.size(), r.old_id) == 0 &&
                   (old_id.size() == r.old_id.size() ||
                    !std::isdigit(static_cast<unsigned char>(old_id[r.old_id.size()])))) {
            fresh = r.new_id + old_id.substr(r.old_id.size());
        }
        if (fresh.empty() && !old_id.empty() && taken && taken(old_id)) fresh = old_id + "-" + r.new_id;
        if (!id || fresh.empty() || fresh == old_id) continue;
        id.set_value(fresh.c_str());
        if (!old_id.empty()) r.ids[old_id] = fresh;
    }
    if (!r.ids.count(r.old_id) && r.old_id != r.new_id) r.ids[r.old_id] = r.new_id;
    rewrite_pointers(div, [&](std::string_view token) -> std::optional<std::string> {
        std::string_view target = local_target(token);
        if (target.empty()) return std::nullopt;
        auto it = r.ids.find(std::string(target));
        if (it == r.ids.end()) return std::nullopt;
        return "#" + it->second;
    });
    return r;
}

} // namespace teipress::volume
