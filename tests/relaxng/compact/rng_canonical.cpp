#include "rng_canonical.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <utility>
#include <vector>

namespace teipress::testing {

namespace {

constexpr const char* k_rng = "http://relaxng.org/ns/structure/1.0";
const char* k_inherit = "#inherit";

std::string str(const xmlChar* s) {
    return s ? reinterpret_cast<const char*>(s) : "";
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

std::string without_space(const std::string& s) {
    std::string out;
    for (char c : s)
        if (!is_space(c)) out += c;
    return out;
}

std::string text_content(xmlNode* n) {
    std::string s;
    for (xmlNode* c = n->children; c; c = c->next)
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) s += str(c->content);
    return s;
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '\n')
            out += "\\n";
        else if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out + "\"";
}

bool is_rng(xmlNode* n) {
    return n->ns && str(n->ns->href) == k_rng;
}

struct Context {
    std::optional<std::string> ns; // nullopt: inherit
    std::string library;
};

class Canon {
  public:
    explicit Canon(xmlDoc* doc) : m_doc(doc) {}

    std::string run() {
        xmlNode* root = xmlDocGetRootElement(m_doc);
        if (root) element(root, Context{}, 0);
        return m_out.str();
    }

  private:
    void line(int depth, const std::string& s) {
        m_out << std::string(static_cast<std::size_t>(depth) * 2, ' ') << s << '\n';
    }

    // {uri}local of a QName in the scope of node; unprefixed: default_ns.
    std::string resolve(xmlNode* node, const std::string& qname, const std::string& default_ns) {
        auto colon = qname.find(':');
        if (colon == std::string::npos) return "{" + default_ns + "}" + qname;
        std::string prefix = qname.substr(0, colon);
        xmlNs* ns = xmlSearchNs(m_doc, node, reinterpret_cast<const xmlChar*>(prefix.c_str()));
        return "{" + (ns ? str(ns->href) : "#undeclared:" + prefix) + "}" + qname.substr(colon + 1);
    }

    void element(xmlNode* n, Context ctx, int depth) {
        std::vector<std::pair<std::string, std::string>> attrs;
        if (!is_rng(n)) {
            for (xmlAttr* a = n->properties; a; a = a->next)
                attrs.emplace_back((a->ns ? "{" + str(a->ns->href) + "}" : "") + str(a->name),
                                   without_space(text_content(reinterpret_cast<xmlNode*>(a))));
            std::sort(attrs.begin(), attrs.end());
            std::string head = "{" + (n->ns ? str(n->ns->href) : "") + "}" + str(n->name);
            for (auto& [k, v] : attrs) head += " " + k + "=" + quoted(v);
            line(depth, head);
            // Text split by comments is one text (comments are left out).
            std::string text;
            for (xmlNode* c = n->children; c; c = c->next) {
                if (c->type == XML_ELEMENT_NODE) {
                    if (!text.empty()) line(depth + 1, quoted(text));
                    text.clear();
                    element(c, ctx, depth + 1);
                } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                    text += without_space(str(c->content));
                }
            }
            if (!text.empty()) line(depth + 1, quoted(text));
            return;
        }
        std::string local = str(n->name);
        bool own_ns = false;
        std::optional<std::string> name_attr;
        for (xmlAttr* a = n->properties; a; a = a->next) {
            std::string value = text_content(reinterpret_cast<xmlNode*>(a));
            std::string key = str(a->name);
            if (a->ns) {
                attrs.emplace_back("{" + str(a->ns->href) + "}" + key, without_space(value));
            } else if (key == "ns") {
                ctx.ns = value;
                own_ns = true;
            } else if (key == "datatypeLibrary") {
                ctx.library = trim(value);
            } else if (key == "name" && (local == "element" || local == "attribute")) {
                name_attr = trim(value);
            } else if (key == "href") {
                std::string h = trim(value);
                if (h.size() > 4 && h.compare(h.size() - 4, 4, ".rnc") == 0) h.replace(h.size() - 4, 4, ".rng");
                attrs.emplace_back(key, h);
            } else {
                attrs.emplace_back(key, trim(value));
            }
        }
        std::string ns = ctx.ns ? *ctx.ns : k_inherit;
        if (local == "data" || local == "value") {
            bool typed = std::any_of(attrs.begin(), attrs.end(), [](const auto& a) { return a.first == "type"; });
            if (!typed) attrs.emplace_back("type", "token");
            attrs.emplace_back("datatypeLibrary", typed ? ctx.library : "");
        }
        // The ns of a value matters only to datatypes that depend on the context.
        bool context_dependent = std::any_of(attrs.begin(), attrs.end(), [](const auto& a) {
            return a.first == "type" && (a.second == "QName" || a.second == "NOTATION");
        });
        if ((local == "value" && context_dependent) || local == "nsName" || local == "include" ||
            local == "externalRef")
            attrs.emplace_back("ns", ns);
        std::sort(attrs.begin(), attrs.end());
        std::string head = local;
        for (auto& [k, v] : attrs) head += " " + k + "=" + quoted(v);
        if (local == "name") {
            line(depth, head + " " + resolve(n, trim(text_content(n)), ns));
            foreign_children(n, ctx, depth + 1);
            return;
        }
        if (local == "value" || local == "param") {
            line(depth, head + " " + quoted(text_content(n)));
            foreign_children(n, ctx, depth + 1);
            return;
        }
        line(depth, head);
        if (name_attr) {
            std::string default_ns = local == "element" ? ns : (own_ns ? ns : std::string());
            line(depth + 1, "name " + resolve(n, *name_attr, default_ns));
        }
        for (xmlNode* c = n->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                element(c, ctx, depth + 1);
            } else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                std::string t = trim(str(c->content));
                if (!t.empty()) line(depth + 1, "TEXT " + quoted(t));
            }
        }
    }

    void foreign_children(xmlNode* n, const Context& ctx, int depth) {
        for (xmlNode* c = n->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE) element(c, ctx, depth);
    }

    xmlDoc* m_doc;
    std::ostringstream m_out;
};

} // namespace

std::string canonical_rng(xmlDoc* doc) {
    return Canon(doc).run();
}

std::string first_difference(const std::string& a, const std::string& b) {
    std::istringstream sa(a), sb(b);
    std::string la, lb;
    for (int n = 1;; ++n) {
        bool ga = static_cast<bool>(std::getline(sa, la));
        bool gb = static_cast<bool>(std::getline(sb, lb));
        if (!ga && !gb) return {};
        if (!ga) la = "(end)";
        if (!gb) lb = "(end)";
        if (la != lb || !ga || !gb) return "line " + std::to_string(n) + ":\n  expected: " + la + "\n  got:      " + lb;
    }
}

} // namespace teipress::testing
