#include "passes/tei_output.h"

#include <string_view>

namespace teipress::passes {

namespace {

void escape(std::string& out, std::string_view s, bool attribute) {
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char* entity;
        switch (s[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"':
            if (!attribute) continue;
            entity = "&quot;";
            break;
        default: continue;
        }
        out.append(s.substr(from, i - from));
        out += entity;
        from = i + 1;
    }
    out.append(s.substr(from));
}

bool is_whitespace(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void write_node(std::string& out, pugi::xml_node node, int depth) {
    switch (node.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata: escape(out, node.value(), false); return;
    case pugi::node_comment:
        out += "<!--";
        out += node.value();
        out += "-->";
        return;
    case pugi::node_element: break;
    default: return;
    }
    out += '<';
    out += node.name();
    for (pugi::xml_attribute a : node.attributes()) {
        out += ' ';
        out += a.name();
        out += "=\"";
        escape(out, a.value(), true);
        out += '"';
    }
    if (!node.first_child()) {
        out += "/>";
        return;
    }
    out += '>';
    if (is_element_only(node.name())) {
        bool any = false;
        for (pugi::xml_node c : node.children()) {
            if (c.type() == pugi::node_pcdata && is_whitespace(c.value())) continue;
            out += '\n';
            out.append(2 * (depth + 1), ' ');
            write_node(out, c, depth + 1);
            any = true;
        }
        if (any) {
            out += '\n';
            out.append(2 * depth, ' ');
        }
    } else {
        for (pugi::xml_node c : node.children()) write_node(out, c, depth);
    }
    out += "</";
    out += node.name();
    out += '>';
}

} // namespace

bool is_element_only(const char* name) {
    static constexpr std::string_view names[] = {"TEI",
                                                 "teiHeader",
                                                 "fileDesc",
                                                 "titleStmt",
                                                 "editionStmt",
                                                 "publicationStmt",
                                                 "availability",
                                                 "sourceDesc",
                                                 "biblStruct",
                                                 "monogr",
                                                 "analytic",
                                                 "series",
                                                 "imprint",
                                                 "encodingDesc",
                                                 "projectDesc",
                                                 "editorialDecl",
                                                 "normalization",
                                                 "segmentation",
                                                 "interpretation",
                                                 "profileDesc",
                                                 "langUsage",
                                                 "textClass",
                                                 "keywords",
                                                 "revisionDesc",
                                                 "listChange",
                                                 "text",
                                                 "front",
                                                 "body",
                                                 "back",
                                                 "div",
                                                 "list",
                                                 "opener",
                                                 "closer",
                                                 "respStmt",
                                                 "listPerson",
                                                 "listBibl"};
    std::string_view n(name);
    for (auto x : names)
        if (x == n) return true;
    return false;
}

std::string write_tei(const pugi::xml_document& doc) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    for (pugi::xml_node c : doc.children()) {
        if (c.type() == pugi::node_declaration) continue;
        write_node(out, c, 0);
        out += '\n';
    }
    return out;
}

} // namespace teipress::passes
