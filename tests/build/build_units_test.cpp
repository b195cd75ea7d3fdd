// Unit tests of src/build and its writers: --formats, --shard, the manifest, the parallel
// runner, the progress line, the order of reading texts, the search index, chunked outputs and
// the EPUB container.
#include "build/build_source.h"
#include "build/manifest.h"
#include "build/output_formats.h"
#include "build/parallel_runner.h"
#include "build/progress.h"
#include "build/shard.h"
#include "build/site_search.h"
#include "writers/chunked_output.h"
#include "writers/epub_package.h"
#include "xml/libxml_document.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <libxml/parser.h>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unistd.h>
#include <zip.h>

using namespace teipress;
using namespace teipress::build;

TEST_CASE("formats option: names, all, errors") {
    auto all = parse_formats("all");
    REQUIRE(all);
    CHECK(all->names() == "html,latex,pdf,text,markdown,epub");
    CHECK(*all == FormatSet::all());
    auto some = parse_formats("pdf, html,html");
    REQUIRE(some);
    CHECK(some->names() == "html,pdf"); // the table's order, each once
    CHECK(some->has(OutputFormat::Pdf));
    CHECK_FALSE(some->has(OutputFormat::Epub));
    auto unknown = parse_formats("html,docx");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message ==
          "unknown format 'docx' in --formats (expected html, latex, pdf, text, markdown, epub, or all)");
    for (const char* bad : {"", ",", "html,", " , html"}) {
        auto r = parse_formats(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.rfind("--formats needs a list of formats", 0) == 0);
    }
}

TEST_CASE("shard option: K/N read, every document in exactly one share, shares balanced") {
    auto s = parse_shard("2/4");
    REQUIRE(s);
    CHECK(s->index == 2);
    CHECK(s->count == 4);
    CHECK(shard_label(*s) == "2-of-4");
    CHECK(parse_shard("1/1")->whole());
    for (const char* bad :
         {"", "2", "0/4", "2/0", "a/b", "2/4/1", "-1/4", "02/4", "2 /4", "1/10001", "1/999999999999"}) {
        auto r = parse_shard(bad);
        INFO(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.find("--shard needs K/N") == 0);
    }
    auto over = parse_shard("5/4");
    REQUIRE_FALSE(over);
    CHECK(over.error().message == "--shard 5/4: there is no share 5 of 4 (K must be at most N)");

    for (unsigned n : {1u, 2u, 3u, 7u}) {
        std::vector<std::size_t> sizes(n, 0);
        for (std::size_t position = 0; position < 138; ++position) {
            unsigned owners = 0;
            for (unsigned k = 1; k <= n; ++k)
                if (shard_has(Shard{k, n}, position)) {
                    ++owners;
                    ++sizes[k - 1];
                }
            CHECK(owners == 1);
        }
        auto [lo, hi] = std::minmax_element(sizes.begin(), sizes.end());
        CHECK(*hi - *lo <= 1);
    }
}

TEST_CASE("manifest: written and read back, escapes, damaged manifests refused") {
    Manifest m;
    m.version = "0.1.0";
    m.tools = "aa";
    m.formats = "html,epub";
    m.source = "bb";
    m.entries["document/d2"] = {"k2", true, {{"d2.xml", 10}, {"d2.html", 20}}};
    m.entries["document/odd name\nwith\\"] = {"k3", false, {}};
    m.entries["volume/site"] = {"k4", true, {{"site/index.html", 0}, {"site/a b.html", 5}}};
    const std::string text = write_manifest_text(m);
    CHECK(text.rfind("teipress build manifest 1\nversion 0.1.0\ntools aa\nformats html,epub\nsource bb\n", 0) == 0);
    CHECK(text.find("entry k3 failed document/odd name\\nwith\\\\\n") != std::string::npos);
    auto back = read_manifest_text(text, "M");
    REQUIRE(back);
    CHECK(*back == m);
    CHECK(write_manifest_text(*back) == text);

    struct Bad {
        const char* text;
        const char* message;
        int line;
    };
    for (const Bad& bad :
         {Bad{"", "not a teipress build manifest", 0}, Bad{"something else\n", "not a teipress build manifest", 1},
          Bad{"teipress build manifest 1\noutput 3 a\n", "an output before any entry", 2},
          Bad{"teipress build manifest 1\nentry k maybe x\n", "an entry needs a key, ok or failed, and a name", 2},
          Bad{"teipress build manifest 1\nentry k ok x\noutput 1x a\n", "an output's size must be a number", 3},
          Bad{"teipress build manifest 1\nentry k ok x\noutput 12\n", "an output needs a size and a path", 3},
          Bad{"teipress build manifest 1\nentry k ok x\\q\n", "an entry needs a key, ok or failed, and a name", 2},
          Bad{"teipress build manifest 1\nmystery 1\n", "unknown record 'mystery'", 2}}) {
        auto r = read_manifest_text(bad.text, "M");
        INFO(bad.text);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == bad.message);
        CHECK(r.error().line == bad.line);
    }
}

TEST_CASE("manifest: outputs are present only as regular files of their recorded size") {
    auto dir = std::filesystem::temp_directory_path() / ("teipress-manifest-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "site");
    std::ofstream(dir / "a.html") << "12345";
    std::ofstream(dir / "site" / "b.html") << "";
    ManifestEntry e{"k", true, {{"a.html", 5}, {"site/b.html", 0}}};
    CHECK(outputs_present(e, dir.string()));
    e.outputs[0].size = 4; // a file cut short (or left empty by a crash)
    CHECK_FALSE(outputs_present(e, dir.string()));
    e.outputs[0].size = 5;
    std::filesystem::remove(dir / "site" / "b.html");
    CHECK_FALSE(outputs_present(e, dir.string()));
    std::filesystem::create_directories(dir / "site" / "b.html"); // a folder is not the file
    CHECK_FALSE(outputs_present(e, dir.string()));
    std::filesystem::remove_all(dir);
}

TEST_CASE("parallel runner: every index once, on the workers asked for; an exception is carried") {
    for (unsigned jobs : {0u, 1u, 2u, 5u}) {
        std::vector<std::atomic<int>> seen(100);
        std::mutex m;
        std::set<unsigned> workers;
        run_in_parallel(seen.size(), jobs, [&](std::size_t i, unsigned worker) {
            ++seen[i];
            std::lock_guard<std::mutex> lock(m);
            workers.insert(worker);
        });
        for (auto& s : seen) CHECK(s == 1);
        CHECK(*workers.rbegin() < std::max(jobs, 1u));
    }
    std::atomic<int> ran{0};
    run_in_parallel(0, 4, [&](std::size_t, unsigned) { ++ran; });
    CHECK(ran == 0);
    CHECK_THROWS_AS(run_in_parallel(50, 3,
                                    [&](std::size_t i, unsigned) {
                                        if (i == 7) throw std::runtime_error("no");
                                    }),
                    std::runtime_error);
}

TEST_CASE("progress: the line on a terminal, plain lines otherwise, quiet keeps messages") {
    CHECK(Progress::progress_line(0, 586, "documents", 0) == "[0/586] documents");
    CHECK(Progress::progress_line(120, 586, "documents", 2.0) == "[120/586] documents, 60.0/s, 8 s left");
    CHECK(Progress::progress_line(100, 700, "documents", 10.0) == "[100/700] documents, 10.0/s, 1 min 0 s left");
    CHECK(Progress::progress_line(586, 586, "documents", 4.0) == "[586/586] documents, 146.5/s");

    Diagnostic d{Severity::Error, "f.xml", 3, 4, "wrong", {}};
    std::ostringstream out, err;
    Progress plain(out, err, ProgressStyle{false, false});
    plain.start(2, "documents");
    plain.done({}, "d1 -> OUT/d1.xml");
    plain.done({d}, "d2: failed");
    plain.say("2 of 2");
    plain.finish();
    CHECK(out.str() == "d1 -> OUT/d1.xml\nd2: failed\n2 of 2\n");
    CHECK(err.str() == "f.xml:3:4: error: wrong\n");

    std::ostringstream tout, terr;
    Progress terminal(tout, terr, ProgressStyle{true, false});
    terminal.start(2, "documents");
    terminal.done({}, "d1 -> OUT/d1.xml");
    terminal.done({d}, "d2: failed");
    terminal.finish();
    terminal.say("2 of 2");
    // The line is redrawn in place and cleared at the end; the plain lines are not printed.
    CHECK(tout.str().find("\r\x1b[K[0/2] documents") == 0);
    CHECK(tout.str().find("[2/2] documents") != std::string::npos);
    CHECK(tout.str().find("d1 -> OUT") == std::string::npos);
    CHECK(tout.str().size() >= 9);
    CHECK(tout.str().substr(tout.str().size() - 7) == "2 of 2\n");
    CHECK(terr.str() == "f.xml:3:4: error: wrong\n");

    std::ostringstream qout, qerr;
    Progress quiet(qout, qerr, ProgressStyle{true, true});
    quiet.start(1, "documents");
    quiet.done({d}, "d2: failed");
    quiet.say("summary");
    quiet.finish();
    CHECK(qout.str().empty());
    CHECK(qerr.str() == "f.xml:3:4: error: wrong\n");
}

TEST_CASE("reading texts in natural order; names reserved for the volume's outputs") {
    std::vector<std::string> names{"d10.txt", "d9.txt", "d1.txt", "d009a.txt", "a.txt", "d100.txt", "d9b.txt"};
    std::sort(names.begin(), names.end(), natural_less);
    CHECK(names ==
          std::vector<std::string>{"a.txt", "d1.txt", "d9.txt", "d009a.txt", "d9b.txt", "d10.txt", "d100.txt"});
    CHECK(is_reserved_name("volume"));
    CHECK(is_reserved_name("site"));
    CHECK(is_reserved_name("failed"));
    CHECK(is_reserved_name(".teipress"));
    CHECK_FALSE(is_reserved_name("d1"));
}

TEST_CASE("search: words folded as search.js folds a query") {
    std::vector<std::string> words;
    fold_words("Détente, RUSK's “ŒUVRE” Straße — Łódź 1965; a × b ΑΘΗΝΑ Москва", words);
    CHECK(words == std::vector<std::string>{"detente", "rusk", "oeuvre", "strasse", "lodz", "1965", "αθηνα", "москва"});
    CHECK(page_of("d5") == "d5.html");
    CHECK(page_of("ch<1>") == "ch1.html");
}

TEST_CASE("search: documents, titles, dates and the index script") {
    const char* xml =
        "<TEI xmlns='http://www.tei-c.org/ns/1.0' xmlns:frus='http://history.state.gov/frus/ns/1.0'>"
        "<teiHeader><fileDesc><titleStmt><title>Header words</title></titleStmt></fileDesc></teiHeader>"
        "<text><body><div type='chapter'><head>Chapter</head>"
        "<div type='document' xml:id='d1' n='1'><head>1. Telegram \"Quoted\"<note n='0'>Source: files.</note></head>"
        "<opener><dateline>Prague, <date when='1965-03-03T14:00:00Z'>March 3</date></dateline></opener>"
        "<p>Détente and détente.</p></div>"
        "<div type='document' xml:id='d2' n='2' frus:doc-dateTime-min='1894-01-05T00:00:00-05:00'><head>No. 2. Letter</head>"
        "<p>Answer to Prague.</p></div></div></body></text></TEI>";
    xml::XmlDocPtr doc(xmlReadMemory(xml, static_cast<int>(std::strlen(xml)), "v.xml", nullptr, 0));
    REQUIRE(doc);
    auto docs = search_documents(doc.get());
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].id == "d1");
    CHECK(docs[0].title == "Telegram \"Quoted\"");
    CHECK(docs[0].date == "1965-03-03");
    CHECK(docs[0].words ==
          std::vector<std::string>{"telegram", "quoted", "source", "files", "prague", "march", "detente", "and"});
    CHECK(docs[1].title == "Letter");
    CHECK(docs[1].date == "1894-01-05");
    const std::string script = search_index_script(docs);
    CHECK(script.rfind("window.teipressSearchIndex = {\"documents\": [\n"
                       "[\"d1\",\"d1.html\",\"1\",\"Telegram \\\"Quoted\\\"\",\"1965-03-03\"],\n"
                       "[\"d2\",\"d2.html\",\"2\",\"Letter\",\"1894-01-05\"]\n],\n\"words\": {\n",
                       0) == 0);
    CHECK(script.find("\"prague\":[0,1]") != std::string::npos);
    CHECK(script.find("\"answer\":[1]") != std::string::npos);
    CHECK(script.find("header") == std::string::npos); // the header is not the text
    CHECK(script.substr(script.size() - 5) == "\n}};\n");
}

namespace {

xml::XmlDocPtr parse(const std::string& text) {
    return xml::XmlDocPtr(xmlReadMemory(text.data(), static_cast<int>(text.size()), "r.xml", nullptr, 0));
}

} // namespace

TEST_CASE("chunked outputs: html, xml with its namespaces, text; bad chunks refused") {
    auto doc = parse(
        "<c:chunks xmlns:c='urn:teipress:chunks' xmlns='http://www.w3.org/1999/xhtml'>"
        "<c:chunk href='a.html' method='html'><html xmlns=''><head><meta charset='UTF-8'/></head>"
        "<body><p>A &amp; B<br/></p><p xmlns=''>C</p></body></html></c:chunk>"
        "<c:chunk href='OEBPS/b.xhtml' method='xml'><html><body><p>x</p></body></html></c:chunk>"
        "<c:chunk href='s/c.js' method='text'>var a = 1 &lt; 2;</c:chunk></c:chunks>");
    REQUIRE(doc);
    auto chunks = writers::split_chunks(doc.get(), "s.xsl");
    REQUIRE(chunks);
    REQUIRE(chunks->size() == 3);
    CHECK((*chunks)[0].href == "a.html");
    CHECK(
        (*chunks)[0].content ==
        "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"></head><body><p>A &amp; B<br></p><p>C</p></body></html>\n");
    CHECK(
        (*chunks)[1].content ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>\n");
    CHECK((*chunks)[2].content == "var a = 1 < 2;");

    for (
        const char* bad :
        {"<x/>", "<c:chunks xmlns:c='urn:teipress:chunks'><c:chunk href='../a' method='text'/></c:chunks>",
         "<c:chunks xmlns:c='urn:teipress:chunks'><c:chunk href='/a' method='text'/></c:chunks>",
         "<c:chunks xmlns:c='urn:teipress:chunks'><c:chunk href='.a' method='text'/></c:chunks>",
         "<c:chunks xmlns:c='urn:teipress:chunks'><c:chunk href='a' method='pdf'/></c:chunks>",
         "<c:chunks xmlns:c='urn:teipress:chunks'><c:chunk href='a' method='html'/></c:chunks>",
         "<c:chunks xmlns:c='urn:teipress:chunks'><c:chunk href='a' method='text'/><c:chunk href='a' method='text'/></c:chunks>",
         "<c:chunks xmlns:c='urn:teipress:chunks'><p/></c:chunks>"}) {
        auto d = parse(bad);
        REQUIRE(d);
        INFO(bad);
        CHECK_FALSE(writers::split_chunks(d.get(), "s.xsl"));
    }
}

TEST_CASE("EPUB container: mimetype first and stored, the files deflated, fixed dates, same bytes each time") {
    std::vector<writers::PackageFile> files{{"META-INF/container.xml", "<container/>"},
                                            {"OEBPS/a.xhtml", std::string(5000, 'a')}};
    auto epub = writers::make_epub_container(files, "v.epub");
    REQUIRE(epub);
    // OCF: the first local header names "mimetype", stored (method 0), no extra field, and its
    // content follows at byte 38.
    const std::string& z = *epub;
    REQUIRE(z.size() > 60);
    CHECK(z.compare(0, 4, "PK\x03\x04") == 0);
    CHECK(z[8] == 0);
    CHECK(z[9] == 0);
    CHECK(z[26] == 8);
    CHECK(z[28] == 0);
    CHECK(z[29] == 0);
    CHECK(z.compare(30, 8, "mimetype") == 0);
    CHECK(z.compare(38, 20, "application/epub+zip") == 0);
    auto again = writers::make_epub_container(files, "v.epub");
    REQUIRE(again);
    CHECK(*again == z);

    zip_error_t error;
    zip_source_t* source = zip_source_buffer_create(z.data(), z.size(), 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    REQUIRE(archive);
    REQUIRE(zip_get_num_entries(archive, 0) == 3);
    CHECK(std::string(zip_get_name(archive, 0, 0)) == "mimetype");
    CHECK(std::string(zip_get_name(archive, 2, 0)) == "OEBPS/a.xhtml");
    zip_stat_t st;
    REQUIRE(zip_stat_index(archive, 2, 0, &st) == 0);
    CHECK(st.comp_method == ZIP_CM_DEFLATE);
    CHECK(st.comp_size < st.size);
    zip_close(archive);

    auto refused = writers::make_epub_container({{"mimetype", "x"}}, "v.epub");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == "cannot make the EPUB: a file of the publication is named mimetype");
}
