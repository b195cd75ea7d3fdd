// Unit tests of the reader's parts: layout, footnote sequence, page markers, note anchors.
#include "readers/blocks.h"
#include "readers/datelines.h"
#include "readers/list_labels.h"
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

// Anchors notes 1..count in the spans (one per line of text) with hints; returns, for each note,
// its line's text up to and including its number.
AnchorSearch anchor_lines(const std::vector<std::string>& lines, int count, const AnchorHints& hints = {}) {
    std::vector<SearchSpan> spans;
    std::size_t offset = 0;
    for (const auto& l : lines) {
        spans.push_back({offset, l});
        offset += l.size() + 1;
    }
    std::vector<int> numbers;
    for (int k = 1; k <= count; ++k) numbers.push_back(k);
    return find_note_anchors(spans, numbers, hints);
}

// The text of lines (joined by newlines) up to the end of anchor a.
std::string upto(const std::vector<std::string>& lines, const NoteAnchor& a) {
    std::string all;
    for (const auto& l : lines) all += l + "\n";
    std::size_t start = all.rfind('\n', a.offset) == std::string::npos ? 0 : all.rfind('\n', a.offset) + 1;
    return all.substr(start, a.offset + a.length - start);
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
    // A number after a space is a note only when its number stands nowhere better.
    CHECK(anchor_contexts("the 2 sides met", 1, 2) == std::vector<std::string>{"the 2"});
    CHECK(anchor_contexts("the 2 sides met.2", 1, 2) == std::vector<std::string>{"the 2 sides met.2"});
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
    CHECK(got ==
          std::vector<std::string>{"ERROR: the anchor of footnote 2 is not in the text: write its number where the "
                                   "note belongs, glued after the word or punctuation (e.g. 'treaty2')"});
    got = anchor_contexts("first.2 then Rusk1", 2);
    CHECK(got.front().rfind("ERROR: the anchor of footnote 1 is not found before the anchor of footnote 2", 0) == 0);
}

TEST_CASE("note anchors: a note after a telegram or document number (figure + note)") {
    std::vector<std::string> lines = {"Rusk1 said that as reported in Embtel 4182 the Czechs agreed."};
    auto found = anchor_lines(lines, 2);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "Rusk1 said that as reported in Embtel 4182");
    CHECK(found.anchors[1].glue == AnchorGlue::Figure);
    CHECK(found.doubts.empty());
    lines = {"the other a draft reply to NSAM 3043 outlining action programs.4"};
    found = anchor_lines({"Europe,1 and Europe,2", lines[0]}, 4);
    REQUIRE(found.ok());
    CHECK(found.anchors[2].length == 1);
    CHECK(found.anchors[2].glue == AnchorGlue::Figure);
}

TEST_CASE("note anchors: the end of the heading is the source note's place") {
    // The heading "National Security Action Memorandum No. 3041" (No. 304 + the source note)
    // against a "Rusk1" glued in the body: the heading wins.
    std::vector<std::string> lines = {"4. National Security Action Memorandum No. 3041", "Rusk1 agreed.2"};
    AnchorHints hints;
    hints.heading_end = lines[0].size();
    auto found = anchor_lines(lines, 2, hints);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[0]) == lines[0]);
    CHECK(upto(lines, found.anchors[1]) == "Rusk1 agreed.2");
}

TEST_CASE("note anchors: the note's own text tells where the figure ends") {
    std::vector<std::string> lines = {"Rusk1 cited telegram 2932 and later said so.2 Then he left."};
    AnchorHints hints;
    hints.note_texts = {"Source: Department of State.", "Telegram 293 from Prague, March 3, is not printed."};
    auto found = anchor_lines(lines, 2, hints);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "Rusk1 cited telegram 2932");
    CHECK(found.anchors[1].evidence);
    // Without that evidence, the number glued to a word is the better place.
    hints.note_texts = {"Source: Department of State.", "Not printed."};
    found = anchor_lines(lines, 2, hints);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "Rusk1 cited telegram 2932 and later said so.2");
}

TEST_CASE("note anchors: a note after a space at the end of a signature line") {
    std::vector<std::string> lines = {"Rusk1 said the 2 sides met.", "Dean 2"};
    auto found = anchor_lines(lines, 2);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "Dean 2");
    CHECK(found.anchors[1].glue == AnchorGlue::Space);
    // The number in the sentence is a place too, almost as unlikely: a doubt names it.
    REQUIRE(found.doubts.size() == 1);
    CHECK(found.doubts[0].note == 1);
    REQUIRE(found.doubts[0].others.size() == 1);
    CHECK(found.doubts[0].others[0].offset == lines[0].find(" 2 ") + 1);
}

TEST_CASE("note anchors: equally good places make a doubt, the earliest is taken") {
    std::vector<std::string> lines = {"Rusk1 said no.2 The Council.2 agreed.3"};
    auto found = anchor_lines(lines, 3);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "Rusk1 said no.2");
    REQUIRE(found.doubts.size() == 1);
    CHECK(found.doubts[0].note == 1);
    CHECK(found.doubts[0].others[0].offset == lines[0].find("Council.2") + 8);
    // A place glued to a word against a figure read as the day of a date: no doubt.
    lines = {"Rusk1 met on March 12, 19682 and left."};
    found = anchor_lines(lines, 2);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "Rusk1 met on March 12, 19682");
    CHECK(found.doubts.empty());
}

TEST_CASE(
    "note anchors: after a month's name, a day as a whole is no day and a note; a figure too large for a day is") {
    // "October 11" is the 11th (not the 1st and note 1); "October 151" is the 15th and note 1.
    std::vector<std::string> lines = {"a circular of October 11 stating that (see my No. 483 of October 151) he"};
    auto found = anchor_lines(lines, 1);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[0]) == "a circular of October 11 stating that (see my No. 483 of October 151");
    CHECK(found.doubts.empty());
    // Abbreviated months too; and a day alone is still a place when it is the only one (a doubt).
    lines = {"sent Oct. 1 and received Sept. 302 at noon."};
    found = anchor_lines(lines, 2);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "sent Oct. 1 and received Sept. 302");
    lines = {"on May 11 they met."};
    found = anchor_lines(lines, 1);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[0]) == "on May 11");
    CHECK(found.doubts.size() == 1);
}

TEST_CASE("note anchors: three notes glued at one place, and the order is a hard constraint") {
    std::vector<std::string> lines = {"President Johnson123 agreed."};
    auto found = anchor_lines(lines, 3);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[0]) == "President Johnson1");
    CHECK(upto(lines, found.anchors[2]) == "President Johnson123");
    // The best place of note 2 ("Council.2") comes before note 1's only place: it cannot be taken.
    lines = {"The Council.2 met and Rusk1 agreed on 2 points."};
    found = anchor_lines(lines, 2);
    REQUIRE(found.ok());
    CHECK(upto(lines, found.anchors[1]) == "The Council.2 met and Rusk1 agreed on 2");
}

TEST_CASE("note anchors: the search stays linear on long runs of figures and many notes") {
    std::string figures(2000000, '7');
    auto found = anchor_lines({"Rusk1 " + figures + " end.2"}, 2);
    CHECK(found.ok());
    std::string many;
    std::vector<int> numbers;
    for (int k = 1; k <= 20000; ++k) {
        many += "w" + std::to_string(k) + " 1956 and 19" + std::to_string(k % 10) + " ";
        numbers.push_back(k);
    }
    found = find_note_anchors({{0, many}}, numbers);
    REQUIRE(found.ok());
    CHECK(found.anchors.size() == 20000);
}

TEST_CASE("note anchors: numbers glued to words that are no footnote's") {
    std::string s = "the answer.3 with B52 bombers, 3.5 percent, at 10:30, 1,500 men and Rusk1 and “Yes”4";
    auto found = find_stray_note_numbers({{0, s}}, {1}, {{s.find("Rusk1") + 4, 1}});
    REQUIRE(found.size() == 2);
    CHECK(s.substr(found[0].offset, found[0].length) == "3");
    CHECK(found[0].offset == s.find("answer.3") + 7);
    CHECK(s.substr(found[1].offset, found[1].length) == "4");
    // A number that is a footnote's, or that holds an anchor ("Johnson12"), is not stray.
    CHECK(find_stray_note_numbers({{0, "the answer.3"}}, {1, 2, 3}, {}).empty());
    CHECK(find_stray_note_numbers({{0, "Johnson12"}}, {1, 2}, {{7, 1}, {8, 1}}).empty());
}

TEST_CASE("page markers: near misses are found, well-formed markers are not") {
    std::string s = "a [page 30] b [Pg. 31] c [p. 32] d [Page 33] e [PAGE XII] f [pages 3] g [Page x]";
    auto misses = find_page_marker_near_misses(s);
    REQUIRE(misses.size() == 4);
    CHECK(s.substr(misses[0].begin, misses[0].end - misses[0].begin) == "[page 30]");
    CHECK(misses[1].page == "31");
    CHECK(s.substr(misses[2].begin, misses[2].end - misses[2].begin) == "[p. 32]");
    CHECK(misses[3].page == "XII");
}

TEST_CASE("list labels: one kind and punctuation, counting up, on every line") {
    auto labels = [](std::vector<std::string_view> lines) { return list_labels(lines); };
    using V = std::vector<std::size_t>;
    CHECK(labels({"A. First", "B. Second", "C. Third"}) == V{2, 2, 2});
    CHECK(labels({"1. One", "2. Two"}) == V{2, 2});
    CHECK(labels({"(a) One", "(b) Two"}) == V{3, 3});
    CHECK(labels({"(1) One", "", "(2) Two"}) == V{3, 0, 3}); // a page marker line between
    CHECK(labels({"1) One", "2) Two"}) == V{2, 2});
    CHECK(labels({"(i) One", "(ii) Two", "(iii) Three", "(iv) Four"}) == V{3, 4, 5, 4});
    CHECK(labels({"I. One", "II. Two"}) == V{2, 3});
    CHECK(labels({"D. Four", "E. Five"}) == V{2, 2}); // a list continued after a page
    // Not labelled lists: a line without a label, a gap, mixed kinds or punctuation, no text.
    CHECK(labels({"A. First", "Second"}).empty());
    CHECK(labels({"A. First", "C. Third"}).empty());
    CHECK(labels({"1. First", "B. Second"}).empty());
    CHECK(labels({"1. First", "2) Second"}).empty());
    CHECK(labels({"1. First", "2."}).empty());
    CHECK(labels({"1.First", "2.Second"}).empty());
    CHECK(labels({"Mr. Smith", "Mrs. Jones"}).empty());
    CHECK(labels({"1. Alone"}).empty());
}

TEST_CASE("datelines: place, date, time and @when") {
    auto when = [](std::string_view line) {
        auto d = read_typed_dateline(line);
        return d ? d->when + "|" + std::string(line.substr(d->place_begin, d->place_end - d->place_begin)) + "|" +
                       std::string(line.substr(d->date_begin, d->date_end - d->date_begin)) + "|" + d->problem
                 : std::string("none");
    };
    CHECK(when("Washington, July 20, 1968.") == "1968-07-20|Washington|July 20, 1968|");
    CHECK(when("Prague, March 3, 1965, 1400Z.") == "1965-03-03T14:00:00Z|Prague|March 3, 1965, 1400Z|");
    CHECK(when("Washington, June 9, 1964, 3:15 p.m.") == "1964-06-09T15:15:00|Washington|June 9, 1964, 3:15 p.m.|");
    CHECK(when("Moscow, May 11, 1917, midnight.") == "1917-05-11T00:00:00|Moscow|May 11, 1917, midnight|");
    CHECK(when("Washington, February 21, 1977") == "1977-02-21|Washington|February 21, 1977|");
    CHECK(when("New York, N.Y., March 1965.") == "1965-03|New York, N.Y.|March 1965|");
    CHECK(when("Rio de Janeiro, April 1, 1964.") == "1964-04-01|Rio de Janeiro|April 1, 1964|");
    CHECK(when("Washington, undated.") == "|Washington||");
    CHECK(when("Prague, February 29, 1964.") == "1964-02-29|Prague|February 29, 1964|");
    CHECK(when("Prague, February 29, 1965.") ==
          "|Prague|February 29, 1965|'February 29, 1965' is not a day of the calendar: the date is kept without @when");
    CHECK(
        when("Prague, March 3, 1965, 2500Z.") ==
        "1965-03-03|Prague|March 3, 1965, 2500Z|the time in 'March 3, 1965, 2500Z' cannot be read: @when gives the day only");
    // Not datelines: ordinary sentences and lines with more after the date.
    CHECK(when("The Secretary said, March 3, 1965, was the day.") == "none");
    CHECK(when("Prague, March 3, 1965, Secret.") == "none");
    CHECK(when("Rusk, Dean") == "none");
    CHECK(when("In Prague, March 3, 1965.") == "none");
    CHECK(when("Prague, March 3, 1965.2") == "none");
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
    CHECK(first_error(sink) ==
          "t.txt:1:1: error: no heading line: the first line must be 'N. Title' "
          "(the document number, a period, a space and the title)");
}

TEST_CASE("footnote sequence: duplicates, gaps and a wrong start") {
    struct Case {
        std::string notes;
        std::string error;
    };
    const Case cases[] = {
        {"  1. a\n  2. b\n  2. c", "t.txt:7:3: error: footnote 2 is listed twice (first at line 6)"},
        {"  1. a\n  3. b", "t.txt:6:3: error: footnote 2 is missing (footnote 3 follows footnote 1)"},
        {"  1. a\n  4. b", "t.txt:6:3: error: footnotes 2 to 3 are missing (footnote 4 follows footnote 1)"},
        {"  2. a", "t.txt:5:3: error: footnotes must be numbered from 1 (or 0 for a source note), not from 2"},
        {"  0. a\n  1. b", ""},
        // Lines swapped: one message, not two that contradict each other.
        {"  1. a\n  3. b\n  2. c",
         "t.txt:6:3: error: footnote 3 is listed before footnote 2 (line 7): list the footnotes in the order of their numbers"},
        {"  2. a\n  1. b\n  3. c",
         "t.txt:5:3: error: footnote 2 is listed before footnote 1 (line 6): list the footnotes in the order of their numbers"},
    };
    for (const auto& c : cases) {
        std::string text = "1. T1\n\nBody.2 more3\n\n" + c.notes;
        DiagnosticSink sink;
        auto layout = split_reading_text(text, "t.txt", sink);
        REQUIRE(layout);
        check_footnote_sequence(*layout, text, "t.txt", sink);
        CHECK(first_error(sink) == c.error);
        CHECK(sink.error_count() == (c.error.empty() ? 0u : 1u));
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
    CHECK(first_error(sink) ==
          "d.txt:5:3: error: the anchor of footnote 1 is not in the text: write its "
          "number where the note belongs, glued after the word or punctuation (e.g. 'treaty1')");
}

TEST_CASE("reader: pb where the marker stood, note at its anchor, list in a paragraph") {
    std::string text =
        "9. Memo1\n\n\nOne [Page 3] two.\n\nPoints:2\n\nA\nB\n\n[Page 4]\n\nSmith\n\n"
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

TEST_CASE("reader: a typed dateline on two lines, the place's start on the first; not when the first has a figure") {
    std::string text = "2. No. 2.\n\nDepartment of State,\nWashington, February 1, 1894.\n\nSir: I transmit.";
    pugi::xml_document doc;
    DiagnosticSink sink;
    ReadingTextPlaces places;
    REQUIRE(read_reading_text(text, "m.txt", doc, sink, &places));
    CHECK(sink.empty());
    pugi::xml_node div = doc.select_node("/TEI/text/body/div").node();
    pugi::xml_node place = div.select_node("opener/dateline/placeName").node();
    REQUIRE(place);
    CHECK(std::string(place.first_child().value()) == "Department of State,");
    CHECK(place.child("lb"));
    CHECK(std::string(place.last_child().value()) == "Washington");
    CHECK(std::string(div.select_node("opener/dateline/date/@when").attribute().value()) == "1894-02-01");
    CHECK_FALSE(div.child("list"));
    // "No. 4," could hold a note's number: the two lines stay a block of their own.
    text = "2. No. 2.\n\nInclosure No. 4,\nWashington, February 1, 1894.\n\nSir: I transmit.";
    pugi::xml_document doc2;
    DiagnosticSink sink2;
    REQUIRE(read_reading_text(text, "m.txt", doc2, sink2, nullptr));
    CHECK_FALSE(doc2.select_node("//opener/dateline[not(gap)]"));
}

TEST_CASE("reader: a typed dateline, labelled items with a page between, refusals validate would make") {
    std::string text =
        "9. Telegram1\n\nPrague, March 3, 1965, 1400Z.\n\nPoints:\n\nA. One.\n[Page 4]\nB. Two.2\n\n"
        "  1. Source: S.\n  2. N.";
    pugi::xml_document doc;
    DiagnosticSink sink;
    ReadingTextPlaces places;
    REQUIRE(read_reading_text(text, "m.txt", doc, sink, &places));
    CHECK(sink.empty());
    CHECK(places.dateline_line == 3);
    pugi::xml_node div = doc.select_node("/TEI/text/body/div").node();
    CHECK(std::string(div.select_node("opener/dateline/placeName").node().text().get()) == "Prague");
    CHECK(std::string(div.select_node("opener/dateline/date/@when").attribute().value()) == "1965-03-03T14:00:00Z");
    CHECK_FALSE(div.select_node("opener/dateline/gap"));
    pugi::xml_node list = div.select_node("p/list").node();
    REQUIRE(list);
    std::string names;
    for (pugi::xml_node c : list.children()) names += std::string(c.name()) + " ";
    CHECK(names == "label item pb label item ");
    CHECK(std::string(list.child("label").text().get()) == "A.");
    CHECK(std::string(list.child("item").text().get()) == "One.");
    CHECK(list.select_node("item[note[@n='2']]"));

    struct Refusal {
        const char* text;
        const char* error;
    };
    const Refusal refusals[] = {
        {"000. Title\n\nText.", "r.txt:1:1: error: document number 000: documents are numbered from 1"},
        {"5. Title\n\nA [Page 9] b [Page 8].",
         "r.txt:3:14: error: page 8 comes after page 9 (line 3): pages must ascend"},
        // A marker in a note counts where the note is anchored: page 5 there comes after page 6.
        {"5. Title\n\nA [Page 6] b.1\n\n  1. See [Page 5] there.",
         "r.txt:5:10: error: page 5 comes after page 6 (line 3): pages must ascend"},
        {"5. Title\n\nA.0 b.1\n\n  0. Source: S.\n  1. N.",
         "r.txt:5:3: error: footnote 0 is a source note: its anchor must be in the heading (it is at line 3, column 3)"},
    };
    for (const auto& r : refusals) {
        pugi::xml_document d;
        DiagnosticSink s;
        CHECK_FALSE(read_reading_text(r.text, "r.txt", d, s));
        CHECK(first_error(s) == r.error);
    }
    // Roman page numbers (front matter) are not compared; the same page twice is refused apart.
    pugi::xml_document roman;
    DiagnosticSink s;
    CHECK(read_reading_text("5. Title\n\n[Page XII] A [Page 3] b [Page IV].", "r.txt", roman, s));
}
