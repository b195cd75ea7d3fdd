#include "edition/edition.h"

#include "core/input_file.h"
#include "core/input_registry.h"
#include "core/line_index.h"
#include "readers/reading_text_reader.h"
#include "xml/xml_settings.h"

#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace teipress::edition {

namespace {

bool exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

void collapse_into(std::string& out, pugi::xml_node node) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_element) {
            collapse_into(out, c);
            continue;
        }
        if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
        for (const char* p = c.value(); *p; ++p) {
            bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
            if (space) {
                if (!out.empty() && out.back() != ' ') out += ' ';
            } else {
                out += *p;
            }
        }
    }
}

LoadStatus load_file(const std::string& path, pugi::xml_document& doc, DiagnosticSink& sink) {
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        sink.add(bytes.error());
        return LoadStatus::Unreadable;
    }
    return parse_tei_file(path, *bytes, doc, sink) ? LoadStatus::Ok : LoadStatus::Invalid;
}

void index_persons(Edition& e) {
    for (pugi::xpath_node x : e.persons.select_nodes("//persName[@xml:id]")) {
        pugi::xml_node name = x.node();
        Person p;
        p.id = name.attribute("xml:id").value();
        std::string full = normalized_text(name);
        std::size_t comma = full.find(',');
        p.surname = full.substr(0, comma);
        while (!p.surname.empty() && p.surname.back() == ' ') p.surname.pop_back();
        if (comma != std::string::npos) {
            std::string rest = full.substr(comma + 1);
            std::size_t from = 0;
            while (from < rest.size()) {
                std::size_t to = rest.find(' ', from);
                if (to == std::string::npos) to = rest.size();
                std::string word = rest.substr(from, to - from);
                if (!word.empty()) p.forenames.push_back(word);
                from = to + 1;
            }
        }
        pugi::xml_node item = name;
        while (item && std::strcmp(item.name(), "item") != 0) item = item.parent();
        p.item = item;
        if (item) {
            std::string all = normalized_text(item);
            std::size_t at = all.find(full);
            p.description = at == std::string::npos ? all : all.substr(at + full.size());
            while (!p.description.empty() && (p.description[0] == ',' || p.description[0] == ' '))
                p.description.erase(0, 1);
        }
        if (!p.surname.empty()) e.person_list.push_back(std::move(p));
    }
}

void index_terms(Edition& e) {
    for (pugi::xpath_node x : e.terms.select_nodes("//term[@xml:id]")) {
        pugi::xml_node term = x.node();
        Term t;
        t.id = term.attribute("xml:id").value();
        t.text = normalized_text(term);
        pugi::xml_node item = term;
        while (item && std::strcmp(item.name(), "item") != 0) item = item.parent();
        t.item = item;
        if (!t.text.empty()) e.term_list.push_back(std::move(t));
    }
}

void build_lookups(Edition& e) {
    for (const auto& t : e.term_list) {
        // One-letter symbols (S, U) are never certain enough to tag.
        auto [it, fresh] = e.term_by_text.emplace(t.text, t.text.size() < 2 ? nullptr : &t);
        if (!fresh) it->second = nullptr; // two entries: ambiguous
        e.name_starts[static_cast<unsigned char>(t.text[0])] = true;
    }
    for (const auto& p : e.person_list) {
        e.persons_by_first_word[p.surname.substr(0, p.surname.find(' '))].push_back(&p);
        e.name_starts[static_cast<unsigned char>(p.surname[0])] = true;
    }
}

} // namespace

std::string normalized_text(pugi::xml_node node) {
    std::string out;
    collapse_into(out, node);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool parse_tei_file(const std::string& path, const std::string& bytes, pugi::xml_document& out, DiagnosticSink& sink) {
    pugi::xml_parse_result r = out.load_buffer(bytes.data(), bytes.size(), xml::k_pugi_parse, pugi::encoding_utf8);
    if (!r) {
        LineIndex index(bytes);
        auto pos = index.position(static_cast<std::size_t>(r.offset));
        sink.error(path, pos.line, pos.column, std::string("malformed XML: ") + r.description());
        return false;
    }
    pugi::xml_node root = out.document_element();
    if (std::strcmp(root.name(), "TEI") != 0 ||
        std::strcmp(root.attribute("xmlns").value(), readers::k_tei_namespace) != 0) {
        sink.error(path, 1, 1,
                   std::string("not a TEI document: the root element must be <TEI xmlns=\"") +
                       readers::k_tei_namespace + "\">");
        return false;
    }
    return true;
}

LoadStatus load_edition(const std::string& dir, Edition& out, DiagnosticSink& sink) {
    out.dir = dir;
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        sink.error(dir, 1, 1, "not an edition folder: no such directory");
        return LoadStatus::Unreadable;
    }
    LoadStatus s = load_file(dir + "/edition.xml", out.volume, sink);
    if (s != LoadStatus::Ok) return s;
    if (!out.volume.document_element().child("teiHeader")) {
        sink.error(dir + "/edition.xml", 1, 1, "the edition's TEI has no teiHeader (the volume's record)");
        return LoadStatus::Invalid;
    }
    if (exists(dir + "/persons.xml")) {
        s = load_file(dir + "/persons.xml", out.persons, sink);
        if (s != LoadStatus::Ok) return s;
        index_persons(out);
    }
    if (exists(dir + "/terms.xml")) {
        s = load_file(dir + "/terms.xml", out.terms, sink);
        if (s != LoadStatus::Ok) return s;
        index_terms(out);
    }
    build_lookups(out);
    // Every per-document file of the folder is an input of the run from now on, read or not
    // yet: no output (of build, or of an earlier document of the same build) may replace one.
    if (DIR* documents = ::opendir((dir + "/documents").c_str())) {
        while (const dirent* entry = ::readdir(documents)) {
            std::string name = entry->d_name;
            if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0)
                process_inputs().record(dir + "/documents/" + name);
        }
        ::closedir(documents);
    }
    return LoadStatus::Ok;
}

LoadStatus load_document_metadata(const Edition& edition, const std::string& doc_id, pugi::xml_document& out,
                                  DiagnosticSink& sink) {
    const std::string path = edition.dir + "/documents/" + doc_id + ".xml";
    if (!exists(path)) return LoadStatus::Ok;
    return load_file(path, out, sink);
}

} // namespace teipress::edition
