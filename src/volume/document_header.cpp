#include "volume/document_header.h"

#include "volume/tree_walk.h"
#include "volume/xml_names.h"

#include <cstring>
#include <string_view>

namespace teipress::volume {

namespace {

pugi::xml_node text_child(pugi::xml_node parent, const char* name, const std::string& text) {
    pugi::xml_node e = parent.append_child(name);
    if (!text.empty()) e.append_child(pugi::node_pcdata).set_value(text.c_str());
    return e;
}

// A copy of e as a new child of parent, unless e holds no text and no attribute but type.
void copy_if_filled(pugi::xml_node parent, pugi::xml_node e) {
    if (plain_text(e).empty()) return;
    parent.append_copy(e);
}

bool has_element_child(pugi::xml_node e) {
    for (pugi::xml_node c = e.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element) return true;
    return false;
}

bool is_publication_date(pugi::xml_node date) {
    const char* type = date.attribute("type").value();
    return !*type || std::strcmp(type, "publication-date") == 0;
}

void append_volume_record(pugi::xml_node monogr, pugi::xml_node header) {
    pugi::xml_node file_desc = header.child("fileDesc");
    pugi::xml_node title_stmt = file_desc.child("titleStmt");
    pugi::xml_node pub = file_desc.child("publicationStmt");
    for (pugi::xml_node t : title_stmt.children("title")) {
        std::string text = plain_text(t);
        if (text.empty()) continue;
        pugi::xml_node title = monogr.append_child("title");
        title.append_attribute("level") = "m";
        if (t.attribute("type")) title.append_attribute("type") = t.attribute("type").value();
        title.append_child(pugi::node_pcdata).set_value(text.c_str());
    }
    if (!monogr.child("title")) text_child(monogr, "title", "Untitled volume").append_attribute("level") = "m";
    for (pugi::xml_node id : pub.children("idno")) copy_if_filled(monogr, id);
    for (pugi::xml_node ed : title_stmt.children("editor")) copy_if_filled(monogr, ed);
    pugi::xml_node imprint = monogr.append_child("imprint");
    for (pugi::xml_node p : pub.children("pubPlace")) copy_if_filled(imprint, p);
    for (pugi::xml_node p : pub.children("publisher")) copy_if_filled(imprint, p);
    for (pugi::xml_node d : pub.children("date"))
        if (is_publication_date(d)) copy_if_filled(imprint, d);
    if (!imprint.first_child()) imprint.append_child("date");
}

// A copy of the volume's encodingDesc without xi:include (its href is relative to the
// volume's file) and without the elements that held nothing else.
void append_encoding(pugi::xml_node header, pugi::xml_node volume_header) {
    pugi::xml_node source = volume_header.child("encodingDesc");
    if (!source) return;
    pugi::xml_node copy = header.append_copy(source);
    std::vector<pugi::xml_node> includes;
    for_each_element(copy, [&](pugi::xml_node e) {
        // The copy may not have the volume's namespace declarations yet: look in the volume.
        if (std::strcmp(local_name(e), "include") == 0) {
            std::string_view name = e.name();
            std::size_t colon = name.find(':');
            std::string prefix = colon == std::string_view::npos ? std::string() : std::string(name.substr(0, colon));
            std::string uri = prefix.empty() ? namespace_of(e) : prefix_uri(e, prefix);
            if (uri.empty()) uri = prefix.empty() ? namespace_of(source) : prefix_uri(source, prefix);
            if (uri == "http://www.w3.org/2001/XInclude") includes.push_back(e);
        }
    });
    for (pugi::xml_node inc : includes) {
        pugi::xml_node parent = inc.parent();
        parent.remove_child(inc);
        // Remove what is left empty (whitespace aside), up to the encodingDesc.
        while (parent != copy && !has_element_child(parent) && plain_text(parent).empty()) {
            pugi::xml_node up = parent.parent();
            up.remove_child(parent);
            parent = up;
        }
    }
    if (!has_element_child(copy)) header.remove_child(copy);
}

void append_creation(pugi::xml_node header, pugi::xml_node div) {
    pugi::xml_node dateline = document_dateline(div);
    pugi::xml_node date = dateline ? dateline.find_node([](pugi::xml_node n) {
        return n.type() == pugi::node_element && std::strcmp(n.name(), "date") == 0;
    })
                                   : pugi::xml_node();
    const char* min = div.attribute("frus:doc-dateTime-min").value();
    const char* max = div.attribute("frus:doc-dateTime-max").value();
    bool when = date && date.attribute("when");
    if (!date && !*min && !*max) return;
    pugi::xml_node out = header.append_child("profileDesc").append_child("creation").append_child("date");
    if (when) out.append_attribute("when") = date.attribute("when").value();
    if (*min) out.append_attribute("notBefore") = min;
    if (*max) out.append_attribute("notAfter") = max;
    std::string text = date ? plain_text(date, true) : std::string();
    if (!text.empty()) out.append_child(pugi::node_pcdata).set_value(text.c_str());
}

} // namespace

pugi::xml_node document_dateline(pugi::xml_node div) {
    if (pugi::xml_node d = div.child("dateline")) return d;
    return div.child("opener").child("dateline");
}

std::string document_title(pugi::xml_node div) {
    pugi::xml_node head = div.child("head");
    const std::string n = div.attribute("n").value();
    std::string title = head ? plain_text(head, true) : std::string();
    if (!n.empty() && title.compare(0, n.size(), n) == 0 && title.size() > n.size() && title[n.size()] == '.') {
        title.erase(0, n.size() + 1);
        while (!title.empty() && title[0] == ' ') title.erase(0, 1);
    }
    if (title.empty()) title = n.empty() ? std::string("Document") : "Document " + n;
    return title;
}

void append_document_header(pugi::xml_node tei, const VolumeIndex& volume, const DocumentEntry& entry,
                            const std::string& source_name) {
    pugi::xml_node header = tei.append_child("teiHeader");
    pugi::xml_node file_desc = header.append_child("fileDesc");
    pugi::xml_node title = text_child(file_desc.append_child("titleStmt"), "title", document_title(entry.div));
    title.append_attribute("type") = "complete";

    pugi::xml_node volume_pub = volume.header.child("fileDesc").child("publicationStmt");
    const std::string frus_id = recorded_volume_id(volume.header);
    pugi::xml_node pub = file_desc.append_child("publicationStmt");
    pugi::xml_node publisher = volume_pub.child("publisher");
    if (publisher && !plain_text(publisher).empty())
        pub.append_copy(publisher);
    else
        text_child(pub, "authority", "teipress");
    if (!volume.volume_id.empty()) text_child(pub, "idno", volume.volume_id).append_attribute("type") = "frus";
    if (!entry.id.empty()) text_child(pub, "idno", entry.id).append_attribute("type") = "document";
    if (!frus_id.empty() && !entry.id.empty())
        text_child(pub, "idno", "https://history.state.gov/historicaldocuments/" + frus_id + "/" + entry.id)
            .append_attribute("type") = "url";
    if (pugi::xml_node availability = volume_pub.child("availability")) {
        pub.append_copy(availability);
    } else if (!frus_id.empty()) {
        pugi::xml_node a = pub.append_child("availability");
        a.append_attribute("status") = "free";
        text_child(a, "p", "A work of the United States Government, in the public domain.");
    }

    pugi::xml_node monogr = file_desc.append_child("sourceDesc").append_child("biblStruct").append_child("monogr");
    append_volume_record(monogr, volume.header);
    for (pugi::xml_node level : entry.context) {
        pugi::xml_node scope = monogr.append_child("biblScope");
        const char* type = level.attribute("type").value();
        scope.append_attribute("unit") = *type ? type : "division";
        if (pugi::xml_attribute id = level.attribute("xml:id")) scope.append_attribute("n") = id.value();
        if (pugi::xml_node head = level.child("head"))
            for (pugi::xml_node c : head.children()) scope.append_copy(c);
    }
    if (entry.first_page || entry.last_page) {
        std::string from = (entry.first_page ? entry.first_page : entry.last_page).attribute("n").value();
        std::string to = entry.last_page.attribute("n").value();
        if (to.empty()) to = from;
        pugi::xml_node pages = monogr.append_child("biblScope");
        pages.append_attribute("unit") = "page";
        pages.append_attribute("from") = from.c_str();
        pages.append_attribute("to") = to.c_str();
        pages.append_child(pugi::node_pcdata).set_value((from == to ? from : from + "–" + to).c_str());
    }

    append_encoding(header, volume.header);
    append_creation(header, entry.div);
    text_child(header.append_child("revisionDesc"), "change",
               "Split from the volume " + (volume.volume_id.empty() ? source_name : volume.volume_id) + " (" +
                   source_name + ") by teipress split.");
}

RecordedPlace read_recorded_place(pugi::xml_node header) {
    RecordedPlace place;
    place.volume_id = recorded_volume_id(header);
    pugi::xml_node monogr = header.child("fileDesc").child("sourceDesc").child("biblStruct").child("monogr");
    place.monogr = monogr;
    if (place.volume_id.empty())
        for (pugi::xml_node id : monogr.children("idno"))
            if (std::strcmp(id.attribute("type").value(), "frus") == 0) place.volume_id = plain_text(id);
    for (pugi::xml_node scope : monogr.children("biblScope")) {
        const char* unit = scope.attribute("unit").value();
        if (std::strcmp(unit, "page") == 0 || !scope.attribute("n")) continue;
        place.levels.push_back({unit, scope.attribute("n").value(), scope});
    }
    return place;
}

} // namespace teipress::volume
