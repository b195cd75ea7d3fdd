// teipress build: the main job. Every reading text of an edition folder is converted (with
// the edition's TEI metadata), checked, and rendered to every format into one output folder.
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/data_dir.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "edition/edition.h"
#include "edition/edition_record.h"
#include "passes/convert_document.h"
#include "validate/validator.h"
#include "writers/render_document.h"
#include "xml/libxml_document.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

namespace teipress::cli {

namespace fs = std::filesystem;

namespace {

const char* k_build_help =
    "For each reading text (*.txt) of EDITION_DIR, in name order: converts it with the "
    "edition's metadata (edition.xml, persons.xml, terms.xml, documents/) into "
    "OUT_DIR/NAME.xml, validates that TEI (schema/teipress.rng and schema/teipress.sch), "
    "renders it to OUT_DIR/NAME.html, .tex, .pdf, .txt and .md, and prints each output's "
    "path.\n"
    "\n"
    "A document that does not convert is reported and skipped; one that converts but is not "
    "valid is reported and still rendered (like `render`), and the build fails (exit 1). The "
    "other documents are always built. The exit code is the worst of the documents'.\n";

// Keeps the worst exit status (the highest code is the most serious, 130 excepted).
void worsen(int& status, int next) {
    status = std::max(status, next);
}

// Writes one output and prints where it went; returns the exit status.
int write_and_report(const fs::path& path, std::string_view content, const std::string& what,
                     const std::vector<std::string>& inputs) {
    int rc = write_output(path.string(), content, inputs);
    if (rc == k_exit_ok) std::cout << "  " << what << ": " << path.string() << '\n';
    return rc;
}

// The validator of the project's schema and rules; null (reported) when they do not compile.
std::unique_ptr<validate::Validator> make_validator() {
    auto schema = validate::RelaxNgSchema::compile(data_path("schema/teipress.rng"));
    if (!schema) {
        std::cerr << format_diagnostic(schema.error()) << '\n';
        return nullptr;
    }
    auto rules = validate::SchematronRules::compile(data_path("schema/teipress.sch"),
                                                    data_path("xslt/schematron/compile.xsl"));
    if (!rules) {
        std::cerr << format_diagnostic(rules.error()) << '\n';
        return nullptr;
    }
    return std::make_unique<validate::Validator>(*schema, *rules, validate::ValidatorOptions{});
}

// Validates the TEI just written at path (its text, tei: not read back); prints what it
// found; returns the exit status.
int validate_written(const validate::Validator& validator, const std::string& path,
                     const std::string& tei) {
    auto report = validator.validate_text(path, tei);
    for (const auto& d : report.diagnostics) std::cerr << format_diagnostic(d) << '\n';
    if (report.status == validate::InputStatus::Unreadable) return k_exit_usage;
    if (report.status != validate::InputStatus::Ok || report.errors() > 0) return k_exit_invalid;
    std::cout << "  valid: " << path << '\n';
    return k_exit_ok;
}

// Builds one document; returns its exit status.
int build_document(const fs::path& text_path, const fs::path& out_dir,
                   const edition::Edition* edition, const validate::Validator& validator,
                   writers::Renderer& renderer) {
    const std::string input = text_path.string();
    const std::string stem = text_path.stem().string();
    std::cout << input << '\n';
    auto text = read_text_file(input);
    if (!text) {
        std::cerr << format_diagnostic(text.error()) << '\n';
        return k_exit_invalid;
    }
    DiagnosticSink sink;
    passes::ConvertOptions options{text_path.filename().string(), edition, ""};
    auto converted = passes::convert_reading_text(*text, input, options, sink);
    print_diagnostics(std::cerr, sink);
    if (converted.status != passes::ConvertStatus::Ok)
        return converted.status == passes::ConvertStatus::UnreadableEdition ? k_exit_usage
                                                                            : k_exit_invalid;
    const fs::path tei_path = out_dir / (stem + ".xml");
    int status = write_and_report(tei_path, converted.tei, "TEI", {input});
    if (status != k_exit_ok) return status;
    // An invalid document is still rendered (to look at), but the build fails.
    worsen(status, validate_written(validator, tei_path.string(), converted.tei));

    sink.clear();
    auto doc = xml::parse_with_libxml(tei_path.string(), converted.tei, sink);
    if (!doc) {
        writers::complete_positions(converted.tei, tei_path.string(), sink);
        print_diagnostics(std::cerr, sink);
        return k_exit_invalid;
    }
    for (const auto& format : writers::writer_formats()) {
        sink.clear();
        writers::RenderRequest request;
        request.format = &format;
        std::string rendered;
        int rc = renderer.render(doc.get(), tei_path.string(), request, rendered, sink);
        writers::complete_positions(converted.tei, tei_path.string(), sink);
        print_diagnostics(std::cerr, sink);
        if (rc == k_exit_ok)
            rc = write_and_report(out_dir / (stem + "." + format.extension), rendered, format.name,
                                  {input, tei_path.string()});
        worsen(status, rc);
    }
    return status;
}

// build's operand and options (the parser, --help and the completion read them).
void declare_build(CommandOptions& o) {
    o.operand("edition-dir", po::value<std::string>(), "EDITION_DIR");
    o.add()("output,o", po::value<std::string>()->required()->value_name("OUT_DIR"),
            "the output folder (created when missing)");
}

int run_build(const po::variables_map& vm) {
    const auto edition_dir = value_of<std::string>(vm, "edition-dir");
    const auto out_dir = value_of<std::string>(vm, "output");
    if (edition_dir.empty()) return usage_error("build", "no edition folder given");
    if (is_stdin_path(edition_dir))
        return usage_error("build", "build reads an edition folder; standard input (-) is not one");

    std::error_code ec;
    if (!fs::is_directory(edition_dir, ec)) {
        std::cerr << format_diagnostic(
                         {Severity::Error,
                          edition_dir,
                          1,
                          1,
                          "not a folder (expected an edition folder with *.txt reading texts)",
                          {}})
                  << '\n';
        return k_exit_usage;
    }
    std::vector<fs::path> texts;
    for (const auto& entry : fs::directory_iterator(edition_dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".txt")
            texts.push_back(entry.path());
    std::sort(texts.begin(), texts.end());
    if (texts.empty()) {
        std::cerr << format_diagnostic({Severity::Error,
                                        edition_dir,
                                        1,
                                        1,
                                        "no reading texts (*.txt) in the folder",
                                        {}})
                  << '\n';
        return k_exit_usage;
    }

    // The edition's metadata: edition.xml is required and must hold the volume's record.
    DiagnosticSink sink;
    auto edition = std::make_unique<edition::Edition>();
    if (!fs::exists(fs::path(edition_dir) / "edition.xml")) {
        std::cerr << format_diagnostic({Severity::Error,
                                        (fs::path(edition_dir) / "edition.xml").string(),
                                        0,
                                        0,
                                        "no edition.xml: an edition folder needs the volume's record "
                                        "(`teipress init` writes one)",
                                        {}})
                  << '\n';
        return k_exit_usage;
    }
    auto loaded = edition::load_edition(edition_dir, *edition, sink);
    if (loaded == edition::LoadStatus::Ok && !edition::check_edition_record(edition_dir, sink))
        loaded = edition::LoadStatus::Invalid;
    print_diagnostics(std::cerr, sink);
    if (loaded != edition::LoadStatus::Ok)
        return loaded == edition::LoadStatus::Unreadable ? k_exit_usage : k_exit_invalid;

    fs::create_directories(out_dir, ec);
    if (ec || !fs::is_directory(out_dir)) {
        std::cerr << format_diagnostic({Severity::Error,
                                        out_dir,
                                        1,
                                        1,
                                        "cannot create the output folder: " + ec.message(),
                                        {}})
                  << '\n';
        return k_exit_output;
    }

    auto validator = make_validator();
    if (!validator) return k_exit_usage;
    writers::Renderer renderer; // compiles each stylesheet once for all documents
    int status = k_exit_ok;
    std::size_t built = 0;
    for (const auto& text : texts) {
        int rc = build_document(text, out_dir, edition.get(), *validator, renderer);
        built += rc == k_exit_ok;
        worsen(status, rc);
    }
    std::cout << built << " of " << texts.size() << " document(s) built into " << out_dir << '\n';
    return status;
}

} // namespace

const CommandSpec build_command = {"build", "the main job: convert, validate and render an edition folder",
                                   declare_build, k_build_help, run_build};

} // namespace teipress::cli
