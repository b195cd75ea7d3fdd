// Every report format: text and GitHub lines exactly; JSON and SARIF parsed and checked;
// JUnit and SVRL parsed as XML and checked.
#include "validate_support.h"

#include "json_reader.h"
#include "validate/report_formats.h"

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::test;

namespace {

// A valid file, a file with a warning, a file with an error, an unreadable one.
std::vector<FileReport> sample_reports() {
    const Validator& v = edition_validator();
    return {v.validate_file("tests/validate/fixtures/valid/document.xml"),
            v.validate_file("tests/validate/fixtures/rules/pb-gap.xml"),
            v.validate_file("tests/validate/fixtures/rules/note-n.xml"),
            v.validate_file("tests/validate/fixtures/missing.xml")};
}

struct InSourceDir {
    fs::path before = fs::current_path();
    InSourceDir() { fs::current_path(source_dir()); }
    ~InSourceDir() { fs::current_path(before); }
};

ReportContext context(bool strict = false) {
    ReportContext c;
    c.rules = edition_validator().rules()->rules();
    c.strict = strict;
    c.version = "9.9.9";
    return c;
}

// Counts the nodes an XPath expression selects in an XML text (which must be well-formed).
double xpath_number(const std::string& xml_text, const std::string& expr,
                    const std::vector<std::pair<std::string, std::string>>& ns = {}) {
    std::vector<Diagnostic> errors;
    auto doc = parse_xml("report.xml", xml_text, errors);
    REQUIRE(doc);
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc.get());
    for (auto& [p, u] : ns)
        xmlXPathRegisterNs(ctx, reinterpret_cast<const xmlChar*>(p.c_str()),
                           reinterpret_cast<const xmlChar*>(u.c_str()));
    xmlXPathObjectPtr r = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expr.c_str()), ctx);
    REQUIRE(r);
    double n = xmlXPathCastToNumber(r);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return n;
}

} // namespace

TEST_CASE("text: one line per diagnostic - then the summary", "[formats]") {
    InSourceDir here;
    const std::string out = text_report(sample_reports(), context());
    CHECK(
        out ==
        "tests/validate/fixtures/rules/pb-gap.xml:17:9: warning: page 209 is missing: page 210 follows page 208 [pb-gap]\n"
        "tests/validate/fixtures/rules/note-n.xml:16:17: error: note numbered \"3\" should be 2: notes are numbered 1, 2, 3 … within each document [note-n]\n"
        "tests/validate/fixtures/missing.xml:1:1: error: cannot open file: No such file or directory\n"
        "4 files checked: 2 errors, 1 warning; 1 not valid; 1 not readable\n");
    CHECK(text_report(sample_reports(), context(true))
              .find("; 2 not valid; 1 not readable (--strict: warnings fail)\n") != std::string::npos);
}

TEST_CASE("github: workflow commands with escaped properties", "[formats]") {
    InSourceDir here;
    const std::string out = github_report(sample_reports(), context());
    CHECK(
        out ==
        "::warning file=tests/validate/fixtures/rules/pb-gap.xml,line=17,col=9,title=teipress [pb-gap]::page 209 is missing: page 210 follows page 208\n"
        "::error file=tests/validate/fixtures/rules/note-n.xml,line=16,col=17,title=teipress [note-n]::note numbered \"3\" should be 2: notes are numbered 1, 2, 3 … within each document\n"
        "::error file=tests/validate/fixtures/missing.xml,line=1,col=1,title=teipress::cannot open file: No such file or directory\n");
    FileReport odd;
    odd.path = "a,b:c.xml";
    odd.diagnostics.push_back({Severity::Error, "a,b:c.xml", 2, 3, "50% bad\nsecond line", "r"});
    CHECK(github_report({odd}, context()) ==
          "::error file=a%2Cb%3Ac.xml,line=2,col=3,title=teipress [r]::50%25 bad%0Asecond line\n");
}

TEST_CASE("json: parses - and holds every file and diagnostic", "[formats]") {
    InSourceDir here;
    const std::string out = json_report(sample_reports(), context());
    Json j = JsonReader::parse(out);
    CHECK(j["tool"]["name"].string == "teipress");
    CHECK(j["tool"]["version"].string == "9.9.9");
    CHECK(j["valid"].boolean == false);
    CHECK(j["errors"].number == 2);
    CHECK(j["warnings"].number == 1);
    REQUIRE(j["files"].array.size() == 4);
    CHECK(j["files"][0]["file"].string == "tests/validate/fixtures/valid/document.xml");
    CHECK(j["files"][0]["valid"].boolean == true);
    CHECK(j["files"][0]["diagnostics"].array.empty());
    CHECK(j["files"][1]["valid"].boolean == true); // a warning only
    const Json& d = j["files"][2]["diagnostics"][0];
    CHECK(d["severity"].string == "error");
    CHECK(d["line"].number == 16);
    CHECK(d["column"].number == 17);
    CHECK(d["rule"].string == "note-n");
    CHECK(d["message"].string == "note numbered \"3\" should be 2: notes are numbered 1, 2, 3 … within each document");
    CHECK(j["files"][3]["readable"].boolean == false);
    // Strict: the warning fails its file.
    CHECK(JsonReader::parse(json_report(sample_reports(), context(true)))["files"][1]["valid"].boolean == false);
}

TEST_CASE("json_string escapes quotes - backslashes and control characters", "[formats]") {
    CHECK(json_string("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
    CHECK(JsonReader::parse(json_string("détente \"x\"\t")).string == "détente \"x\"\t");
}

TEST_CASE("sarif: a SARIF 2.1.0 log with the rules and located results", "[formats]") {
    InSourceDir here;
    const std::string out = sarif_report(sample_reports(), context());
    Json j = JsonReader::parse(out);
    CHECK(j["version"].string == "2.1.0");
    CHECK(j["$schema"].string == "https://json.schemastore.org/sarif-2.1.0.json");
    REQUIRE(j["runs"].array.size() == 1);
    const Json& run = j["runs"][0];
    CHECK(run["tool"]["driver"]["name"].string == "teipress");
    CHECK(run["columnKind"].string == "unicodeCodePoints");
    const auto& rules = run["tool"]["driver"]["rules"].array;
    std::set<std::string> ids;
    for (const auto& r : rules) {
        ids.insert(r["id"].string);
        CHECK(!r["shortDescription"]["text"].string.empty());
        const std::string level = r["defaultConfiguration"]["level"].string;
        CHECK((level == "error" || level == "warning"));
    }
    CHECK(ids.size() == rules.size()); // each rule once
    for (const auto& r : edition_validator().rules()->rules()) CHECK(ids.count(r.id) == 1);
    CHECK(ids.count("relaxng") == 1);
    const auto& results = run["results"].array;
    REQUIRE(results.size() == 3);
    const Json& r = results[1];
    CHECK(r["ruleId"].string == "note-n");
    CHECK(r["level"].string == "error");
    CHECK(rules.at(static_cast<std::size_t>(r["ruleIndex"].number))["id"].string == "note-n");
    const Json& loc = r["locations"][0]["physicalLocation"];
    CHECK(loc["artifactLocation"]["uri"].string == "tests/validate/fixtures/rules/note-n.xml");
    CHECK(loc["region"]["startLine"].number == 16);
    CHECK(loc["region"]["startColumn"].number == 17);
    CHECK(results[0]["level"].string == "warning");
    // The file name becomes a URI reference.
    FileReport odd;
    odd.path = "a b%.xml";
    odd.diagnostics.push_back({Severity::Error, "a b%.xml", 1, 1, "m", "x"});
    Json o = JsonReader::parse(sarif_report({odd}, context()));
    CHECK(o["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].string ==
          "a%20b%25.xml");
}

TEST_CASE("junit: one testcase per file - failures and errors counted", "[formats]") {
    InSourceDir here;
    const std::string out = junit_report(sample_reports(), context());
    CHECK(xpath_number(out, "count(/testsuites/testsuite/testcase)") == 4);
    CHECK(xpath_number(out, "number(/testsuites/@tests)") == 4);
    CHECK(xpath_number(out, "number(/testsuites/@failures)") == 1);
    CHECK(xpath_number(out, "number(/testsuites/@errors)") == 1);
    CHECK(xpath_number(
              out, "count(//testcase[@name='tests/validate/fixtures/rules/note-n.xml']/failure[@type='note-n'])") == 1);
    CHECK(xpath_number(out, "count(//testcase[@name='tests/validate/fixtures/missing.xml']/error)") == 1);
    CHECK(xpath_number(out, "count(//testcase[@name='tests/validate/fixtures/rules/pb-gap.xml']/system-out)") == 1);
    CHECK(xpath_number(out, "count(//testcase[@name='tests/validate/fixtures/valid/document.xml']/*)") == 0);
    const std::string strict = junit_report(sample_reports(), context(true));
    CHECK(xpath_number(strict, "number(/testsuites/@failures)") == 2);
}

TEST_CASE("svrl: the rules' SVRL report - on request", "[formats]") {
    InSourceDir here;
    auto base = edition_validator();
    ValidatorOptions options;
    options.keep_svrl = true;
    Validator v(std::shared_ptr<const RelaxNgSchema>(&base.schema(), [](const RelaxNgSchema*) {}),
                std::shared_ptr<const SchematronRules>(base.rules(), [](const SchematronRules*) {}), options);
    const FileReport r = v.validate_file("tests/validate/fixtures/rules/pb-gap-range.xml");
    const std::string out = format_report(ReportFormat::Svrl, {r}, context());
    const std::pair<std::string, std::string> svrl{"svrl", "http://purl.oclc.org/dsdl/svrl"};
    CHECK(xpath_number(out, "count(/svrl:schematron-output)", {svrl}) == 1);
    CHECK(xpath_number(out, "count(//svrl:active-pattern)", {svrl}) == 2);
    CHECK(xpath_number(out, "count(//svrl:successful-report[@id='pb-gap'][@role='warning'])", {svrl}) == 1);
    CHECK(xpath_number(out, "count(//svrl:failed-assert)", {svrl}) == 0);
    // Complete SVRL: each report follows the svrl:fired-rule of its rule.
    CHECK(xpath_number(out, "count(//svrl:fired-rule[@context='tei:pb'])", {svrl}) == 2);
    CHECK(xpath_number(
              out, "count(//svrl:successful-report[preceding-sibling::*[1][self::svrl:fired-rule][@context='tei:pb']])",
              {svrl}) == 1);
    CHECK(xpath_number(out, "string-length(//svrl:successful-report/@location) > 0", {svrl}) == 1);
    CHECK(xpath_number(out, "count(//svrl:successful-report/svrl:text[contains(., 'pages 209–211 are missing')])",
                       {svrl}) == 1);
}

TEST_CASE("report format names", "[formats]") {
    CHECK(parse_report_format("sarif") == ReportFormat::Sarif);
    CHECK(parse_report_format("github") == ReportFormat::Github);
    CHECK(!parse_report_format("xml").has_value());
    CHECK(xml_escape("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;");
}
