// The round trip over the real corpus (tests/corpus/frus, CTest label "corpus"): for every
// volume, split then join gives back its Canonical XML byte for byte; each split document holds
// the document exactly and resolves its pointers to list entries; and a join of the split
// documents alone (without volume.xml) is equivalent in what documents carry: the same
// documents, identical and in order, in the same compilations and chapters, with the list
// entries they point to, under the volume's titles and identifier.
#include "core/exit_status.h"
#include "volume/join_inputs.h"
#include "volume/join_volume.h"
#include "volume/list_entries.h"
#include "volume/pointers.h"
#include "volume/split_volume.h"
#include "volume/volume_index.h"
#include "volume/xml_writer.h"
#include "volume_test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <iostream>
#include <set>

using namespace teipress;
using namespace teipress::testing;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpus_volumes() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(k_corpus))
        if (e.path().extension() == ".xml") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// The subtree of node, written as write_xml writes it.
std::string subtree(pugi::xml_node node) {
    pugi::xml_document d;
    d.append_copy(node);
    return volume::write_xml(d);
}

// What identifies a division around a document: its type, xml:id and head.
std::string level_key(pugi::xml_node div) {
    return std::string(div.attribute("type").value()) + "#" + div.attribute("xml:id").value() + ":" +
           (div.child("head") ? subtree(div.child("head")) : std::string());
}

struct Split {
    fs::path dir;
    std::vector<volume::OutputFile> files;
};

// Splits path into a scratch folder of its own: `test` names the test case, so test cases that
// CTest runs in parallel never share a folder.
Split split_volume(const fs::path& path, const std::string& test) {
    Split s{scratch_dir("volume", "corpus-" + test + "-" + path.stem().string()), {}};
    DiagnosticSink sink;
    auto f = load_tei(path, sink);
    REQUIRE(f);
    REQUIRE(volume::split_volume(*f, s.files, sink));
    for (const auto& o : s.files) write_file(s.dir / o.name, o.content);
    return s;
}

std::string join_folder(const std::vector<std::string>& paths) {
    DiagnosticSink sink;
    volume::JoinInputs in;
    REQUIRE(volume::gather_join_inputs(paths, in, sink) == k_exit_ok);
    std::string xml;
    volume::JoinSummary summary;
    INFO(messages(sink));
    REQUIRE(volume::join_volume(in, "joined.xml", xml, summary, sink) == k_exit_ok);
    return xml;
}

} // namespace

TEST_CASE("corpus: split then join gives back every volume's Canonical XML") {
    std::size_t documents = 0;
    for (const auto& path : corpus_volumes()) {
        INFO(path.filename().string());
        auto t0 = std::chrono::steady_clock::now();
        Split s = split_volume(path, "canonical");
        auto t1 = std::chrono::steady_clock::now();
        std::string joined = join_folder({s.dir.string()});
        auto t2 = std::chrono::steady_clock::now();
        std::string original = slurp(path);
        std::string c14n = canonical("original", original);
        REQUIRE(!c14n.empty());
        CHECK(canonical("joined", joined) == c14n);
        documents += s.files.size() - 1;
        auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
        std::cout << path.filename().string() << ": " << s.files.size() - 1 << " documents, split " << ms(t0, t1)
                  << " ms, join " << ms(t1, t2) << " ms (in process, files in " << s.dir.string() << ")\n";
    }
    CHECK(documents == 1790); // 138 + 478 + 576 + 586 + 9 + 3
}

TEST_CASE("corpus: each split document holds its document exactly and resolves its list entries") {
    for (const auto& path : corpus_volumes()) {
        INFO(path.filename().string());
        DiagnosticSink sink;
        auto volume = load_tei(path, sink);
        REQUIRE(volume);
        auto index = volume::index_volume(volume->doc);
        Split s = split_volume(path, "documents");
        REQUIRE(s.files.size() == index.documents.size() + 1);
        for (std::size_t i = 0; i < index.documents.size(); ++i) {
            const auto& entry = index.documents[i];
            INFO(entry.id);
            DiagnosticSink doc_sink;
            auto doc = parse_tei(s.files[i].name, s.files[i].content, doc_sink);
            REQUIRE(doc);
            auto own = volume::index_volume(doc->doc);
            REQUIRE(own.documents.size() == 1);
            CHECK(subtree(own.documents[0].div) == subtree(entry.div));
            // Every pointer that names a list entry of the volume resolves in the file.
            std::set<const void*> entries;
            for (const auto& g : volume::entries_pointed_to(index, entry.div))
                for (auto item : g.items) entries.insert(item.internal_object());
            volume::for_each_pointer(entry.div, [&](pugi::xml_node, pugi::xml_attribute, std::string_view t) {
                std::string id(volume::local_target(t));
                if (id.empty() || !index.ids.count(id)) return;
                pugi::xml_node target = index.ids.at(id);
                bool in_list = false;
                for (pugi::xml_node p = target; p; p = p.parent())
                    if (entries.count(p.internal_object())) in_list = true;
                INFO("#" << id);
                if (in_list) CHECK(own.ids.count(id));
            });
            CHECK(std::string(doc->doc.select_node("//publicationStmt/idno[@type='document']").node().text().get()) ==
                  entry.id);
        }
    }
}

TEST_CASE("corpus: the split documents alone join into an equivalent volume") {
    for (const auto& path : corpus_volumes()) {
        INFO(path.filename().string());
        DiagnosticSink sink;
        auto volume = load_tei(path, sink);
        REQUIRE(volume);
        auto index = volume::index_volume(volume->doc);
        Split s = split_volume(path, "documents-only");
        fs::remove(s.dir / volume::k_frame_name);
        std::string joined = join_folder({s.dir.string()});
        auto result = parse_tei("joined", joined, sink);
        REQUIRE(result);
        auto rindex = volume::index_volume(result->doc);
        REQUIRE(rindex.documents.size() == index.documents.size());
        std::set<std::string> wanted;
        for (std::size_t i = 0; i < index.documents.size(); ++i) {
            const auto& a = index.documents[i];
            const auto& b = rindex.documents[i];
            INFO(a.id);
            CHECK(subtree(a.div) == subtree(b.div));
            REQUIRE(a.context.size() == b.context.size());
            for (std::size_t k = 0; k < a.context.size(); ++k)
                CHECK(level_key(a.context[k]) == level_key(b.context[k]));
            for (const auto& g : volume::entries_pointed_to(index, a.div))
                for (auto item : g.items) wanted.insert(volume::plain_text(item, false));
        }
        // The front lists: exactly the entries the documents point to (page breaks aside).
        std::set<std::string> got;
        for (auto x : result->doc.select_nodes("/TEI/text/front/div/list/item"))
            got.insert(volume::plain_text(x.node(), false));
        CHECK(got == wanted);
        CHECK(volume::plain_text(result->doc.select_node("//titleStmt/title[@type='complete']").node()) ==
              volume::plain_text(volume->doc.select_node("//titleStmt/title[@type='complete']").node()));
        CHECK(rindex.volume_id == index.volume_id);
    }
}
