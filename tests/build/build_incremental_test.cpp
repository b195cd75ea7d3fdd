// The build as a whole, on small sources: what an incremental build redoes, what it removes,
// failed documents, shares and their assembly, and the same bytes for any number of jobs.
#include "build/build_run.h"
#include "tools/test_files.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <sstream>
#include <sys/stat.h>

using namespace teipress;
using namespace teipress::build;
namespace fs = std::filesystem;
using teipress::testing::slurp;
using teipress::testing::write_file;

namespace {

// A reading text of document n.
std::string reading_text(int n, const std::string& sentence) {
    return std::to_string(n) + ". Memorandum for the Record0\n\nWashington, March " + std::to_string(n) +
           ", 1965.\n\n" + sentence +
           "1\n\n  0. Source: Department of State, Central Files.\n  1. A note of document " + std::to_string(n) + ".";
}

// An edition folder with documents 1..count: the bundled edition's metadata, new texts.
fs::path make_edition(const fs::path& dir, int count) {
    fs::path ed = dir / "ed";
    fs::create_directories(ed);
    const fs::path bundled = fs::path(TEIPRESS_SOURCE_DIR) / "editions/frus1964-68v17";
    for (const char* f : {"edition.xml", "persons.xml", "terms.xml"}) fs::copy_file(bundled / f, ed / f);
    for (int n = 1; n <= count; ++n)
        write_file(ed / ("d" + std::to_string(n) + ".txt"),
                   reading_text(n, "The text of document " + std::to_string(n) + "."));
    return ed;
}

struct Run {
    int status;
    std::string out, err;
};

Run run(const fs::path& source, const fs::path& out, BuildRequest request = {}) {
    request.source = source.string();
    request.out_dir = out.string();
    if (request.formats == FormatSet::all()) request.formats = *parse_formats("html,latex,text,markdown,epub");
    std::ostringstream o, e;
    Progress progress(o, e, ProgressStyle{false, false});
    int status = run_build(request, progress);
    return {status, o.str(), e.str()};
}

// Every file under dir (relative path -> bytes).
std::map<std::string, std::string> files_of(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) files[e.path().lexically_relative(dir).generic_string()] = slurp(e.path());
    return files;
}

ino_t inode_of(const fs::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st.st_ino;
}

} // namespace

TEST_CASE("incremental: a second build does nothing; one change rebuilds that document only") {
    auto dir = teipress::testing::scratch_dir("build", "incremental");
    auto ed = make_edition(dir, 3);
    auto out = dir / "out";
    Run first = run(ed, out);
    INFO(first.err);
    REQUIRE(first.status == 0);
    CHECK(first.out.find("3 of 3 document(s) built into " + out.string() + " (3 made, 0 up to date)") !=
          std::string::npos);
    for (const char* f : {"d1.xml", "d2.html", "d3.txt", "d3.md", "d1.tex"}) CHECK(fs::exists(out / f));
    CHECK(fs::exists(out / ".teipress/manifest"));

    Run second = run(ed, out);
    CHECK(second.status == 0);
    CHECK(second.out ==
          "nothing to do: the 3 document(s) and the volume's outputs in " + out.string() + " are up to date\n");

    const ino_t d1 = inode_of(out / "d1.html");
    write_file(ed / "d2.txt", reading_text(2, "The text of document 2, changed."));
    Run third = run(ed, out);
    CHECK(third.status == 0);
    CHECK(third.out.find("d2 -> ") != std::string::npos);
    CHECK(third.out.find("d1 -> ") == std::string::npos);
    CHECK(third.out.find("d3 -> ") == std::string::npos);
    CHECK(third.out.find("(1 made, 2 up to date)") != std::string::npos);
    CHECK(inode_of(out / "d1.html") == d1); // not rewritten
    CHECK(slurp(out / "d2.txt").find("changed") != std::string::npos);

    // An output removed by hand, or cut short, is made again.
    fs::remove(out / "d3.md");
    Run fourth = run(ed, out);
    CHECK(fourth.out.find("d3 -> ") != std::string::npos);
    CHECK(fourth.out.find("(1 made, 2 up to date)") != std::string::npos);
    CHECK(fs::exists(out / "d3.md"));

    BuildRequest force;
    force.force = true;
    Run forced = run(ed, out, force);
    CHECK(forced.out.find("(3 made, 0 up to date)") != std::string::npos);
}

TEST_CASE("incremental: a deleted document's outputs go; a format left out takes its files with it") {
    auto dir = teipress::testing::scratch_dir("build", "deleted");
    auto ed = make_edition(dir, 3);
    auto out = dir / "out";
    REQUIRE(run(ed, out).status == 0);
    fs::remove(ed / "d3.txt");
    Run after = run(ed, out);
    CHECK(after.status == 0);
    CHECK(after.out.find("2 of 2 document(s) built") != std::string::npos);
    for (const char* ext : {".xml", ".html", ".tex", ".txt", ".md"})
        CHECK_FALSE(fs::exists(out / ("d3" + std::string(ext))));
    CHECK(fs::exists(out / "d2.html"));
    CHECK(slurp(out / ".teipress/manifest").find("document/d3") == std::string::npos);

    BuildRequest html;
    html.formats = *parse_formats("html");
    Run only_html = run(ed, out, html);
    CHECK(only_html.status == 0);
    CHECK(fs::exists(out / "d1.html"));
    CHECK(fs::exists(out / "d1.xml"));
    CHECK_FALSE(fs::exists(out / "d1.txt"));
    CHECK_FALSE(fs::exists(out / "d1.tex"));
}

TEST_CASE("failed documents: no outputs left behind, the others built, tried again next time") {
    auto dir = teipress::testing::scratch_dir("build", "failed");
    auto ed = make_edition(dir, 2);
    auto out = dir / "out";
    REQUIRE(run(ed, out).status == 0);
    REQUIRE(fs::exists(out / "d2.html"));
    // d2 no longer converts: the outputs of its last build must not stay as if it had.
    write_file(ed / "d2.txt", "not a document heading\n");
    Run broken = run(ed, out);
    CHECK(broken.status == 1);
    CHECK(broken.err.find(ed.string() + "/d2.txt:1:1: error:") != std::string::npos);
    CHECK(broken.out.find("d2: failed") != std::string::npos);
    CHECK(broken.out.find("1 document(s) failed:\n  d2 (" + ed.string() + "/d2.txt:1:1: error:") != std::string::npos);
    CHECK(broken.out.find("1 of 2 document(s) built") != std::string::npos);
    for (const char* ext : {".xml", ".html", ".tex", ".txt", ".md"})
        CHECK_FALSE(fs::exists(out / ("d2" + std::string(ext))));
    CHECK(fs::exists(out / "d1.html"));
    // Not "nothing to do": a failed document is tried again, and its error told again.
    Run again = run(ed, out);
    CHECK(again.status == 1);
    CHECK(again.err.find("d2.txt:1:1: error:") != std::string::npos);
    // Mended, it is built and nothing of the failure stays.
    write_file(ed / "d2.txt", reading_text(2, "Mended."));
    Run mended = run(ed, out);
    CHECK(mended.status == 0);
    CHECK(fs::exists(out / "d2.html"));
}

TEST_CASE("failed documents: an invalid document of a volume is kept in failed/ for its messages") {
    auto dir = teipress::testing::scratch_dir("build", "invalid");
    std::string volume = slurp(fs::path(TEIPRESS_SOURCE_DIR) / "tests/volume/fixtures/small-volume.xml");
    const std::string needle = "<p>On page 4.</p>";
    REQUIRE(volume.find(needle) != std::string::npos);
    volume.replace(volume.find(needle), needle.size(), "<p>On page 4.</p><wrong/>");
    write_file(dir / "vol.xml", volume);
    auto out = dir / "out";
    Run result = run(dir / "vol.xml", out);
    CHECK(result.status == 1);
    INFO(result.err);
    CHECK(result.err.find((out / "failed/d3.xml").string() + ":") != std::string::npos);
    CHECK(result.err.find("error: element \"wrong\" not allowed") != std::string::npos);
    CHECK(fs::exists(out / "failed/d3.xml"));
    CHECK_FALSE(fs::exists(out / "d3.xml"));
    CHECK_FALSE(fs::exists(out / "d3.html"));
    CHECK(fs::exists(out / "d1.html"));
    CHECK(fs::exists(out / "d2.html"));
    CHECK(result.out.find("2 of 3 document(s) built") != std::string::npos);
    // Mended: built, and failed/d3.xml removed.
    volume.replace(volume.find("<wrong/>"), 8, "");
    write_file(dir / "vol.xml", volume);
    Run mended = run(dir / "vol.xml", out);
    CHECK(mended.status == 0);
    CHECK(fs::exists(out / "d3.html"));
    CHECK_FALSE(fs::exists(out / "failed/d3.xml"));
}

TEST_CASE("shares: each builds its documents; --assemble makes the rest; the result is a whole build's") {
    auto dir = teipress::testing::scratch_dir("build", "shards");
    auto ed = make_edition(dir, 5);
    auto whole = dir / "whole";
    REQUIRE(run(ed, whole).status == 0);

    auto merged = dir / "merged";
    std::size_t total = 0;
    for (unsigned k = 1; k <= 3; ++k) {
        BuildRequest share;
        share.shard = Shard{k, 3};
        auto part = dir / ("share" + std::to_string(k));
        Run r = run(ed, part, share);
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(fs::exists(part / (".teipress/shard-" + std::to_string(k) + "-of-3")));
        CHECK_FALSE(fs::exists(part / ".teipress/manifest"));
        for (const auto& e : fs::directory_iterator(part))
            if (e.path().extension() == ".xml") ++total;
        fs::copy(part, merged, fs::copy_options::recursive | fs::copy_options::skip_existing);
    }
    CHECK(total == 5); // every document in exactly one share

    // Assembling before every share is there names what is missing.
    auto partial = dir / "partial";
    fs::copy(dir / "share1", partial, fs::copy_options::recursive);
    BuildRequest assemble;
    assemble.assemble = true;
    Run missing = run(ed, partial, assemble);
    CHECK(missing.status == 1);
    CHECK(missing.err.find("3 document(s) not built by any share (or built from other inputs): d2, d3, d5") !=
          std::string::npos);

    Run assembled = run(ed, merged, assemble);
    INFO(assembled.err);
    CHECK(assembled.status == 0);
    CHECK(assembled.out.find("5 of 5 document(s) built into") != std::string::npos);
    CHECK_FALSE(fs::exists(merged / ".teipress/shard-1-of-3"));
    CHECK(files_of(merged) == files_of(whole));
    // And the assembled folder is a whole build's: nothing to do.
    CHECK(run(ed, merged).out.find("nothing to do") == 0);
}

TEST_CASE("determinism: the same bytes for -j1 and -j3, and run after run") {
    auto dir = teipress::testing::scratch_dir("build", "determinism");
    auto ed = make_edition(dir, 4);
    BuildRequest one, three;
    one.jobs = 1;
    three.jobs = 3;
    REQUIRE(run(ed, dir / "j1", one).status == 0);
    REQUIRE(run(ed, dir / "j3", three).status == 0);
    REQUIRE(run(ed, dir / "again", three).status == 0);
    auto a = files_of(dir / "j1");
    CHECK(a.size() > 20);
    CHECK(a == files_of(dir / "j3"));
    CHECK(a == files_of(dir / "again"));
}
