// compact_bench FILE.rnc [RUNS]: how long read_compact_syntax_text() takes on FILE.rnc (in
// memory, so no disk time), stage by stage, as the median and the fastest of RUNS runs; and, for
// scale, libxml2 parsing the XML syntax of the same schema (the translation, serialized). Run by
// tests/bench/compact_bench.sh, which makes a tei_all-sized FILE.rnc with trang.
#include "core/input_file.h"
#include "validate/relaxng/compact_lexer.h"
#include "validate/relaxng/compact_parser.h"
#include "validate/relaxng/compact_source.h"
#include "validate/relaxng/compact_syntax.h"
#include "validate/relaxng/compact_to_xml.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <libxml/parser.h>
#include <vector>

using namespace teipress::validate::relaxng;
using clock_type = std::chrono::steady_clock;

namespace {

struct Figure {
    double median_ms;
    double min_ms;
};

Figure measure(int runs, const std::function<void()>& f) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto t0 = clock_type::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(clock_type::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

void print(const char* what, Figure f, std::size_t bytes) {
    std::printf("  %-34s median %8.2f ms   fastest %8.2f ms   %7.1f MB/s\n", what, f.median_ms, f.min_ms,
                static_cast<double>(bytes) / 1e6 / (f.median_ms / 1e3));
}

std::size_t count_elements(xmlNode* n) {
    std::size_t c = 0;
    for (; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) c += 1 + count_elements(n->children);
    return c;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: compact_bench FILE.rnc [RUNS]\n";
        return 2;
    }
    std::string path = argv[1];
    int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;
    auto bytes = teipress::read_file_bytes(path);
    if (!bytes) {
        std::cerr << teipress::format_diagnostic(bytes.error()) << "\n";
        return 2;
    }
    auto doc = read_compact_syntax_text(*bytes, path);
    if (!doc) {
        std::cerr << teipress::format_diagnostic(doc.error()) << "\n";
        return 1;
    }
    xmlChar* xml = nullptr;
    int xml_size = 0;
    xmlDocDumpMemory(doc->get(), &xml, &xml_size);
    std::size_t lines = static_cast<std::size_t>(std::count(bytes->begin(), bytes->end(), '\n'));
    std::printf("%s: %zu bytes, %zu lines; its XML syntax: %d bytes, %zu elements; %d runs\n", path.c_str(),
                bytes->size(), lines, xml_size, count_elements(xmlDocGetRootElement(doc->get())), runs);

    // The stages one by one (each on the previous stage's result).
    auto source = CompactSource::decode(*bytes, path);
    auto tokens = tokenize(**source);
    auto schema = parse_compact(*source, *tokens);
    std::printf("  %zu tokens, %zu comments\n", tokens->tokens.size(), tokens->comments.size());
    print("1 characters (decode, escapes)", measure(runs, [&] { CompactSource::decode(*bytes, path); }), bytes->size());
    print("2 tokens", measure(runs, [&] { tokenize(**source); }), bytes->size());
    print("3 grammar -> tree", measure(runs, [&] { parse_compact(*source, *tokens); }), bytes->size());
    print("4 tree -> libxml2 document", measure(runs, [&] { compact_schema_to_xml(*schema, path); }), bytes->size());
    print("read_compact_syntax_text (all)", measure(runs, [&] { read_compact_syntax_text(*bytes, path); }),
          bytes->size());
    print("libxml2 parsing the XML syntax",
          measure(runs,
                  [&] {
                      xmlFreeDoc(xmlReadMemory(reinterpret_cast<const char*>(xml), xml_size, path.c_str(), nullptr,
                                               XML_PARSE_NONET));
                  }),
          static_cast<std::size_t>(xml_size));
    xmlFree(xml);
    return 0;
}
