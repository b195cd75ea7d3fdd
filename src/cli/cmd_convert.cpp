// teipress convert: a FRUS reading text → TEI P5 (src/readers, src/passes, src/edition).
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "edition/edition.h"
#include "edition/edition_record.h"
#include "passes/convert_document.h"
#include "passes/pass_table.h"

#include <iostream>
#include <memory>

namespace teipress::cli {

namespace {

std::string stage_list() {
    std::string s = "read";
    for (const auto& p : passes::pass_table()) s += std::string(", ") + p.name;
    return s;
}

std::string base_name(const std::string& path) {
    std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

const char* k_convert_help =
    "Converts the reading text of a FRUS document (the README's \"reading-text format\") into "
    "TEI P5; INPUT.txt - is standard input. Errors: FILE:LINE:COL: error: message. Nothing is "
    "written on error.\n";

// convert's operand and options (the parser, --help and the completion read them).
void declare_convert(CommandOptions& o) {
    o.operand("input", po::value<std::string>(), "INPUT.txt");
    // clang-format off
    o.add()
        ("output,o", po::value<std::string>()->value_name("FILE"), "write the TEI here (default: standard output)")
        ("edition", po::value<std::string>()->value_name("DIR"), "the edition folder (edition.xml, persons.xml, terms.xml, documents/)")
        ("stop-after", po::value<std::string>()->value_name("STEP"), "stop after this step and write the tree so far");
    // clang-format on
    std::vector<std::string> stages = {"read"};
    for (const auto& p : passes::pass_table()) stages.push_back(p.name);
    o.choices("stop-after", std::move(stages));
}

int run_convert(const po::variables_map& vm) {
    const std::string input = value_of<std::string>(vm, "input");
    const std::string output = value_of<std::string>(vm, "output");
    if (input.empty()) return usage_error("convert", "no input file given");
    const std::string stop_after = value_of<std::string>(vm, "stop-after");
    if (!stop_after.empty() && !passes::is_stage_name(stop_after))
        return usage_error("convert",
                           "unknown step '" + stop_after + "' for --stop-after (one of: " + stage_list() + ")");

    // Read once (standard input or a FIFO cannot be read twice). A file that cannot be read at
    // all is exit 2; one that is read but is not valid text, 1.
    auto bytes = read_file_bytes(input);
    if (!bytes) {
        std::cerr << format_diagnostic(bytes.error()) << '\n';
        return k_exit_usage;
    }
    auto text = decode_text(input, std::move(*bytes));
    if (!text) {
        std::cerr << format_diagnostic(text.error()) << '\n';
        return k_exit_invalid;
    }
    DiagnosticSink sink;
    std::unique_ptr<edition::Edition> edition;
    std::vector<std::string> inputs = {input};
    if (vm.count("edition")) {
        edition = std::make_unique<edition::Edition>();
        auto status = edition::load_edition(vm["edition"].as<std::string>(), *edition, sink);
        if (status == edition::LoadStatus::Ok && !edition::check_edition_record(vm["edition"].as<std::string>(), sink))
            status = edition::LoadStatus::Invalid;
        if (status != edition::LoadStatus::Ok) {
            print_diagnostics(std::cerr, sink);
            return status == edition::LoadStatus::Unreadable ? k_exit_usage : k_exit_invalid;
        }
    }
    passes::ConvertOptions convert{is_stdin_path(input) ? "(standard input)" : base_name(input), edition.get(),
                                   stop_after};
    auto result = passes::convert_reading_text(*text, input, convert, sink);
    print_diagnostics(std::cerr, sink);
    switch (result.status) {
    case passes::ConvertStatus::Ok: break;
    case passes::ConvertStatus::UnreadableEdition: return k_exit_usage;
    default: return k_exit_invalid;
    }
    return write_output(output, result.tei, inputs);
}

} // namespace

const CommandSpec convert_command = {"convert", "convert a FRUS reading text (.txt) into TEI P5", declare_convert,
                                     k_convert_help, run_convert};

} // namespace teipress::cli
