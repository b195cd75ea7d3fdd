// split and join on small fixtures: golden outputs, the round trip, documents joined without
// their volume, new documents, replacements and every error.
#include "core/exit_status.h"
#include "volume/join_inputs.h"
#include "volume/join_volume.h"
#include "volume/pointers.h"
#include "volume/split_volume.h"
#include "volume/volume_index.h"
#include "volume_test_support.h"

#include <catch2/catch.hpp>
#include <set>

using namespace teipress;
using namespace teipress::testing;
namespace fs = std::filesystem;

namespace {

const fs::path k_golden = k_source_dir / "tests/volume/golden";

// Splits path into dir; returns the files and the messages.
std::vector<volume::OutputFile> split_into(const fs::path& path, const fs::path& dir, std::string& msgs) {
    DiagnosticSink sink;
    auto f = load_tei(path, sink);
    REQUIRE(f);
    std::vector<volume::OutputFile> files;
    bool ok = volume::split_volume(*f, files, sink);
    msgs = messages(sink);
    REQUIRE(ok);
    for (const auto& o : files) write_file(dir / o.name, o.content);
    return files;
}

struct Joined {
    int status = -1;
    std::string xml, msgs;
    volume::JoinSummary summary;
};

Joined join(const std::vector<std::string>& paths, const std::string& out = "out.xml") {
    Joined j;
    DiagnosticSink sink;
    volume::JoinInputs in;
    j.status = volume::gather_join_inputs(paths, in, sink);
    if (j.status == k_exit_ok) j.status = volume::join_volume(in, out, j.xml, j.summary, sink);
    j.msgs = messages(sink);
    return j;
}

std::string fixture(const char* name) {
    return (k_volume_fixtures / name).string();
}

// Replaces the first occurrence of from in text.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("split: the small volume's documents and volume.xml equal their goldens") {
    fs::path dir = scratch_dir("volume", "split-golden");
    std::string msgs;
    auto files = split_into(k_volume_fixtures / "small-volume.xml", dir, msgs);
    std::vector<std::string> names;
    for (const auto& f : files) {
        names.push_back(f.name);
        CHECK(matches_golden(k_golden / "split" / f.name, f.content));
    }
    CHECK(names == std::vector<std::string>{"d1.xml", "d2.xml", "d3.xml", "volume.xml"});
    // The volume's own dangling pointers, reported where they stand.
    const std::string v = fixture("small-volume.xml");
    CHECK(msgs == v + ":103:40: warning: #in1 names nothing in the volume; split keeps the pointer as it is\n" + v +
                      ":116:89: warning: #p_XX9 names nothing in the volume; split keeps the pointer as it is\n");
}

TEST_CASE("split: every pointer to a list entry resolves in the document's own file") {
    fs::path dir = scratch_dir("volume", "split-resolve");
    std::string msgs;
    auto files = split_into(k_volume_fixtures / "small-volume.xml", dir, msgs);
    for (const auto& f : files) {
        if (f.name == volume::k_frame_name) continue;
        DiagnosticSink sink;
        auto doc = parse_tei(f.name, f.content, sink);
        REQUIRE(doc);
        auto index = volume::index_volume(doc->doc);
        std::size_t checked = 0;
        volume::for_each_pointer(doc->doc.document_element(),
                                 [&](pugi::xml_node, pugi::xml_attribute, std::string_view t) {
                                     std::string id(volume::local_target(t));
                                     if (id.rfind("p_", 0) != 0 && id.rfind("t_", 0) != 0 && id != "right") return;
                                     if (id == "p_XX9") return; // dangling in the volume itself
                                     INFO(f.name << " #" << id);
                                     CHECK(index.ids.count(id));
                                     ++checked;
                                 });
        CHECK(checked > 0);
    }
}

TEST_CASE("split then join gives back the volume: its Canonical XML is the same") {
    fs::path dir = scratch_dir("volume", "round-trip");
    std::string msgs;
    split_into(k_volume_fixtures / "small-volume.xml", dir, msgs);
    Joined j = join({dir.string()});
    REQUIRE(j.status == 0);
    std::string original = slurp(k_volume_fixtures / "small-volume.xml");
    CHECK(!canonical("a", original).empty());
    CHECK(canonical("joined", j.xml) == canonical("original", original));
    CHECK(j.summary.documents == 3);
    CHECK(j.summary.changes.empty());
    // The volume's own dangling pointers are reported, in the files join read.
    CHECK(j.msgs.find("d2.xml:59:40: warning: #in1 names nothing in the joined volume") != std::string::npos);
    CHECK(j.msgs.find("volume.xml:") != std::string::npos);
}

TEST_CASE("join without volume.xml: chapters from the documents' headers, lists from their back") {
    fs::path dir = scratch_dir("volume", "documents-only");
    std::string msgs;
    split_into(k_volume_fixtures / "small-volume.xml", dir, msgs);
    fs::remove(dir / volume::k_frame_name);
    Joined j = join({(dir / "d3.xml").string(), (dir / "d1.xml").string(), (dir / "d2.xml").string()});
    REQUIRE(j.status == 0);
    CHECK(matches_golden(k_golden / "join-documents.xml", j.xml));
    DiagnosticSink sink;
    auto v = parse_tei("joined", j.xml, sink);
    REQUIRE(v);
    auto index = volume::index_volume(v->doc);
    REQUIRE(index.documents.size() == 3);
    CHECK(index.documents[0].id == "d1"); // in the order of their numbers
    CHECK(index.documents[2].context.size() == 3);
    CHECK(std::string(index.documents[2].context[2].attribute("xml:id").value()) == "ch2subch1");
    CHECK(volume::plain_text(index.documents[2].context[1].child("head")) == "Germany");
    CHECK(v->doc.select_node("//div[@xml:id='ch1']/head/note[@xml:id='ch1fn1']"));
    // Only the entries the documents point to; all of them.
    std::set<std::string> persons;
    for (auto x : v->doc.select_nodes("//front/div[@xml:id='persons']/list/item//persName"))
        persons.insert(x.node().attribute("xml:id").value());
    CHECK(persons == std::set<std::string>{"p_AD1", "p_BC1", "p_BC2", "p_KG1"});
    CHECK(volume::plain_text(v->doc.select_node("//teiHeader//title[@type='complete']").node()) ==
          "Foreign Relations of the United States, 1999, Volume XCIX, Test Matters");
    CHECK(std::string(v->doc.document_element().attribute("xml:id").value()) == "frus1999v99");
}

TEST_CASE("join: a new document gets the next number and its identifiers follow") {
    Joined j = join({fixture("small-volume.xml"), fixture("new-document.xml")});
    REQUIRE(j.status == 0);
    CHECK(matches_golden(k_golden / "join-new.xml", j.xml));
    CHECK(j.summary.documents == 4);
    REQUIRE(j.summary.changes.size() == 2);
    CHECK(j.summary.changes[0] ==
          "d4: new document, was d12 of frus1950v01 (" + fixture("new-document.xml") + "), pages +3");
    CHECK(j.summary.changes[1] == fixture("new-document.xml") +
                                      ": the entry p_KG1 is p_KG2 in the volume (the volume's p_KG1 is another entry)");
    DiagnosticSink sink;
    auto v = parse_tei("joined", j.xml, sink);
    REQUIRE(v);
    pugi::xml_node d4 = v->doc.select_node("//div[@xml:id='d4']").node();
    REQUIRE(d4);
    CHECK(std::string(d4.attribute("n").value()) == "4");
    CHECK(std::string(d4.parent().attribute("xml:id").value()) == "ch2subch1"); // after the last
    CHECK(std::string(d4.select_node(".//ref[.='Document 7']").node().attribute("target").value()) == "frus1950v01#d7");
    CHECK(std::string(d4.select_node(".//persName[.='Kirk']").node().attribute("corresp").value()) == "#p_KG2");
    CHECK(v->doc.select_node("//front//term[@xml:id='t_OAS1']"));
    CHECK(v->doc.select_node("//pb[@xml:id='pg_5'][@n='5']"));
}

TEST_CASE("join: new documents of one volume keep their references to each other") {
    fs::path dir = scratch_dir("volume", "two-new");
    std::string d12 = slurp(k_volume_fixtures / "new-document.xml");
    std::string d13 = replaced(d12, "xml:id=\"d12\"", "xml:id=\"d13\"");
    d13 = replaced(d13, "n=\"12\"", "n=\"13\"");
    d13 = replaced(d13, "<head>12.", "<head>13.");
    d13 = replaced(d13, "d12fn1", "d13fn1");
    d13 = replaced(d13, "d12fn2", "d13fn2");
    d13 = replaced(d13, "#d12fn1", "#d13fn1");
    d13 = replaced(d13, "<ref target=\"#d7\">", "<ref target=\"#d12fn2\">");
    d13 = replaced(d13, "xml:id=\"pg_2\"", "xml:id=\"pg_3\"");
    d13 = replaced(d13, "<pb n=\"2\"", "<pb n=\"3\"");
    d13 = replaced(d13, "target=\"#pg_2\"", "target=\"#pg_3\"");
    write_file(dir / "d13.xml", d13);
    Joined j = join({fixture("small-volume.xml"), (dir / "d13.xml").string(), fixture("new-document.xml")});
    REQUIRE(j.status == 0);
    INFO(j.msgs);
    DiagnosticSink sink;
    auto v = parse_tei("joined", j.xml, sink);
    REQUIRE(v);
    // In the order given: d13 → d4, d12 → d5; d13's reference to d12's note follows it.
    pugi::xml_node d4 = v->doc.select_node("//div[@xml:id='d4']").node();
    pugi::xml_node d5 = v->doc.select_node("//div[@xml:id='d5']").node();
    REQUIRE(d4);
    REQUIRE(d5);
    CHECK(volume::plain_text(d4.child("head"), true).rfind("4. Letter", 0) == 0);
    CHECK(std::string(d4.select_node(".//ref[.='Document 7']").node().attribute("target").value()) == "#d5fn2");
    CHECK(std::string(d5.select_node(".//ref[.='Document 7']").node().attribute("target").value()) == "frus1950v01#d7");
    // Pages follow the volume's last page, one document after the other.
    CHECK(d4.select_node(".//pb[@n='5'][@xml:id='pg_5']"));
    CHECK(d5.select_node(".//pb[@n='6'][@xml:id='pg_6']"));
    CHECK(j.msgs.find("#d1") == std::string::npos); // no pointer of theirs left dangling
}

TEST_CASE("join: a document of the same volume replaces its namesake; a missing one goes by number") {
    fs::path dir = scratch_dir("volume", "replace");
    std::string msgs;
    split_into(k_volume_fixtures / "small-volume.xml", dir, msgs);
    fs::path edited = dir / "edited";
    fs::create_directories(edited);
    write_file(edited / "d2.xml", replaced(slurp(dir / "d2.xml"), "Inform the", "Tell the"));
    // A document 5 of the same volume, not in it: after document 3.
    std::string d5 = replaced(slurp(dir / "d3.xml"), "xml:id=\"d3\" n=\"3\"", "xml:id=\"d5\" n=\"5\"");
    d5 = replaced(d5, "d3fn1", "d5fn1");
    d5 = replaced(d5, "xml:id=\"pg_4\"", "xml:id=\"pg_5\"");
    write_file(edited / "d5.xml", d5);
    Joined j = join({dir.string(), (edited / "d5.xml").string(), (edited / "d2.xml").string()});
    REQUIRE(j.status == 0);
    CHECK(j.summary.changes == std::vector<std::string>{"d2: replaced by " + (edited / "d2.xml").string()});
    DiagnosticSink sink;
    auto v = parse_tei("joined", j.xml, sink);
    REQUIRE(v);
    auto index = volume::index_volume(v->doc);
    std::vector<std::string> ids;
    for (const auto& d : index.documents) ids.push_back(d.id);
    CHECK(ids == std::vector<std::string>{"d1", "d2", "d3", "d5"});
    CHECK(j.xml.find("Tell the") != std::string::npos);
    CHECK(j.xml.find("Inform the") == std::string::npos);
}

TEST_CASE("join: errors name the input and the place") {
    fs::path dir = scratch_dir("volume", "join-errors");
    std::string msgs;
    split_into(k_volume_fixtures / "small-volume.xml", dir, msgs);

    SECTION("a second volume") {
        Joined j = join({fixture("small-volume.xml"), dir.string()});
        CHECK(j.status == k_exit_invalid);
        CHECK(j.msgs == (dir / "volume.xml").string() + ":3:1: error: a second volume (the first is " +
                            fixture("small-volume.xml") +
                            "): join adds documents to one volume; split this one to join its documents\n");
    }
    SECTION("a document given twice") {
        fs::remove(dir / "volume.xml");
        fs::copy_file(dir / "d2.xml", dir / "d2-copy.xml");
        Joined j = join({dir.string()});
        CHECK(j.status == k_exit_invalid);
        CHECK(j.msgs.find("d2.xml:50:7: error: document d2 of frus1999v99 is given twice (also " +
                          (dir / "d2-copy.xml").string() + ")") != std::string::npos);
    }
    SECTION("documents that record no volume") {
        Joined j = join({fixture("no-volume-document.xml")});
        CHECK(j.status == k_exit_invalid);
        CHECK(j.msgs.find("out.xml: error: no volume record to make the volume's teiHeader from") == 0);
    }
    SECTION("an identifier that would repeat") {
        std::string d3 = replaced(slurp(dir / "d3.xml"), "<p>On page 4.</p>", "<p xml:id=\"p_AD1\">On page 4.</p>");
        write_file(dir / "d3.xml", d3);
        Joined j = join({dir.string()});
        CHECK(j.status == k_exit_invalid);
        CHECK(j.msgs.find((dir / "d3.xml").string() + ":53:29: error: the xml:id \"p_AD1\" is already in the volume (" +
                          (dir / "volume.xml").string() + ":54:45): identifiers must be unique") != std::string::npos);
        CHECK(j.xml.empty());
    }
    SECTION("an include outside the folder") {
        write_file(dir / "volume.xml", replaced(slurp(dir / "volume.xml"), "href=\"d2.xml\"", "href=\"../d2.xml\""));
        Joined j = join({dir.string()});
        CHECK(j.status == k_exit_invalid);
        CHECK(j.msgs.find(
                  "error: an include must name a document file of the folder by a relative path, not \"../d2.xml\"") !=
              std::string::npos);
    }
    SECTION("an include naming no document of its file") {
        write_file(dir / "volume.xml", replaced(slurp(dir / "volume.xml"), "xpointer=\"d2\"", "xpointer=\"d9\""));
        Joined j = join({dir.string()});
        CHECK(j.status == k_exit_invalid);
        CHECK(j.msgs.find("error: d2.xml holds no document with xml:id \"d9\"") != std::string::npos);
    }
    SECTION("a file without documents") {
        Joined j = join({(k_source_dir / "editions/frus1964-68v17/edition.xml").string()});
        CHECK(j.status == k_exit_invalid);
        CHECK(j.msgs.find(
                  "edition.xml:32:5: error: no document (div type=\"document\") in its text/body: nothing to join") !=
              std::string::npos);
    }
}

TEST_CASE("split: errors for a file that cannot be split") {
    auto split_text = [](const std::string& text, std::string& msgs) {
        DiagnosticSink sink;
        auto f = parse_tei("v.xml", text, sink);
        REQUIRE(f);
        std::vector<volume::OutputFile> files;
        bool ok = volume::split_volume(*f, files, sink);
        msgs = messages(sink);
        CHECK(files.empty());
        return ok;
    };
    const std::string tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader/>\n<text><body>\n";
    std::string msgs;
    CHECK_FALSE(split_text(tei + "<p>No document.</p></body></text></TEI>", msgs));
    CHECK(msgs == "v.xml:3:7: error: not a volume: no document (div type=\"document\") in its text/body\n");
    CHECK_FALSE(split_text(tei + "<div type=\"document\" n=\"1\"/></body></text></TEI>", msgs));
    CHECK(msgs == "v.xml:4:1: error: a document without xml:id cannot be split: its file is named after its xml:id\n");
    CHECK_FALSE(split_text(tei + "<div type=\"document\" xml:id=\"volume\"/></body></text></TEI>", msgs));
    CHECK(msgs == "v.xml:4:1: error: the document's xml:id \"volume\" cannot name its file\n");
    CHECK_FALSE(split_text("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>", msgs));
    CHECK(msgs == "v.xml:1:1: error: not a volume: no document (div type=\"document\") in its text/body\n");
}
