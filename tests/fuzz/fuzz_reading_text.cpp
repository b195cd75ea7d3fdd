// libFuzzer harness: arbitrary text read as a FRUS reading text. Checks that the reader and
// the whole conversion never crash or hang, that they fail if and only if they report an
// error, that every message points inside the text, and that a successful conversion is
// well-formed XML that src/xml reads back.
#include "core/diagnostic.h"
#include "core/input_file.h"
#include "core/utf8.h"
#include "passes/convert_document.h"
#include "readers/reading_text_reader.h"
#include "xml/libxml_document.h"
#include "xml/libxml_session.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using namespace teipress;

[[noreturn]] void fail(const char* what, const DiagnosticSink& sink) {
    std::fprintf(stderr, "fuzz_reading_text: %s\n", what);
    for (const auto& d : sink.items()) std::fprintf(stderr, "  %s\n", format_diagnostic(d).c_str());
    std::abort();
}

// Every diagnostic about the text names it and points at a line and column inside it.
void check_positions(const DiagnosticSink& sink, const std::string& name, const std::string& text) {
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const auto& d : sink.items()) {
        if (d.file != name) continue;
        if (d.line < 1 || d.line > lines || d.column < 1) fail("a message points outside the text", sink);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static xml::LibxmlSession session;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string name = "fuzz.txt";
    // What read_text_file hands a reader: the same decoding (UTF-8 checked, BOM and CR gone).
    auto decoded = decode_text(name, std::string(reinterpret_cast<const char*>(data), size));
    if (!decoded) return 0;
    const std::string& text = decoded.value();

    {
        DiagnosticSink sink;
        pugi::xml_document doc;
        bool ok = readers::read_reading_text(text, name, doc, sink);
        if (ok == sink.has_errors()) fail(ok ? "the reader succeeded with errors" : "the reader failed silently", sink);
        check_positions(sink, name, text);
    }

    DiagnosticSink sink;
    passes::ConvertOptions options;
    options.input_name = name;
    passes::Conversion conversion = passes::convert_reading_text(text, name, options, sink);
    const bool ok = conversion.status == passes::ConvertStatus::Ok;
    if (ok == sink.has_errors()) fail(ok ? "convert succeeded with errors" : "convert failed silently", sink);
    check_positions(sink, name, text);
    if (!ok) return 0;
    DiagnosticSink xml_sink;
    if (!xml::parse_with_libxml("converted.xml", conversion.tei, xml_sink)) {
        std::fprintf(stderr, "TEI written:\n%s\n", conversion.tei.c_str());
        fail("convert wrote TEI that is not well-formed XML", xml_sink);
    }
    return 0;
}
