// Property: what `convert` writes, `validate` accepts. Every fixture, the memo, and many inputs
// generated from them (deterministic mutations: heading numbers, page markers, notes, lines,
// near-miss snippets) are converted with and without the edition; each conversion either fails
// with located errors, or gives TEI with no error against schema/teipress.rng and
// schema/teipress.sch (warnings such as a missing page are allowed). The generator's seed is
// fixed; TEIPRESS_PROPERTY_SEED=N explores other inputs.
#include "core/data_dir.h"
#include "core/input_file.h"
#include "edition/edition.h"
#include "passes/convert_document.h"
#include "validate/relaxng_schema.h"
#include "validate/schematron_rules.h"
#include "validate/source_text.h"
#include "validate/tei_input.h"
#include "xml/libxml_session.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace teipress;
namespace fs = std::filesystem;

namespace {

const fs::path k_source = TEIPRESS_SOURCE_DIR;
const fs::path k_edition = k_source / "editions/frus1964-68v17";

// The edition's schema and rules, compiled once for the whole program.
struct Checker {
    xml::LibxmlSession session;
    std::shared_ptr<const validate::RelaxNgSchema> schema;
    std::shared_ptr<const validate::SchematronRules> rules;
    edition::Edition edition;
    bool ready = false;

    Checker() {
        auto s = validate::RelaxNgSchema::compile(data_path("schema/teipress.rng"));
        auto r = validate::SchematronRules::compile(data_path("schema/teipress.sch"),
                                                    data_path("xslt/schematron/compile.xsl"));
        DiagnosticSink sink;
        if (!s || !r || edition::load_edition(k_edition.string(), edition, sink) != edition::LoadStatus::Ok) return;
        schema = *s;
        rules = *r;
        ready = true;
    }

    // The errors validate reports for tei (empty when it is valid; warnings left out).
    std::vector<std::string> errors(const std::string& tei) const {
        std::vector<Diagnostic> diags;
        std::vector<std::string> out;
        xml::XmlDocPtr doc = validate::parse_xml("out.xml", tei, diags);
        if (doc) {
            validate::SourceText source("out.xml", tei);
            schema->validate(doc.get(), source, diags);
            validate::SchematronRun run = rules->run(doc.get(), source, diags);
            if (run) {
                auto found = validate::svrl_diagnostics(run, doc.get(), source);
                diags.insert(diags.end(), found.begin(), found.end());
            }
        }
        for (const auto& d : diags)
            if (d.severity == Severity::Error) out.push_back(format_diagnostic(d));
        if (!doc && out.empty()) out.push_back("not well-formed");
        return out;
    }
};

const Checker& checker() {
    static Checker c;
    return c;
}

std::vector<fs::path> sources() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(k_source / "tests/convert/fixtures"))
        if (e.path().extension() == ".txt") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    out.push_back(k_edition / "d67.txt");
    return out;
}

// How one conversion ended.
struct Outcome {
    bool converted = false;
    std::string tei;
    std::vector<Diagnostic> diagnostics;
};

Outcome convert(const std::string& text, bool with_edition) {
    DiagnosticSink sink;
    passes::ConvertOptions options{"in.txt", with_edition ? &checker().edition : nullptr, ""};
    auto result = passes::convert_reading_text(text, "in.txt", options, sink);
    return {result.status == passes::ConvertStatus::Ok, result.tei, sink.items()};
}

// The text's lines (without their line ends) and back.
std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (;;) {
        std::size_t nl = s.find('\n', from);
        out.push_back(s.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
        if (nl == std::string::npos) return out;
        from = nl + 1;
    }
}
std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
    return out;
}

// Snippets a person typing a reading text, or a careless copy, may put anywhere.
// clang-format off
const std::vector<std::string> k_snippets = {
    "1", "2", "3", "0", "12", "19562", " 7", ".4", "[Page 3]", "[Page 207]", "[Page 1]", "[Page XII]",
    "[page 30]", "[Pg. 30]", "[Page ]", "  \xE2\x80\xA2 ", "  1. ", "  2. ", "A. ", "(a) ", "(1) ", "1. ",
    "footnote 9 above", "footnote 1 above", "footnotes 1 and 2 above", "Document 0", "Document 67",
    "footnote 4, Document 67", "Foreign Relations, 1964\xE2\x80\x93" "68, vol. XIII, Document 5",
    "Foreign Relations, 1999\xE2\x80\x93" "03, vol. MMM", "ibid., vol. II", "\n", "\n\n", "\n\n\n",
    "Washington, July 20, 1968.", "Prague, February 30, 1965, 1400Z.", "Rusk", "Rostow", "NATO",
    ":", "\n  1. Source: A.", "\n  0. Source: B.", "Dean 7", "Embtel 4182", "No. 3041"};
// clang-format on

// One random change of text.
std::string mutate(const std::string& text, std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    std::vector<std::string> lines = split_lines(text);
    switch (pick(11)) {
    case 0: { // the heading's number
        static const char* numbers[] = {"0", "00", "007", "1", "999999", "1234567", "12a"};
        std::size_t dot = lines[0].find(". ");
        if (dot != std::string::npos) lines[0] = numbers[pick(7)] + lines[0].substr(dot);
        break;
    }
    case 1: { // a page marker somewhere, numbered near the others or not
        std::string& line = lines[pick(lines.size())];
        std::size_t at = line.empty() ? 0 : pick(line.size() + 1);
        while (at > 0 && at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) --at;
        line.insert(at, "[Page " + std::to_string(pick(400)) + "]");
        break;
    }
    case 2: // a line dropped
        if (lines.size() > 1) lines.erase(lines.begin() + static_cast<long>(1 + pick(lines.size() - 1)));
        break;
    case 3: { // a line repeated
        std::size_t i = pick(lines.size());
        lines.insert(lines.begin() + static_cast<long>(i), lines[i]);
        break;
    }
    case 4: // two lines swapped
        if (lines.size() > 2) {
            std::size_t i = 1 + pick(lines.size() - 2);
            std::swap(lines[i], lines[i + 1]);
        }
        break;
    case 5: // a blank line added
        lines.insert(lines.begin() + static_cast<long>(1 + pick(lines.size())), "");
        break;
    case 6: { // a dateline typed after the heading (after one or two blank lines)
        static const char* datelines[] = {"Prague, March 3, 1965, 1400Z.",       "Washington, July 20, 1968.",
                                          "Moscow, February 30, 1966.",          "Belgrade, undated.",
                                          "Washington, June 9, 1964, 3:15 p.m.", "Bonn, May 1965"};
        std::vector<std::string> add = {"", datelines[pick(6)]};
        if (pick(2)) add.insert(add.begin(), "");
        lines.insert(lines.begin() + 1, add.begin(), add.end());
        break;
    }
    case 7: { // the lines of a block labelled A., B. … or (1), (2) …
        std::size_t i = 1 + pick(lines.size());
        static const char* styles[] = {"A.", "1.", "(a)", "(1)", "i."};
        const std::string style = styles[pick(5)];
        for (int k = 0; i < lines.size() && !lines[i].empty(); ++i, ++k) {
            std::string label = style;
            char& c = label[label[0] == '(' ? 1 : 0];
            if (style != "i.")
                c = static_cast<char>(c + k);
            else
                label = std::string(static_cast<std::size_t>(k + 1), 'i') + ".";
            lines[i] = label + " " + lines[i];
        }
        break;
    }
    default: { // a snippet at a character boundary
        std::string& line = lines[pick(lines.size())];
        std::size_t at = line.empty() ? 0 : pick(line.size() + 1);
        while (at > 0 && at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) --at;
        line.insert(at, k_snippets[pick(k_snippets.size())]);
        break;
    }
    }
    return join_lines(lines);
}

std::string describe(const Outcome& o) {
    std::string s;
    for (const auto& d : o.diagnostics) s += format_diagnostic(d) + "\n";
    return s;
}

} // namespace

TEST_CASE("validity: every fixture and the memo convert to TEI that validate accepts") {
    REQUIRE(checker().ready);
    for (const auto& path : sources()) {
        const std::string text = *read_text_file(path.string());
        for (bool with_edition : {true, false}) {
            DYNAMIC_SECTION(path.filename().string() << (with_edition ? " with" : " without") << " the edition") {
                Outcome o = convert(text, with_edition);
                INFO(describe(o));
                REQUIRE(o.converted);
                auto errors = checker().errors(o.tei);
                INFO(o.tei);
                CHECK(errors == std::vector<std::string>{});
            }
        }
    }
}

TEST_CASE("validity: inputs that once gave invalid TEI are refused with the reason, or now valid") {
    REQUIRE(checker().ready);
    struct Case {
        const char* text;
        const char* error; // the message convert must give, or null when it must convert
    };
    const Case cases[] = {
        {"0. Title\n\nText.", "in.txt:1:1: error: document number 0: documents are numbered from 1"},
        {"1. Title\n\nA [Page 5] b.\n\nC [Page 4] d.",
         "in.txt:5:3: error: page 4 comes after page 5 (line 3): pages must ascend"},
        {"1. Title\n\nA.0\n\n  0. Src.",
         "in.txt:5:3: error: footnote 0 is a source note: its anchor must be in the heading (it is at line 3, column 3)"},
        {"1. Title1\n\nText.2\n\n  1. S.\n  2. See footnote 7 above.", nullptr},
        {"1. Title\n\n[Page 3]", nullptr},
        {"1. Title\n\n[Page IV] A [Page 3] b [Page V].", nullptr},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.text) {
            Outcome o = convert(c.text, true);
            INFO(describe(o));
            if (c.error) {
                CHECK_FALSE(o.converted);
                REQUIRE_FALSE(o.diagnostics.empty());
                CHECK(format_diagnostic(o.diagnostics.front()) == c.error);
            } else {
                REQUIRE(o.converted);
                CHECK(checker().errors(o.tei) == std::vector<std::string>{});
            }
        }
    }
}

TEST_CASE("validity: mutations of the fixtures either fail with located errors or validate") {
    REQUIRE(checker().ready);
    const char* seed_env = std::getenv("TEIPRESS_PROPERTY_SEED");
    std::mt19937 rng(seed_env ? static_cast<unsigned>(std::atoi(seed_env)) : 20240610u); // fixed unless asked
    std::size_t accepted = 0, refused = 0, typed_datelines = 0, labelled_lists = 0;
    for (const auto& path : sources()) {
        const std::string original = *read_text_file(path.string());
        for (int round = 0; round < 100; ++round) {
            std::string text = original;
            const int changes = 1 + round % 3;
            for (int k = 0; k < changes; ++k) text = mutate(text, rng);
            const bool with_edition = round % 4 != 3;
            Outcome o = convert(text, with_edition);
            if (!o.converted) {
                ++refused;
                // Refused: at least one error, each at a place inside the text.
                INFO(text << "\n---\n" << describe(o));
                REQUIRE(std::any_of(o.diagnostics.begin(), o.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::Error; }));
                for (const auto& d : o.diagnostics) {
                    CHECK(d.line >= 1);
                    CHECK(d.column >= 1);
                }
                continue;
            }
            ++accepted;
            typed_datelines += o.tei.find("<dateline><placeName>") != std::string::npos;
            labelled_lists += o.tei.find("<label>") != std::string::npos;
            auto errors = checker().errors(o.tei);
            if (!errors.empty()) {
                INFO("input:\n" << text << "\n---\nconvert said:\n" << describe(o) << "---\nTEI:\n" << o.tei);
                CHECK(errors == std::vector<std::string>{});
            }
        }
    }
    // The generator must reach both outcomes, or the property would be tested on nothing.
    CHECK(accepted > 500);
    CHECK(refused > 50);
    INFO("accepted " << accepted << ", refused " << refused);
    CHECK(typed_datelines > 20);
    CHECK(labelled_lists > 10);
}
