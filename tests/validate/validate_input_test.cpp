// Bad inputs: malformed XML, not TEI, a directory, a missing file, an external entity (never
// read), an entity bomb (refused fast), a huge text node, deep nesting, a size limit.
#include "validate_support.h"

#include "validate/report_formats.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::test;

TEST_CASE("malformed XML: the parser's line and column", "[input]") {
    const FileReport r = edition_validator().validate_file(fixture("bad/malformed.xml"));
    CHECK(r.status == InputStatus::Invalid);
    REQUIRE(r.diagnostics.size() >= 1);
    const Diagnostic& d = r.diagnostics[0];
    CHECK(d.line == 5);
    CHECK(d.column == 15);
    CHECK(d.message == "not well-formed XML: Opening and ending tag mismatch: p line 4 and teiHeader");
    CHECK(d.rule_id == "xml");
}

TEST_CASE("a file that is not TEI", "[input]") {
    const FileReport r = edition_validator().validate_file(fixture("bad/not-tei.xml"));
    CHECK(r.status == InputStatus::Invalid);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(format_diagnostic(r.diagnostics[0]) ==
          fixture("bad/not-tei.xml") +
              ":2:1: error: not a TEI document: the root element \"html\" is in the namespace "
              "http://www.w3.org/1999/xhtml; expected \"TEI\" in the namespace "
              "http://www.tei-c.org/ns/1.0 [tei]");
}

TEST_CASE("a directory and a missing file are unreadable (exit code 2)", "[input]") {
    FileReport dir = edition_validator().validate_file(fixture("bad"));
    CHECK(dir.status == InputStatus::Unreadable);
    REQUIRE(dir.diagnostics.size() == 1);
    CHECK(dir.diagnostics[0].message == "is a directory, not a file");
    FileReport missing = edition_validator().validate_file(fixture("bad/no-such-file.xml"));
    CHECK(missing.status == InputStatus::Unreadable);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].message == "cannot open file: No such file or directory");
}

TEST_CASE("an external entity is never read - and its content appears in no output", "[input][xxe]") {
    ensure_session();
    const std::string secret = slurp(fixture("bad/secret.txt"));
    REQUIRE(secret.find("TOP-SECRET") != std::string::npos);
    ValidatorOptions options;
    options.keep_svrl = true;
    auto base = edition_validator();
    Validator v(std::shared_ptr<const RelaxNgSchema>(&base.schema(), [](const RelaxNgSchema*) {}),
                std::shared_ptr<const SchematronRules>(base.rules(), [](const SchematronRules*) {}), options);
    const std::vector<FileReport> reports = {v.validate_file(fixture("bad/external-entity.xml"))};
    CHECK(reports[0].status == InputStatus::Invalid);
    REQUIRE(reports[0].diagnostics.size() == 2);
    CHECK(reports[0].diagnostics[0].message ==
          "the DOCTYPE declares the external entity \"secret\" (secret.txt); teipress never loads external entities");
    CHECK(reports[0].diagnostics[0].line == 3);
    CHECK(reports[0].diagnostics[1].message ==
          "entity reference &secret; is not expanded: teipress never reads entities");
    ReportContext context;
    for (auto f : {ReportFormat::Text, ReportFormat::Json, ReportFormat::Junit, ReportFormat::Github,
                   ReportFormat::Sarif, ReportFormat::Svrl})
        CHECK(format_report(f, reports, context).find("TOP-SECRET") == std::string::npos);
}

TEST_CASE("an entity bomb is refused by libxml2's guard, never expanded", "[input][bomb]") {
    const FileReport r = edition_validator().validate_file(fixture("bad/entity-bomb.xml"));
    CHECK(r.status == InputStatus::Invalid);
    // One error, libxml2's loop and amplification guard stopping the parse (no expansion ran to
    // its end: that would be 10^9 copies), and nothing of the expansion in the report.
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule_id == "xml");
    CHECK(r.diagnostics[0].message == "not well-formed XML: Detected an entity reference loop");
    CHECK(format_diagnostic(r.diagnostics[0]).find("dha") == std::string::npos);
}

namespace {
std::string tei_with_body(const std::string& body) {
    return "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
           "<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
           "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>\n"
           "<text><body>" +
           body + "</body></text>\n</TEI>\n";
}
} // namespace

TEST_CASE("an internal entity declaration is refused (teipress expands no entity)", "[input]") {
    auto dir = temp_dir("internal-entity");
    std::string doc = tei_with_body("<p>&x;</p>");
    doc.insert(doc.find("<TEI"), "<!DOCTYPE TEI [ <!ENTITY x \"expanded\"> ]>\n");
    write(dir / "e.xml", doc);
    const FileReport r = edition_validator().validate_file((dir / "e.xml").string());
    CHECK(r.status == InputStatus::Invalid);
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics[0].message ==
          "the DOCTYPE declares the entity \"x\"; teipress does not expand entities (write the characters themselves)");
}

TEST_CASE("a very large file is validated in bounded memory and deep nesting is refused", "[input][huge]") {
    auto dir = temp_dir("huge");
    SECTION("a 12 MB text node and 20 MB of documents") {
        std::string body = "<div type=\"section\"><p>" + std::string(12 * 1024 * 1024, 'a') + "</p></div>\n";
        const std::string para(300, 'x');
        for (int i = 1; body.size() < 21u * 1024 * 1024; ++i) {
            const std::string n = std::to_string(i);
            body += "<div type=\"document\" n=\"" + n + "\" xml:id=\"d" + n +
                    "\" subtype=\"historical-document\"><head>Document " + n + "<note n=\"1\" xml:id=\"d" + n +
                    "fn1\" type=\"source\">Source.</note></head>\n<p>" + para + " <pb n=\"" + n + "\" xml:id=\"pg_" +
                    n + "\"/> " + para + "<note n=\"2\" xml:id=\"d" + n + "fn2\">See <ref target=\"#d" + n +
                    "fn1\">note 1</ref>.</note></p>\n<p>" + para + "</p></div>\n";
        }
        write(dir / "big.xml", tei_with_body(body));
        REQUIRE(fs::file_size(dir / "big.xml") > 20u * 1024 * 1024);
        const FileReport r = edition_validator().validate_file((dir / "big.xml").string());
        CHECK(r.status == InputStatus::Ok);
        for (const auto& d : r.diagnostics) FAIL(format_diagnostic(d));
        // The tree costs a few times the file: the whole test process stays far below 1 GB.
        struct rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
#if defined(__SANITIZE_ADDRESS__)
        const long limit_kib = 2048L * 1024; // AddressSanitizer's shadow memory and quarantine
#else
        const long limit_kib = 600L * 1024;
#endif
        CHECK(usage.ru_maxrss < limit_kib);
    }
    SECTION("10,000 nested elements") {
        std::string body;
        for (int i = 0; i < 10000; ++i) body += "<div>";
        for (int i = 0; i < 10000; ++i) body += "</div>";
        write(dir / "deep.xml", tei_with_body(body));
        const FileReport r = edition_validator().validate_file((dir / "deep.xml").string());
        CHECK(r.status == InputStatus::Invalid);
        REQUIRE(!r.diagnostics.empty());
        CHECK(r.diagnostics[0].message.find("depth") != std::string::npos);
    }
}

TEST_CASE("a file over the size limit is refused before it is read", "[input][huge]") {
    ensure_session();
    auto base = edition_validator();
    ValidatorOptions options;
    options.max_bytes = 1000;
    Validator v(std::shared_ptr<const RelaxNgSchema>(&base.schema(), [](const RelaxNgSchema*) {}), nullptr, options);
    const FileReport r = v.validate_file(fixture("valid/document.xml"));
    CHECK(r.status == InputStatus::Unreadable);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "file is larger than the limit of 1000 bytes");
}

TEST_CASE("positions: start tags spanning lines - attributes - several tags on one line", "[input][position]") {
    auto dir = temp_dir("positions");
    write(dir / "p.xml",
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
          "<a/><b/><a/>  <a\n   x=\"1\"\n   y=\"2\"/>\n</TEI>\n");
    std::vector<Diagnostic> errors;
    TeiInput input;
    REQUIRE(read_tei_input((dir / "p.xml").string(), 1 << 20, true, input, errors) == InputStatus::Ok);
    const xmlNode* root = xmlDocGetRootElement(input.doc.get());
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = root->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) kids.push_back(c);
    REQUIRE(kids.size() == 4);
    const SourceText& s = *input.source;
    CHECK(s.position_of(kids[0]).column == 1);
    CHECK(s.position_of(kids[1]).column == 5);
    CHECK(s.position_of(kids[2]).column == 9);
    CHECK(s.position_of(kids[3]).line == 2);
    CHECK(s.position_of(kids[3]).column == 15);
    const xmlNode* y = reinterpret_cast<const xmlNode*>(kids[3]->properties->next);
    CHECK(s.position_of(y).line == 4);
    CHECK(s.position_of(y).column == 4);
}

TEST_CASE("positions on one long line, past comments, CDATA, processing instructions and a DTD", "[input][position]") {
    // Tags inside a comment, a CDATA section, an instruction or the DTD are not elements: the
    // index of start tags must skip them (the n-th element is the n-th start tag).
    std::string text =
        "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ATTLIST e0 q CDATA \"e9 x='>'\"> <!-- <e8> -->]>"
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><!-- <e7/> --><?pi <e6/>?><![CDATA[<e5/>]]>";
    for (int i = 0; i < 400; ++i) text += "<e" + std::to_string(i) + " a=\"1\"  b=\"&#233;\"/>\u00e9";
    text += "</TEI>";
    std::vector<Diagnostic> errors;
    auto doc = parse_xml("one-line.xml", text, errors);
    REQUIRE(doc);
    SourceText source("one-line.xml", text);
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    int i = 0;
    for (const xmlNode* c = root->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string tag = "<e" + std::to_string(i) + " ";
        const std::size_t at = text.find(tag, text.find("<TEI"));
        REQUIRE(at != std::string::npos);
        const SourcePosition want = LineIndex(text).position(at);
        INFO(tag);
        CHECK(source.position_of(c).line == 1);
        CHECK(source.position_of(c).column == want.column);
        const xmlNode* b = reinterpret_cast<const xmlNode*>(c->properties->next);
        CHECK(source.position_of(b).column == LineIndex(text).position(text.find("b=", at)).column);
        ++i;
    }
    CHECK(i == 400);
}

TEST_CASE("a file that is not UTF-8: one message on one line at the byte's place", "[input]") {
    const FileReport r = edition_validator().validate_file(fixture("bad/not-utf8.xml"));
    CHECK(r.status == InputStatus::Invalid);
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column == 5);
    CHECK(r.diagnostics[0].message.find('\n') == std::string::npos);
    CHECK(r.diagnostics[0].message.rfind("not well-formed XML: Input is not proper UTF-8", 0) == 0);
}

TEST_CASE("columns count characters - not bytes", "[input][position]") {
    auto dir = temp_dir("columns");
    write(dir / "c.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<p>détente détente <b></p>\n</TEI>\n");
    const FileReport r = edition_validator().validate_file((dir / "c.xml").string());
    REQUIRE(!r.diagnostics.empty());
    CHECK(r.diagnostics[0].line == 2);
    CHECK(r.diagnostics[0].column == 27); // after "</p>", counting é as one
}

TEST_CASE("no network: an external DTD is not fetched and a parameter entity is refused", "[input][xxe]") {
    auto dir = temp_dir("network");
    // A listening socket on this machine stands for the network: any fetch would connect to it
    // (the kernel completes the connection even before accept), which accept() then sees.
    int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    REQUIRE(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(listener, 8) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const std::string base = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
    // A DOCTYPE naming a DTD on the network: never loaded, so the document is just TEI.
    std::string with_dtd = tei_with_body("<p>x</p>");
    with_dtd.insert(with_dtd.find("<TEI"), "<!DOCTYPE TEI SYSTEM \"" + base + "/tei.dtd\">\n");
    write(dir / "dtd.xml", with_dtd);
    const FileReport dtd = grammar_validator().validate_file((dir / "dtd.xml").string());
    CHECK(dtd.status == InputStatus::Ok);
    CHECK(dtd.errors() == 0);
    // A parameter entity naming a file on the network: declared, never read, refused.
    std::string with_pe = tei_with_body("<p>x</p>");
    with_pe.insert(with_pe.find("<TEI"),
                   "<!DOCTYPE TEI [ <!ENTITY % remote SYSTEM \"" + base + "/x.ent\"> %remote; ]>\n");
    write(dir / "pe.xml", with_pe);
    const FileReport pe = grammar_validator().validate_file((dir / "pe.xml").string());
    CHECK(pe.status == InputStatus::Invalid);
    REQUIRE(!pe.diagnostics.empty());
    CHECK(pe.diagnostics[0].message.find("\"remote\"") != std::string::npos);
    // Nobody connected.
    int connection = ::accept(listener, nullptr, nullptr);
    CHECK(connection < 0);
    CHECK((errno == EAGAIN || errno == EWOULDBLOCK));
    if (connection >= 0) ::close(connection);
    ::close(listener);
}
