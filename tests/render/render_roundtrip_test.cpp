// The round trip: for the memo and every converter fixture, convert then render to text gives
// back the reading text byte for byte (the proof that nothing was lost).
#include "edition/edition.h"
#include "passes/convert_document.h"
#include "render_test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

using namespace teipress;
using namespace teipress::test;
namespace fs = std::filesystem;

namespace {

// convert (with the edition when given) then render --to text; the conversion's diagnostics
// are added to the failure message.
std::string round_trip(const std::string& path, const edition::Edition* edition) {
    auto text = read_text_file(path);
    REQUIRE(text);
    DiagnosticSink sink;
    passes::ConvertOptions options{fs::path(path).filename().string(), edition, ""};
    auto converted = passes::convert_reading_text(*text, path, options, sink);
    std::string messages;
    for (const auto& d : sink.items()) messages += format_diagnostic(d) + "\n";
    INFO(messages);
    REQUIRE(converted.status == passes::ConvertStatus::Ok);
    writers::Renderer renderer;
    auto r = render_text(renderer, converted.tei, "text", path + ".xml");
    REQUIRE(r.status == k_exit_ok);
    return r.out;
}

} // namespace

TEST_CASE("round trip: the bundled edition's reading texts, converted with the edition") {
    const std::string dir = source_path("editions/frus1964-68v17");
    edition::Edition edition;
    DiagnosticSink sink;
    REQUIRE(edition::load_edition(dir, edition, sink) == edition::LoadStatus::Ok);
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".txt") continue;
        ++count;
        const std::string path = entry.path().string();
        INFO(path);
        CHECK(round_trip(path, &edition) == slurp(path));
    }
    CHECK(count >= 1);
}

TEST_CASE("round trip: the memo without the edition's metadata") {
    const std::string path = source_path("editions/frus1964-68v17/d67.txt");
    CHECK(round_trip(path, nullptr) == slurp(path));
}

TEST_CASE("round trip: every converter fixture") {
    const std::string dir = source_path("tests/convert/fixtures");
    std::vector<std::string> fixtures;
    if (fs::is_directory(dir))
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".txt") fixtures.push_back(entry.path().string());
    std::sort(fixtures.begin(), fixtures.end());
    REQUIRE(fixtures.size() >= 10);
    for (const auto& path : fixtures) {
        DYNAMIC_SECTION(fs::path(path).filename().string()) {
            CHECK(round_trip(path, nullptr) == slurp(path));
        }
    }
}
