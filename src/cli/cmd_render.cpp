// teipress render: one TEI file to HTML, LaTeX, PDF, plain text or Markdown (see the README).
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/data_dir.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "validate/validator.h"
#include "writers/render_document.h"
#include "xml/libxml_document.h"

#include <iostream>

namespace teipress::cli {

namespace {

const char* k_render_help =
    "Renders FILE (TEI P5) with the stylesheets in xslt/ and writes OUT (stdout when -o is\n"
    "left out). TEI that is not valid is rendered anyway, with warnings: an element the\n"
    "stylesheets do not know is rendered as its content and reported; --validate also reports\n"
    "(as warnings) what `teipress validate` finds. A file that is not well-formed XML or not\n"
    "TEI is refused (exit 1). Stylesheets, also one given with --xslt, may not write files or\n"
    "reach the network. --profile chooses the stylesheets' layer: tei (generic TEI), frus\n"
    "(Foreign Relations of the United States), auto (default: frus when the document declares\n"
    "the frus namespace or has an idno type=\"frus\", else tei). Parameters of the\n"
    "stylesheets: warn-unhandled (yes|no), language (html), paper (latex, pdf: letterpaper or\n"
    "a4paper); frus only: volume-id, web-edition-base.\n"
    "exit codes: 0 ok, 1 not TEI or the transform failed, 2 usage or unreadable input or\n"
    "stylesheet, 3 output not written, 4 TeX engine missing or failed\n";

// --validate: what the validator finds about input, as warnings (the render goes on, so that
// the editor sees the document while fixing it).
void warn_if_invalid(const std::string& input, DiagnosticSink& sink) {
    auto schema = validate::RelaxNgSchema::compile(data_path("schema/teipress.rng"));
    auto rules = validate::SchematronRules::compile(data_path("schema/teipress.sch"),
                                                    data_path("xslt/schematron/compile.xsl"));
    if (!schema || !rules) {
        Diagnostic d = !schema ? schema.error() : rules.error();
        d.severity = Severity::Warning;
        d.message = "cannot validate: " + d.message;
        sink.add(d);
        return;
    }
    validate::Validator validator(*schema, *rules, validate::ValidatorOptions{});
    for (auto d : validator.validate_file(input).diagnostics) {
        d.severity = Severity::Warning;
        sink.add(std::move(d));
    }
}

} // namespace

int run_render(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::string input, to, out, xslt, profile = "auto";
    std::vector<std::string> params;
    bool check = false;
    options.add_options()("input", po::value(&input), "the TEI file")(
        "to,t", po::value(&to)->required(),
        ("output format: " + writers::writer_format_names()).c_str())(
        "output,o", po::value(&out), "output file (default: stdout)")(
        "param", po::value(&params)->composing(), "stylesheet parameter NAME=VALUE (repeatable)")(
        "xslt", po::value(&xslt), "use this XSLT 1.0 stylesheet instead of the format's own")(
        "profile", po::value(&profile),
        ("the stylesheets' layer: " + writers::render_profile_names()).c_str())(
        "validate", po::bool_switch(&check),
        "also check FILE against schema/teipress.rng and .sch (reported as warnings)");
    po::positional_options_description positionals;
    positionals.add("input", 1);
    po::variables_map vm;
    const std::string usage = "render FILE --to " + writers::writer_format_names() +
                              " [-o OUT] [--profile " + writers::render_profile_names() +
                              "] [--param NAME=VALUE] [--xslt FILE] [--validate]";
    if (auto done = parse_command_line(args, options, positionals, vm, usage, k_render_help))
        return *done;
    if (input.empty()) return usage_error("render", "no input file given");
    writers::RenderRequest request;
    request.format = writers::find_writer_format(to);
    if (!request.format)
        return usage_error("render", "unknown format '" + to + "' for --to (expected " +
                                         writers::writer_format_names() + ")");
    for (const auto& p : params) {
        auto eq = p.find('=');
        if (eq == std::string::npos || eq == 0)
            return usage_error("render", "--param needs NAME=VALUE, got '" + p + "'");
        request.params.emplace_back(p.substr(0, eq), p.substr(eq + 1));
    }
    request.stylesheet = xslt;
    if (profile != "auto") {
        request.profile = writers::find_render_profile(profile);
        if (!request.profile)
            return usage_error("render", "unknown profile '" + profile + "' for --profile (expected " +
                                             writers::render_profile_names() + ")");
    }

    DiagnosticSink sink;
    auto bytes = read_file_bytes(input);
    if (!bytes) {
        std::cerr << format_diagnostic(bytes.error()) << '\n';
        return k_exit_usage;
    }
    auto doc = xml::parse_with_libxml(input, *bytes, sink);
    if (!doc) {
        print_diagnostics(std::cerr, sink);
        return k_exit_invalid;
    }
    if (check) warn_if_invalid(input, sink);
    writers::Renderer renderer;
    std::string rendered;
    ExitStatus status = renderer.render(doc.get(), input, request, rendered, sink);
    print_diagnostics(std::cerr, sink);
    if (status != k_exit_ok) return status;
    std::vector<std::string> inputs{input};
    if (!xslt.empty()) inputs.push_back(xslt);
    return write_output(out, rendered, inputs);
}

} // namespace teipress::cli
