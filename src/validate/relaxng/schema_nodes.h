// The nodes of a RELAX NG schema document as libxml2 gives them: the small helpers both halves
// of SchemaReader (schema_reader.cpp, schema_reader_grammar.cpp) read them with.
#pragma once

#include "validate/relaxng/datatype.h"
#include "validate/relaxng/schema_reader.h"

#include <libxml/tree.h>

#include <string>

namespace teipress::validate::relaxng::schema_nodes {

// s as libxml2's string type, and back.
inline const xmlChar* xc(const char* s) {
    return reinterpret_cast<const xmlChar*>(s);
}
inline const char* cc(const xmlChar* s) {
    return reinterpret_cast<const char*>(s);
}

// True when n is an element of the RELAX NG namespace.
inline bool is_rng(const xmlNode* n) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, xc(k_rng_ns));
}

// s without the XML white space at its ends.
inline std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_xml_space(s[b])) ++b;
    while (e > b && is_xml_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

// e's attribute called name (in no namespace), or nullptr.
inline const xmlAttr* find_attribute(const xmlNode* e, const char* name) {
    for (const xmlAttr* a = e->properties; a; a = a->next)
        if (!a->ns && xmlStrEqual(a->name, xc(name))) return a;
    return nullptr;
}

// The text of attribute a (entity references expanded).
inline std::string attribute_text(const xmlAttr* a) {
    const xmlNode* c = a->children;
    if (c && !c->next && c->type == XML_TEXT_NODE) return c->content ? cc(c->content) : "";
    xmlChar* v = xmlNodeListGetString(a->doc, a->children, 1);
    std::string s = v ? cc(v) : "";
    xmlFree(v);
    return s;
}

} // namespace teipress::validate::relaxng::schema_nodes
