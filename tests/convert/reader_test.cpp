// Unit tests of the reader's parts: layout, footnote sequence, page markers, note anchors.
#include "readers/blocks.h"
#include "readers/note_anchors.h"
#include "readers/page_markers.h"
#include "readers/reading_text_reader.h"

#include <catch2/catch.hpp>

using namespace teipress;
using namespace teipress::readers;

namespace {

// Anchors the notes numbered 1..n (or from first) in one line; returns the text after each
// anchor's number, or the error.
std::vector<std::string> anchor_contexts(const std::string& text, int count, int first = 1) {
    std::vector<int> numbers;
    for (int k = 0; k < count; ++k) numbers.push_back(first + k);
    auto found = find_note_anchors({{0, text}}, numbers);
    if (!found.ok()) return {"ERROR: " + found.error};
    std::vector<std::string> out;
    for (const auto& a : found.anchors) out.push_back(text.substr(0, a.offset + a.length));
    return out;
}

std::string first_error(const DiagnosticSink& sink) {
    return sink.items().empty() ? std::string() : format_diagnostic(sink.items().front());
}

} // namespace

TEST_CASE("note anchors: a number glued after a word or punctuation") {
    CHECK(anchor_contexts("to Secretary Rusk1", 1) == std::vector<std::string>{"to Secretary Rusk1"});
    CHECK(anchor_contexts("the Council.5 And", 1, 5) == std::vector<std::string>{"the Council.5"});
    CHECK(anchor_contexts("“a quote”3 follows", 1, 3) == std::vector<std::string>{"“a quote”3"});
}

TEST_CASE("note anchors: a year keeps its digits and the note follows it") {
    auto got = anchor_contexts("Rusk1 said in 19562 that", 2);
    REQUIRE(got.size() == 2);
    CHECK(got[1] == "Rusk1 said in 19562");
}

TEST_CASE("note anchors: a number that merely ends in the right digit is not taken") {
    // "1962" ends in 2 but is a year without a note; the note 2 is after "stage."
    auto got = anchor_contexts("Rusk1 wrote in 1962 of this stage.2 Then", 2);
    REQUIRE(got.size() == 2);
    CHECK(got[1] == "Rusk1 wrote in 1962 of this stage.2");
    // A number after a space is never a note.
    CHECK(anchor_contexts("the 2 sides met", 1, 2).front().rfind("ERROR", 0) == 0);
}

TEST_CASE("note anchors: the footnote sequence decides between candidates") {
    // "in 1.2" comes before note 1's anchor, so note 2 is the later "stage.2".
    auto got = anchor_contexts("see art. 1.2 of Rusk1 at this stage.2 Then", 2);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "see art. 1.2 of Rusk1");
    CHECK(got[1] == "see art. 1.2 of Rusk1 at this stage.2");
    // Note 1 must leave room for note 2: the later "B1" would not, so "A1" is taken.
    got = anchor_contexts("the A1 point.2 and the B1", 2);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "the A1");
}

TEST_CASE("note anchors: notes glued together at one place") {
    auto got = anchor_contexts("President Johnson12", 2);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "President Johnson1");
    CHECK(got[1] == "President Johnson12");
}

TEST_CASE("note anchors: a comma-grouped figure keeps its digits") {
    auto got = anchor_contexts("Rusk1 issued 1,2502 visas", 2);
    REQUIRE(got.size() == 2);
    CHECK(got[1] == "Rusk1 issued 1,2502");
}

TEST_CASE("note anchors: a missing anchor names the footnote") {
    auto got = anchor_contexts("Rusk1 and nothing else", 2);
    CHECK(got == std::vector<std::string>{
                     "ERROR: the anchor of footnote 2 is not in the text: its number must follow "
                     "a word or punctuation without a space"});
    got = anchor_contexts("first.2 then Rusk1", 2);
    CHECK(got.front().rfind("ERROR: the anchor of footnote 1 is not found before the anchor of footnote 2", 0) == 0);
}

TEST_CASE("page markers: numbers, roman numerals and malformed markers") {
    auto scan = find_page_markers("harm our [Page 207] interests [Page XII]");
    REQUIRE(scan.ok());
    REQUIRE(scan.markers.size() == 2);
    CHECK(scan.markers[0].number == "207");
    CHECK(scan.markers[0].begin == 9);
    CHECK(scan.markers[0].end == 19);
    CHECK(scan.markers[1].number == "XII");

    scan = find_page_markers("text [Page] more");
    CHECK(scan.error_at == 5);
    CHECK(scan.error == "page marker without a number: expected '[Page N]'");
    scan = find_page_markers("text [Page 20");
    CHECK(scan.error == "page marker not closed: expected '[Page N]'");
    scan = find_page_markers("[Page abc]");
    CHECK(scan.error == "page marker '[Page abc]' has no page number: expected arabic figures or a roman numeral");
    CHECK(is_page_marker_line("[Page 245]"));
    CHECK_FALSE(is_page_marker_line("[Page 245] text"));
}

TEST_CASE("layout: heading, blank-line counts, footnotes") {
    std::string text = "7. Title1\n\n\n  \xE2\x80\xA2 Subject\n\nPara one.\n\n\nPara two\nitem\n\n  1. Source: x.";
    DiagnosticSink sink;
    auto layout = split_reading_text(text, "t.txt", sink);
    REQUIRE(layout);
    CHECK(layout->number == "7");
    CHECK(layout->title == "Title1");
    REQUIRE(layout->blocks.size() == 3);
    CHECK(layout->blocks[0].blank_lines_before == 2);
    CHECK(layout->blocks[2].blank_lines_before == 2);
    CHECK(layout->blocks[2].lines.size() == 2);
    REQUIRE(layout->footnotes.size() == 1);
    CHECK(layout->footnotes[0].text == "Source: x.");
    CHECK(is_subject_line(layout->blocks[0].lines[0].text));
}

TEST_CASE("layout: no heading line is an error at 1:1") {
    DiagnosticSink sink;
    CHECK_FALSE(split_reading_text("Memorandum without a number\n\nText.", "t.txt", sink));
    CHECK(first_error(sink) == "t.txt:1:1: error: no heading line: the first line must be 'N. Title' "
                               "(the document number, a period, a space and the title)");
}

TEST_CASE("footnote sequence: duplicates, gaps and a wrong start") {
    struct Case {
        std::string notes;
        std::string error;
    };
    const Case cases[] = {
        {"  1. a\n  2. b\n  2. c", "t.txt:7:3: error: footnote 2 is listed twice (first at line 6)"},
        {"  1. a\n  3. b", "t.txt:6:3: error: footnote 3 is out of sequence: expected 2"},
        {"  2. a", "t.txt:5:3: error: footnotes must be numbered from 1 (or 0 for a source note), not from 2"},
        {"  0. a\n  1. b", ""},
    };
    for (const auto& c : cases) {
        std::string text = "1. T1\n\nBody.2 more3\n\n" + c.notes;
        DiagnosticSink sink;
        auto layout = split_reading_text(text, "t.txt", sink);
        REQUIRE(layout);
        check_footnote_sequence(*layout, text, "t.txt", sink);
        CHECK(first_error(sink) == c.error);
    }
}

TEST_CASE("reader: errors point at line and column in characters") {
    // "détente" puts a two-byte character before the marker: the column counts characters.
    std::string text = "5. Title\n\nThe détente [Page] here.";
    pugi::xml_document doc;
    DiagnosticSink sink;
    CHECK_FALSE(read_reading_text(text, "d.txt", doc, sink));
    CHECK(first_error(sink) == "d.txt:3:13: error: page marker without a number: expected '[Page N]'");

    sink.clear();
    pugi::xml_document doc2;
    CHECK_FALSE(read_reading_text("5. Title\n\nText.\n\n  1. Source: none.", "d.txt", doc2, sink));
    CHECK(first_error(sink) == "d.txt:5:3: error: the anchor of footnote 1 is not in the text: its "
                               "number must follow a word or punctuation without a space");
}

TEST_CASE("reader: pb where the marker stood, note at its anchor, list in a paragraph") {
    std::string text = "9. Memo1\n\n\nOne [Page 3] two.\n\nPoints:2\n\nA\nB\n\n[Page 4]\n\nSmith\n\n"
                       "  1. Source: S.\n  2. N.";
    pugi::xml_document doc;
    DiagnosticSink sink;
    REQUIRE(read_reading_text(text, "m.txt", doc, sink));
    pugi::xml_node div = doc.select_node("/TEI/text/body/div").node();
    CHECK(std::string(div.attribute("xml:id").value()) == "d9");
    CHECK(std::string(div.attribute("n").value()) == "9");
    CHECK(div.select_node("head/note[@type='source'][@xml:id='d9fn1']"));
    CHECK(div.select_node("opener/dateline/gap"));
    pugi::xml_node p = div.select_node("p[pb]").node();
    REQUIRE(p);
    CHECK(std::string(p.first_child().value()) == "One ");
    CHECK(std::string(p.child("pb").attribute("xml:id").value()) == "pg_3");
    CHECK(std::string(p.last_child().value()) == " two.");
    CHECK(div.select_node("p[note[@n='2']]/list[count(item)=2]"));
    CHECK(div.select_node("pb[@n='4']"));
    CHECK(std::string(div.select_node("closer/signed").node().text().get()) == "Smith");
}

TEST_CASE("reader: a page marked twice and characters XML cannot hold are errors") {
    pugi::xml_document doc;
    DiagnosticSink sink;
    CHECK_FALSE(read_reading_text("5. Title\n\nOne [Page 3] two.\n\nThree [Page 3] four.", "p.txt", doc, sink));
    CHECK(first_error(sink) == "p.txt:5:7: error: page 3 is marked twice (first at line 3)");

    sink.clear();
    pugi::xml_document doc2;
    CHECK_FALSE(read_reading_text("5. Title\n\nA bell \x07 rings.", "c.txt", doc2, sink));
    CHECK(first_error(sink) == "c.txt:3:8: error: character U+0007 is not allowed in XML (byte offset 17)");

    sink.clear();
    pugi::xml_document doc3;
    CHECK_FALSE(read_reading_text("5. Title\n\nNon\xEF\xBF\xBF char.", "c.txt", doc3, sink));
    CHECK(first_error(sink) == "c.txt:3:4: error: character U+FFFF is not allowed in XML (byte offset 13)");
}

TEST_CASE("reader: a heading alone, notes without a body, a lone signature-like line") {
    struct Case {
        const char* text;
        const char* xpath; // must select something in the tree
    };
    const Case cases[] = {
        {"5. Title", "/TEI/text/body/div[@n='5']/head"},
        {"5. Title1\n\n  1. Source: S.", "/TEI/text/body/div/head/note[@type='source']"},
        // A single short line is a paragraph, not a signature: a signature needs a text to sign.
        {"5. Title\n\nRusk", "/TEI/text/body/div/p"},
        {"005. Title", "/TEI/text/body/div[@xml:id='d005']"},
        // Decision lines, markings and bracketed notes at the end are not signatures.
        {"5. Title\n\nText.\n\nApprove", "/TEI/text/body/div[not(closer)]/p[.='Approve']"},
        {"5. Title\n\nText.\n\nDisapprove ____", "/TEI/text/body/div[not(closer)]"},
        {"5. Title\n\nText.\n\n[Signature]", "/TEI/text/body/div[not(closer)]"},
        {"5. Title\n\nText.\n\nJean-Paul O’Brien", "/TEI/text/body/div/closer/signed"},
    };
    for (const auto& c : cases) {
        pugi::xml_document doc;
        DiagnosticSink sink;
        INFO(c.text);
        REQUIRE(read_reading_text(c.text, "e.txt", doc, sink));
        CHECK(doc.select_node(c.xpath));
    }
}
