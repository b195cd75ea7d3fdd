// --embedded-rules: the Schematron a RELAX NG grammar carries, in every shape (ISO patterns,
// rules and asserts outside patterns, Schematron 1.5, included grammars); what cannot run
// listed by id with its reason, in every report format; TEI's own constraints in tei_all.rng.
#include "validate_support.h"

#include "json_reader.h"
#include "validate/embedded_rules.h"
#include "validate/report_formats.h"
#include "validate/validation_profile.h"

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::test;

namespace {

const SchematronCompiler& compiler() {
    ensure_session();
    static const auto c = [] {
        auto loaded = SchematronCompiler::load(source_dir() + "/xslt/schematron/compile.xsl");
        REQUIRE(loaded);
        return *loaded;
    }();
    return *c;
}

// "rule @line: message" of the embedded rules on a document.
std::vector<std::string> run_on(const SchematronRules& rules, const std::string& path) {
    std::vector<Diagnostic> out;
    TeiInput input;
    REQUIRE(read_tei_input(path, 1 << 26, true, input, out) == InputStatus::Ok);
    auto run = rules.run(input.doc.get(), *input.source, out);
    REQUIRE(run);
    std::vector<std::string> lines;
    for (const auto& d : out) lines.push_back("failed: " + d.message);
    auto found = svrl_diagnostics(run, input.doc.get(), *input.source);
    std::stable_sort(found.begin(), found.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    for (const auto& d : found) lines.push_back(d.rule_id + " @" + std::to_string(d.line) + ": " + d.message);
    return lines;
}

// The setup of `teipress validate --schema grammar.rng --embedded-rules`.
ValidationSetup embedded_setup() {
    ensure_session();
    ValidationRequest request;
    request.schema = fixture("embedded/grammar.rng");
    request.embedded_rules = true;
    auto setup = prepare_validation(request);
    if (!setup) FAIL(format_diagnostic(setup.error()));
    return std::move(*setup);
}

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
    const double n = xmlXPathCastToNumber(r);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return n;
}

} // namespace

TEST_CASE("embedded Schematron in every shape is found - what cannot run is listed with its reason", "[embedded]") {
    auto e = extract_embedded_rules(fixture("embedded/grammar.rng"), compiler());
    REQUIRE(e);
    CHECK(e->found == 7);
    REQUIRE(e->not_run.size() == 2);
    CHECK(e->not_run[0].id == "needs-xpath2");
    CHECK(e->not_run[0].line == 39);
    CHECK(e->not_run[0].file == fixture("embedded/grammar.rng"));
    CHECK(e->not_run[0].reason ==
          "the @test of sch:assert calls matches(), which XPath 1.0 does not have (matches(., '^[A-Z]'))");
    CHECK(e->not_run[1].id == "not-xpath");
    CHECK(e->not_run[1].reason == "does not compile with XPath 1.0: Invalid expression: 'not(string-length(.) gt 0)'");
    REQUIRE(e->rules);
    // The included grammar's pattern, the rule outside a pattern, the Schematron 1.5 pattern and
    // the assert directly in <element name="p"> (its context: tei:p) each find their paragraph.
    CHECK(run_on(*e->rules, fixture("embedded/document.xml")) ==
          std::vector<std::string>{"header-titled @4: the header is not empty", "p-numbered @6: paragraph numbered x",
                                   "old-style @7: paragraph numbered old", "p-not-empty @8: a paragraph has text"});
}

TEST_CASE("TEI's constraints in tei_all.rng: 54 of 90 run with libxslt - 36 need XPath 2 - each named", "[embedded]") {
    auto e = extract_embedded_rules(source_dir() + "/schema/tei/tei_all.rng", compiler());
    REQUIRE(e);
    CHECK(e->found == 90);
    CHECK(e->not_run.size() == 36);
    std::set<std::string> ids;
    for (const auto& c : e->not_run) {
        INFO(c.id);
        CHECK(!c.reason.empty());
        CHECK(c.line > 0);
        CHECK(ids.insert(c.id).second);
    }
    CHECK(ids.count("tei_all-att.global.source-source-only_1_ODD_source-constraint-rule-5")); // tokenize()
    CHECK(ids.count("tei_all-att.repeatable-MINandMAXoccurs-constraint-rule-58"));            // if … then … else
    REQUIRE(e->rules);
    // A constraint that runs: @generatedBy belongs inside <post>.
    auto dir = temp_dir("embedded-tei");
    write(dir / "d.xml",
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
          "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>\n"
          "<text><body><p generatedBy=\"human\">x</p></body></text></TEI>\n");
    CHECK(run_on(*e->rules, (dir / "d.xml").string()) ==
          std::vector<std::string>{"tei_all-att.cmc-generatedBy-CMC_generatedBy_within_post-constraint-rule-1 @2: "
                                   "The @generatedBy attribute is for use within a <post> element."});
    // And the real corpus: the runnable constraints run on a reviewed excerpt without failing.
    CHECK(run_on(*e->rules, source_dir() + "/tests/corpus/frus/frus1977-80v01-d20-d22.xml").empty());
}

TEST_CASE("every format says which embedded constraints were not run", "[embedded][formats]") {
    const ValidationSetup setup = embedded_setup();
    ValidatorOptions options;
    options.keep_svrl = true;
    for (const auto& c : setup.not_run)
        options.svrl_texts.push_back("constraint " + c.id + " (" + c.file + ":" + std::to_string(c.line) +
                                     ") was not run: " + c.reason);
    Validator v(setup.schema, setup.rule_sets, options);
    const std::vector<FileReport> reports{v.validate_file(fixture("embedded/document.xml"))};
    ReportContext context;
    context.version = "9.9.9";
    context.embedded_rules = true;
    context.embedded_found = setup.embedded_found;
    context.not_run = setup.not_run;
    const std::string grammar = fixture("embedded/grammar.rng");

    const std::string text = text_report(reports, context);
    CHECK(text.rfind(grammar +
                         ":39: note: not run: the @test of sch:assert calls matches(), which XPath 1.0 does not have "
                         "(matches(., '^[A-Z]')) [needs-xpath2]\n" +
                         grammar +
                         ":44: note: not run: does not compile with XPath 1.0: Invalid expression: "
                         "'not(string-length(.) gt 0)' [not-xpath]\n",
                     0) == 0);
    CHECK(text.find("1 file checked: 4 errors, 0 warnings; 1 not valid; embedded constraints: 5 run, 2 not run\n") !=
          std::string::npos);

    Json j = JsonReader::parse(json_report(reports, context));
    CHECK(j["embedded_constraints"]["found"].number == 7);
    REQUIRE(j["embedded_constraints"]["not_run"].array.size() == 2);
    CHECK(j["embedded_constraints"]["not_run"][0]["id"].string == "needs-xpath2");
    CHECK(j["embedded_constraints"]["not_run"][0]["line"].number == 39);
    CHECK(j["embedded_constraints"]["not_run"][1]["reason"].string.rfind("does not compile with XPath 1.0", 0) == 0);

    const std::string junit = junit_report(reports, context);
    CHECK(xpath_number(junit, "number(/testsuites/@skipped)") == 2);
    CHECK(xpath_number(junit, "count(//testsuite[@name='teipress constraints not run']/testcase[skipped])") == 2);
    CHECK(xpath_number(junit, "count(//testcase[@name='needs-xpath2']/skipped[contains(@message, 'matches()')])") == 1);

    const std::string github = github_report(reports, context);
    CHECK(github.rfind("::notice file=" + grammar +
                           ",line=39,title=teipress [needs-xpath2] not run::constraint "
                           "needs-xpath2 was not run: the @test of sch:assert calls matches()",
                       0) == 0);
    CHECK(github.find("title=teipress [not-xpath] not run::") != std::string::npos);

    Json sarif = JsonReader::parse(sarif_report(reports, context));
    const Json& notes = sarif["runs"][0]["invocations"][0]["toolConfigurationNotifications"];
    REQUIRE(notes.array.size() == 2);
    CHECK(notes[0]["descriptor"]["id"].string == "needs-xpath2");
    CHECK(notes[0]["level"].string == "note");
    CHECK(notes[0]["locations"][0]["physicalLocation"]["region"]["startLine"].number == 39);
    CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"].boolean == true);

    const std::string svrl = format_report(ReportFormat::Svrl, reports, context);
    const std::pair<std::string, std::string> ns{"svrl", "http://purl.oclc.org/dsdl/svrl"};
    CHECK(
        xpath_number(
            svrl,
            "count(/svrl:schematron-output/svrl:text[contains(., 'constraint needs-xpath2') and contains(., 'was not run')])",
            {ns}) == 1);
    CHECK(xpath_number(svrl, "count(/svrl:schematron-output/*[1][self::svrl:text])", {ns}) == 1);
    CHECK(xpath_number(svrl, "count(//svrl:failed-assert | //svrl:successful-report)", {ns}) == 4);
    CHECK(xpath_number(svrl, "count(//*[@teipress-node])", {ns}) == 0);
    CHECK(
        xpath_number(
            svrl,
            "count(//svrl:successful-report[@location = \"/*[local-name()='TEI' and namespace-uri()='http://www.tei-c.org/ns/1.0'][1]/*[local-name()='text' and namespace-uri()='http://www.tei-c.org/ns/1.0'][1]/*[local-name()='p' and namespace-uri()='http://www.tei-c.org/ns/1.0'][2]\"])",
            {ns}) == 1);
}
