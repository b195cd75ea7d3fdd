// render_scaling_bench: does each writer's time grow linearly with its input? Renders, in
// process (each stylesheet compiled once), inputs at 1x, 10x and 100x of the shapes that were
// quadratic or overflowed libxslt's recursion (issue 9, item 7):
//   - one paragraph of N page breaks, each after a word (32,000 took 72 s in HTML),
//   - one text node of N "%" (LaTeX) and of N "_" (Markdown) (1,500 "%" exceeded libxslt's
//     recursion limit; so did 3,000 "_"),
//   - N paragraphs of 1 kB (every writer), and a list of N labelled items with a page break
//     between each two.
// Prints, per shape and writer, the input size and the CPU and wall time at each scale, and the
// growth from one scale to the next (10 when linear). Not a test.
// Usage: render_scaling_bench [BASE]   (BASE: the 1x count of the page-break shape, default 3200)
#include "core/data_dir.h"
#include "writers/render_document.h"
#include "xml/libxml_document.h"
#include "xml/libxml_session.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

using namespace teipress;

namespace {

const std::string k_open =
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div type=\"document\" n=\"1\" "
    "xml:id=\"d1\"><head>1. Scaling</head>";
const std::string k_close = "</div></body></text></TEI>";

std::string page_breaks(long n) {
    std::string s = k_open + "<p>";
    for (long i = 0; i < n; ++i) s += "w" + std::to_string(i) + " <pb n=\"" + std::to_string(i) + "\"/>";
    return s + "</p>" + k_close;
}

std::string repeated(char c, long n) {
    return k_open + "<p>" + std::string(static_cast<std::size_t>(n), c) + "</p>" + k_close;
}

std::string paragraphs(long n) {
    std::string p = "<p>";
    for (int i = 0; i < 180; ++i) p += "word ";
    p += "and 50% of x_y at #3 &amp; {z}.</p>\n";
    std::string s = k_open;
    for (long i = 0; i < n; ++i) s += p;
    return s + k_close;
}

std::string labelled_list(long n) {
    std::string s = k_open + "<list>";
    for (long i = 0; i < n; ++i)
        s += "<label>" + std::to_string(i) + ".</label><item>Item " + std::to_string(i) + " text.</item><pb n=\"" +
             std::to_string(i) + "\"/>";
    return s + "</list>" + k_close;
}

struct Shape {
    const char* name;
    std::function<std::string(long)> make;
    long base; // the 1x count
    std::vector<const char*> formats;
};

} // namespace

int main(int argc, char** argv) {
    xml::LibxmlSession session;
    const long base = argc > 1 ? std::max(1L, std::atol(argv[1])) : 3200;
    const std::vector<Shape> shapes = {
        {"page breaks in one paragraph", page_breaks, base, {"html", "markdown", "latex", "text"}},
        {"\"%\" in one text node", [](long n) { return repeated('%', n); }, 1500, {"latex"}},
        {"\"_\" in one text node", [](long n) { return repeated('_', n); }, 3000, {"markdown"}},
        {"paragraphs of 1 kB", paragraphs, 1000, {"html", "markdown", "latex", "text"}},
        {"labelled items, a page break between each two", labelled_list, base, {"html", "markdown", "latex", "text"}},
    };
    writers::Renderer renderer;
    std::printf("%-46s %-9s %7s %11s %10s %10s %7s\n", "shape", "writer", "scale", "input", "cpu ms", "wall ms",
                "growth");
    for (const auto& shape : shapes) {
        for (const char* format : shape.formats) {
            double previous = 0;
            for (long scale : {1L, 10L, 100L}) {
                const long n = shape.base * scale;
                const std::string tei = shape.make(n);
                DiagnosticSink sink;
                auto doc = xml::parse_with_libxml("bench.xml", tei, sink);
                if (!doc) {
                    std::printf("%s: the input does not parse\n", shape.name);
                    return 1;
                }
                writers::RenderRequest request;
                request.format = writers::find_writer_format(format);
                request.params = {{"warn-unhandled", "no"}};
                std::string out;
                std::clock_t cpu0 = std::clock();
                auto wall0 = std::chrono::steady_clock::now();
                ExitStatus status = renderer.render(doc.get(), "bench.xml", request, out, sink);
                double wall =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0).count();
                double cpu = 1000.0 * double(std::clock() - cpu0) / CLOCKS_PER_SEC;
                if (status != k_exit_ok) {
                    std::printf("%-46s %-9s %6ldx  FAILED (exit %d)\n", shape.name, format, scale, status);
                    for (const auto& d : sink.items()) std::printf("    %s\n", format_diagnostic(d).c_str());
                    break;
                }
                char growth[32] = "";
                if (previous > 0) std::snprintf(growth, sizeof growth, "%.1f", cpu / previous);
                std::printf("%-46s %-9s %6ldx %8.1f kB %10.1f %10.1f %7s\n", shape.name, format, scale,
                            double(tei.size()) / 1024.0, cpu, wall, growth);
                std::fflush(stdout);
                previous = cpu > 0 ? cpu : 0.001;
            }
        }
    }
    return 0;
}
