// libFuzzer harness: arbitrary text through the whole pipeline, convert -> validate -> render.
// For a reading text convert accepts, checks that the TEI is valid against the edition's
// RELAX NG schema (the Schematron rules run too), that every writer renders it, and that the
// text writer gives every character of the reading text back, in order (whitespace aside: the
// text writer lays out blank lines canonically; the exact round trip of well-formed reading
// texts is render's golden test).
#include "core/data_dir.h"
#include "core/diagnostic.h"
#include "core/input_file.h"
#include "core/utf8.h"
#include "passes/convert_document.h"
#include "validate/relaxng_schema.h"
#include "validate/schematron_rules.h"
#include "validate/source_text.h"
#include "validate/tei_input.h"
#include "writers/render_document.h"
#include "xml/libxml_session.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace {

using namespace teipress;

struct Pipeline {
    std::shared_ptr<const validate::RelaxNgSchema> schema;
    std::shared_ptr<const validate::SchematronRules> rules;
    writers::Renderer renderer;
};
Pipeline* g_pipeline = nullptr; // set up once by LLVMFuzzerInitialize

[[noreturn]] void fail(const char* what, const std::vector<Diagnostic>& diags, const std::string& tei) {
    std::fprintf(stderr, "fuzz_pipeline: %s\n", what);
    for (const auto& d : diags) std::fprintf(stderr, "  %s\n", format_diagnostic(d).c_str());
    if (!tei.empty()) std::fprintf(stderr, "TEI:\n%s\n", tei.c_str());
    std::abort();
}

// The text without its spaces, tabs and newlines: the layout of blank lines is the format's
// (the text writer writes it canonically), every other character must come back in order.
std::string without_whitespace(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n') out += c;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static xml::LibxmlSession session;
    static Pipeline pipeline;
    auto schema = validate::RelaxNgSchema::compile(data_path("schema/teipress.rng"));
    auto rules =
        validate::SchematronRules::compile(data_path("schema/teipress.sch"), data_path("xslt/schematron/compile.xsl"));
    if (!schema || !rules) {
        std::fprintf(stderr,
                     "fuzz_pipeline: cannot compile the edition's schema or rules "
                     "(set TEIPRESS_DATA_DIR to the source tree)\n");
        std::exit(2);
    }
    pipeline.schema = *schema;
    pipeline.rules = *rules;
    g_pipeline = &pipeline;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string name = "fuzz.txt";
    // What read_text_file hands a reader: the same decoding (UTF-8 checked, BOM and CR gone).
    auto decoded = decode_text(name, std::string(reinterpret_cast<const char*>(data), size));
    if (!decoded) return 0;
    const std::string& text = decoded.value();

    DiagnosticSink sink;
    passes::ConvertOptions options;
    options.input_name = name;
    passes::Conversion conversion = passes::convert_reading_text(text, name, options, sink);
    if (conversion.status != passes::ConvertStatus::Ok) return 0;

    // Validate, as `teipress validate` does.
    const std::string tei_name = "fuzz.xml";
    std::vector<Diagnostic> diags;
    xml::XmlDocPtr doc = validate::parse_xml(tei_name, conversion.tei, diags);
    if (!doc) fail("convert wrote TEI that is not well-formed", diags, conversion.tei);
    validate::SourceText source(tei_name, conversion.tei);
    g_pipeline->schema->validate(doc.get(), source, diags);
    validate::SchematronRun svrl = g_pipeline->rules->run(doc.get(), source, diags);
    if (svrl) {
        auto found = validate::svrl_diagnostics(svrl, doc.get(), source);
        diags.insert(diags.end(), found.begin(), found.end());
    }
    // The grammar must hold for anything convert writes; the Schematron rules judge content
    // (pages in order, notes numbered...) that a reading text may get wrong: they run, their
    // findings are not a failure here.
    for (const auto& d : diags)
        if (d.severity == Severity::Error && d.rule_id == "relaxng")
            fail("convert wrote TEI that the RELAX NG schema refuses", diags, conversion.tei);

    // Render with every writer but PDF (a TeX run per input is too slow for fuzzing).
    for (const auto& format : writers::writer_formats()) {
        if (format.post_step != writers::PostStep::None) continue;
        writers::RenderRequest request;
        request.format = &format;
        std::string out;
        DiagnosticSink render_sink;
        ExitStatus status = g_pipeline->renderer.render(doc.get(), tei_name, request, out, render_sink);
        if (status != k_exit_ok)
            fail(format.name, {render_sink.items().begin(), render_sink.items().end()}, conversion.tei);
        if (std::string(format.name) == "text" && without_whitespace(out) != without_whitespace(text)) {
            std::fprintf(stderr, "reading text:\n[%s]\nrendered text:\n[%s]\n", text.c_str(), out.c_str());
            fail("the text writer did not give the reading text back", {}, conversion.tei);
        }
    }
    return 0;
}
