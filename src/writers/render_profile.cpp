#include "writers/render_profile.h"

#include <cstring>

namespace teipress::writers {

namespace {

constexpr const char* k_tei_ns = "http://www.tei-c.org/ns/1.0";
constexpr const char* k_frus_ns = "http://history.state.gov/frus/ns/1.0";

bool is_tei(const xmlNode* node, const char* name) {
    return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), k_tei_ns) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

const xmlNode* tei_child(const xmlNode* parent, const char* name) {
    if (!parent) return nullptr;
    for (const xmlNode* c = parent->children; c; c = c->next)
        if (is_tei(c, name)) return c;
    return nullptr;
}

// True when the header's publicationStmt has an idno type="frus" with text.
bool has_frus_idno(const xmlNode* tei) {
    const xmlNode* stmt = tei_child(tei_child(tei_child(tei, "teiHeader"), "fileDesc"), "publicationStmt");
    if (!stmt) return false;
    for (const xmlNode* c = stmt->children; c; c = c->next) {
        if (!is_tei(c, "idno")) continue;
        xmlChar* type = xmlGetProp(c, reinterpret_cast<const xmlChar*>("type"));
        bool frus = type && std::strcmp(reinterpret_cast<const char*>(type), "frus") == 0;
        xmlFree(type);
        if (!frus) continue;
        xmlChar* text = xmlNodeGetContent(c);
        bool filled = false;
        for (const xmlChar* p = text; p && *p; ++p)
            if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') filled = true;
        xmlFree(text);
        if (filled) return true;
    }
    return false;
}

} // namespace

const std::vector<RenderProfile>& render_profiles() {
    static const std::vector<RenderProfile> table = {
        {"tei", "", "generic TEI P5: no edition's conventions"},
        {"frus", "xslt/frus",
         "Foreign Relations of the United States: links into the Office of the Historian's web "
         "edition, document numbers, frus:attachment enclosures"},
    };
    return table;
}

const RenderProfile* find_render_profile(const std::string& name) {
    for (const auto& p : render_profiles())
        if (name == p.name) return &p;
    return nullptr;
}

std::string render_profile_names() {
    std::string names = "auto";
    for (const auto& p : render_profiles()) names += std::string("|") + p.name;
    return names;
}

const RenderProfile& detect_render_profile(xmlDoc* doc) {
    const auto& table = render_profiles();
    const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
    if (!root) return table[0];
    for (const xmlNs* ns = root->nsDef; ns; ns = ns->next)
        if (ns->href && std::strcmp(reinterpret_cast<const char*>(ns->href), k_frus_ns) == 0) return table[1];
    // A teiCorpus: its first TEI's header.
    const xmlNode* tei = is_tei(root, "teiCorpus") ? tei_child(root, "TEI") : root;
    if (has_frus_idno(tei) || (tei != root && has_frus_idno(root))) return table[1];
    return table[0];
}

std::string profile_stylesheet(const RenderProfile& profile, const WriterFormat& format) {
    const std::string own = format.stylesheet;
    if (!profile.directory || !*profile.directory) return own;
    return std::string(profile.directory) + "/" + own.substr(own.rfind('/') + 1);
}

} // namespace teipress::writers
