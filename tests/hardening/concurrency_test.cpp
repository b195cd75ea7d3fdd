// Concurrency (issue 5): libxml2 is initialised once in the main thread (LibxmlSession, as
// main() does), then used from many threads at once, each with its own parser context and
// error handler; diagnostics never cross from one thread's sink to another's; atomic writes
// from many threads give whole files.
#include "core/atomic_file.h"
#include "xml/libxml_document.h"
#include "xml/libxml_session.h"
#include "xml/xml_settings.h"

#include "tools/test_files.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace teipress;

namespace {

constexpr int k_threads = 8;
constexpr int k_rounds = 200;

fs::path scratch(const std::string& name) {
    return teipress::testing::scratch_dir("hardening", name);
}

using teipress::testing::slurp;

// A document whose only error (an unclosed <p>) is on line `line`.
std::string broken_at(int line) {
    std::string s = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n";
    for (int i = 2; i < line; ++i) s += "<p>fine</p>\n";
    return s + "<p>broken</hi>\n</TEI>\n";
}

} // namespace

TEST_CASE("parse_with_libxml in many threads keeps each thread's diagnostics to itself") {
    xml::LibxmlSession session; // once, in this (the main) thread, before the workers
    std::vector<std::string> failures(k_threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < k_threads; ++t) {
        workers.emplace_back([t, &failures] {
            const std::string name = "thread" + std::to_string(t) + ".xml";
            const std::string broken = broken_at(t + 2);
            const std::string fine =
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>t" + std::to_string(t) + "</p></TEI>";
            for (int round = 0; round < k_rounds && failures[t].empty(); ++round) {
                DiagnosticSink sink;
                if (xml::parse_with_libxml(name, broken, sink)) failures[t] = "a broken document parsed";
                for (const auto& d : sink.items())
                    if (d.file != name || d.line != t + 2)
                        failures[t] = "foreign or misplaced diagnostic: " + format_diagnostic(d);
                if (sink.error_count() == 0) failures[t] = "no error reported";
                DiagnosticSink clean;
                auto doc = xml::parse_with_libxml(name, fine, clean);
                if (!doc || !clean.empty()) failures[t] = "a good document failed";
            }
        });
    }
    for (auto& w : workers) w.join();
    for (int t = 0; t < k_threads; ++t) {
        INFO("thread " << t);
        CHECK(failures[t].empty());
    }
}

TEST_CASE("the pugixml -> libxml2 hand-off in many threads gives each thread its own text") {
    xml::LibxmlSession session;
    std::vector<int> mismatches(k_threads, 0);
    std::vector<std::thread> workers;
    for (int t = 0; t < k_threads; ++t) {
        workers.emplace_back([t, &mismatches] {
            pugi::xml_document doc;
            const std::string text = "d\xC3\xA9tente\r\n " + std::to_string(t);
            doc.append_child("TEI").append_child(pugi::node_pcdata).set_value(text.c_str());
            for (int round = 0; round < k_rounds; ++round) {
                DiagnosticSink sink;
                auto handed = xml::to_libxml(doc, "t.xml", sink);
                xmlChar* content = handed ? xmlNodeGetContent(xmlDocGetRootElement(handed.get())) : nullptr;
                if (!content || text != reinterpret_cast<const char*>(content)) ++mismatches[t];
                xmlFree(content);
            }
        });
    }
    for (auto& w : workers) w.join();
    for (int t = 0; t < k_threads; ++t) CHECK(mismatches[t] == 0);
}

TEST_CASE("atomic writes from many threads: distinct files all whole, one shared file never mixed") {
    fs::path dir = scratch("threads");
    std::vector<std::thread> workers;
    auto content_of = [](int t) { return std::string(100000 + t, static_cast<char>('a' + t)); };
    std::vector<int> failed(k_threads, 0);
    for (int t = 0; t < k_threads; ++t) {
        workers.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) {
                if (!write_file_atomically((dir / ("own" + std::to_string(t))).string(), content_of(t))) ++failed[t];
                if (!write_file_atomically((dir / "shared").string(), content_of(t))) ++failed[t];
            }
        });
    }
    for (auto& w : workers) w.join();
    for (int t = 0; t < k_threads; ++t) {
        CHECK(failed[t] == 0);
        CHECK(slurp(dir / ("own" + std::to_string(t))) == content_of(t));
    }
    std::string shared = slurp(dir / "shared");
    REQUIRE(shared.size() >= 100000);
    int t = shared[0] - 'a';
    CHECK(shared == content_of(t));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
    CHECK(files == k_threads + 1); // no temporary file left
}
