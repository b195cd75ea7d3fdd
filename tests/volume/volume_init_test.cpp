// init: a new edition folder (golden), one derived from a volume (golden, and used by convert),
// and the check of edition.xml's record.
#include "edition/edition.h"
#include "edition/edition_record.h"
#include "edition/new_edition.h"
#include "passes/convert_document.h"
#include "volume/derive_edition.h"
#include "volume_test_support.h"

#include <catch2/catch.hpp>

using namespace teipress;
using namespace teipress::testing;
namespace fs = std::filesystem;

namespace {

const fs::path k_golden = k_source_dir / "tests/volume/golden";

// Writes files into dir (folders made).
void write_files(const fs::path& dir, const std::vector<edition::EditionFile>& files) {
    for (const auto& f : files) {
        fs::create_directories((dir / f.path).parent_path());
        write_file(dir / f.path, f.content);
    }
}

std::string check_record(const std::string& text) {
    DiagnosticSink sink;
    pugi::xml_document doc;
    REQUIRE(edition::parse_tei_file("edition.xml", text, doc, sink));
    edition::check_edition_record("edition.xml", text, doc, sink);
    return messages(sink);
}

edition::VolumeRecord sample_record() {
    edition::VolumeRecord r;
    r.titles = {{"complete", "Foreign Relations of the United States, 1999, Volume XCIX, Tests & Trials"}};
    r.editors = {{"", "Ann Editor"}};
    r.publisher = "United States Government Publishing Office";
    r.place = "Washington";
    r.date = "not yet published";
    r.idnos = {{"frus", "frus1999v99"}};
    r.source = "The volume being edited.";
    return r;
}

} // namespace

TEST_CASE("init: a new edition folder equals its goldens") {
    auto files = edition::new_edition_files(sample_record());
    std::vector<std::string> paths;
    for (const auto& f : files) {
        paths.push_back(f.path);
        CHECK(matches_golden(k_golden / "init" / f.path, f.content));
    }
    CHECK(paths == std::vector<std::string>{"edition.xml", "persons.xml", "terms.xml", "d1.txt", "documents/d1.xml",
                                            "README.md"});
    // Every required field is there; the title's & is escaped.
    CHECK(check_record(files[0].content).empty());
    CHECK(files[0].content.find("Tests &amp; Trials") != std::string::npos);
}

TEST_CASE("init: the new folder's sample converts with the folder, every feature in its TEI") {
    fs::path dir = scratch_dir("volume", "init-sample");
    write_files(dir, edition::new_edition_files(sample_record()));
    DiagnosticSink sink;
    edition::Edition ed;
    REQUIRE(edition::load_edition(dir.string(), ed, sink) == edition::LoadStatus::Ok);
    REQUIRE(edition::check_edition_record(dir.string(), sink));
    std::string text = slurp(dir / "d1.txt");
    passes::ConvertOptions options{"d1.txt", &ed, ""};
    auto result = passes::convert_reading_text(text, "d1.txt", options, sink);
    INFO(messages(sink));
    REQUIRE(result.status == passes::ConvertStatus::Ok);
    for (const char* feature :
         {"type=\"source\"", "<supplied><placeName>Washington</placeName>", "type=\"subject\"",
          "<pb n=\"2\" xml:id=\"pg_2\"/>", "</item>\n          <pb n=\"3\"", "<pb n=\"4\" xml:id=\"pg_4\"/>\n",
          "inside that paragraph:<list>", "<div type=\"section\">", "<signed>Dean</signed>",
          "<ref target=\"#d1fn2\">footnote 2 above</ref>", "frus1964-68v17#d67",
          "<idno type=\"frus\">frus1999v99</idno>"}) {
        INFO(feature);
        CHECK(result.tei.find(feature) != std::string::npos);
    }
}

TEST_CASE("init --from: the edition folder of the small volume equals its goldens") {
    DiagnosticSink sink;
    auto volume = load_tei(k_volume_fixtures / "small-volume.xml", sink);
    REQUIRE(volume);
    std::vector<edition::EditionFile> files;
    REQUIRE(volume::derive_edition(*volume, {}, files, sink));
    CHECK(messages(sink).empty());
    std::vector<std::string> paths;
    for (const auto& f : files) {
        paths.push_back(f.path);
        CHECK(matches_golden(k_golden / "init-from" / f.path, f.content));
    }
    CHECK(paths == std::vector<std::string>{"edition.xml", "persons.xml", "terms.xml", "documents/d1.xml",
                                            "documents/d2.xml", "documents/d3.xml", "README.md"});
    CHECK(check_record(files[0].content).empty());
    // The dateline without its rendition; the date from the dateline and the frus: range.
    const std::string& d1 = files[3].content;
    CHECK(d1.find("<opener><dateline><placeName>Washington</placeName>,") != std::string::npos);
    CHECK(d1.find("rendition") == std::string::npos);
    CHECK(
        d1.find(
            "<date when=\"1949-04-04\" notBefore=\"1949-04-04T00:00:00-05:00\" notAfter=\"1949-04-04T23:59:59-05:00\">April 4, 1949</date>") !=
        std::string::npos);
    CHECK(d1.find("small-volume.xml, p. 1.") != std::string::npos);
    // d2's dateline stands in the div in the volume; the metadata puts it in an opener.
    CHECK(files[4].content.find("<opener><dateline><placeName><hi rend=\"smallcaps\">Washington</hi></placeName>") !=
          std::string::npos);
    CHECK(files[1].content.find("frus:") == std::string::npos);
}

TEST_CASE("init --from: options replace the volume's fields; a missing one is an error naming the option") {
    DiagnosticSink sink;
    auto volume = load_tei(k_volume_fixtures / "small-volume.xml", sink);
    REQUIRE(volume);
    edition::VolumeRecord given;
    given.titles = {{"complete", "A New Title"}};
    given.editors = {{"", "Bo Editor"}};
    given.idnos = {{"frus", "frus1999v98"}};
    std::vector<edition::EditionFile> files;
    REQUIRE(volume::derive_edition(*volume, given, files, sink));
    CHECK(files[0].content.find("<title type=\"complete\">A New Title</title>") != std::string::npos);
    CHECK(files[0].content.find("<editor>Bo Editor</editor>") != std::string::npos);
    CHECK(files[0].content.find("Ann Editor") == std::string::npos);
    CHECK(files[0].content.find("<idno type=\"frus\">frus1999v98</idno>") != std::string::npos);

    auto bare = parse_tei(
        "bare.xml",
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
        "<publicationStmt><publisher>P</publisher></publicationStmt></fileDesc></teiHeader>\n"
        "<text><body><div type=\"document\" xml:id=\"d1\" n=\"1\"><p>x</p></div></body></text></TEI>",
        sink);
    REQUIRE(bare);
    files.clear();
    CHECK_FALSE(volume::derive_edition(*bare, {}, files, sink));
    CHECK(files.empty());
    CHECK(messages(sink) ==
          "bare.xml:2:3: error: the volume's teiHeader does not give its complete title: give it with --title\n"
          "bare.xml:2:3: error: the volume's teiHeader does not give its place of publication: give it with --place\n"
          "bare.xml:2:3: error: the volume's teiHeader does not give its date of publication: give it with --date\n"
          "bare.xml:2:3: error: the volume's teiHeader does not give its identifier: give it with --id\n");
}

TEST_CASE("init --from: a volume's derived folder converts its reading texts with its lists and datelines") {
    DiagnosticSink sink;
    auto volume = load_tei(k_corpus / "frus1964-68v17-d1-d9.xml", sink);
    REQUIRE(volume);
    std::vector<edition::EditionFile> files;
    REQUIRE(volume::derive_edition(*volume, {}, files, sink));
    fs::path dir = scratch_dir("volume", "init-from-corpus");
    write_files(dir, files);
    edition::Edition ed;
    REQUIRE(edition::load_edition(dir.string(), ed, sink) == edition::LoadStatus::Ok);
    REQUIRE(edition::check_edition_record(dir.string(), sink));
    // The same lists as the bundled edition folder, which was made by hand from this volume.
    edition::Edition bundled;
    REQUIRE(edition::load_edition((k_source_dir / "editions/frus1964-68v17").string(), bundled, sink) ==
            edition::LoadStatus::Ok);
    CHECK(ed.person_list.size() == bundled.person_list.size());
    CHECK(ed.term_list.size() == bundled.term_list.size());
    CHECK(ed.term_list.size() == 124);
    // The reading text of document 1 without its dateline (two blank lines after the heading).
    const std::string text =
        "1. Memorandum of Conversation1\n\n\nHe said Harriman and Velebit met; the ECE agreed.\n\n"
        "  1. Source: Department of State, Central Files, E EUR E. Confidential.";
    passes::ConvertOptions options{"d1.txt", &ed, ""};
    auto result = passes::convert_reading_text(text, "d1.txt", options, sink);
    INFO(messages(sink));
    REQUIRE(result.status == passes::ConvertStatus::Ok);
    CHECK(
        result.tei.find(
            "<supplied>\n                                <placeName>Washington</placeName>, <date when=\"1964-01-16\"") !=
        std::string::npos);
    CHECK(result.tei.find("<persName corresp=\"#p_HWA1\">Harriman</persName>") != std::string::npos);
    CHECK(result.tei.find("<gloss target=\"#t_ECE1\">ECE</gloss>") != std::string::npos);
    CHECK(result.tei.find("<idno type=\"frus\">frus1964-68v17</idno>") != std::string::npos);
    CHECK(result.tei.find("<date when=\"1964-01-16\" notBefore=") != std::string::npos); // creation date
}

TEST_CASE("edition.xml: each missing or empty field of the record is named where it belongs") {
    CHECK(check_record(edition::edition_xml(sample_record(), "x")).empty());
    CHECK(
        check_record(
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n <fileDesc>\n  <titleStmt><title type=\"complete\">T</title></titleStmt>\n"
            "  <publicationStmt>\n   <publisher/>\n   <pubPlace>W</pubPlace>\n   <date type=\"content-date\">1990</date>\n"
            "   <idno type=\"frus\">v</idno>\n  </publicationStmt>\n </fileDesc>\n</teiHeader>\n</TEI>") ==
        "edition.xml:6:4: error: the volume's record has an empty <publisher> in teiHeader/fileDesc/publicationStmt: write its publisher in it\n"
        "edition.xml:5:3: error: the volume's record lacks its date of publication: add <date>…</date> to teiHeader/fileDesc/publicationStmt\n");
    CHECK(
        check_record(
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n <fileDesc>\n  <titleStmt><title>T</title></titleStmt>\n"
            "  <publicationStmt><publisher>P</publisher><pubPlace>W</pubPlace><date>1990</date><idno type=\"frus\">v</idno></publicationStmt>\n"
            " </fileDesc>\n</teiHeader>\n</TEI>") ==
        "edition.xml:4:3: error: the volume's record lacks its complete title: add <title type=\"complete\">…</title> to teiHeader/fileDesc/titleStmt\n");
    CHECK(check_record("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>").size() > 0);
}
