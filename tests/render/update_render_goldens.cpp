// Rewrites the render goldens (render_goldens.h) from the stylesheets as they are: run on
// purpose (cmake --build build --target update-golden-render), then review with git diff. Not
// a test: CTest never runs it. Exit 0 when every golden was written, 1 otherwise.
#include "render_goldens.h"
#include "xml/libxml_session.h"

#include <iostream>

int main() {
    using namespace teipress;
    xml::LibxmlSession session;
    writers::Renderer renderer;
    int failures = 0;
    for (const auto& golden : test::render_goldens()) {
        const std::string fixture = test::source_path("tests/render/fixtures/" + golden.fixture);
        auto r = test::render_text(renderer, test::slurp(fixture), golden.format, golden.fixture);
        for (const auto& d : r.sink.items()) std::cerr << format_diagnostic(d) << '\n';
        if (r.status != k_exit_ok || !write_file_atomically(golden.path(), r.out)) {
            std::cerr << "not written: " << golden.path() << '\n';
            ++failures;
            continue;
        }
        std::cout << golden.path() << '\n';
    }
    return failures ? 1 : 0;
}
