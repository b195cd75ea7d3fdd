// compact_trang_test: the OoH's schema/frus/frus.rnc, and tei_all as compact syntax (made from
// schema/tei/tei_all.rng by trang), translated by read_compact_syntax() and by trang: the two
// XML syntaxes must be equivalent (canonical form of rng_canonical.h: sorted attributes,
// resolved names, no white space, annotations included). Exit 77 (a CTest skip) without trang.
#include "rng_canonical.h"
#include "validate/relaxng/compact_syntax.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <libxml/parser.h>

namespace fs = std::filesystem;
using teipress::testing::canonical_rng;
using teipress::testing::first_difference;

namespace {

int run(const std::string& command) {
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

// Whether read_compact_syntax() and trang translate rnc into equivalent grammars.
bool same_as_trang(const fs::path& rnc, const fs::path& dir) {
    fs::path trang_rng = dir / (rnc.stem().string() + ".trang.rng");
    if (run("trang -I rnc -O rng '" + rnc.string() + "' '" + trang_rng.string() + "'") != 0) {
        std::cerr << "trang failed on " << rnc << "\n";
        return false;
    }
    teipress::xml::XmlDocPtr theirs(xmlReadFile(trang_rng.c_str(), nullptr, XML_PARSE_NONET));
    auto ours = teipress::validate::relaxng::read_compact_syntax(rnc.string());
    if (!theirs || !ours) {
        std::cerr << rnc << ": " << (ours ? "trang's output does not parse" : teipress::format_diagnostic(ours.error()))
                  << "\n";
        return false;
    }
    std::string expected = canonical_rng(theirs.get());
    std::string got = canonical_rng(ours->get());
    std::string diff = first_difference(expected, got);
    if (!diff.empty()) {
        std::cerr << rnc << ": differs from trang's translation at canonical " << diff << "\n";
        return false;
    }
    std::size_t lines = static_cast<std::size_t>(std::count(got.begin(), got.end(), '\n'));
    std::cout << rnc.filename().string() << ": equivalent to trang's translation (" << lines << " canonical lines)\n";
    return true;
}

} // namespace

int main() {
    if (run("command -v trang >/dev/null 2>&1") != 0) {
        std::cout << "SKIPPED: trang is not installed (Debian: apt-get install trang)\n";
        return 77;
    }
    fs::path source(TEIPRESS_SOURCE_DIR);
    fs::path dir = fs::path(TEIPRESS_BINARY_DIR) / "tests/relaxng/scratch/trang";
    fs::remove_all(dir);
    fs::create_directories(dir);
    bool ok = same_as_trang(source / "schema/frus/frus.rnc", dir);
    fs::path tei_all_rnc = dir / "tei_all.rnc";
    if (run("trang -I rng -O rnc '" + (source / "schema/tei/tei_all.rng").string() + "' '" + tei_all_rnc.string() +
            "'") != 0) {
        std::cerr << "trang failed to write tei_all.rnc\n";
        return 1;
    }
    ok = same_as_trang(tei_all_rnc, dir) && ok;
    return ok ? 0 : 1;
}
