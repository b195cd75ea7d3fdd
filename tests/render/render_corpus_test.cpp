// The corpus (tests/corpus/frus: 6 files, 1,794 documents of the Office of the Historian):
// every document, cut out of its volume as a file of its own, rendered to html, latex, text and
// markdown, keeps every word of its TEI and invents none (see corpus_words.h); every volume
// rendered whole does the same; no writer warns about an element or value it does not know.
// CTest label "corpus". The PDF of the corpus: render_corpus_pdf_test (a fixed sample) and
// the corpus_check tool (every document).
#include "corpus_words.h"
#include "render_test_support.h"
#include "xml/libxml_session.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

using namespace teipress;
using namespace teipress::test;
namespace fs = std::filesystem;

namespace {

// libxml2, libxslt and libexslt set up once, as main() does.
const xml::LibxmlSession k_session;

const std::vector<std::string> k_formats = {"html", "latex", "text", "markdown"};

std::vector<std::string> corpus_files() {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(source_path("tests/corpus/frus")))
        if (e.path().extension() == ".xml") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

TeiWordOptions options_for(const std::string& format) {
    TeiWordOptions o;
    if (format == "text") {
        o.skip_supplied = true;
        o.skip_front_back = true;
        o.glue_note_labels = true;
    }
    return o;
}

std::string first(const std::vector<std::string>& v, std::size_t n = 8) {
    std::string s;
    for (std::size_t i = 0; i < v.size() && i < n; ++i) s += (i ? "; " : "") + v[i];
    return s;
}

} // namespace

TEST_CASE("corpus: every document keeps its words in every format, none invented, no warning") {
    auto files = corpus_files();
    REQUIRE(files.size() == 6);
    writers::Renderer renderer;
    std::size_t documents = 0;
    for (const auto& file : files) {
        DiagnosticSink parse_sink;
        auto bytes = read_file_bytes(file);
        REQUIRE(bytes);
        auto volume = xml::parse_with_libxml(file, *bytes, parse_sink);
        REQUIRE(volume);
        for (xmlNode* div : document_divisions(volume.get())) {
            ++documents;
            auto doc = standalone_document(volume.get(), div);
            REQUIRE(doc);
            xmlNode* body = xmlDocGetRootElement(doc.get());
            for (const auto& format : k_formats) {
                writers::RenderRequest request;
                request.format = writers::find_writer_format(format);
                std::string out;
                DiagnosticSink sink;
                ExitStatus status = renderer.render(doc.get(), file, request, out, sink);
                std::string where = file + " line " + std::to_string(xmlGetLineNo(div)) + " (" + format + ")";
                INFO(where);
                std::string messages;
                for (const auto& d : sink.items()) messages += format_diagnostic(d) + "\n";
                INFO(messages);
                REQUIRE(status == k_exit_ok);
                CHECK(sink.empty());
                auto check = compare_words(tei_words(body, options_for(format)), output_words(format, out),
                                           allowed_extra_words(body, format));
                INFO("lost: " << first(check.lost) << "\ninvented: " << first(check.invented));
                CHECK(check.ok());
            }
        }
    }
    CHECK(documents == 1790); // the six files: 138 + 478 + 576 + 586 + 9 + 3
}

TEST_CASE("corpus: every volume rendered whole keeps its words in every format") {
    writers::Renderer renderer;
    for (const auto& file : corpus_files()) {
        DiagnosticSink parse_sink;
        auto bytes = read_file_bytes(file);
        REQUIRE(bytes);
        auto volume = xml::parse_with_libxml(file, *bytes, parse_sink);
        REQUIRE(volume);
        xmlNode* root = xmlDocGetRootElement(volume.get());
        for (const auto& format : k_formats) {
            INFO(file << " (" << format << ")");
            writers::RenderRequest request;
            request.format = writers::find_writer_format(format);
            std::string out;
            DiagnosticSink sink;
            ExitStatus status = renderer.render(volume.get(), file, request, out, sink);
            std::string messages;
            for (const auto& d : sink.items()) messages += format_diagnostic(d) + "\n";
            INFO(messages);
            REQUIRE(status == k_exit_ok);
            // The only warnings: pointers to nothing in the volume (the vendor's dangling "#in…"
            // index references), each naming an id the volume really lacks.
            for (const auto& d : sink.items()) {
                INFO(format_diagnostic(d));
                const std::string lead = "the pointer \"#";
                const auto at = d.message.find(lead);
                REQUIRE(at != std::string::npos);
                REQUIRE(d.message.find("names nothing in this file") != std::string::npos);
                const std::string id =
                    d.message.substr(at + lead.size(), d.message.find('"', at + lead.size()) - at - lead.size());
                CHECK(xmlGetID(volume.get(), reinterpret_cast<const xmlChar*>(id.c_str())) == nullptr);
            }
            auto check = compare_words(tei_words(root, options_for(format)), output_words(format, out),
                                       allowed_extra_words(root, format));
            INFO("lost: " << first(check.lost) << "\ninvented: " << first(check.invented));
            CHECK(check.ok());
        }
    }
}

TEST_CASE("corpus: a whole volume's links resolve (front matter lists, pages, notes, documents)") {
    writers::Renderer renderer;
    for (const auto& file : corpus_files()) {
        DiagnosticSink parse_sink;
        auto volume = xml::parse_with_libxml(file, slurp(file), parse_sink);
        REQUIRE(volume);
        INFO(file);
        // HTML: every href="#x" has an element id="x"; ids are unique.
        {
            writers::RenderRequest request;
            request.format = writers::find_writer_format("html");
            std::string html;
            DiagnosticSink sink;
            REQUIRE(renderer.render(volume.get(), file, request, html, sink) == k_exit_ok);
            std::map<std::string, int> ids;
            std::set<std::string> targets;
            for (std::size_t at = html.find(" id=\""); at != std::string::npos; at = html.find(" id=\"", at + 1))
                ++ids[html.substr(at + 5, html.find('"', at + 5) - at - 5)];
            for (std::size_t at = html.find("href=\"#"); at != std::string::npos; at = html.find("href=\"#", at + 1))
                targets.insert(html.substr(at + 7, html.find('"', at + 7) - at - 7));
            for (const auto& [id, n] : ids) {
                INFO("id " << id);
                CHECK(n == 1);
            }
            for (const auto& t : targets) {
                INFO("link to #" << t);
                CHECK(ids.count(t) == 1);
            }
            // The front matter's lists are there: every person and term pointed to is an anchor.
            for (const char* prefix : {"p_", "t_"}) {
                std::size_t pointers = 0;
                for (const auto& t : targets) pointers += t.rfind(prefix, 0) == 0;
                if (file.find("v17") != std::string::npos) CHECK(pointers > 10);
            }
        }
        // LaTeX: every \hyperlink{x} has its \hypertarget{x}.
        {
            writers::RenderRequest request;
            request.format = writers::find_writer_format("latex");
            std::string tex;
            DiagnosticSink sink;
            REQUIRE(renderer.render(volume.get(), file, request, tex, sink) == k_exit_ok);
            std::set<std::string> anchors, links;
            for (std::size_t at = tex.find("\\hypertarget{"); at != std::string::npos;
                 at = tex.find("\\hypertarget{", at + 1))
                anchors.insert(tex.substr(at + 13, tex.find('}', at + 13) - at - 13));
            for (const char* macro : {"\\teipage{", "\\teipageinline{", "\\teipageblock{"})
                for (std::size_t at = tex.find(macro); at != std::string::npos; at = tex.find(macro, at + 1))
                    anchors.insert(tex.substr(at + std::strlen(macro), tex.find('}', at) - at - std::strlen(macro)));
            for (std::size_t at = tex.find("\\hyperlink{"); at != std::string::npos;
                 at = tex.find("\\hyperlink{", at + 1))
                links.insert(tex.substr(at + 11, tex.find('}', at + 11) - at - 11));
            for (const auto& l : links) {
                INFO("\\hyperlink{" << l << "}");
                CHECK(anchors.count(l) == 1);
            }
        }
    }
}
