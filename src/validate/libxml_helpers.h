// Small readers of libxml2 trees shared by the Schematron code: an attribute's value, a node's
// text, a test of an element's namespace and name, white space normalised.
#pragma once

#include <libxml/tree.h>
#include <string>

namespace teipress::validate {

// The value of n's attribute name (no namespace); empty when absent.
inline std::string attribute_value(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

// The text content of n (its descendants' text, in order).
inline std::string text_content(const xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

// True when n is an element named local in namespace ns.
inline bool is_element(const xmlNode* n, const char* ns, const char* local) {
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar*>(ns)) &&
           xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(local));
}

// s with runs of white space made one space, none at either end.
inline std::string normalize_space(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace teipress::validate
