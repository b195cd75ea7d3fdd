// teipress join: documents (split folders, edition folders, files) → one volume (src/volume).
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/exit_status.h"
#include "volume/join_inputs.h"
#include "volume/join_volume.h"

#include <iostream>

namespace teipress::cli {

namespace {

const char* k_join_help =
    "Assembles documents into one volume in the Office of the Historian's layout (front lists\n"
    "of persons and terms, documents in order inside their compilations and chapters,\n"
    "identifiers unique) and writes it to OUT.xml. Each INPUT is a TEI file or a folder:\n"
    "  - a volume (a file with a front or several documents, or the volume.xml of a folder\n"
    "    written by `teipress split`, with the documents it includes): the documents given\n"
    "    are joined into it; at most one volume;\n"
    "  - a split folder (it holds volume.xml): that volume and its documents;\n"
    "  - an edition folder (it holds edition.xml): the volume's record and lists (when no\n"
    "    volume is given) and every other *.xml of the folder as a document;\n"
    "  - any other folder: its *.xml files; a file with one document: that document.\n"
    "A document of the same volume (same FRUS identifier) keeps its number (and replaces the\n"
    "volume's document with that number); any other document is new: it gets the next number\n"
    "and is renumbered (ids, notes, pages, heading, pointers). The entries of persons and terms\n"
    "in a document's back join the front lists. Warnings: pointers that name nothing.\n"
    "Exit codes: 0 joined, 1 an input is malformed, not TEI, without documents, or the\n"
    "volume would repeat an identifier, 2 an input cannot be read or the command line is\n"
    "wrong, 3 the output cannot be written (it is never one of the inputs).\n";

} // namespace

int run_join(const std::vector<std::string>& args) {
    po::options_description options("options");
    std::vector<std::string> inputs;
    std::string output;
    options.add_options()("inputs", po::value(&inputs)->multitoken(), "volumes, documents, folders")(
        "output,o", po::value(&output)->required(), "the volume to write");
    po::positional_options_description positionals;
    positionals.add("inputs", -1);
    po::variables_map vm;
    if (auto done = parse_command_line(args, options, positionals, vm,
                                       "join EDITION_DIR|SPLIT_DIR|FILE... -o OUT.xml", k_join_help))
        return *done;
    if (inputs.empty()) return usage_error("join", "no documents given");

    DiagnosticSink sink;
    volume::JoinInputs in;
    int status = volume::gather_join_inputs(inputs, in, sink);
    if (status != k_exit_ok) {
        print_diagnostics(std::cerr, sink);
        return status;
    }
    std::string xml;
    volume::JoinSummary summary;
    status = volume::join_volume(in, output, xml, summary, sink);
    print_diagnostics(std::cerr, sink);
    if (status != k_exit_ok) return status;
    status = write_output(output, xml, in.paths);
    if (status != k_exit_ok) return status;
    if (output != "-" && !output.empty()) {
        for (const auto& line : summary.changes) std::cout << "  " << line << '\n';
        std::cout << summary.documents << " document(s) joined into " << output << '\n';
    }
    return k_exit_ok;
}

} // namespace teipress::cli
