// corpus_check: every document of the corpus (or a sample, or whole volumes) through the
// writers, with figures: documents rendered, words of the TEI kept in each output, words
// invented, time. The PDF is read back with pdftotext (words kept; a word TeX hyphenated at a
// line end counts whole). Used by CTest (a fixed sample; the whole volumes) and by hand for the
// full figures (see the README, "The corpus"):
//   build/tests/render/corpus_check [--formats html,latex,text,markdown,pdf] [--every N]
//       [--documents ID,ID…] [--volumes] [FILE…]
// Exit 0: everything rendered and every word kept (and none invented, pdf aside); 1 otherwise;
// 77 when pdf is asked for and pdflatex or pdftotext is missing (CTest: skipped).
#include "corpus_words.h"
#include "render_test_support.h"
#include "writers/tex_to_pdf.h"
#include "xml/libxml_session.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>
#include <unistd.h>

using namespace teipress;
using namespace teipress::test;
namespace fs = std::filesystem;

namespace {

struct Figures {
    long documents = 0, rendered = 0, words = 0, kept = 0, lost_documents = 0, invented_documents = 0;
    double seconds = 0;
    std::vector<std::string> failures;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, sep))
        if (!item.empty()) out.push_back(item);
    return out;
}

std::string run_capture(const std::string& command) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return out;
    std::array<char, 65536> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), p)) > 0) out.append(buffer.data(), n);
    ::pclose(p);
    return out;
}

TeiWordOptions options_for(const std::string& format) {
    TeiWordOptions o;
    if (format == "text") {
        o.skip_supplied = true;
        o.skip_front_back = true;
        o.glue_note_labels = true;
    }
    if (format == "pdf") {
        o.split_digits = true;
        o.glue_note_labels = true; // a footnote mark stands glued to the word before it
    }
    return o;
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

// Renders doc (node: what its words are compared with) to format and adds to figures.
void check_one(writers::Renderer& renderer, xmlDoc* doc, const xmlNode* node, const std::string& name,
               const std::string& format, const std::string& scratch, Figures& f) {
    ++f.documents;
    writers::RenderRequest request;
    request.format = writers::find_writer_format(format);
    std::string out;
    DiagnosticSink sink;
    auto start = std::chrono::steady_clock::now();
    ExitStatus status = renderer.render(doc, name, request, out, sink);
    std::string text;
    if (status == k_exit_ok && format == "pdf") {
        const std::string pdf = scratch + "/document.pdf";
        if (!write_file_atomically(pdf, out))
            status = k_exit_output;
        else
            text = run_capture("pdftotext -raw -enc UTF-8 '" + pdf + "' -");
    }
    f.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Warnings other than a pointer to nothing in the file (the vendor's dangling "#in…"
    // index references, which validate reports too) are failures.
    bool unexpected = false;
    for (const auto& d : sink.items())
        unexpected = unexpected || d.message.find("names nothing in this file") == std::string::npos;
    if (status != k_exit_ok || unexpected) {
        std::string messages;
        for (const auto& d : sink.items()) messages += " " + format_diagnostic(d);
        f.failures.push_back(name + " (" + format + "): exit " + std::to_string(status) + messages);
        if (status != k_exit_ok) return;
    }
    ++f.rendered;
    WordCounts words = format == "pdf" ? pdf_words(text) : output_words(format, out);
    auto check = compare_words(tei_words(node, options_for(format)), words, allowed_extra_words(node, format));
    f.words += check.tei_words;
    f.kept += check.kept;
    if (!check.lost.empty()) {
        ++f.lost_documents;
        f.failures.push_back(name + " (" + format + ") lost: " + check.lost.front() +
                             (check.lost.size() > 1 ? " and " + std::to_string(check.lost.size() - 1) + " more" : ""));
    }
    if (!check.invented.empty() && format != "pdf") {
        ++f.invented_documents;
        f.failures.push_back(name + " (" + format + ") invented: " + check.invented.front());
    }
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> formats = {"html", "latex", "text", "markdown"};
    std::vector<std::string> files, only;
    long every = 1;
    bool volumes = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--formats" && i + 1 < argc)
            formats = split(argv[++i], ',');
        else if (a == "--every" && i + 1 < argc)
            every = std::max(1L, std::atol(argv[++i]));
        else if (a == "--documents" && i + 1 < argc)
            only = split(argv[++i], ',');
        else if (a == "--volumes")
            volumes = true;
        else if (a.rfind("--", 0) == 0) {
            std::cerr
                << "usage: corpus_check [--formats LIST] [--every N] [--documents ID,...] [--volumes] [FILE...]\n";
            return 2;
        } else
            files.push_back(a);
    }
    if (std::find(formats.begin(), formats.end(), "pdf") != formats.end() &&
        (writers::find_on_path("pdflatex").empty() || writers::find_on_path("pdftotext").empty())) {
        std::cout << "SKIP: pdflatex or pdftotext is not installed\n";
        return 77;
    }
    if (files.empty()) {
        for (const auto& e : fs::directory_iterator(source_path("tests/corpus/frus")))
            if (e.path().extension() == ".xml") files.push_back(e.path().string());
        std::sort(files.begin(), files.end());
    }
    xml::LibxmlSession session;
    writers::Renderer renderer;
    const std::string scratch =
        std::string(TEIPRESS_BINARY_DIR) + "/tests/render/corpus-check-" + std::to_string(::getpid());
    fs::create_directories(scratch);
    std::map<std::string, Figures> figures;
    long index = 0;
    for (const auto& file : files) {
        DiagnosticSink sink;
        auto volume = xml::parse_with_libxml(file, slurp(file), sink);
        if (!volume) {
            std::cerr << file << ": cannot be read\n";
            return 1;
        }
        const std::string base = fs::path(file).filename().string();
        if (volumes) {
            for (const auto& format : formats)
                check_one(renderer, volume.get(), xmlDocGetRootElement(volume.get()), base, format, scratch,
                          figures[format]);
            continue;
        }
        for (xmlNode* div : document_divisions(volume.get())) {
            const std::string id = attribute(div, "id");
            const bool chosen = only.empty() ? (index++ % every == 0)
                                             : std::find(only.begin(), only.end(), base + "#" + id) != only.end();
            if (!chosen) continue;
            auto doc = standalone_document(volume.get(), div);
            for (const auto& format : formats)
                check_one(renderer, doc.get(), xmlDocGetRootElement(doc.get()), base + "#" + id, format, scratch,
                          figures[format]);
        }
    }
    fs::remove_all(scratch);
    bool ok = true;
    std::printf("%-9s %9s %9s %12s %12s %8s %9s %9s %10s\n", "format", volumes ? "volumes" : "documents", "rendered",
                "TEI words", "kept", "kept %", "lost in", "invented", "ms each");
    for (const auto& format : formats) {
        const Figures& f = figures[format];
        std::printf("%-9s %9ld %9ld %12ld %12ld %8.3f %9ld %9ld %10.1f\n", format.c_str(), f.documents, f.rendered,
                    f.words, f.kept, f.words ? 100.0 * double(f.kept) / double(f.words) : 100.0, f.lost_documents,
                    f.invented_documents, f.documents ? 1000.0 * f.seconds / double(f.documents) : 0.0);
        ok = ok && f.failures.empty() && f.rendered == f.documents;
    }
    for (const auto& format : formats) {
        const auto& failures = figures[format].failures;
        for (std::size_t i = 0; i < failures.size() && i < 20; ++i) std::printf("  %s\n", failures[i].c_str());
        if (failures.size() > 20) std::printf("  ... and %zu more (%s)\n", failures.size() - 20, format.c_str());
    }
    return ok ? 0 : 1;
}
