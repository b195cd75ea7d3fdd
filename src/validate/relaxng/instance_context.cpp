#include "validate/relaxng/instance_context.h"

#include <set>

namespace teipress::validate::relaxng {

namespace {
const char* k_xml_namespace = "http://www.w3.org/XML/1998/namespace";
const char* cc(const xmlChar* s) {
    return reinterpret_cast<const char*>(s);
}
} // namespace

std::optional<std::string> InstanceContext::resolve_prefix(std::string_view prefix) const {
    if (prefix == "xml") return std::string(k_xml_namespace);
    const std::string p(prefix);
    xmlNs* ns =
        xmlSearchNs(m_element->doc, m_element, p.empty() ? nullptr : reinterpret_cast<const xmlChar*>(p.c_str()));
    if (!ns) {
        if (p.empty()) return std::string();
        return std::nullopt;
    }
    return std::string(ns->href ? cc(ns->href) : "");
}

std::optional<std::string> InstanceContext::default_namespace() const {
    xmlNs* ns = xmlSearchNs(m_element->doc, m_element, nullptr);
    if (!ns) return std::nullopt;
    return std::string(ns->href ? cc(ns->href) : "");
}

bool InstanceContext::prefix_bound(const std::string& prefix) const {
    if (prefix == "xml") return true;
    return xmlSearchNs(m_element->doc, m_element, reinterpret_cast<const xmlChar*>(prefix.c_str())) != nullptr;
}

std::optional<std::string> InstanceContext::prefix_of(const std::string& ns) const {
    if (ns == k_xml_namespace) return std::string("xml");
    std::set<std::string> shadowed;
    for (const xmlNode* n = m_element; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        for (const xmlNs* d = n->nsDef; d; d = d->next) {
            if (!d->prefix) continue;
            const std::string prefix = cc(d->prefix);
            if (shadowed.count(prefix)) continue;
            shadowed.insert(prefix);
            if (d->href && ns == cc(d->href)) return prefix;
        }
    }
    return std::nullopt;
}

} // namespace teipress::validate::relaxng
