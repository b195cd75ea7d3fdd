#include "volume/volume_index.h"

#include "volume/tree_walk.h"

#include <cstring>

namespace teipress::volume {

namespace {

bool named(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

bool is_ancestor(pugi::xml_node ancestor, pugi::xml_node node) {
    for (pugi::xml_node p = node.parent(); p; p = p.parent())
        if (p == ancestor) return true;
    return false;
}

// True when pb is the first child of div but for whitespace.
bool opens_with(pugi::xml_node div, pugi::xml_node pb) {
    for (pugi::xml_node c = div.first_child(); c; c = c.next_sibling()) {
        if (c == pb) return true;
        if (c.type() == pugi::node_pcdata) {
            for (const char* p = c.value(); *p; ++p)
                if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') return false;
            continue;
        }
        if (c.type() == pugi::node_element) return false;
    }
    return false;
}

} // namespace

bool is_document_div(pugi::xml_node node) {
    return node.type() == pugi::node_element && named(node, "div") &&
           std::strcmp(node.attribute("type").value(), "document") == 0;
}

unsigned long document_number(pugi::xml_node div) {
    const char* s = div.attribute("n").value();
    if (!*s || *s == '0') return 0;
    unsigned long v = 0;
    for (const char* p = s; *p; ++p) {
        if (*p < '0' || *p > '9' || v > 100000000UL) return 0;
        v = v * 10 + static_cast<unsigned long>(*p - '0');
    }
    return v;
}

std::string recorded_volume_id(pugi::xml_node header) {
    for (pugi::xml_node id : header.child("fileDesc").child("publicationStmt").children("idno"))
        if (std::strcmp(id.attribute("type").value(), "frus") == 0) return plain_text(id);
    return {};
}

std::string plain_text(pugi::xml_node node, bool without_notes) {
    std::string out;
    // The walk visits element children in order, but text must come in document order too:
    // collect text by walking every node instead.
    if (!node) return out;
    pugi::xml_node n = node.first_child();
    if (!n) return out;
    while (n) {
        bool descend = true;
        if (n.type() == pugi::node_element) {
            if (without_notes && named(n, "note"))
                descend = false;
            else if (named(n, "lb") && !out.empty() && out.back() != ' ')
                out += ' ';
        } else if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
            for (const char* p = n.value(); *p; ++p) {
                if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
                    if (!out.empty() && out.back() != ' ') out += ' ';
                } else {
                    out += *p;
                }
            }
        }
        if (descend && n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n != node && !n.next_sibling()) n = n.parent();
        if (n == node) break;
        n = n.next_sibling();
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

VolumeIndex index_volume(const pugi::xml_document& doc) {
    VolumeIndex v;
    v.root = doc.document_element();
    v.header = v.root.child("teiHeader");
    v.text = v.root.child("text");
    v.front = v.text.child("front");
    v.body = v.text.child("body");
    v.back = v.text.child("back");
    v.volume_id = recorded_volume_id(v.header);
    if (v.volume_id.empty()) v.volume_id = v.root.attribute("xml:id").value();

    pugi::xml_node last_pb;
    DocumentEntry* current = nullptr; // re-pointed after each push_back
    for_each_element(v.root, [&](pugi::xml_node e) {
        if (pugi::xml_attribute id = e.attribute("xml:id")) {
            auto [it, fresh] = v.ids.emplace(id.value(), e);
            if (!fresh) v.repeated_ids.push_back(e);
        }
        if (named(e, "pb")) {
            last_pb = e;
            if (current && is_ancestor(current->div, e)) {
                current->last_page = e;
                if (opens_with(current->div, e)) current->first_page = e;
            }
            return;
        }
        if (!is_document_div(e) || !v.body || !is_ancestor(v.body, e)) return;
        if (current && is_ancestor(current->div, e)) return; // part of the document around it
        DocumentEntry entry;
        entry.div = e;
        entry.id = e.attribute("xml:id").value();
        entry.n = e.attribute("n").value();
        for (pugi::xml_node p = e.parent(); p && p != v.body; p = p.parent())
            if (named(p, "div")) entry.context.insert(entry.context.begin(), p);
        entry.first_page = last_pb;
        entry.last_page = last_pb;
        v.documents.push_back(std::move(entry));
        current = &v.documents.back();
    });
    // A document's last page stays its first when it holds no pb of its own.
    return v;
}

} // namespace teipress::volume
