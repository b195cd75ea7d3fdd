// compact_jing_test: every file of the real OoH corpus (tests/corpus/frus/) judged against the
// OoH's schema/frus/frus.rnc, translated by read_compact_syntax() and run by the RELAX NG
// engine, gets jing -c's verdict on the same .rnc (valid or not). Exit 77 (a CTest skip)
// without jing.
#include "schema_engine.h"
#include "validate/relaxng/compact_syntax.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <libxml/parser.h>
#include <set>

namespace fs = std::filesystem;

int main() {
    if (std::system("command -v jing >/dev/null 2>&1") != 0) {
        std::cout << "SKIPPED: jing is not installed (Debian: apt-get install jing)\n";
        return 77;
    }
    fs::path source(TEIPRESS_SOURCE_DIR);
    fs::path rnc = source / "schema/frus/frus.rnc";
    auto schema = teipress::validate::relaxng::read_compact_syntax(rnc.string());
    if (!schema) {
        std::cerr << teipress::format_diagnostic(schema.error()) << "\n";
        return 1;
    }
    std::set<fs::path> files;
    for (const auto& e : fs::directory_iterator(source / "tests/corpus/frus"))
        if (e.path().extension() == ".xml") files.insert(e.path());
    int agreed = 0, valid = 0;
    for (const auto& f : files) {
        teipress::xml::XmlDocPtr doc(xmlReadFile(f.c_str(), nullptr, XML_PARSE_NONET));
        if (!doc) {
            std::cerr << f << ": does not parse\n";
            return 1;
        }
        bool ours = teipress::testing::valid_with_engine(schema->get(), doc.get());
        int status = std::system(("jing -c '" + rnc.string() + "' '" + f.string() + "' >/dev/null 2>&1").c_str());
        bool jing = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        std::cout << f.filename().string() << ": " << (ours ? "valid" : "invalid")
                  << ", jing -c: " << (jing ? "valid" : "invalid") << "\n";
        agreed += ours == jing;
        valid += jing;
    }
    std::cout << agreed << " of " << files.size() << " verdicts as jing's (" << valid << " valid)\n";
    return agreed == static_cast<int>(files.size()) && !files.empty() ? 0 : 1;
}
