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
#include <filesystem>

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
                auto check = compare_words(tei_words(body, options_for(format)),
                                           output_words(format, out),
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
            CHECK(sink.empty());
            auto check = compare_words(tei_words(root, options_for(format)), output_words(format, out),
                                       allowed_extra_words(root, format));
            INFO("lost: " << first(check.lost) << "\ninvented: " << first(check.invented));
            CHECK(check.ok());
        }
    }
}
