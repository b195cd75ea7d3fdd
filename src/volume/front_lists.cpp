#include "volume/front_lists.h"

#include "volume/tree_walk.h"
#include "volume/volume_index.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace teipress::volume {

namespace {

bool named(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

std::string sort_key(pugi::xml_node item) {
    std::string key = plain_text(item, true);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

// "p_RD1" → "p_RD2", "p_RD3"…: the first that is free.
std::string fresh_id(const std::string& id, const std::function<bool(const std::string&)>& taken) {
    std::size_t digits = id.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(id[digits - 1]))) --digits;
    std::string stem = id.substr(0, digits);
    unsigned long n = digits < id.size() ? std::stoul(id.substr(digits)) : 1;
    for (unsigned long k = n + 1;; ++k) {
        std::string candidate = stem + std::to_string(k);
        if (!taken(candidate)) return candidate;
    }
}

pugi::xml_node whitespace_before(pugi::xml_node node) {
    pugi::xml_node prev = node.previous_sibling();
    if (prev.type() != pugi::node_pcdata) return {};
    for (const char* p = prev.value(); *p; ++p)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') return {};
    return prev;
}

} // namespace

FrontLists::FrontLists(pugi::xml_node text, std::function<pugi::xml_node(const std::string&)> id_of)
    : m_text(text), m_id_of(std::move(id_of)) {}

std::unordered_map<std::string, std::string> FrontLists::take(pugi::xml_node back) {
    std::unordered_map<std::string, std::string> renamed;
    auto taken = [&](const std::string& id) { return m_id_of(id) || m_reserved.count(id); };
    for (pugi::xml_node div : back.children("div")) {
        std::string div_id = div.attribute("xml:id").value();
        pugi::xml_node list = div.child("list");
        if (div_id.empty() || !list) continue;
        for (pugi::xml_node item : list.children("item")) {
            std::vector<pugi::xml_node> holders;
            for_each_element(item, [&](pugi::xml_node e) {
                if (e.attribute("xml:id")) holders.push_back(e);
            });
            if (holders.empty()) continue;
            const std::string main_id = holders.front().attribute("xml:id").value();
            const std::string text = plain_text(holders.front());
            if (pugi::xml_node there = m_id_of(main_id); there && plain_text(there) == text) continue;
            if (auto it = m_reserved.find(main_id); it != m_reserved.end() && it->second == text) continue;
            for (pugi::xml_node h : holders) {
                std::string id = h.attribute("xml:id").value();
                if (taken(id)) {
                    std::string fresh = fresh_id(id, taken);
                    h.attribute("xml:id").set_value(fresh.c_str());
                    renamed[id] = fresh;
                    id = fresh;
                }
                m_reserved[id] = plain_text(h);
            }
            if (!m_lists.count(div_id)) m_lists[div_id] = list_for(div);
            m_pending[div_id].push_back({sort_key(item), item});
        }
    }
    return renamed;
}

pugi::xml_node FrontLists::list_for(pugi::xml_node back_div) {
    const std::string id = back_div.attribute("xml:id").value();
    if (pugi::xml_node div = m_id_of(id); div && named(div, "div")) {
        pugi::xml_node list = div.find_child([](pugi::xml_node c) { return std::strcmp(c.name(), "list") == 0; });
        if (list) return list;
    }
    pugi::xml_node front = m_text.child("front");
    if (!front) front = m_text.prepend_child("front");
    pugi::xml_node div = front.append_child("div");
    for (pugi::xml_attribute a : back_div.attributes()) div.append_attribute(a.name()) = a.value();
    if (pugi::xml_node head = back_div.child("head")) div.append_copy(head);
    pugi::xml_node list = div.append_child("list");
    for (pugi::xml_attribute a : back_div.child("list").attributes()) list.append_attribute(a.name()) = a.value();
    m_made.push_back(div);
    return list;
}

void FrontLists::finish(const std::function<void(pugi::xml_node, pugi::xml_node)>& on_copy) {
    std::vector<std::string> ids;
    for (const auto& [id, items] : m_pending) ids.push_back(id);
    std::sort(ids.begin(), ids.end()); // a deterministic order
    for (const auto& id : ids) {
        auto& pending = m_pending[id];
        std::stable_sort(pending.begin(), pending.end(),
                         [](const Pending& a, const Pending& b) { return a.key < b.key; });
        pugi::xml_node list = m_lists[id];
        std::vector<pugi::xml_node> items;
        for (pugi::xml_node i : list.children("item")) items.push_back(i);
        pugi::xml_node space = items.empty() ? pugi::xml_node() : whitespace_before(items.front());
        std::size_t p = 0;
        for (pugi::xml_node existing : items) {
            std::string key = sort_key(existing);
            while (p < pending.size() && pending[p].key < key) {
                pugi::xml_node copy = list.insert_copy_before(pending[p].item, existing);
                if (on_copy) on_copy(copy, pending[p].item);
                if (space) list.insert_copy_before(space, existing);
                ++p;
            }
        }
        pugi::xml_node last = items.empty() ? pugi::xml_node() : items.back();
        for (; p < pending.size(); ++p) {
            if (!last)
                last = list.append_copy(pending[p].item);
            else {
                if (space) last = list.insert_copy_after(space, last);
                last = list.insert_copy_after(pending[p].item, last);
            }
            if (on_copy) on_copy(last, pending[p].item);
        }
    }
    m_pending.clear();
}

} // namespace teipress::volume
