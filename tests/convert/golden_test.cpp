// Golden tests of convert: every fixture tests/convert/fixtures/NAME.txt and the edition's
// d67.txt, converted with the bundled edition folder, must give NAME.xml byte for byte; every
// character of the source must be in the TEI in order (whitespace normalised); every output must
// be valid against the vendored tei_all.rng (schema/tei/) with jing (a CTest skip without jing).
//
// This program only compares. Regenerate the goldens on purpose, then review them with git diff:
//   cmake --build BUILD --target update-golden      (tests/tools/update_golden.sh)
#include "core/input_file.h"
#include "edition/edition.h"
#include "passes/convert_document.h"
#include "tools/test_files.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <unistd.h>

using namespace teipress;
namespace fs = std::filesystem;

namespace {

const fs::path k_source = TEIPRESS_SOURCE_DIR;
const fs::path k_edition = k_source / "editions/frus1964-68v17";

struct Case {
    fs::path txt, xml;
};

std::vector<Case> cases() {
    std::vector<Case> out;
    for (const auto& e : fs::directory_iterator(k_source / "tests/convert/fixtures"))
        if (e.path().extension() == ".txt") out.push_back({e.path(), fs::path(e.path()).replace_extension(".xml")});
    std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.txt < b.txt; });
    out.push_back({k_edition / "d67.txt", k_edition / "d67.xml"});
    return out;
}

std::string slurp(const fs::path& p) {
    auto r = read_file_bytes(p.string());
    return r ? *r : std::string();
}

std::string convert(const Case& c, const edition::Edition& ed, std::string& errors) {
    auto text = read_text_file(c.txt.string());
    if (!text) {
        errors = format_diagnostic(text.error());
        return {};
    }
    DiagnosticSink sink;
    passes::ConvertOptions options{c.txt.filename().string(), &ed, ""};
    auto result = passes::convert_reading_text(*text, c.txt.string(), options, sink);
    for (const auto& d : sink.items()) errors += format_diagnostic(d) + "\n";
    return result.status == passes::ConvertStatus::Ok ? result.tei : std::string();
}

std::string normalise(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The reading text the TEI holds, as the README's contract reads it back (whitespace aside):
// the number and heading, a typed dateline, the blocks in order (a labelled item as its label,
// a space and the item), pb as [Page N], each note's number at its anchor and the notes at the
// end; supplied, gap, teiHeader and back left out.
class ReadingTextOf {
  public:
    std::string operator()(const pugi::xml_document& doc) {
        pugi::xml_node div = doc.select_node("/TEI/text/body/div[@type='document']").node();
        m_out.clear(); // the head holds the heading's number itself ("67. Memorandum …")
        block(div);
        for (pugi::xml_node note : m_notes) {
            m_out += "\n  " + std::string(note.attribute("n").value()) + ". ";
            inline_of(note);
        }
        return m_out;
    }

  private:
    void block(pugi::xml_node node) {
        bool labelled = false; // the item after a label was written with it
        for (pugi::xml_node c : node.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string name = c.name();
            if (name == "opener") { // a typed dateline is text of the reading text
                m_out += "\n";
                inline_of(c);
                continue;
            }
            if (name == "label") { // a list label, then one space and its item
                m_out += "\n";
                inline_of(c);
                m_out += " ";
                inline_of(c.next_sibling("item"));
                labelled = true;
                continue;
            }
            if (name == "item" && labelled) {
                labelled = false;
                continue;
            }
            if (name == "list" && std::strcmp(c.attribute("type").value(), "subject") == 0) {
                for (pugi::xml_node item : c.children("item")) {
                    m_out += "\n  \xE2\x80\xA2 ";
                    inline_of(item);
                }
                continue;
            }
            if (name == "pb") {
                m_out += "\n[Page " + std::string(c.attribute("n").value()) + "]";
                continue;
            }
            if (name == "div" || name == "closer" || name == "list") {
                block(c);
                continue;
            }
            m_out += "\n";
            inline_of(c);
        }
    }
    void inline_of(pugi::xml_node node) {
        for (pugi::xml_node c : node.children()) {
            if (c.type() == pugi::node_pcdata) {
                m_out += c.value();
                continue;
            }
            std::string name = c.name();
            if (name == "supplied" || name == "gap") continue;
            if (name == "pb") {
                m_out += "[Page " + std::string(c.attribute("n").value()) + "]";
            } else if (name == "note") {
                m_out += c.attribute("n").value();
                m_notes.push_back(c);
            } else if (name == "list") {
                block(c);
            } else {
                inline_of(c);
            }
        }
    }
    std::string m_out;
    std::vector<pugi::xml_node> m_notes;
};

fs::path temp_dir() {
    fs::path p = fs::temp_directory_path() / ("teipress-golden-" + std::to_string(::getpid()));
    fs::create_directories(p);
    return p;
}

} // namespace

TEST_CASE("golden: every fixture and the memo convert to their committed TEI") {
    edition::Edition ed;
    DiagnosticSink sink;
    REQUIRE(edition::load_edition(k_edition.string(), ed, sink) == edition::LoadStatus::Ok);
    auto all = cases();
    REQUIRE(all.size() >= 9);
    for (const auto& c : all) {
        DYNAMIC_SECTION(c.txt.filename().string()) {
            std::string errors;
            std::string tei = convert(c, ed, errors);
            INFO(errors);
            REQUIRE_FALSE(tei.empty());
            CHECK(tei == slurp(c.xml));
        }
    }
}

TEST_CASE("fidelity: every character of the source is in the TEI, in order") {
    edition::Edition ed;
    DiagnosticSink sink;
    REQUIRE(edition::load_edition(k_edition.string(), ed, sink) == edition::LoadStatus::Ok);
    for (const auto& c : cases()) {
        DYNAMIC_SECTION(c.txt.filename().string()) {
            std::string errors;
            std::string tei = convert(c, ed, errors);
            INFO(errors);
            REQUIRE_FALSE(tei.empty());
            pugi::xml_document doc;
            REQUIRE(doc.load_string(tei.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
            CHECK(normalise(ReadingTextOf()(doc)) == normalise(*read_text_file(c.txt.string())));
        }
    }
}

TEST_CASE("fidelity: the check sees a lost or moved character") {
    // The check itself must be able to fail: drop a note, move a page break.
    pugi::xml_document doc;
    doc.load_string(
        "<TEI><text><body><div type=\"document\" n=\"1\"><head>1. T<note n=\"1\">S.</note></head>"
        "<p>a <pb n=\"2\"/> b</p><pb n=\"3\"/><list><item>c</item></list></div></body></text></TEI>");
    CHECK(normalise(ReadingTextOf()(doc)) == "1. T1 a [Page 2] b [Page 3] c 1. S.");
    CHECK(normalise(ReadingTextOf()(doc)) != normalise("1. T1\n\na b [Page 2]\n\n[Page 3]\n\nc\n\n  1. S."));
}

TEST_CASE("validity: every TEI convert writes is valid against tei_all.rng") {
    const fs::path rng = testing::tei_all_rng();
    REQUIRE(fs::exists(rng));
    if (!testing::have_program("jing")) testing::skip_test("jing is not installed (Debian: jing)");
    edition::Edition ed;
    DiagnosticSink sink;
    REQUIRE(edition::load_edition(k_edition.string(), ed, sink) == edition::LoadStatus::Ok);
    fs::path dir = temp_dir();
    std::string files;
    for (const auto& c : cases()) {
        std::string errors;
        std::string tei = convert(c, ed, errors);
        REQUIRE_FALSE(tei.empty());
        fs::path out = dir / c.xml.filename();
        std::ofstream(out, std::ios::binary) << tei;
        files += " '" + out.string() + "'";
    }
    // The edition's own TEI files too.
    for (const char* f : {"edition.xml", "persons.xml", "terms.xml"}) files += " '" + (k_edition / f).string() + "'";
    for (const auto& e : fs::directory_iterator(k_edition / "documents")) files += " '" + e.path().string() + "'";
    fs::path report = dir / "jing.txt";
    int rc = std::system(("jing '" + rng.string() + "'" + files + " >'" + report.string() + "' 2>/dev/null").c_str());
    INFO(slurp(report));
    CHECK(rc == 0);
    fs::remove_all(dir);
}
