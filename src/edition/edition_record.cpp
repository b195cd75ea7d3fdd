#include "edition/edition_record.h"

#include "core/input_file.h"
#include "core/line_index.h"
#include "edition/edition.h"
#include "xml/xml_settings.h"

#include <cstring>

namespace teipress::edition {

namespace {

bool has_type(pugi::xml_node e, const char* type) {
    const char* t = e.attribute("type").value();
    if (*type) return std::strcmp(t, type) == 0;
    return !*t || std::strcmp(t, "publication-date") == 0;
}

std::string element_text(const RequiredField& f) {
    std::string s = std::string("<") + f.element;
    if (*f.type) s += std::string(" type=\"") + f.type + "\"";
    return s + ">";
}

} // namespace

const std::vector<RequiredField>& required_fields() {
    static const std::vector<RequiredField> fields = {
        {"titleStmt", "title", "complete", "its complete title"},
        {"publicationStmt", "publisher", "", "its publisher"},
        {"publicationStmt", "pubPlace", "", "its place of publication"},
        {"publicationStmt", "date", "", "its date of publication"},
        {"publicationStmt", "idno", "frus", "its identifier"},
    };
    return fields;
}

bool check_edition_record(const std::string& path, const std::string& text, const pugi::xml_document& doc,
                          DiagnosticSink& sink) {
    LineIndex lines(text);
    auto at = [&](pugi::xml_node e) {
        std::ptrdiff_t offset = e.offset_debug();
        return offset > 0 ? lines.position(static_cast<std::size_t>(offset) - 1) : SourcePosition{1, 1};
    };
    pugi::xml_node root = doc.document_element();
    pugi::xml_node header = root.child("teiHeader");
    pugi::xml_node file_desc = header.child("fileDesc");
    bool ok = true;
    for (const auto& f : required_fields()) {
        pugi::xml_node parent = file_desc.child(f.parent);
        pugi::xml_node found, empty;
        for (pugi::xml_node e : parent.children(f.element)) {
            if (!has_type(e, f.type)) continue;
            if (normalized_text(e).empty()) {
                if (!empty) empty = e;
                continue;
            }
            found = e;
            break;
        }
        if (found) continue;
        ok = false;
        std::string where = std::string("teiHeader/fileDesc/") + f.parent;
        pugi::xml_node anchor = empty ? empty : parent ? parent : file_desc ? file_desc : header ? header : root;
        std::string message = empty ? "the volume's record has an empty " + element_text(f) + " in " + where +
                                          ": write " + f.what + " in it"
                                    : "the volume's record lacks " + std::string(f.what) + ": add " + element_text(f) +
                                          "…</" + f.element + "> to " + where;
        SourcePosition p = at(anchor);
        sink.error(path, p.line, p.column, message);
    }
    return ok;
}

bool check_edition_record(const std::string& dir, DiagnosticSink& sink) {
    const std::string path = dir + "/edition.xml";
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        sink.add(bytes.error());
        return false;
    }
    pugi::xml_document doc;
    if (!parse_tei_file(path, *bytes, doc, sink)) return false;
    return check_edition_record(path, *bytes, doc, sink);
}

} // namespace teipress::edition
