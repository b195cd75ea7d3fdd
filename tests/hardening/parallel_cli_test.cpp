// Concurrency through the command line (issue 5): many files validated on many threads give
// byte for byte the report of a serial run, in every report format; many teipress processes
// rendering at once give the outputs of one-at-a-time runs.
#include "tools/test_files.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    return teipress::testing::scratch_dir("hardening", name);
}

using teipress::testing::slurp;

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

const std::string k_teipress = (fs::path(TEIPRESS_BINARY_DIR) / "teipress").string();

// TEI files of the other test suites: valid documents and documents breaking the grammar and
// the rules, so the reports have many diagnostics whose order could be disturbed. Sorted.
std::vector<std::string> tei_inputs() {
    std::vector<std::string> files;
    const fs::path src(TEIPRESS_SOURCE_DIR);
    for (const char* dir : {"tests/convert/fixtures", "tests/validate/fixtures/schema", "tests/validate/fixtures/rules",
                            "tests/render/fixtures"}) {
        if (!fs::exists(src / dir)) continue;
        for (const auto& e : fs::directory_iterator(src / dir))
            if (e.path().extension() == ".xml") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("validate on 8 threads writes the same report as on 1, in every format") {
    std::vector<std::string> files = tei_inputs();
    REQUIRE(files.size() >= 10);
    // Each file three times over: more files than threads, and a file validated by two
    // threads at once.
    std::string args;
    for (int round = 0; round < 3; ++round)
        for (const auto& f : files) args += " " + quote(f);
    fs::path dir = scratch("parallel-validate");
    for (const char* format : {"text", "json", "junit", "github", "sarif"}) {
        INFO("format " << format);
        std::string reports[2];
        int codes[2];
        const char* jobs[2] = {"1", "8"};
        for (int i = 0; i < 2; ++i) {
            fs::path out = dir / (std::string(format) + ".jobs" + jobs[i]);
            // The text format reports on stderr, the others on stdout: keep both.
            std::string command = quote(k_teipress) + " validate" + args + " --format " + format + " --jobs " +
                                  jobs[i] + " > " + quote(out.string()) + " 2>&1";
            int status = std::system(command.c_str());
            REQUIRE(WIFEXITED(status));
            codes[i] = WEXITSTATUS(status);
            reports[i] = slurp(out);
        }
        CHECK(codes[0] == 1); // some inputs are invalid on purpose
        CHECK(codes[1] == codes[0]);
        CHECK(reports[0].size() > 1000);
        CHECK(reports[1] == reports[0]);
    }
}

TEST_CASE("teipress processes rendering at once give the outputs of serial runs") {
    std::vector<std::string> files = tei_inputs();
    REQUIRE(files.size() >= 10);
    fs::path dir = scratch("parallel-render");
    fs::create_directories(dir / "serial");
    fs::create_directories(dir / "parallel");
    auto command_for = [&](std::size_t i, const char* where) {
        return quote(k_teipress) + " render " + quote(files[i]) + " --to html -o " +
               quote((dir / where / (std::to_string(i) + ".html")).string()) + " 2>/dev/null";
    };
    std::vector<int> serial(files.size()), parallel(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) serial[i] = std::system(command_for(i, "serial").c_str());
    std::vector<std::thread> workers;
    for (std::size_t i = 0; i < files.size(); ++i)
        workers.emplace_back([&, i] { parallel[i] = std::system(command_for(i, "parallel").c_str()); });
    for (auto& w : workers) w.join();
    std::size_t rendered = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        INFO(files[i]);
        CHECK(parallel[i] == serial[i]);
        const std::string name = std::to_string(i) + ".html";
        CHECK(fs::exists(dir / "serial" / name) == fs::exists(dir / "parallel" / name));
        if (fs::exists(dir / "serial" / name)) {
            ++rendered;
            CHECK(slurp(dir / "parallel" / name) == slurp(dir / "serial" / name));
        }
    }
    CHECK(rendered >= 10);
}
