// rnc_to_rng FILE.rnc [--no-indent | --no-output]: writes the XML syntax read_compact_syntax()
// makes of FILE.rnc to standard output (indented unless --no-indent; nothing with --no-output,
// for timing the translation alone); on an error, prints the diagnostic and exits 1. A tool for
// the tests and the benchmark.
#include "core/diagnostic.h"
#include "validate/relaxng/compact_syntax.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <libxml/tree.h>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: rnc_to_rng FILE.rnc [--no-indent | --no-output]\n";
        return 2;
    }
    bool indent = !(argc > 2 && std::strcmp(argv[2], "--no-indent") == 0);
    bool output = !(argc > 2 && std::strcmp(argv[2], "--no-output") == 0);
    auto doc = teipress::validate::relaxng::read_compact_syntax(argv[1]);
    if (!doc) {
        std::cerr << teipress::format_diagnostic(doc.error()) << "\n";
        return 1;
    }
    if (!output) return 0;
    xmlChar* out = nullptr;
    int size = 0;
    xmlDocDumpFormatMemoryEnc(doc->get(), &out, &size, "UTF-8", indent ? 1 : 0);
    std::fwrite(out, 1, static_cast<std::size_t>(size), stdout);
    xmlFree(out);
    return 0;
}
