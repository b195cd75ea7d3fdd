#include "volume/split_volume.h"

#include "volume/document_header.h"
#include "volume/list_entries.h"
#include "volume/pointers.h"
#include "volume/volume_index.h"
#include "volume/xml_writer.h"

#include <cctype>
#include <cstring>
#include <unordered_map>

namespace teipress::volume {

namespace {

std::string base_name(const std::string& path) {
    std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// An xml:id that is safe as a file name: letters, digits, '.', '_', '-'; not starting with '.'.
bool usable_as_file_name(const std::string& id) {
    if (id.empty() || id[0] == '.' || id.size() > 200) return false;
    for (unsigned char c : id)
        if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

// The namespace declarations and xml:lang in scope at div, declared on its ancestors (the
// nearest wins), to be declared on the root of the document's own file.
void copy_scope(pugi::xml_node tei, pugi::xml_node div) {
    std::vector<pugi::xml_node> chain;
    for (pugi::xml_node p = div.parent(); p && p.type() == pugi::node_element; p = p.parent()) chain.push_back(p);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        for (pugi::xml_attribute a : it->attributes()) {
            std::string_view name = a.name();
            if (name == "xmlns" || name.substr(0, 6) == "xmlns:" || name == "xml:lang") {
                pugi::xml_attribute mine = tei.attribute(a.name());
                if (!mine) mine = tei.append_attribute(a.name());
                mine.set_value(a.value());
            }
        }
    }
}

std::string document_file(const TeiFile& volume, const VolumeIndex& index, const DocumentEntry& entry,
                          DiagnosticSink& sink) {
    pugi::xml_document doc;
    pugi::xml_node tei = doc.append_child("TEI");
    copy_scope(tei, entry.div);
    append_document_header(tei, index, entry, base_name(volume.path));
    pugi::xml_node text = tei.append_child("text");
    pugi::xml_node copied = text.append_child("body").append_copy(entry.div);
    auto groups = entries_pointed_to(index, entry.div);
    if (!groups.empty()) append_entry_copies(text.append_child("back"), groups);

    // Pointers that name nothing, here or anywhere in the volume, are kept and reported.
    for_each_pointer(entry.div, [&](pugi::xml_node e, pugi::xml_attribute, std::string_view token) {
        std::string_view id = local_target(token);
        if (!id.empty() && !index.ids.count(std::string(id)))
            sink.add(
                volume.at(e, Severity::Warning,
                          "#" + std::string(id) + " names nothing in the volume; split keeps the pointer as it is"));
    });
    indent(tei, 0, [&](pugi::xml_node n) { return n == copied; });
    return write_xml(doc);
}

} // namespace

bool split_volume(TeiFile& volume, std::vector<OutputFile>& out, DiagnosticSink& sink) {
    VolumeIndex index = index_volume(volume.doc);
    if (index.documents.empty()) {
        pugi::xml_node where = index.body ? index.body : index.root;
        sink.add(
            volume.at(where, Severity::Error, "not a volume: no document (div type=\"document\") in its text/body"));
        return false;
    }
    bool ok = true;
    std::unordered_map<std::string, pugi::xml_node> names;
    for (const auto& entry : index.documents) {
        if (entry.id.empty()) {
            sink.add(volume.at(entry.div, Severity::Error,
                               "a document without xml:id cannot be split: its file is named after its xml:id"));
            ok = false;
        } else if (!usable_as_file_name(entry.id) || entry.id + ".xml" == k_frame_name) {
            sink.add(volume.at(entry.div, Severity::Error,
                               "the document's xml:id \"" + entry.id + "\" cannot name its file"));
            ok = false;
        } else if (!names.emplace(entry.id, entry.div).second) {
            sink.add(volume.at(entry.div, Severity::Error, "two documents have the xml:id \"" + entry.id + "\""));
            ok = false;
        }
    }
    if (!ok) return false;
    for (pugi::xml_node e : index.repeated_ids)
        sink.add(volume.at(e, Severity::Warning,
                           "the xml:id \"" + std::string(e.attribute("xml:id").value()) +
                               "\" repeats an earlier one; join will refuse the volume until it is unique"));

    std::vector<OutputFile> files;
    files.reserve(index.documents.size() + 1);
    for (const auto& entry : index.documents)
        files.push_back({entry.id + ".xml", document_file(volume, index, entry, sink)});

    // The frame: each document replaced by its include, every other node as it was.
    for (const auto& entry : index.documents) {
        pugi::xml_node parent = entry.div.parent();
        pugi::xml_node include = parent.insert_child_before("xi:include", entry.div);
        include.append_attribute("xmlns:xi") = k_xinclude_namespace;
        include.append_attribute("href") = (entry.id + ".xml").c_str();
        include.append_attribute("xpointer") = entry.id.c_str();
        parent.remove_child(entry.div);
    }
    files.push_back({k_frame_name, write_xml(volume.doc)});
    for (auto& f : files) out.push_back(std::move(f));
    return true;
}

} // namespace teipress::volume
