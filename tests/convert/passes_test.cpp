// Unit tests of the passes: references in notes, names from the edition's lists, the header's
// archival source, and the TEI output's whitespace rules.
#include "edition/edition.h"
#include "passes/build_header.h"
#include "passes/convert_document.h"
#include "passes/link_references.h"
#include "passes/tag_names.h"
#include "passes/tei_output.h"
#include "passes/text_nodes.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unistd.h>

using namespace teipress;
using namespace teipress::passes;
namespace fs = std::filesystem;

namespace {

// "begin..end -> target [italic]" for each reference found in s.
std::vector<std::string> refs(const std::string& s, const std::string& doc = "d9") {
    std::vector<std::string> out;
    for (const auto& r : find_references(s, doc)) {
        std::string line = s.substr(r.begin, r.end - r.begin) + " -> " + r.target;
        if (r.italic_end > r.italic_begin) line += " [" + s.substr(r.italic_begin, r.italic_end - r.italic_begin) + "]";
        out.push_back(line);
    }
    return out;
}

// A small edition folder whose lists hold two Rostows, Rusk, Harriman, Johnson, and the terms
// NATO, S and EUR/RPM; loaded by load_edition like any other.
void small_edition(edition::Edition& e) {
    fs::path dir = fs::temp_directory_path() / ("teipress-names-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto write = [&](const char* name, const std::string& body) {
        std::ofstream(dir / name) << "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/>"
                                  << "<text><body><list>" << body << "</list></body></text></TEI>";
    };
    write("edition.xml", "");
    write("persons.xml", R"(
      <item><hi rend="strong"><persName xml:id="p_REV1">Rostow, Eugene V.</persName>,</hi> Under
        Secretary of State for Political Affairs from October 1966</item>
      <item><hi rend="strong"><persName xml:id="p_RWW1">Rostow, Walt W.</persName>,</hi> Counselor;
        thereafter President’s Special Assistant</item>
      <item><hi rend="strong"><persName xml:id="p_RD1">Rusk, Dean</persName>,</hi> Secretary of State</item>
      <item><hi rend="strong"><persName xml:id="p_HWA1">Harriman, W. Averell</persName>,</hi> Ambassador</item>
      <item><hi rend="strong"><persName xml:id="p_JLB1">Johnson, Lyndon B.</persName>,</hi> President</item>)");
    write("terms.xml", R"(
      <item><term xml:id="t_NATO1">NATO</term>, North Atlantic Treaty Organization</item>
      <item><term xml:id="t_S1">S</term>, Office of the Secretary</item>
      <item><term xml:id="t_EURRPM1">EUR/RPM</term>, Office of Regional Political Affairs</item>)");
    DiagnosticSink sink;
    REQUIRE(edition::load_edition(dir.string(), e, sink) == edition::LoadStatus::Ok);
    fs::remove_all(dir);
}

std::vector<std::string> names(const std::vector<FoundName>& found, const std::string& s) {
    std::vector<std::string> out;
    for (const auto& f : found)
        out.push_back(s.substr(f.begin, f.end - f.begin) + (f.person ? " person " : " term ") +
                      (f.id.empty() ? "-" : f.id) + (f.role.empty() ? "" : " " + f.role));
    return out;
}

} // namespace

TEST_CASE("references: documents, footnotes and their lists") {
    CHECK(refs("see footnote 4, Document 60.") == std::vector<std::string>{"footnote 4, Document 60 -> #d60fn4"});
    CHECK(refs("See Document 81 and footnote 2 above.") ==
          std::vector<std::string>{"Document 81 -> #d81", "footnote 2 above -> #d9fn2"});
    CHECK(refs("see Documents 84 and 85") == std::vector<std::string>{"84 -> #d84", "85 -> #d85"});
    CHECK(refs("Documents 86–88.") == std::vector<std::string>{"86 -> #d86", "88 -> #d88"});
    CHECK(refs("Documents 1, 3, and 5, and footnote 2, Document 4") ==
          std::vector<std::string>{"1 -> #d1", "3 -> #d3", "5 -> #d5", "footnote 2, Document 4 -> #d4fn2"});
    CHECK(refs("See footnotes 2 and 3, Document 60, and footnotes 1–2 above.") ==
          std::vector<std::string>{"2 -> #d60fn2", "3 -> #d60fn3", "1 -> #d9fn1", "2 -> #d9fn2"});
    CHECK(refs("A Document without a number, and Documentation 5.").empty());
    CHECK(refs("see footnote 4.").empty()); // a footnote of what: not certain
}

TEST_CASE("references: Foreign Relations volumes with parts and documents") {
    CHECK(refs("see Foreign Relations, 1964–1968, vol. XIII, Document 312.") ==
          std::vector<std::string>{
              "Foreign Relations, 1964–1968, vol. XIII, Document 312 -> frus1964-68v13#d312 [Foreign Relations]"});
    CHECK(refs("Foreign Relations, 1961–1963, vol. V, Documents 33 and 34;") ==
          std::vector<std::string>{"Foreign Relations, 1961–1963, vol. V -> frus1961-63v05 [Foreign Relations]",
                                   "33 -> frus1961-63v05#d33", "34 -> frus1961-63v05#d34"});
    CHECK(refs("Foreign Relations, 1952–1954, vol. VII, Part 1, pp. 1–5.") ==
          std::vector<std::string>{
              "Foreign Relations, 1952–1954, vol. VII, Part 1 -> frus1952-54v07p1 [Foreign Relations]"});
    CHECK(refs("Foreign Relations, 1945, vol. IV, p. 3") ==
          std::vector<std::string>{"Foreign Relations, 1945, vol. IV -> frus1945v04 [Foreign Relations]"});
    CHECK(refs("Foreign Relations, 1964–1968, vol. XIII, Document 3; ibid., vol. XIV, Document 5.") ==
          std::vector<std::string>{
              "Foreign Relations, 1964–1968, vol. XIII, Document 3 -> frus1964-68v13#d3 [Foreign Relations]",
              "ibid., vol. XIV, Document 5 -> frus1964-68v14#d5"});
    CHECK(refs("Ibid., vol. XIV, Document 5.").empty()); // no series before it: not this volume's
    CHECK(refs("printed in vol. XIV, Documents 5 and 6").empty());
    CHECK(refs("the Foreign Relations series") ==
          std::vector<std::string>{"Foreign Relations ->  [Foreign Relations]"});
    CHECK(frus_volume_id(1964, 1968, 17, 0) == "frus1964-68v17");
    CHECK(frus_volume_id(1969, 1976, 28, 2) == "frus1969-76v28p2");
}

TEST_CASE("references: periodical titles in italics") {
    CHECK(refs("Department of State Bulletin, July 15, 1968, p. 77") ==
          std::vector<std::string>{"Bulletin ->  [Bulletin]"});
    CHECK(refs("The New York Times, May 2") == std::vector<std::string>{"The New York Times ->  [The New York Times]"});
    CHECK(refs("the Bulletin board").empty()); // only as the Department's Bulletin
}

TEST_CASE("names: unique surnames, forenames, terms; never one-letter symbols") {
    edition::Edition e;
    small_edition(e);
    NameIndex index(e);
    std::string s = "Rusk told Averell Harriman that NATO and EUR/RPM agreed; S approved. Rostow too.";
    CHECK(names(index.find(s), s) == std::vector<std::string>{"Rusk person p_RD1", "Averell Harriman person p_HWA1",
                                                              "NATO term t_NATO1", "EUR/RPM term t_EURRPM1"});
    std::string library = "Johnson Library, National Security File; President Johnson said";
    CHECK(names(index.find(library), library) == std::vector<std::string>{"Johnson person p_JLB1"});
    std::string others = "Prepared by Tom Johnson. Lyndon B. Johnson signed; Secretary of State Rusk too.";
    CHECK(names(index.find(others), others) ==
          std::vector<std::string>{"Lyndon B. Johnson person p_JLB1", "Rusk person p_RD1"});
    std::string possessive = "Rusk’s view, NATOs";
    CHECK(names(index.find(possessive), possessive) == std::vector<std::string>{"Rusk person p_RD1"});
}

TEST_CASE("names: the heading's office resolves an ambiguous surname, with roles") {
    edition::Edition e;
    small_edition(e);
    NameIndex index(e);
    std::string h =
        "Memorandum From the Under Secretary of State for Political Affairs (Rostow) to Secretary of State Rusk";
    CHECK(names(find_heading_names(h, index), h) ==
          std::vector<std::string>{"Rostow person p_REV1 from", "Rusk person p_RD1 to"});
    // Resolved for the rest of the document.
    std::string later = "initialed by Rostow.";
    CHECK(names(index.find(later), later) == std::vector<std::string>{"Rostow person p_REV1"});

    NameIndex fresh(e);
    std::string h2 =
        "Memorandum From Secretary of State Rusk to the President’s Special Assistant for National Security Affairs (Rostow)";
    CHECK(names(find_heading_names(h2, fresh), h2) ==
          std::vector<std::string>{"Rusk person p_RD1 from", "Rostow person p_RWW1 to"});
    NameIndex third(e);
    std::string h3 = "Letter From the Ambassador (Rostow) to Someone (Kellerman)";
    CHECK(names(find_heading_names(h3, third), h3) ==
          std::vector<std::string>{"Rostow person - from", "Kellerman person - to"});
}

TEST_CASE("names: institutions that send or receive are glosses with their role") {
    edition::Edition e;
    small_edition(e);
    NameIndex index(e);
    std::string t = "Telegram From the Department of State to the Embassy in Czechoslovakia";
    CHECK(names(find_heading_names(t, index), t) ==
          std::vector<std::string>{"Department of State term - from", "Embassy in Czechoslovakia term - to"});
    std::string back = "Telegram From the Embassy in Poland to the Department of State";
    CHECK(names(find_heading_institutions(back), back) ==
          std::vector<std::string>{"Embassy in Poland term - from", "Department of State term - to"});
    // A person's office is not an institution; a person in parentheses wins.
    std::string memo = "Memorandum From the Secretary of State to the President";
    CHECK(find_heading_institutions(memo).empty());
    std::string office =
        "Memorandum From the Executive Secretary of the Department of State (Read) to the Embassy in Austria";
    CHECK(names(find_heading_institutions(office), office) == std::vector<std::string>{"Embassy in Austria term - to"});
    std::string circular = "Circular Telegram From the Department of State to All NATO Capitals";
    CHECK(names(find_heading_institutions(circular), circular) ==
          std::vector<std::string>{"Department of State term - from"});
    std::string mission = "Telegram From the Mission to the United Nations to the Department of State";
    CHECK(names(find_heading_institutions(mission), mission) ==
          std::vector<std::string>{"Mission to the United Nations term - from", "Department of State term - to"});
    std::string none = "Memorandum for the Record";
    CHECK(find_heading_institutions(none).empty());
}

TEST_CASE("header: the archival source is the source note's first sentence") {
    CHECK(archival_source("Source: Department of State, Central Files, POL CZECH–USSR. Secret; Exdis.") ==
          "Department of State, Central Files, POL CZECH–USSR");
    CHECK(archival_source(
              "Source: Johnson Library, National Security File, Country File, Czechoslovakia, Vol. 2. Confidential.") ==
          "Johnson Library, National Security File, Country File, Czechoslovakia, Vol. 2");
    CHECK(archival_source("Source: Department of State, Bohlen Files: Lot 73 D 374, Memos Drafted in G. Secret.") ==
          "Department of State, Bohlen Files: Lot 73 D 374, Memos Drafted in G");
    CHECK(archival_source("Not a source note.").empty());
}

TEST_CASE("output: element-only content indented, mixed content raw") {
    pugi::xml_document doc;
    doc.load_string(
        "<TEI><text><body><div><p>a <hi>b</hi> c<list><item>x</item></list></p>"
        "<pb n=\"2\"/></div></body></text></TEI>");
    CHECK(write_tei(doc) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<TEI>\n  <text>\n    <body>\n      <div>\n"
          "        <p>a <hi>b</hi> c<list>\n          <item>x</item>\n        </list></p>\n"
          "        <pb n=\"2\"/>\n      </div>\n    </body>\n  </text>\n</TEI>\n");
    pugi::xml_document esc;
    esc.load_string("<p a=\"&quot;&amp;\">1 &lt; 2 &amp; 3</p>");
    CHECK(write_tei(esc) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p a=\"&quot;&amp;\">1 &lt; 2 &amp; 3</p>\n");
}

TEST_CASE("text nodes: every range of a text cut in one pass, text kept between them") {
    pugi::xml_document doc;
    doc.load_string("<p>Rusk met Harriman and Rusk.</p>");
    pugi::xml_node p = doc.child("p");
    auto made = wrap_texts(p.first_child(), {{0, 4, "persName"}, {9, 17, "persName"}, {22, 26, "gloss"}});
    REQUIRE(made.size() == 3);
    CHECK(std::string(made[2].name()) == "gloss");
    std::ostringstream out;
    p.print(out, "", pugi::format_raw);
    CHECK(out.str() == "<p><persName>Rusk</persName> met <persName>Harriman</persName> and <gloss>Rusk</gloss>.</p>");
    // The whole text as one range leaves no empty text node behind.
    pugi::xml_document whole;
    whole.load_string("<p>NATO</p>");
    CHECK(wrap_text(whole.child("p").first_child(), 0, 4, "gloss"));
    CHECK(std::distance(whole.child("p").begin(), whole.child("p").end()) == 1);
    // Ranges out of order, overlapping, empty or past the end change nothing.
    for (std::vector<TextRange> bad :
         {std::vector<TextRange>{{5, 8, "a"}, {0, 2, "b"}}, std::vector<TextRange>{{0, 5, "a"}, {4, 8, "b"}},
          std::vector<TextRange>{{3, 3, "a"}}, std::vector<TextRange>{{0, 99, "a"}}}) {
        pugi::xml_document d;
        d.load_string("<p>Rusk met Harriman</p>");
        CHECK(wrap_texts(d.child("p").first_child(), bad).empty());
        CHECK(std::string(d.child("p").text().get()) == "Rusk met Harriman");
    }
}

namespace {

// Converts text with the bundled edition; returns the TEI (empty on failure) and the messages.
std::string convert_with_bundled(const std::string& text, std::string& messages) {
    static edition::Edition ed;
    static bool loaded = false;
    if (!loaded) {
        DiagnosticSink sink;
        REQUIRE(edition::load_edition(std::string(TEIPRESS_SOURCE_DIR) + "/editions/frus1964-68v17", ed, sink) ==
                edition::LoadStatus::Ok);
        loaded = true;
    }
    DiagnosticSink sink;
    auto result = convert_reading_text(text, "t.txt", {"t.txt", &ed, ""}, sink);
    for (const auto& d : sink.items()) messages += format_diagnostic(d) + "\n";
    return result.status == ConvertStatus::Ok ? result.tei : std::string();
}

} // namespace

TEST_CASE("dateline: the edition's is used whatever the blank lines; a typed one is kept") {
    const std::string supplied =
        "<dateline><supplied><placeName>Washington</placeName>, <date when=\"1968-07-20\">July 20, 1968</date></supplied></dateline>";
    for (const char* text : {"67. Memorandum\n\nText.", "67. Memorandum\n\n\nText."}) {
        std::string messages;
        std::string tei = convert_with_bundled(text, messages);
        CHECK(tei.find(supplied) != std::string::npos);
        CHECK(messages.empty());
    }
    std::string messages;
    std::string tei = convert_with_bundled("67. Memorandum\n\nWashington, July 21, 1968.\n\nText.", messages);
    CHECK(
        tei.find(
            "<dateline><placeName>Washington</placeName>, <date when=\"1968-07-21\">July 21, 1968</date>.</dateline>") !=
        std::string::npos);
    CHECK(
        messages ==
        "t.txt:3:1: warning: the dateline differs from the edition's documents/d67.xml ('Washington, July 20, 1968'): the typed one is kept\n");
    messages.clear();
    tei = convert_with_bundled("67. Memorandum\n\nWashington, July 20, 1968\n\nText.", messages);
    CHECK(messages.empty()); // the same dateline: nothing to say
    messages.clear();
    tei = convert_with_bundled("66. Memorandum\n\n\nText.", messages);
    CHECK(tei.find("dateline-not-in-reading-text") != std::string::npos);
    CHECK(
        messages ==
        "t.txt:2:1: warning: the dateline is left out (two blank lines after the heading) and the edition has no documents/d66.xml: a gap marks it\n");
}

TEST_CASE("references: a footnote of this document that does not exist stays text") {
    std::string messages;
    std::string tei = convert_with_bundled(
        "66. Memorandum1\n\nText.2\n\n  1. Source: A.\n  2. See footnote 1 above, footnote 3 above and footnote 4, Document 66.",
        messages);
    CHECK(
        tei.find("See <ref target=\"#d66fn1\">footnote 1 above</ref>, footnote 3 above and footnote 4, Document 66.") !=
        std::string::npos);
    CHECK(
        messages ==
        "t.txt:6:28: warning: 'footnote 3 above' names footnote 3 of this document, which has no footnote 3: it stays text\n"
        "t.txt:6:49: warning: 'footnote 4, Document 66' names footnote 4 of this document, which has no footnote 4: it stays text\n");
}
