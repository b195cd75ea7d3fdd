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
    "Assembles documents into one volume in the Office of the Historian's layout (front lists "
    "of persons and terms, documents in order inside their compilations and chapters, "
    "identifiers unique) and writes it to OUT.xml. Each input is a TEI file or a folder:\n"
    "  - a volume (a file with a front or several documents, or the volume.xml of a folder "
    "written by `teipress split`, with the documents it includes): the documents given are "
    "joined into it; at most one volume;\n"
    "  - a split folder (it holds volume.xml): that volume and its documents;\n"
    "  - an edition folder (it holds edition.xml): the volume's record and lists (when no "
    "volume is given) and every other *.xml of the folder as a document;\n"
    "  - any other folder: its *.xml files; a file with one document: that document.\n"
    "\n"
    "A document of the same volume (same FRUS identifier) keeps its number (and replaces the "
    "volume's document with that number); any other document is new: it gets the next number "
    "and is renumbered (ids, notes, pages, heading, pointers). The entries of persons and "
    "terms in a document's back join the front lists. Warnings: pointers that name nothing. "
    "An input that is malformed, not TEI or without documents, or a volume that would repeat "
    "an identifier, is invalid input (exit 1); the output is never one of the inputs.\n";

// join's operands and options (the parser, --help and the completion read them).
void declare_join(CommandOptions& o) {
    o.operand("inputs", po::value<std::vector<std::string>>(), "EDITION_DIR|SPLIT_DIR|FILE", -1);
    o.add()("output,o", po::value<std::string>()->required()->value_name("OUT.xml"), "the volume to write");
}

int run_join(const po::variables_map& vm) {
    const auto inputs = value_of<std::vector<std::string>>(vm, "inputs");
    const auto output = value_of<std::string>(vm, "output");
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

} // namespace

const CommandSpec join_command = {"join", "join documents into a volume", declare_join, k_join_help, run_join};

} // namespace teipress::cli
