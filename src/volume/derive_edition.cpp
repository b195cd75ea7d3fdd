#include "volume/derive_edition.h"

#include "edition/edition_record.h"
#include "volume/document_header.h"
#include "volume/tree_walk.h"
#include "volume/volume_index.h"
#include "volume/xml_writer.h"

#include <algorithm>
#include <cstring>

namespace teipress::volume {

namespace {

bool named(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

std::string base_name(const std::string& path) {
    std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

edition::VolumeRecord record_of(pugi::xml_node header, const std::string& file) {
    edition::VolumeRecord r;
    pugi::xml_node file_desc = header.child("fileDesc");
    for (pugi::xml_node t : file_desc.child("titleStmt").children("title")) {
        std::string text = plain_text(t);
        if (text.empty()) continue;
        std::string type = t.attribute("type").value();
        if (type == "complete")
            r.titles.insert(r.titles.begin(), {type, text});
        else
            r.titles.push_back({type, text});
    }
    for (pugi::xml_node e : file_desc.child("titleStmt").children("editor"))
        if (std::string name = plain_text(e); !name.empty()) r.editors.push_back({e.attribute("role").value(), name});
    pugi::xml_node pub = file_desc.child("publicationStmt");
    r.publisher = plain_text(pub.child("publisher"));
    r.place = plain_text(pub.child("pubPlace"));
    for (pugi::xml_node d : pub.children("date")) {
        const char* type = d.attribute("type").value();
        if ((*type && std::strcmp(type, "publication-date") != 0) || plain_text(d).empty()) continue;
        r.date = plain_text(d);
        r.date_when = d.attribute("when").value();
        break;
    }
    for (pugi::xml_node id : pub.children("idno"))
        if (std::string v = plain_text(id); !v.empty()) r.idnos.push_back({id.attribute("type").value(), v});
    std::string source = plain_text(file_desc.child("sourceDesc"));
    r.source = source.empty() ? "The volume's TEI, " + file + "." : source;
    return r;
}

void apply(edition::VolumeRecord& r, const edition::VolumeRecord& o) {
    // (no structured bindings: clang 14 cannot capture them in a lambda)
    for (const auto& title : o.titles) {
        auto it = std::find_if(r.titles.begin(), r.titles.end(), [&](const auto& t) { return t.first == title.first; });
        if (it != r.titles.end())
            it->second = title.second;
        else
            r.titles.insert(r.titles.begin(), title);
    }
    if (!o.editors.empty()) r.editors = o.editors;
    if (!o.publisher.empty()) r.publisher = o.publisher;
    if (!o.place.empty()) r.place = o.place;
    if (!o.date.empty()) {
        r.date = o.date;
        r.date_when = o.date_when;
    }
    for (const auto& idno : o.idnos) {
        auto it = std::find_if(r.idnos.begin(), r.idnos.end(), [&](const auto& t) { return t.first == idno.first; });
        if (it != r.idnos.end())
            it->second = idno.second;
        else
            r.idnos.push_back(idno);
    }
}

// What each required field is called on init's command line.
const char* option_for(const char* element) {
    if (!std::strcmp(element, "title")) return "--title";
    if (!std::strcmp(element, "publisher")) return "--publisher";
    if (!std::strcmp(element, "pubPlace")) return "--place";
    if (!std::strcmp(element, "date")) return "--date";
    return "--id";
}

bool has_field(const edition::VolumeRecord& r, const edition::RequiredField& f) {
    std::string e = f.element;
    if (e == "title") return !r.titles.empty() && r.titles.front().first == "complete";
    if (e == "publisher") return !r.publisher.empty();
    if (e == "pubPlace") return !r.place.empty();
    if (e == "date") return !r.date.empty();
    for (const auto& [type, value] : r.idnos)
        if (type == f.type) return true;
    return false;
}

// node without frus: attributes and the named elements; with drop_ids also without xml:id,
// rendition (they name things of the volume) and calendar (a pointer to the volume's calendar
// declarations; @when is Gregorian anyway).
void strip(pugi::xml_node node, std::initializer_list<const char*> drop_elements, bool drop_ids) {
    std::vector<pugi::xml_node> drop;
    for_each_element(node, [&](pugi::xml_node e) {
        for (const char* name : drop_elements)
            if (named(e, name)) {
                drop.push_back(e);
                return false;
            }
        std::vector<std::string> attrs;
        for (pugi::xml_attribute a : e.attributes()) {
            std::string n = a.name();
            if (n.rfind("frus:", 0) == 0 || (drop_ids && (n == "xml:id" || n == "rendition" || n == "calendar")))
                attrs.push_back(n);
        }
        for (const auto& a : attrs) e.remove_attribute(a.c_str());
        return true;
    });
    for (pugi::xml_node e : drop) e.parent().remove_child(e);
}

// The front matter's division with the list of kind ("persons" holds persName[@xml:id],
// "terms" term[@xml:id]); null when none.
pugi::xml_node list_division(const VolumeIndex& v, const char* kind) {
    const bool persons = std::strcmp(kind, "persons") == 0;
    pugi::xml_node found;
    for (pugi::xml_node part : {v.front, v.back}) {
        for_each_element(part, [&](pugi::xml_node e) {
            if (found) return false;
            if (named(e, "div") && std::strcmp(e.attribute("xml:id").value(), kind) == 0) {
                found = e;
                return false;
            }
            return true;
        });
        if (found) return found;
    }
    for (pugi::xml_node part : {v.front, v.back}) {
        for_each_element(part, [&](pugi::xml_node e) {
            if (found || !named(e, "list")) return !found;
            const char* type = e.attribute("type").value();
            if (std::strcmp(type, persons ? "names" : "terms") == 0 && named(e.parent(), "div")) found = e.parent();
            return !found;
        });
        if (found) return found;
    }
    return found;
}

std::string list_body(pugi::xml_node div) {
    if (!div) return {};
    pugi::xml_document copy;
    pugi::xml_node d = copy.append_copy(div);
    strip(d, {}, false);
    return write_subtree_xml(d);
}

std::string date_of(pugi::xml_node div) {
    pugi::xml_node dateline = document_dateline(div);
    pugi::xml_node date = dateline.find_node(
        [](pugi::xml_node n) { return n.type() == pugi::node_element && std::strcmp(n.name(), "date") == 0; });
    const char* min = div.attribute("frus:doc-dateTime-min").value();
    const char* max = div.attribute("frus:doc-dateTime-max").value();
    if (!date && !*min && !*max) return {};
    pugi::xml_document d;
    pugi::xml_node out = d.append_child("date");
    if (date && date.attribute("when")) out.append_attribute("when") = date.attribute("when").value();
    if (*min) out.append_attribute("notBefore") = min;
    if (*max) out.append_attribute("notAfter") = max;
    std::string text = date ? plain_text(date, true) : std::string();
    if (!text.empty()) out.append_child(pugi::node_pcdata).set_value(text.c_str());
    return write_subtree_xml(out);
}

std::string dateline_of(pugi::xml_node div) {
    pugi::xml_node dateline = document_dateline(div);
    if (!dateline) return {};
    pugi::xml_document copy;
    pugi::xml_node d = copy.append_copy(dateline);
    // Its notes are notes of the reading text; its page breaks are the document's pages.
    strip(d, {"note", "pb"}, true);
    return write_subtree_xml(d);
}

} // namespace

bool derive_edition(const TeiFile& volume, const edition::VolumeRecord& overrides,
                    std::vector<edition::EditionFile>& out, DiagnosticSink& sink) {
    VolumeIndex v = index_volume(volume.doc);
    const std::string file = base_name(volume.path);
    edition::VolumeRecord record = record_of(v.header, file);
    apply(record, overrides);
    bool ok = true;
    for (const auto& f : edition::required_fields()) {
        if (has_field(record, f)) continue;
        sink.add(volume.at(v.header ? v.header : v.root, Severity::Error,
                           std::string("the volume's teiHeader does not give ") + f.what + ": give it with " +
                               option_for(f.element)));
        ok = false;
    }
    if (v.documents.empty()) {
        sink.add(volume.at(v.body ? v.body : v.root, Severity::Error,
                           "not a volume: no document (div type=\"document\") in its text/body"));
        ok = false;
    }
    if (!ok) return false;

    const std::string title = record.titles.front().second;
    std::vector<edition::EditionFile> files;
    files.push_back(
        {"edition.xml",
         edition::edition_xml(record, "The edition folder of " + title + ", derived from the volume's TEI (" + file +
                                          ") by teipress init --from: this file's header is the "
                                          "volume's record; persons.xml and terms.xml hold its lists; "
                                          "documents/ holds what each document's reading text cannot carry "
                                          "(its dateline, date and first page).")});
    const std::string source = "Copied from the volume's TEI (" + file +
                               ") by teipress init --from; the attributes of the frus namespace were left out.";
    files.push_back(
        {"persons.xml", edition::list_xml("persons", title, source, list_body(list_division(v, "persons")))});
    files.push_back({"terms.xml", edition::list_xml("terms", title, source, list_body(list_division(v, "terms")))});
    std::size_t written = 0;
    for (const auto& d : v.documents) {
        std::string id = d.id.empty() ? "d" + d.n : d.id;
        if (d.n.empty() && d.id.empty()) continue;
        std::string page = d.first_page ? d.first_page.attribute("n").value() : "";
        files.push_back({"documents/" + id + ".xml",
                         edition::document_metadata_xml(d.n.empty() ? id : d.n, date_of(d.div), page,
                                                        dateline_of(d.div), "The volume's TEI, " + file)});
        ++written;
    }
    files.push_back({"README.md", edition::readme_md(title, false, written)});
    for (auto& f : files) out.push_back(std::move(f));
    return true;
}

} // namespace teipress::volume
