// Unit tests of src/volume's parts: the writer, pointers, the volume index, a split document's
// header and back, renumbering and the front lists.
#include "volume/document_header.h"
#include "volume/front_lists.h"
#include "volume/list_entries.h"
#include "volume/pointers.h"
#include "volume/renumber_document.h"
#include "volume/volume_index.h"
#include "volume/xml_writer.h"
#include "volume_test_support.h"

#include <catch2/catch.hpp>

using namespace teipress;
using namespace teipress::testing;

namespace {

const char* k_tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">";

std::string attr(pugi::xml_node n, const char* xpath, const char* name) {
    return n.select_node(xpath).node().attribute(name).value();
}

std::string text_at(pugi::xml_node n, const char* xpath) {
    return volume::plain_text(n.select_node(xpath).node());
}

std::unique_ptr<volume::TeiFile> small_volume() {
    DiagnosticSink sink;
    auto f = load_tei(k_volume_fixtures / "small-volume.xml", sink);
    REQUIRE(f);
    return f;
}

} // namespace

TEST_CASE("write_xml writes the tree as it stands, escaping what a parser would change") {
    DiagnosticSink sink;
    auto f = parse_tei("t.xml",
                       std::string("<?xml version=\"1.0\"?>\n<?xml-model href=\"x.rnc\"?>\n") + k_tei +
                           "<a b=\"x&quot;y&#10;z&#9;\" c=\"&lt;&gt;&amp;\">t &amp; &lt; &gt; é</a>"
                           "\n  <!-- c --><?pi data?><![CDATA[x<y]]><b/></TEI>",
                       sink);
    REQUIRE(f);
    CHECK(volume::write_xml(f->doc) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-model href=\"x.rnc\"?>\n" +
                                           std::string(k_tei) +
                                           "<a b=\"x&quot;y&#10;z&#9;\" c=\"&lt;>&amp;\">t &amp; &lt; &gt; é</a>"
                                           "\n  <!-- c --><?pi data?>x&lt;y<b/></TEI>\n");
}

TEST_CASE("indent lays out element-only content and leaves kept and mixed content alone") {
    pugi::xml_document doc;
    pugi::xml_node tei = doc.append_child("TEI");
    pugi::xml_node title =
        tei.append_child("teiHeader").append_child("fileDesc").append_child("titleStmt").append_child("title");
    title.append_child(pugi::node_pcdata).set_value("A ");
    title.append_child("hi").append_child(pugi::node_pcdata).set_value("b");
    pugi::xml_node kept = tei.append_child("text").append_child("body").append_child("div");
    kept.append_child(pugi::node_pcdata).set_value("\n      ");
    kept.append_child("p").append_child(pugi::node_pcdata).set_value("x");
    volume::indent(tei, 0, [&](pugi::xml_node n) { return n == kept; });
    CHECK(volume::write_xml(doc) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI>\n  <teiHeader>\n    <fileDesc>\n"
          "      <titleStmt>\n        <title>A <hi>b</hi></title>\n      </titleStmt>\n    </fileDesc>\n"
          "  </teiHeader>\n  <text>\n    <body>\n      <div>\n      <p>x</p></div>\n    </body>\n"
          "  </text>\n</TEI>\n");
}

TEST_CASE("pointers: every token of every pointer attribute, dates excepted; rewriting keeps spacing") {
    DiagnosticSink sink;
    auto f = parse_tei("t.xml",
                       std::string(k_tei) +
                           "<p rendition=\"#right\"><ref target=\"#a  frus1950v01#d7\"/><persName corresp=\"#p_X1\"/>"
                           "<date from=\"1949\" to=\"1950\"/><ref target=\"http://x.org/#y\"/></p></TEI>",
                       sink);
    REQUIRE(f);
    std::vector<std::string> tokens;
    volume::for_each_pointer(f->doc.document_element(),
                             [&](pugi::xml_node, pugi::xml_attribute, std::string_view t) { tokens.emplace_back(t); });
    CHECK(tokens == std::vector<std::string>{"#right", "#a", "frus1950v01#d7", "#p_X1", "http://x.org/#y"});
    CHECK(volume::local_target("#a") == "a");
    CHECK(volume::local_target("frus1950v01#d7").empty());
    CHECK(volume::local_target("#").empty());
    std::size_t changed =
        volume::rewrite_pointers(f->doc.document_element(), [](std::string_view t) -> std::optional<std::string> {
            if (t == "#a") return std::string("#b");
            return std::nullopt;
        });
    CHECK(changed == 1);
    CHECK(attr(f->doc, "//ref", "target") == "#b  frus1950v01#d7");
}

TEST_CASE("index_volume: documents in order with their divisions, pages and identifiers") {
    auto f = small_volume();
    volume::VolumeIndex v = volume::index_volume(f->doc);
    CHECK(v.volume_id == "frus1999v99");
    REQUIRE(v.documents.size() == 3);
    CHECK(v.documents[0].id == "d1");
    CHECK(v.documents[2].n == "3");
    REQUIRE(v.documents[2].context.size() == 3);
    CHECK(std::string(v.documents[2].context[0].attribute("xml:id").value()) == "comp1");
    CHECK(std::string(v.documents[2].context[2].attribute("xml:id").value()) == "ch2subch1");
    // d1 begins on page 1 (the pb before it) and ends on page 2; d2 begins on page 3 (the pb
    // between the documents) and has none of its own; d3 begins on 3 and ends on 4.
    auto page = [](pugi::xml_node pb) { return std::string(pb.attribute("n").value()); };
    CHECK(page(v.documents[0].first_page) == "1");
    CHECK(page(v.documents[0].last_page) == "2");
    CHECK(page(v.documents[1].first_page) == "3");
    CHECK(page(v.documents[1].last_page) == "3");
    CHECK(page(v.documents[2].first_page) == "3");
    CHECK(page(v.documents[2].last_page) == "4");
    CHECK(v.ids.count("p_BC2"));
    CHECK(v.ids.count("right"));
    CHECK(v.repeated_ids.empty());
    CHECK(volume::document_number(v.documents[1].div) == 2);
}

TEST_CASE("index_volume: a file without body has no documents; repeated ids are listed") {
    // (read_tei_file refuses a repeated xml:id already: libxml2 reports it; a tree made
    // otherwise may still hold one.)
    pugi::xml_document doc;
    doc.load_string("<TEI><teiHeader/><text><front><p xml:id='a'/><p xml:id='a'/></front></text></TEI>");
    volume::VolumeIndex v = volume::index_volume(doc);
    CHECK(v.documents.empty());
    CHECK(v.repeated_ids.size() == 1);
    CHECK(v.volume_id.empty());
}

TEST_CASE("document_title: the head without notes and without its number") {
    auto f = small_volume();
    volume::VolumeIndex v = volume::index_volume(f->doc);
    CHECK(volume::document_title(v.documents[0].div) == "Memorandum From Acheson to the President");
    CHECK(volume::document_title(v.documents[1].div) == "The Secretary of State to the Embassy in Paris");
    pugi::xml_document d;
    pugi::xml_node div = d.append_child("div");
    div.append_attribute("n") = "7";
    CHECK(volume::document_title(div) == "Document 7");
    CHECK(std::string(volume::document_dateline(v.documents[0].div).parent().name()) == "opener");
    CHECK(std::string(volume::document_dateline(v.documents[1].div).parent().name()) == "div");
}

TEST_CASE("append_document_header: the volume's record, the document's identity, place and date") {
    auto f = small_volume();
    volume::VolumeIndex v = volume::index_volume(f->doc);
    pugi::xml_document out;
    pugi::xml_node tei = out.append_child("TEI");
    volume::append_document_header(tei, v, v.documents[0], "small-volume.xml");
    pugi::xml_node h = tei.child("teiHeader");
    CHECK(text_at(h, "fileDesc/titleStmt/title[@type='complete']") == "Memorandum From Acheson to the President");
    CHECK(text_at(h, "fileDesc/publicationStmt/idno[@type='document']") == "d1");
    CHECK(text_at(h, "fileDesc/publicationStmt/idno[@type='frus']") == "frus1999v99");
    CHECK(text_at(h, "fileDesc/publicationStmt/idno[@type='url']") ==
          "https://history.state.gov/historicaldocuments/frus1999v99/d1");
    pugi::xml_node monogr = h.select_node("fileDesc/sourceDesc/biblStruct/monogr").node();
    CHECK(text_at(monogr, "title[@type='complete']") ==
          "Foreign Relations of the United States, 1999, Volume XCIX, Test Matters");
    CHECK_FALSE(monogr.select_node("title[@type='volume']")); // empty in the volume: left out
    CHECK(monogr.select_nodes("editor").size() == 1);
    CHECK_FALSE(monogr.select_node("idno[@type='isbn-10']"));
    CHECK(text_at(monogr, "imprint/date") == "2001");
    CHECK(attr(monogr, "biblScope[1]", "unit") == "compilation");
    CHECK(attr(monogr, "biblScope[2]", "n") == "ch1");
    CHECK(text_at(monogr, "biblScope[2]") == "The North Atlantic TreatySee also Document 3.");
    CHECK(monogr.select_node("biblScope[2]/note[@xml:id='ch1fn1']"));
    CHECK(attr(monogr, "biblScope[@unit='page']", "from") == "1");
    CHECK(attr(monogr, "biblScope[@unit='page']", "to") == "2");
    CHECK(text_at(monogr, "biblScope[@unit='page']") == "1–2");
    // The volume's renditions come along; its xi:include (and the classDecl it filled) does not.
    CHECK(h.select_node("encodingDesc/tagsDecl/rendition[@xml:id='right']"));
    CHECK_FALSE(h.select_node("encodingDesc/classDecl"));
    CHECK(attr(h, "profileDesc/creation/date", "when") == "1949-04-04");
    CHECK(attr(h, "profileDesc/creation/date", "notBefore") == "1949-04-04T00:00:00-05:00");
    CHECK(text_at(h, "profileDesc/creation/date") == "April 4, 1949");
    CHECK(text_at(h, "revisionDesc/change") ==
          "Split from the volume frus1999v99 (small-volume.xml) by teipress split.");

    volume::RecordedPlace place = volume::read_recorded_place(h);
    CHECK(place.volume_id == "frus1999v99");
    REQUIRE(place.levels.size() == 2);
    CHECK(place.levels[0].unit == "compilation");
    CHECK(place.levels[1].id == "ch1");
    CHECK(place.monogr);
}

TEST_CASE("entries_pointed_to: the list items a document points to, once, in the volume's order") {
    auto f = small_volume();
    volume::VolumeIndex v = volume::index_volume(f->doc);
    auto groups = volume::entries_pointed_to(v, v.documents[0].div);
    REQUIRE(groups.size() == 2);
    CHECK(std::string(groups[0].div.attribute("xml:id").value()) == "terms");
    CHECK(groups[0].items.size() == 1);
    CHECK(std::string(groups[1].div.attribute("xml:id").value()) == "persons");
    REQUIRE(groups[1].items.size() == 3);
    CHECK(volume::plain_text(groups[1].items[2]).rfind("Kennan", 0) == 0);
    // d3 points to p_BC2, which shares its item with p_BC1: one copy, page breaks left out.
    auto d3 = volume::entries_pointed_to(v, v.documents[2].div);
    REQUIRE(d3.size() == 1);
    REQUIRE(d3[0].items.size() == 1);
    pugi::xml_document out;
    pugi::xml_node back = out.append_child("back");
    volume::append_entry_copies(back, d3);
    CHECK(attr(back, "div", "xml:id") == "persons");
    CHECK(attr(back, "div", "subtype") == "index");
    CHECK(attr(back, "div/list", "type") == "names");
    CHECK(text_at(back, "div/head") == "Persons");
    CHECK(back.select_nodes("div/list/item").size() == 1);
    CHECK_FALSE(back.select_node("//pb"));
    CHECK(text_at(back, "div/list/item") == "Bohlen, Charles (Chip), Counselor of the Department of State");
}

TEST_CASE("renumber_document: identifiers, notes, pages, heading and pointers follow the number") {
    DiagnosticSink sink;
    auto f = load_tei(k_volume_fixtures / "new-document.xml", sink);
    REQUIRE(f);
    pugi::xml_node div = f->doc.select_node("//div[@type='document']").node();
    pugi::xml_node pb = div.select_node(".//pb").node();
    div.select_node(".//closer").node().append_attribute("xml:id") = "sig";
    auto r = volume::renumber_document(div, 4, 3, [](const std::string& id) { return id == "sig"; });
    CHECK(r.old_id == "d12");
    CHECK(r.new_id == "d4");
    CHECK(attr(div, ".", "n") == "4");
    CHECK(attr(div, ".", "xml:id") == "d4");
    CHECK(div.select_node(".//note[@xml:id='d4fn1']"));
    CHECK(attr(div, ".//pb", "n") == "5");
    CHECK(attr(div, ".//pb", "xml:id") == "pg_5");
    CHECK(attr(div, ".//closer", "xml:id") == "sig-d4");
    CHECK(volume::plain_text(div.child("head"), true) == "4. Letter From Acheson to Kirk");
    CHECK(attr(div, ".//ref[.='1']", "target") == "#d4fn1");
    CHECK(attr(div, ".//ref[.='page 2']", "target") == "#pg_5");
    CHECK(attr(div, ".//ref[.='Document 7']", "target") == "#d7"); // not its own: join decides
    CHECK(r.ids.at("d12fn2") == "d4fn2");
    CHECK(volume::page_number(pb) == 5);
}

TEST_CASE("FrontLists: same entries kept, clashing ones renamed, new ones in alphabetical place") {
    auto vol = small_volume();
    DiagnosticSink sink;
    auto doc = load_tei(k_volume_fixtures / "new-document.xml", sink);
    REQUIRE(doc);
    volume::VolumeIndex v = volume::index_volume(vol->doc);
    volume::FrontLists lists(v.text, [&](const std::string& id) {
        auto it = v.ids.find(id);
        return it == v.ids.end() ? pugi::xml_node() : it->second;
    });
    pugi::xml_node back = doc->doc.document_element().child("text").child("back");
    // A division the front does not have yet.
    pugi::xml_node places = back.append_child("div");
    places.append_attribute("xml:id") = "places";
    places.append_child("head").append_child(pugi::node_pcdata).set_value("Places");
    places.append_child("list").append_child("item").append_child("placeName").append_attribute("xml:id") = "pl_1";
    auto renamed = lists.take(back);
    CHECK(renamed.size() == 1);
    CHECK(renamed.at("p_KG1") == "p_KG2");
    CHECK(lists.reserved("p_KG2"));
    CHECK(lists.reserved("t_OAS1"));
    CHECK_FALSE(lists.reserved("p_AD1"));
    lists.finish();
    std::vector<std::string> terms;
    for (auto x : v.front.select_nodes("div[@xml:id='terms']/list/item//term")) terms.push_back(x.node().text().get());
    CHECK(terms == std::vector<std::string>{"NATO", "OAS", "UN"});
    std::vector<std::string> persons;
    for (auto x : v.front.select_nodes("div[@xml:id='persons']/list/item/hi/persName[1]"))
        persons.push_back(x.node().attribute("xml:id").value());
    CHECK(persons == std::vector<std::string>{"p_AD1", "p_BC1", "p_KG1", "p_KG2"});
    REQUIRE(lists.made().size() == 1);
    CHECK(attr(v.front, "div[last()]", "xml:id") == "places");
    CHECK(v.front.select_node("div[@xml:id='places']/list/item/placeName[@xml:id='pl_1']"));
}
