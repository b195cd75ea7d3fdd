// The render goldens: fixtures whose outputs in every format are committed byte for byte
// (tests/render/golden/NAME.EXT), compared by render_test and rewritten only by the
// update_render_goldens tool (cmake --build build --target update-golden-render), never by a
// test.
#pragma once

#include "render_test_support.h"

#include <string>
#include <vector>

namespace teipress::test {

// One golden: the fixture (under tests/render/fixtures) rendered to format.
struct RenderGolden {
    std::string fixture; // e.g. "corpus-constructs.xml"
    std::string format;  // html, latex, text, markdown
    // The golden file, tests/render/golden/STEM.EXT.
    std::string path() const {
        const std::string stem = fixture.substr(0, fixture.rfind('.'));
        const std::string ext = format == "latex"      ? "tex"
                                : format == "markdown" ? "md"
                                : format == "text"     ? "txt"
                                                       : format;
        return source_path("tests/render/golden/" + stem + "." + ext);
    }
};

// Every golden, in a fixed order.
inline std::vector<RenderGolden> render_goldens() {
    std::vector<RenderGolden> out;
    for (const char* fixture : {"corpus-constructs.xml", "generic-tei.xml"})
        for (const char* format : {"html", "latex", "text", "markdown"}) out.push_back({fixture, format});
    return out;
}

} // namespace teipress::test
