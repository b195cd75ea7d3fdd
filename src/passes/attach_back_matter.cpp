#include "passes/attach_back_matter.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::passes {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

std::string collapse(const char* s) {
    std::string out;
    for (; *s; ++s) {
        if (is_space(*s)) {
            if (out.empty() || out.back() != ' ') out += ' ';
        } else {
            out += *s;
        }
    }
    return out;
}

// The copy of a list item: page breaks dropped, whitespace collapsed, ends trimmed.
void tidy(pugi::xml_node item) {
    for (pugi::xml_node pb = item.child("pb"); pb; pb = item.child("pb")) item.remove_child(pb);
    std::vector<pugi::xml_node> texts;
    for (pugi::xml_node n = item.first_child(); n;) {
        if (n.type() == pugi::node_pcdata) texts.push_back(n);
        if (n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n && n != item && !n.next_sibling()) n = n.parent();
        if (!n || n == item) break;
        n = n.next_sibling();
    }
    for (pugi::xml_node t : texts) t.set_value(collapse(t.value()).c_str());
    // Trim the item's first and last characters of text.
    for (pugi::xml_node t : texts) {
        std::string v = t.value();
        std::size_t b = v.find_first_not_of(' ');
        if (b == std::string::npos) {
            t.set_value("");
            continue;
        }
        t.set_value(v.substr(b).c_str());
        break;
    }
    for (auto it = texts.rbegin(); it != texts.rend(); ++it) {
        std::string v = it->value();
        std::size_t e = v.find_last_not_of(' ');
        if (e == std::string::npos) {
            it->set_value("");
            continue;
        }
        it->set_value(v.substr(0, e + 1).c_str());
        break;
    }
    for (pugi::xml_node t : texts)
        if (!*t.value()) t.parent().remove_child(t);
}

std::set<std::string> pointers(pugi::xml_node body, const char* xpath, const char* attr) {
    std::set<std::string> out;
    for (pugi::xpath_node x : body.select_nodes(xpath)) {
        std::string v = x.node().attribute(attr).value();
        if (v.size() > 1 && v[0] == '#') out.insert(v.substr(1));
    }
    return out;
}

// Adds to persons and terms the entries that the entries already wanted point to (an entry of
// the list may name another person: "Minister of Finance in the cabinet of Kerensky"), until
// none is added: every pointer of the copies resolves in the file too. Each entry is read once.
void close_over_entries(const edition::Edition& e, std::set<std::string>& persons, std::set<std::string>& terms) {
    std::unordered_map<std::string, pugi::xml_node> item_of;
    for (const auto& p : e.person_list)
        if (p.item) item_of.emplace(p.id, p.item);
    for (const auto& t : e.term_list)
        if (t.item) item_of.emplace(t.id, t.item);
    std::vector<std::string> work(persons.begin(), persons.end());
    work.insert(work.end(), terms.begin(), terms.end());
    std::set<const void*> read;
    while (!work.empty()) {
        std::string id = std::move(work.back());
        work.pop_back();
        auto it = item_of.find(id);
        if (it == item_of.end() || !read.insert(it->second.internal_object()).second) continue;
        for (const std::string& p : pointers(it->second, ".//persName[@corresp]", "corresp"))
            if (persons.insert(p).second) work.push_back(p);
        for (const std::string& t : pointers(it->second, ".//gloss[@target]", "target"))
            if (terms.insert(t).second) work.push_back(t);
    }
}

template <class Entries>
void add_index(pugi::xml_node back, const char* id, const char* head, const char* list_type, const Entries& entries,
               const std::set<std::string>& wanted) {
    pugi::xml_node list;
    std::set<const void*> done; // one copy of an item even if it holds several ids
    for (const auto& e : entries) {
        if (!wanted.count(e.id) || !e.item || done.count(e.item.internal_object())) continue;
        done.insert(e.item.internal_object());
        if (!list) {
            pugi::xml_node div = back.append_child("div");
            div.append_attribute("type") = "section";
            div.append_attribute("subtype") = "index";
            div.append_attribute("xml:id") = id;
            div.append_child("head").append_child(pugi::node_pcdata).set_value(head);
            list = div.append_child("list");
            list.append_attribute("type") = list_type;
        }
        tidy(list.append_copy(e.item));
    }
}

} // namespace

bool attach_back_matter(PassContext& ctx) {
    if (!ctx.edition) return true;
    pugi::xml_node text = ctx.doc.document_element().child("text");
    pugi::xml_node body = text.child("body");
    auto persons = pointers(body, ".//persName[@corresp]", "corresp");
    auto terms = pointers(body, ".//gloss[@target]", "target");
    if (persons.empty() && terms.empty()) return true;
    close_over_entries(*ctx.edition, persons, terms);
    pugi::xml_node back = text.child("back");
    if (!back) back = text.append_child("back");
    add_index(back, "persons", "Persons", "names", ctx.edition->person_list, persons);
    add_index(back, "terms", "Abbreviations and Terms", "terms", ctx.edition->term_list, terms);
    return true;
}

} // namespace teipress::passes
