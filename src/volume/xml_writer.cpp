#include "volume/xml_writer.h"

#include "passes/tei_output.h"

#include <string_view>
#include <vector>

namespace teipress::volume {

namespace {

void escape(std::string& out, std::string_view s, bool attribute) {
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char* entity;
        switch (s[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>':
            if (attribute) continue;
            entity = "&gt;";
            break;
        case '"':
            if (!attribute) continue;
            entity = "&quot;";
            break;
        case '\t':
            if (!attribute) continue;
            entity = "&#9;";
            break;
        case '\n':
            if (!attribute) continue;
            entity = "&#10;";
            break;
        case '\r': entity = "&#13;"; break;
        default: continue;
        }
        out.append(s.substr(from, i - from));
        out += entity;
        from = i + 1;
    }
    out.append(s.substr(from));
}

void write_start(std::string& out, pugi::xml_node node) {
    out += '<';
    out += node.name();
    for (pugi::xml_attribute a : node.attributes()) {
        out += ' ';
        out += a.name();
        out += "=\"";
        escape(out, a.value(), true);
        out += '"';
    }
}

// Writes one leaf node (not an element with children).
void write_leaf(std::string& out, pugi::xml_node node) {
    switch (node.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata: escape(out, node.value(), false); return;
    case pugi::node_comment:
        out += "<!--";
        out += node.value();
        out += "-->";
        return;
    case pugi::node_pi:
        out += "<?";
        out += node.name();
        if (*node.value()) {
            out += ' ';
            out += node.value();
        }
        out += "?>";
        return;
    case pugi::node_element:
        write_start(out, node);
        out += "/>";
        return;
    default: return;
    }
}

// Writes the subtree of node without recursion (a volume nests deep enough to matter).
void write_subtree(std::string& out, pugi::xml_node node) {
    if (node.type() != pugi::node_element || !node.first_child()) {
        write_leaf(out, node);
        return;
    }
    pugi::xml_node n = node;
    while (true) {
        if (n.type() == pugi::node_element && n.first_child()) {
            write_start(out, n);
            out += '>';
            n = n.first_child();
            continue;
        }
        write_leaf(out, n);
        // Close every element whose last child this was.
        while (n != node && !n.next_sibling()) {
            n = n.parent();
            out += "</";
            out += n.name();
            out += '>';
        }
        if (n == node) return;
        n = n.next_sibling();
    }
}

bool is_whitespace(const char* s) {
    for (; *s; ++s)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') return false;
    return true;
}

// teiHeader parts that hold elements only, beyond the converter's list (passes/tei_output).
bool is_element_only_header_part(std::string_view name) {
    static constexpr std::string_view names[] = {"tagsDecl", "classDecl",     "taxonomy", "correction", "styleDefDecl",
                                                 "appInfo",  "listPrefixDef", "refsDecl", "namespace"};
    for (auto n : names)
        if (n == name) return true;
    return false;
}

} // namespace

std::string write_subtree_xml(pugi::xml_node node) {
    std::string out;
    write_subtree(out, node);
    return out;
}

std::string write_xml(const pugi::xml_document& doc) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    for (pugi::xml_node c : doc.children()) {
        if (c.type() == pugi::node_declaration || c.type() == pugi::node_doctype) {
            if (c.type() == pugi::node_doctype) {
                out += "<!DOCTYPE ";
                out += c.value();
                out += ">\n";
            }
            continue;
        }
        if (c.type() == pugi::node_pcdata) continue; // whitespace outside the root
        write_subtree(out, c);
        out += '\n';
    }
    return out;
}

void indent(pugi::xml_node node, int depth, const std::function<bool(pugi::xml_node)>& keep) {
    if (node.type() != pugi::node_element || (keep && keep(node))) return;
    if (!passes::is_element_only(node.name()) && !is_element_only_header_part(node.name())) return;
    // Element-only: no text but whitespace (else it is mixed content, left alone).
    std::vector<pugi::xml_node> spaces;
    bool any_child = false;
    for (pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
            if (!is_whitespace(c.value())) return;
            spaces.push_back(c);
        } else {
            any_child = true;
        }
    }
    for (pugi::xml_node s : spaces) node.remove_child(s);
    if (!any_child) return;
    const std::string inner = "\n" + std::string(2 * static_cast<std::size_t>(depth + 1), ' ');
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        node.insert_child_before(pugi::node_pcdata, c).set_value(inner.c_str());
        indent(c, depth + 1, keep);
    }
    const std::string outer = "\n" + std::string(2 * static_cast<std::size_t>(depth), ' ');
    node.append_child(pugi::node_pcdata).set_value(outer.c_str());
}

} // namespace teipress::volume
