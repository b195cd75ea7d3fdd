// convert_bench: throughput and peak memory of `convert` on large inputs generated from the
// fixtures and the memo (not a test; run by hand, see the README's "convert" section).
//
//   build/tests/bench/convert_bench [SOURCE_DIR]
//   build/tests/bench/convert_bench --write-input FILE [SOURCE_DIR]   (the 1x document, to look at)
//
// Two measures:
//  - one large document at 1x, 10x and 100x (about 1, 10 and 100 MB of reading text): the
//    body of every fixture and of the memo, repeated, its notes and pages renumbered;
//    each size runs in a child process so that its peak RSS (getrusage) is its own;
//  - one paragraph of names at 1x, 10x and 100x (about 0.1, 1 and 10 MB in a single line: the
//    surnames and terms of the edition's lists with a note, a reference and plain words between
//    them), the case that name and reference tagging must handle in time linear in the text
//    node (before, each match copied the rest of the node: 1.1 MB took 11 s);
//  - a corpus of 1,000 separate documents (the fixtures and the memo, cycled), converted one
//    after the other, as `teipress build` does for an edition.
// Prints MB/s of reading text (MB = 10^6 bytes) by wall time and by CPU time (one core; the CPU
// figure is the one a busy machine disturbs least) and peak RSS per size: the whole process's,
// and the part convert adds to what the process held before it (its input included).
#include "core/input_file.h"
#include "edition/edition.h"
#include "passes/convert_document.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <pugixml.hpp>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace teipress;
namespace fs = std::filesystem;

namespace {

// Re-emits the body of a converted document as reading-text blocks, numbering its notes from
// next_note and its pages from next_page (the originals would collide when repeated).
class BodyWriter {
  public:
    BodyWriter(std::vector<std::string>& blocks, std::vector<std::string>& notes, int& next_note, int& next_page)
        : m_blocks(blocks), m_notes(notes), m_next_note(next_note), m_next_page(next_page) {}

    void blocks_of(pugi::xml_node node) {
        for (pugi::xml_node c : node.children()) {
            if (c.type() != pugi::node_element) continue;
            std::string name = c.name();
            if (name == "head" || name == "opener" || name == "closer") continue;
            if (std::strcmp(c.attribute("type").value(), "subject") == 0) continue;
            if (name == "div") {
                blocks_of(c);
                continue;
            }
            if (name == "pb") {
                m_blocks.push_back("[Page " + std::to_string(m_next_page++) + "]");
                continue;
            }
            std::string block;
            if (name == "list") {
                list_of(c, block);
            } else {
                inline_of(c, block);
            }
            m_blocks.push_back(block);
        }
    }

  private:
    void list_of(pugi::xml_node list, std::string& out) {
        for (pugi::xml_node item : list.children("item")) {
            if (!out.empty()) out += '\n';
            inline_of(item, out);
        }
    }
    void inline_of(pugi::xml_node node, std::string& out) {
        for (pugi::xml_node c : node.children()) {
            if (c.type() == pugi::node_pcdata) {
                out += c.value();
                continue;
            }
            std::string name = c.name();
            if (name == "supplied" || name == "gap") continue;
            if (name == "pb") {
                out += "[Page " + std::to_string(m_next_page++) + "]";
            } else if (name == "note") {
                int n = m_next_note++;
                out += std::to_string(n);
                std::string text;
                inline_of(c, text);
                m_notes.push_back("  " + std::to_string(n) + ". " + text);
            } else if (name == "list") {
                std::string items;
                list_of(c, items);
                m_pending_list = items;
            } else {
                inline_of(c, out);
            }
        }
        if (!m_pending_list.empty() && node.name() == std::string("p")) {
            out += "\n\n" + m_pending_list; // the list after its paragraph, as a block
            m_pending_list.clear();
        }
    }

    std::vector<std::string>& m_blocks;
    std::vector<std::string>& m_notes;
    int& m_next_note;
    int& m_next_page;
    std::string m_pending_list;
};

std::vector<fs::path> sources(const fs::path& src) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(src / "tests/convert/fixtures"))
        if (e.path().extension() == ".txt") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    out.push_back(src / "editions/frus1964-68v17/d67.txt");
    return out;
}

std::string convert(const std::string& text, const std::string& name, const edition::Edition* ed) {
    DiagnosticSink sink;
    passes::ConvertOptions options{name, ed, ""};
    auto r = passes::convert_reading_text(text, name, options, sink);
    if (r.status != passes::ConvertStatus::Ok) {
        for (const auto& d : sink.items()) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        std::exit(1);
    }
    return r.tei;
}

// One reading text of at least target_bytes, from the bodies of the sources.
std::string large_document(const std::vector<std::string>& teis, std::size_t target_bytes) {
    std::vector<std::string> blocks, notes;
    int next_note = 2, next_page = 1;
    std::size_t size = 0;
    while (size < target_bytes) {
        for (const auto& tei : teis) {
            pugi::xml_document doc;
            doc.load_string(tei.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
            std::size_t before = blocks.size(), notes_before = notes.size();
            BodyWriter(blocks, notes, next_note, next_page).blocks_of(doc.select_node("/TEI/text/body/div").node());
            for (std::size_t i = before; i < blocks.size(); ++i) size += blocks[i].size() + 2;
            for (std::size_t i = notes_before; i < notes.size(); ++i) size += notes[i].size() + 1;
        }
    }
    std::string text = "1. Memorandum From Secretary of State Rusk to President Johnson1\n\n\n";
    for (std::size_t i = 0; i < blocks.size(); ++i) text += (i ? "\n\n" : "") + blocks[i];
    text += "\n\n  1. Source: Department of State, Central Files, POL 1. Secret.";
    for (const auto& n : notes) text += "\n" + n;
    return text;
}

// One document whose body is a single paragraph of at least target_bytes: the surnames of the
// persons listed once and the terms of the edition, each followed by plain words, with a note
// in the middle that cites documents and a periodical (so both tagging passes cut long text nodes).
std::string names_paragraph(const edition::Edition& ed, std::size_t target_bytes) {
    std::vector<std::string> words;
    for (const auto& p : ed.person_list)
        if (!p.surname.empty() && p.surname.find(' ') == std::string::npos) words.push_back(p.surname);
    for (const auto& t : ed.term_list)
        if (t.text.size() > 1) words.push_back(t.text);
    std::string body;
    for (std::size_t i = 0; body.size() < target_bytes; ++i) body += words[i % words.size()] + " met ";
    body += "them.2";
    std::string note = "  2. See";
    for (std::size_t i = 1; note.size() < target_bytes / 4; ++i)
        note += " Document " + std::to_string(i) + " and the Department of State Bulletin,";
    return "1. Memorandum From Secretary of State Rusk to President Johnson1\n\n\n" + body +
           "\n\n  1. Source: Department of State, Central Files, POL 1. Secret.\n" + note + " passim.";
}

// The resident set size now, in MB (from /proc/self/status; 0 when unknown).
double current_rss_mb() {
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return 0;
    char line[256];
    double kb = 0;
    while (std::fgets(line, sizeof line, f))
        if (std::strncmp(line, "VmRSS:", 6) == 0) kb = std::atof(line + 6);
    std::fclose(f);
    return kb / 1024.0;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU seconds used by this process so far (less disturbed than wall time on a busy machine).
double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

} // namespace

int main(int argc, char** argv) {
    std::string write_input;
    if (argc > 2 && std::string(argv[1]) == "--write-input") {
        write_input = argv[2];
        argc -= 2;
        argv += 2;
    }
    const fs::path src = argc > 1 ? fs::path(argv[1]) : fs::path(TEIPRESS_SOURCE_DIR);
    edition::Edition ed;
    DiagnosticSink sink;
    if (edition::load_edition((src / "editions/frus1964-68v17").string(), ed, sink) != edition::LoadStatus::Ok) {
        std::fprintf(stderr, "cannot load the edition folder under %s\n", src.c_str());
        return 1;
    }
    std::vector<std::string> texts, names, teis;
    for (const auto& p : sources(src)) {
        texts.push_back(*read_text_file(p.string()));
        names.push_back(p.filename().string());
        teis.push_back(convert(texts.back(), names.back(), nullptr));
    }

    // Each measure in a child process, so that its peak RSS (getrusage) is its own.
    auto measure = [&](const char* title, auto make_text) {
        std::printf("%s\n", title);
        std::printf("%6s %9s %8s %8s %8s %8s %12s %10s %16s\n", "size", "input MB", "wall s", "MB/s", "CPU s",
                    "MB/CPUs", "peak RSS MB", "RSS/input", "(peak-before)/in");
        for (int scale : {1, 10, 100}) {
            std::fflush(stdout);
            pid_t pid = fork();
            if (pid == 0) {
                std::string text = make_text(scale);
                const double before = current_rss_mb(); // the process and its input, before convert
                auto t0 = std::chrono::steady_clock::now();
                const double c0 = cpu_seconds();
                std::string tei = convert(text, "large.txt", &ed);
                double s = seconds_since(t0);
                double cpu = cpu_seconds() - c0;
                double mb = text.size() / 1e6;
                struct rusage ru {};
                getrusage(RUSAGE_SELF, &ru);
                double rss = ru.ru_maxrss / 1024.0;
                std::printf("%5dx %9.2f %8.3f %8.1f %8.3f %8.1f %12.1f %10.1f %16.1f\n", scale, mb, s, mb / s, cpu,
                            mb / cpu, rss, rss / mb, (rss - before) / mb);
                std::fflush(stdout);
                _exit(tei.empty() ? 1 : 0);
            }
            int status = 0;
            waitpid(pid, &status, 0);
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return false;
        }
        return true;
    };
    if (!write_input.empty()) {
        std::FILE* f = std::fopen(write_input.c_str(), "wb");
        std::string text = large_document(teis, 1000000);
        bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
        if (f) std::fclose(f);
        return ok ? 0 : 1;
    }
    if (!measure("one large document (with --edition: names, terms, back matter)",
                 [&](int scale) { return large_document(teis, std::size_t(scale) * 1000000); }))
        return 1;
    if (!measure("\none paragraph of names in one line (with --edition: every name and reference tagged)",
                 [&](int scale) { return names_paragraph(ed, std::size_t(scale) * 100000); }))
        return 1;

    std::printf("\n1,000 documents one after another (the fixtures and the memo, cycled)\n");
    std::size_t bytes = 0;
    auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpu_seconds();
    for (int i = 0; i < 1000; ++i) {
        std::size_t k = i % texts.size();
        bytes += texts[k].size();
        if (convert(texts[k], names[k], &ed).empty()) return 1;
    }
    double s = seconds_since(t0), cpu = cpu_seconds() - c0;
    std::printf("%.2f MB in %.3f s wall (%.1f MB/s), %.3f s CPU (%.1f MB/CPU s)\n", bytes / 1e6, s, bytes / 1e6 / s,
                cpu, bytes / 1e6 / cpu);
    return 0;
}
