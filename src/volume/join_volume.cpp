#include "volume/join_volume.h"

#include "core/exit_status.h"
#include "readers/reading_text_reader.h"
#include "volume/document_header.h"
#include "volume/front_lists.h"
#include "volume/pointers.h"
#include "volume/renumber_document.h"
#include "volume/tree_walk.h"
#include "volume/volume_index.h"
#include "volume/xml_names.h"
#include "volume/xml_writer.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_set>

namespace teipress::volume {

namespace {

bool named(pugi::xml_node n, const char* name) {
    return std::strcmp(n.name(), name) == 0;
}

bool is_inside(pugi::xml_node node, pugi::xml_node ancestor) {
    for (pugi::xml_node p = node.parent(); p; p = p.parent())
        if (p == ancestor) return true;
    return false;
}

bool is_whitespace_text(pugi::xml_node n) {
    if (n.type() != pugi::node_pcdata) return false;
    for (const char* p = n.value(); *p; ++p)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') return false;
    return true;
}

// A document to add, with what join knows of it.
struct Candidate {
    const TeiFile* file;
    pugi::xml_node div; // in its file
    RecordedPlace place;
    unsigned long number;
    std::string id;
};

// Where a node of the result came from, for messages.
struct Origin {
    const TeiFile* file;
    pugi::xml_node original;
};

class Joiner {
  public:
    Joiner(JoinInputs& in, const std::string& output, JoinSummary& summary, DiagnosticSink& sink)
        : m_in(in), m_output(output), m_summary(summary), m_sink(sink) {}

    int run(std::string& xml);

  private:
    bool set_up();
    bool make_volume();
    void index_result();
    void register_subtree(pugi::xml_node node);
    void unregister_subtree(pugi::xml_node node);
    pugi::xml_node place_copy(const Candidate& c, pugi::xml_node parent, pugi::xml_node before, pugi::xml_node after,
                              bool spacing = true);
    pugi::xml_node ensure_levels(const Candidate& c);
    void take_lists(const Candidate& c);
    void add_member(const Candidate& c);
    void add_new(const Candidate& c);
    bool check_result();
    Diagnostic at(pugi::xml_node e, Severity severity, std::string message) const;
    void lay_out();

    JoinInputs& m_in;
    std::string m_output;
    JoinSummary& m_summary;
    DiagnosticSink& m_sink;

    pugi::xml_document m_made; // the volume when no base was given
    pugi::xml_document* m_doc = nullptr;
    bool m_making = false;
    pugi::xml_node m_root, m_text, m_body;
    std::string m_main_id;

    std::unordered_map<std::string, pugi::xml_node> m_ids; // xml:ids of the result
    std::map<unsigned long, pugi::xml_node> m_by_number;   // documents of the result
    long m_max_page = -1;
    std::unordered_map<const void*, Origin> m_origins;                  // copies → originals
    std::unordered_set<const void*> m_copies;                           // documents copied in
    std::vector<pugi::xml_node> m_made_levels;                          // divisions join made
    std::unordered_map<const void*, const TeiFile*> m_item_files;       // back items → their files
    std::map<std::pair<std::string, std::string>, std::string> m_moved; // (volume, old id) → new
    std::unique_ptr<FrontLists> m_lists;
};

Diagnostic Joiner::at(pugi::xml_node e, Severity severity, std::string message) const {
    // Climb to a copied root, then follow the same path in its original.
    std::vector<std::size_t> path;
    for (pugi::xml_node n = e; n; n = n.parent()) {
        auto it = m_origins.find(n.internal_object());
        if (it != m_origins.end()) {
            pugi::xml_node o = it->second.original;
            for (auto p = path.rbegin(); p != path.rend() && o; ++p) {
                pugi::xml_node c = o.first_child();
                for (std::size_t k = 0; k < *p && c; ++k) c = c.next_sibling();
                o = c;
            }
            if (o) return it->second.file->at(o, severity, std::move(message));
            return Diagnostic{severity, it->second.file->path, 0, 0, std::move(message), {}};
        }
        std::size_t index = 0;
        for (pugi::xml_node s = n.previous_sibling(); s; s = s.previous_sibling()) ++index;
        path.push_back(index);
    }
    if (m_in.base && !m_making) return m_in.base->at(e, severity, std::move(message));
    return Diagnostic{severity, m_output, 0, 0, std::move(message), {}};
}

void Joiner::register_subtree(pugi::xml_node node) {
    for_each_element(node, [&](pugi::xml_node e) {
        if (pugi::xml_attribute id = e.attribute("xml:id")) m_ids.emplace(id.value(), e);
        if (named(e, "pb") && is_inside(e, m_body)) m_max_page = std::max(m_max_page, page_number(e));
        if (is_document_div(e) && document_number(e) > 0 && is_inside(e, m_body))
            m_by_number.emplace(document_number(e), e);
    });
}

void Joiner::unregister_subtree(pugi::xml_node node) {
    for_each_element(node, [&](pugi::xml_node e) {
        if (pugi::xml_attribute id = e.attribute("xml:id")) {
            auto it = m_ids.find(id.value());
            if (it != m_ids.end() && it->second == e) m_ids.erase(it);
        }
        if (is_document_div(e)) {
            auto it = m_by_number.find(document_number(e));
            if (it != m_by_number.end() && it->second == e) m_by_number.erase(it);
        }
    });
}

// A volume header rebuilt from the volume record of a document (its biblStruct's monogr).
void header_from_record(pugi::xml_node header, pugi::xml_node monogr, std::size_t count) {
    pugi::xml_node file_desc = header.append_child("fileDesc");
    pugi::xml_node title_stmt = file_desc.append_child("titleStmt");
    for (pugi::xml_node t : monogr.children("title")) {
        pugi::xml_node title = title_stmt.append_copy(t);
        title.remove_attribute("level");
    }
    for (pugi::xml_node e : monogr.children("editor")) title_stmt.append_copy(e);
    pugi::xml_node pub = file_desc.append_child("publicationStmt");
    pugi::xml_node imprint = monogr.child("imprint");
    for (const char* part : {"publisher", "pubPlace", "date"})
        for (pugi::xml_node p : imprint.children(part)) pub.append_copy(p);
    if (!pub.child("publisher")) pub.prepend_child("authority").append_child(pugi::node_pcdata).set_value("teipress");
    for (pugi::xml_node id : monogr.children("idno")) pub.append_copy(id);
    pugi::xml_node p = file_desc.append_child("sourceDesc").append_child("p");
    p.append_child(pugi::node_pcdata)
        .set_value(
            ("Assembled by teipress join from " + std::to_string(count) + " document(s) that record this volume.")
                .c_str());
}

bool Joiner::make_volume() {
    m_making = true;
    m_doc = &m_made;
    m_root = m_made.append_child("TEI");
    m_root.append_attribute("xmlns") = readers::k_tei_namespace;
    // The namespaces the documents declare (the first value of a prefix wins; a document that
    // binds it otherwise declares it on its div).
    for (const auto& d : m_in.documents)
        for (pugi::xml_attribute a : d.file->doc.document_element().attributes())
            if (std::strncmp(a.name(), "xmlns:", 6) == 0 && !m_root.attribute(a.name()))
                m_root.append_attribute(a.name()) = a.value();
    if (!m_main_id.empty()) m_root.append_attribute("xml:id") = m_main_id.c_str();
    if (m_in.record) {
        m_root.append_copy(m_in.record->doc.document_element().child("teiHeader"));
    } else {
        pugi::xml_node monogr, encoding;
        std::size_t count = 0;
        for (const auto& d : m_in.documents) {
            pugi::xml_node header = d.file->doc.document_element().child("teiHeader");
            RecordedPlace place = read_recorded_place(header);
            if (place.volume_id != m_main_id || m_main_id.empty()) continue;
            ++count;
            if (!monogr && place.monogr) {
                monogr = place.monogr;
                encoding = header.child("encodingDesc");
            }
        }
        if (!monogr) {
            m_sink.error(m_output, 0, 0,
                         "no volume record to make the volume's teiHeader from: give an edition folder "
                         "(with edition.xml), a volume to join into, or documents whose header records "
                         "their volume (sourceDesc/biblStruct, as split writes it)");
            return false;
        }
        pugi::xml_node header = m_root.append_child("teiHeader");
        header_from_record(header, monogr, count);
        // The volume's renditions and editorial principles, as the document carries them.
        if (encoding) header.append_copy(encoding);
    }
    m_text = m_root.append_child("text");
    if (!m_in.lists.empty()) {
        pugi::xml_node front = m_text.append_child("front");
        for (const auto& list : m_in.lists)
            for (pugi::xml_node div : list->doc.document_element().child("text").child("body").children("div")) {
                pugi::xml_node copy = front.append_copy(div);
                m_origins[copy.internal_object()] = {list.get(), div};
            }
    }
    m_body = m_text.append_child("body");
    return true;
}

bool Joiner::set_up() {
    if (m_in.base) {
        m_doc = &m_in.base->doc;
        m_root = m_doc->document_element();
        m_text = m_root.child("text");
        m_body = m_text.child("body");
        m_main_id = index_volume(*m_doc).volume_id;
        return true;
    }
    if (m_in.record) m_main_id = recorded_volume_id(m_in.record->doc.document_element().child("teiHeader"));
    for (const auto& d : m_in.documents) {
        if (!m_main_id.empty()) break;
        m_main_id = read_recorded_place(d.file->doc.document_element().child("teiHeader")).volume_id;
    }
    return make_volume();
}

void Joiner::index_result() {
    register_subtree(m_root);
}

pugi::xml_node Joiner::place_copy(const Candidate& c, pugi::xml_node parent, pugi::xml_node before,
                                  pugi::xml_node after, bool spacing) {
    // Spacing: the whitespace before the neighbour is repeated, so the new document is laid
    // out like the others (a volume being made is laid out at the end instead).
    spacing = spacing && !m_making;
    pugi::xml_node copy;
    if (before) {
        copy = parent.insert_copy_before(c.div, before);
        if (spacing) {
            pugi::xml_node space = before.previous_sibling().previous_sibling();
            if (is_whitespace_text(space)) parent.insert_copy_before(space, before);
        }
    } else if (after) {
        pugi::xml_node space = after.previous_sibling();
        if (spacing && is_whitespace_text(space)) after = parent.insert_copy_after(space, after);
        copy = parent.insert_copy_after(c.div, after);
    } else {
        pugi::xml_node last = parent.last_child();
        if (spacing && is_whitespace_text(last)) {
            // Before the closing tag's indentation, indented like the last element.
            pugi::xml_node prev_space = last.previous_sibling().previous_sibling();
            copy = parent.insert_copy_before(c.div, last);
            if (is_whitespace_text(prev_space)) parent.insert_copy_before(prev_space, copy);
        } else {
            copy = parent.append_copy(c.div);
        }
    }
    // Prefixes the document uses that are unbound (or bound otherwise) where it now stands.
    for (const auto& prefix : prefixes_used(c.div)) {
        std::string uri = prefix_uri(c.div, prefix);
        if (!uri.empty() && prefix_uri(parent, prefix) != uri)
            copy.prepend_attribute(("xmlns:" + prefix).c_str()) = uri.c_str();
    }
    m_origins[copy.internal_object()] = {c.file, c.div};
    m_copies.insert(copy.internal_object());
    register_subtree(copy);
    return copy;
}

pugi::xml_node Joiner::ensure_levels(const Candidate& c) {
    pugi::xml_node parent;
    for (const auto& level : c.place.levels) {
        auto it = m_ids.find(level.id);
        if (it != m_ids.end() && named(it->second, "div") && !is_document_div(it->second)) {
            parent = it->second;
            continue;
        }
        if (!m_making) return parent; // a volume given keeps its divisions as they are
        pugi::xml_node holder = parent ? parent : m_body;
        pugi::xml_node div = holder.append_child("div");
        if (level.unit != "division") div.append_attribute("type") = level.unit.c_str();
        div.append_attribute("xml:id") = level.id.c_str();
        if (level.content.first_child()) {
            pugi::xml_node head = div.append_child("head");
            for (pugi::xml_node part : level.content.children()) head.append_copy(part);
            m_origins[head.internal_object()] = {c.file, level.content};
        }
        m_made_levels.push_back(div);
        register_subtree(div);
        parent = div;
    }
    return parent;
}

void Joiner::take_lists(const Candidate& c) {
    pugi::xml_node back = c.file->doc.document_element().child("text").child("back");
    if (!back) return;
    for_each_element(back, [&](pugi::xml_node e) {
        if (named(e, "item")) m_item_files[e.internal_object()] = c.file;
    });
    auto renamed = m_lists->take(back);
    if (renamed.empty()) return;
    rewrite_pointers(c.div, [&](std::string_view token) -> std::optional<std::string> {
        auto it = renamed.find(std::string(local_target(token)));
        if (it == renamed.end()) return std::nullopt;
        return "#" + it->second;
    });
    for (const auto& [from, to] : renamed)
        m_summary.changes.push_back(c.file->path + ": the entry " + from + " is " + to +
                                    " in the volume (the volume's " + from + " is another entry)");
}

void Joiner::add_member(const Candidate& c) {
    take_lists(c);
    // The same document already in the volume: replaced in place.
    auto same = m_ids.find(c.id);
    if (same != m_ids.end() && is_document_div(same->second)) {
        pugi::xml_node old = same->second;
        unregister_subtree(old);
        place_copy(c, old.parent(), old, {}, false);
        old.parent().remove_child(old);
        m_summary.changes.push_back(c.id + ": replaced by " + c.file->path);
        return;
    }
    pugi::xml_node holder = ensure_levels(c);
    pugi::xml_node pred, succ;
    auto it = m_by_number.lower_bound(c.number);
    if (it != m_by_number.end()) succ = it->second;
    if (it != m_by_number.begin()) pred = std::prev(it)->second;
    if (holder) {
        if (pred && is_inside(pred, holder))
            place_copy(c, pred.parent(), {}, pred);
        else if (succ && is_inside(succ, holder))
            place_copy(c, succ.parent(), succ, {});
        else
            place_copy(c, holder, {}, {});
    } else if (pred) {
        place_copy(c, pred.parent(), {}, pred);
    } else if (succ) {
        place_copy(c, succ.parent(), succ, {});
    } else {
        place_copy(c, m_body, {}, {});
    }
}

void Joiner::add_new(const Candidate& c) {
    take_lists(c);
    if (m_by_number.empty()) {
        place_copy(c, m_body, {}, {});
        return;
    }
    pugi::xml_node last = m_by_number.rbegin()->second;
    place_copy(c, last.parent(), {}, last);
}

bool Joiner::check_result() {
    std::unordered_map<std::string, pugi::xml_node> seen;
    bool ok = true;
    for_each_element(m_root, [&](pugi::xml_node e) {
        pugi::xml_attribute id = e.attribute("xml:id");
        if (!id) return;
        auto [it, fresh] = seen.emplace(id.value(), e);
        if (fresh) return;
        Diagnostic first = at(it->second, Severity::Error, "");
        std::string where =
            first.file +
            (first.line ? ":" + std::to_string(first.line) + ":" + std::to_string(first.column) : std::string());
        m_sink.add(at(e, Severity::Error,
                      "the xml:id \"" + std::string(id.value()) + "\" is already in the volume (" + where +
                          "): identifiers must be unique"));
        ok = false;
    });
    for_each_pointer(m_root, [&](pugi::xml_node e, pugi::xml_attribute, std::string_view token) {
        std::string_view id = local_target(token);
        if (!id.empty() && !seen.count(std::string(id)))
            m_sink.add(at(e, Severity::Warning, "#" + std::string(id) + " names nothing in the joined volume"));
    });
    return ok;
}

void Joiner::lay_out() {
    auto keep = [&](pugi::xml_node n) { return m_copies.count(n.internal_object()) != 0; };
    if (m_making) {
        indent(m_root, 0, keep);
        return;
    }
    auto depth_of = [](pugi::xml_node n) {
        int d = 0;
        for (pugi::xml_node p = n.parent(); p && p.type() == pugi::node_element; p = p.parent()) ++d;
        return d;
    };
    for (pugi::xml_node div : m_lists->made()) indent(div, depth_of(div), keep);
}

int Joiner::run(std::string& xml) {
    if (!set_up()) return k_exit_invalid;
    index_result();
    m_lists = std::make_unique<FrontLists>(m_text, [this](const std::string& id) {
        auto it = m_ids.find(id);
        return it == m_ids.end() ? pugi::xml_node() : it->second;
    });

    // The documents the base includes, in place of their includes.
    for (auto& inc : m_in.included) {
        Candidate c{inc.file.get(), inc.div, {}, document_number(inc.div), inc.div.attribute("xml:id").value()};
        take_lists(c);
        place_copy(c, inc.include.parent(), inc.include, {}, false);
        inc.include.parent().remove_child(inc.include);
    }

    // The documents given: those of this volume first, by number; the others after, as given.
    std::vector<Candidate> members, others;
    for (const auto& d : m_in.documents) {
        Candidate c{d.file.get(), d.div, read_recorded_place(d.file->doc.document_element().child("teiHeader")),
                    document_number(d.div), d.div.attribute("xml:id").value()};
        bool member = !m_main_id.empty() && c.place.volume_id == m_main_id;
        (member ? members : others).push_back(std::move(c));
    }
    std::stable_sort(members.begin(), members.end(),
                     [](const Candidate& a, const Candidate& b) { return a.number < b.number; });
    std::unordered_map<std::string, const Candidate*> given;
    bool ok = true;
    for (const auto& c : members) {
        auto [it, fresh] = given.emplace(c.id, &c);
        if (!fresh) {
            m_sink.add(c.file->at(c.div, Severity::Error,
                                  "document " + c.id + " of " + m_main_id + " is given twice (also " +
                                      it->second->file->path + ")"));
            ok = false;
        }
    }
    if (!ok) return k_exit_invalid;
    for (const auto& c : members) add_member(c);

    // New documents: numbered after the last, renumbered, their pointers to the rest of their
    // old volume made pointers into that volume.
    unsigned long next = m_by_number.empty() ? 0 : m_by_number.rbegin()->first;
    std::vector<Renumbering> renumberings;
    for (auto& c : others) {
        ++next;
        long first_page = -1;
        for_each_element(c.div, [&](pugi::xml_node e) {
            long p = named(e, "pb") ? page_number(e) : -1;
            if (p >= 0 && (first_page < 0 || p < first_page)) first_page = p;
        });
        long offset = first_page >= 0 && first_page <= m_max_page ? m_max_page + 1 - first_page : 0;
        std::string old_id = c.id;
        Renumbering r = renumber_document(
            c.div, next, offset, [&](const std::string& id) { return m_ids.count(id) != 0 || m_lists->reserved(id); });
        for (const auto& [from, to] : r.ids) m_moved[{c.place.volume_id, from}] = to;
        c.id = r.new_id;
        c.number = next;
        if (offset > 0) {
            long last_page = -1;
            for_each_element(c.div, [&](pugi::xml_node e) {
                if (named(e, "pb")) last_page = std::max(last_page, page_number(e));
            });
            m_max_page = std::max(m_max_page, last_page);
        }
        std::string was = old_id.empty() ? std::string("a document") : old_id;
        if (!c.place.volume_id.empty()) was += " of " + c.place.volume_id;
        m_summary.changes.push_back(r.new_id + ": new document, was " + was + " (" + c.file->path + ")" +
                                    (offset ? ", pages +" + std::to_string(offset) : std::string()));
        renumberings.push_back(std::move(r));
        // Its pages count for the next one before it is placed.
        for_each_element(c.div, [&](pugi::xml_node e) {
            if (named(e, "pb")) m_max_page = std::max(m_max_page, page_number(e));
        });
    }
    for (auto& c : others) {
        std::unordered_set<std::string> own;
        for_each_element(c.file->doc.document_element(), [&](pugi::xml_node e) {
            if (pugi::xml_attribute id = e.attribute("xml:id")) own.insert(id.value());
        });
        const std::string& from = c.place.volume_id;
        rewrite_pointers(c.div, [&](std::string_view token) -> std::optional<std::string> {
            std::string id(local_target(token));
            if (id.empty() || own.count(id)) return std::nullopt;
            auto moved = m_moved.find({from, id});
            if (moved != m_moved.end()) return "#" + moved->second;
            if (!from.empty() && from != m_main_id) return from + "#" + id;
            return std::nullopt;
        });
        add_new(c);
    }

    m_lists->finish([&](pugi::xml_node copy, pugi::xml_node original) {
        auto f = m_item_files.find(original.internal_object());
        if (f != m_item_files.end()) m_origins[copy.internal_object()] = {f->second, original};
    });
    if (!check_result()) return k_exit_invalid;
    lay_out();
    m_summary.documents = index_volume(*m_doc).documents.size();
    xml = write_xml(*m_doc);
    return k_exit_ok;
}

} // namespace

int join_volume(JoinInputs& inputs, const std::string& output_name, std::string& xml, JoinSummary& summary,
                DiagnosticSink& sink) {
    Joiner joiner(inputs, output_name, summary, sink);
    return joiner.run(xml);
}

} // namespace teipress::volume
