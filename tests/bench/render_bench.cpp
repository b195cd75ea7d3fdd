// render_bench: how fast `teipress render --to html` is next to xsltproc running the same
// stylesheet (on the memo, on a 3 MB volume made of copies of it, and on the corpus volume
// frus1930v01.xml), and how long the whole
// per-document pipeline convert -> validate -> render (html, latex, text, markdown) takes on
// the memo in one process (the TeX run excluded). Prints the figures; not a test.
// Usage: render_bench [REPETITIONS]   (run from anywhere; needs xsltproc on PATH)
#include "core/atomic_file.h"
#include "core/data_dir.h"
#include "core/input_file.h"
#include "edition/edition.h"
#include "passes/convert_document.h"
#include "validate/relaxng_schema.h"
#include "validate/schematron_rules.h"
#include "validate/tei_input.h"
#include "writers/render_document.h"
#include "xml/libxml_session.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <regex>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace teipress;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Wall and CPU (user + system) time of one process, in ms; negative when it failed.
struct Times {
    double wall = -1, cpu = -1;
};

// Runs argv (stdout to out_path when given) and returns its times.
Times time_process_times(const std::vector<std::string>& argv, const std::string& out_path = {}) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // Output to out_path (or nowhere); messages (warnings) nowhere, as in a script.
    posix_spawn_file_actions_addopen(&actions, 1, out_path.empty() ? "/dev/null" : out_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    auto start = Clock::now();
    int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return {};
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    double wall = ms_since(start);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return {};
    auto ms = [](const timeval& tv) { return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0; };
    return {wall, ms(usage.ru_utime) + ms(usage.ru_stime)};
}

// The wall time of one process in ms; -1 when it failed.
double time_process(const std::vector<std::string>& argv, const std::string& out_path = {}) {
    return time_process_times(argv, out_path).wall;
}

[[noreturn]] void fail(const std::string& what) {
    std::cerr << "render_bench: error: " << what << '\n';
    std::exit(1);
}

// A volume of about target_bytes: the memo's document division repeated with fresh ids
// (d1, d2, ...; pages pg_1_207, ...) in one TEI file, with the memo's header and back matter.
std::string make_volume(const std::string& memo, std::size_t target_bytes) {
    std::size_t begin = memo.find("<div type=\"document\"");
    std::size_t body_end = memo.find("</body>");
    if (begin == std::string::npos || body_end == std::string::npos) fail("the memo has no document division");
    std::size_t line_start = memo.rfind('\n', begin) + 1;
    const std::string div = memo.substr(line_start, body_end - line_start);
    std::string id = "d67";
    if (std::smatch m; std::regex_search(div, m, std::regex("xml:id=\"(d[0-9]+)\""))) id = m[1];
    std::string out = memo.substr(0, line_start);
    for (int i = 1; out.size() + div.size() < target_bytes; ++i) {
        std::string copy =
            std::regex_replace(div, std::regex("([\"#])" + id + "(fn)?"), "$1d" + std::to_string(i) + "$2");
        copy = std::regex_replace(copy, std::regex("pg_([0-9]+)"), "pg_" + std::to_string(i) + "_$1");
        copy = std::regex_replace(copy, std::regex(" n=\"" + id.substr(1) + "\""), " n=\"" + std::to_string(i) + "\"");
        out += copy;
    }
    out += memo.substr(body_end);
    return out;
}

} // namespace

int main(int argc, char** argv) {
    xml::LibxmlSession session;
    const int reps = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;
    const std::string src = TEIPRESS_SOURCE_DIR;
    const std::string bin = TEIPRESS_BINARY_DIR;
    const std::string teipress = bin + "/teipress";
    // The FRUS layer: what teipress chooses for these FRUS files (--profile auto).
    const std::string stylesheet = data_path("xslt/frus/tei-to-html.xsl");
    const std::string work = bin + "/bench-render";
    fs::create_directories(work);

    // The memo's TEI, converted in process with the edition.
    const std::string edition_dir = src + "/editions/frus1964-68v17";
    edition::Edition edition;
    DiagnosticSink sink;
    if (edition::load_edition(edition_dir, edition, sink) != edition::LoadStatus::Ok) fail("cannot load the edition");
    auto text = read_text_file(edition_dir + "/d67.txt");
    if (!text) fail("cannot read the memo");
    auto memo = passes::convert_reading_text(*text, "d67.txt", {"d67.txt", &edition, ""}, sink);
    if (memo.status != passes::ConvertStatus::Ok) fail("the memo does not convert");
    const std::string memo_path = work + "/memo.xml", volume_path = work + "/volume.xml";
    const std::string volume = make_volume(memo.tei, 3u << 20);
    if (!write_file_atomically(memo_path, memo.tei) || !write_file_atomically(volume_path, volume))
        fail("cannot write the inputs into " + work);

    std::cout << "render_bench: " << reps << " runs each, median wall time (machine load: see uptime)\n\n";
    std::cout << "1. HTML, teipress render vs xsltproc, same stylesheet, whole processes; wall time "
                 "and CPU time (user + system, steadier on a loaded machine)\n"
                 "   teipress -o FILE writes atomically (temporary file, fsync, rename); teipress -o - "
                 "and\n"
                 "   xsltproc -o FILE just write\n";
    // A real volume of the corpus (3.1 MB: front matter, 576 documents, enclosures, tables).
    const std::string corpus_path = std::string(TEIPRESS_SOURCE_DIR) + "/tests/corpus/frus/frus1930v01.xml";
    for (auto [name, path] :
         {std::pair{"memo", memo_path}, std::pair{"volume", volume_path}, std::pair{"frus1930v01", corpus_path}}) {
        std::vector<double> wall_file, cpu_file, wall_out, cpu_out, wall_x, cpu_x;
        const std::string out_ours = work + "/" + name + ".teipress.html",
                          out_stdout = work + "/" + name + ".stdout.html",
                          out_theirs = work + "/" + name + ".xsltproc.html";
        for (int i = 0; i < reps; ++i) {
            // Interleaved so that all three see the same machine.
            Times a = time_process_times(
                {teipress, "render", path, "--to", "html", "-o", out_ours, "--param", "warn-unhandled=no"});
            Times b = time_process_times(
                {teipress, "render", path, "--to", "html", "-o", "-", "--param", "warn-unhandled=no"}, out_stdout);
            Times c = time_process_times(
                {"xsltproc", "--nonet", "--stringparam", "warn-unhandled", "no", "-o", out_theirs, stylesheet, path});
            if (a.wall < 0 || b.wall < 0 || c.wall < 0) fail(std::string("a run on the ") + name + " failed");
            wall_file.push_back(a.wall), cpu_file.push_back(a.cpu);
            wall_out.push_back(b.wall), cpu_out.push_back(b.cpu);
            wall_x.push_back(c.wall), cpu_x.push_back(c.cpu);
        }
        auto a = read_file_bytes(out_ours), b = read_file_bytes(out_theirs), c = read_file_bytes(out_stdout);
        bool same = a && b && c && *a == *b && *c == *b;
        std::printf("   %-6s %7.1f KB %s\n", name, static_cast<double>(fs::file_size(path)) / 1024.0,
                    same ? "(the three outputs are identical)" : "(OUTPUTS DIFFER)");
        std::printf("      xsltproc -o FILE   wall %8.2f ms   cpu %8.2f ms\n", median(wall_x), median(cpu_x));
        std::printf(
            "      teipress -o FILE   wall %8.2f ms   cpu %8.2f ms   ratio to xsltproc: "
            "wall %.2f, cpu %.2f\n",
            median(wall_file), median(cpu_file), median(wall_file) / median(wall_x), median(cpu_file) / median(cpu_x));
        std::printf(
            "      teipress -o -      wall %8.2f ms   cpu %8.2f ms   ratio to xsltproc: "
            "wall %.2f, cpu %.2f\n",
            median(wall_out), median(cpu_out), median(wall_out) / median(wall_x), median(cpu_out) / median(cpu_x));
    }

    std::cout << "\n2. The memo's pipeline in one process: convert -> validate (RELAX NG + "
                 "Schematron) -> "
                 "render html, latex, text, markdown (no TeX run)\n";
    auto cold_start = Clock::now();
    auto schema = validate::RelaxNgSchema::compile(data_path("schema/teipress.rng"));
    auto rules =
        validate::SchematronRules::compile(data_path("schema/teipress.sch"), data_path("xslt/schematron/compile.xsl"));
    if (!schema || !rules) fail("the schema or the rules do not compile");
    writers::Renderer renderer;
    const char* formats[] = {"html", "latex", "text", "markdown"};
    std::vector<double> total, t_convert, t_validate, t_render;
    double first = 0;
    for (int i = 0; i < reps * 4; ++i) {
        DiagnosticSink s;
        auto t0 = Clock::now();
        auto converted = passes::convert_reading_text(*text, "d67.txt", {"d67.txt", &edition, ""}, s);
        auto t1 = Clock::now();
        std::vector<Diagnostic> found;
        auto doc = validate::parse_xml("d67.xml", converted.tei, found);
        if (!doc) fail("the memo's TEI does not parse");
        validate::SourceText source("d67.xml", converted.tei);
        (*schema)->validate(doc.get(), source, found);
        auto svrl = (*rules)->run(doc.get(), source, found);
        if (svrl) {
            auto more = validate::svrl_diagnostics(svrl, doc.get(), source);
            found.insert(found.end(), more.begin(), more.end());
        }
        auto t2 = Clock::now();
        std::size_t bytes = 0;
        for (const char* format : formats) {
            writers::RenderRequest request;
            request.format = writers::find_writer_format(format);
            std::string out;
            if (renderer.render(doc.get(), "d67.xml", request, out, s) != k_exit_ok)
                fail(std::string("render ") + format);
            bytes += out.size();
        }
        auto t3 = Clock::now();
        double ms = std::chrono::duration<double, std::milli>(t3 - t0).count();
        if (i == 0) {
            first = ms_since(cold_start);
            continue; // the first run compiles the stylesheets
        }
        total.push_back(ms);
        t_convert.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        t_validate.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
        t_render.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
        (void)bytes;
    }
    std::printf(
        "   per document (warm): %.2f ms = convert %.2f + validate %.2f + render x4 %.2f   "
        "(target < 50 ms)\n",
        median(total), median(t_convert), median(t_validate), median(t_render));
    std::printf("   first document (cold: compiling schema, rules and 4 stylesheets included): %.2f ms\n", first);

    std::vector<double> process;
    for (int i = 0; i < reps; ++i) {
        double sum = 0;
        sum += time_process(
            {teipress, "convert", edition_dir + "/d67.txt", "--edition", edition_dir, "-o", work + "/p.xml"});
        sum += time_process({teipress, "validate", work + "/p.xml"}, work + "/p.log");
        for (const char* format : formats)
            sum += time_process({teipress, "render", work + "/p.xml", "--to", format, "-o", work + "/p." + format});
        process.push_back(sum);
    }
    std::printf("   as 6 separate teipress processes (convert, validate, 4 renders): %.2f ms\n", median(process));
    return 0;
}
