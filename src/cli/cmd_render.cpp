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
    "Renders FILE (TEI P5; - is standard input) with the stylesheets in xslt/. TEI that is "
    "not valid is rendered anyway, with warnings: an element the stylesheets do not know is "
    "rendered as its content and reported; --validate also reports (as warnings) what "
    "`teipress validate` finds. A file that is not well-formed XML or not TEI is refused "
    "(exit 1). Stylesheets, also one given with --xslt, may not write files or reach the "
    "network.\n"
    "\n"
    "--profile chooses the stylesheets' layer: tei (generic TEI), frus (Foreign Relations of "
    "the United States), auto (default: frus when the document declares the frus namespace or "
    "has an idno type=\"frus\", else tei).\n"
    "\n"
    "Parameters of the stylesheets: warn-unhandled (yes|no), language (html), paper (latex, "
    "pdf: letterpaper or a4paper); frus only: volume-id, web-edition-base.\n";

// --validate: what the validator finds about input, as warnings (the render goes on, so that
// the editor sees the document while fixing it).
void warn_if_invalid(const std::string& input, const std::string& bytes, DiagnosticSink& sink) {
    auto schema = validate::RelaxNgSchema::compile(data_path("schema/teipress.rng"));
    auto rules =
        validate::SchematronRules::compile(data_path("schema/teipress.sch"), data_path("xslt/schematron/compile.xsl"));
    if (!schema || !rules) {
        Diagnostic d = !schema ? schema.error() : rules.error();
        d.severity = Severity::Warning;
        d.message = "cannot validate: " + d.message;
        sink.add(d);
        return;
    }
    validate::Validator validator(*schema, *rules, validate::ValidatorOptions{});
    for (auto d : validator.validate_text(input, bytes).diagnostics) {
        d.severity = Severity::Warning;
        sink.add(std::move(d));
    }
}

// render's operand and options (the parser, --help and the completion read them).
void declare_render(CommandOptions& o) {
    o.operand("input", po::value<std::string>(), "FILE");
    // clang-format off
    o.add()
        ("to,t", po::value<std::string>()->required()->value_name("FORMAT"), "the output format")
        ("output,o", po::value<std::string>()->value_name("FILE"), "write the output here (default: standard output)")
        ("param", po::value<std::vector<std::string>>()->composing()->value_name("NAME=VALUE"), "a stylesheet parameter")
        ("xslt", po::value<std::string>()->value_name("FILE"), "use this XSLT 1.0 stylesheet instead of the format's own")
        ("profile", po::value<std::string>()->value_name("NAME"), "the stylesheets' layer (default: auto)")
        ("validate", "also check FILE against schema/teipress.rng and .sch (reported as warnings)");
    // clang-format on
    std::vector<std::string> formats;
    for (const auto& f : writers::writer_formats()) formats.push_back(f.name);
    o.choices("to", std::move(formats));
    std::vector<std::string> profiles = {"auto"};
    for (const auto& p : writers::render_profiles()) profiles.push_back(p.name);
    o.choices("profile", std::move(profiles));
}

int run_render(const po::variables_map& vm) {
    const auto input = value_of<std::string>(vm, "input");
    const auto to = value_of<std::string>(vm, "to");
    const auto out = value_of<std::string>(vm, "output");
    const auto xslt = value_of<std::string>(vm, "xslt");
    const auto params = value_of<std::vector<std::string>>(vm, "param");
    const std::string profile = vm.count("profile") ? value_of<std::string>(vm, "profile") : std::string("auto");
    const bool check = vm.count("validate") > 0;
    if (input.empty()) return usage_error("render", "no input file given");
    writers::RenderRequest request;
    request.format = writers::find_writer_format(to);
    if (!request.format)
        return usage_error("render",
                           "unknown format '" + to + "' for --to (expected " + writers::writer_format_names() + ")");
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
        writers::complete_positions(*bytes, input, sink);
        print_diagnostics(std::cerr, sink);
        return k_exit_invalid;
    }
    if (check) warn_if_invalid(input, *bytes, sink);
    writers::Renderer renderer;
    std::string rendered;
    ExitStatus status = renderer.render(doc.get(), input, request, rendered, sink);
    writers::complete_positions(*bytes, input, sink);
    print_diagnostics(std::cerr, sink);
    if (status != k_exit_ok) return status;
    std::vector<std::string> inputs{input};
    if (!xslt.empty()) inputs.push_back(xslt);
    return write_output(out, rendered, inputs);
}

} // namespace

const CommandSpec render_command = {"render", "render TEI as HTML, LaTeX, PDF, plain text or Markdown", declare_render,
                                    k_render_help, run_render};

} // namespace teipress::cli
