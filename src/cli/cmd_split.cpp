// teipress split: a volume → one standalone TEI file per document, and volume.xml (src/volume).
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/exit_status.h"
#include "volume/split_volume.h"
#include "volume/tei_file.h"

#include <atomic>
#include <filesystem>
#include <iostream>
#include <thread>

namespace teipress::cli {

namespace fs = std::filesystem;

namespace {

// Files written at once (fewer than the atomic-file helper's 64 slots for interrupted writes).
constexpr unsigned k_write_threads = 8;

const char* k_split_help =
    "Writes into OUT_DIR (created when missing) one standalone TEI file per document (div "
    "type=\"document\") of VOLUME.xml, named after its xml:id (d5.xml): a teiHeader made from "
    "the volume's header and the document's metadata (title, identifiers, web address, dates, "
    "the chapters around it and its pages), the document exactly as it stands in the volume, "
    "and in back the persons and terms it points to. Then OUT_DIR/volume.xml: the volume with "
    "an XInclude in place of each document; `teipress join OUT_DIR` (or `xmllint --xinclude`) "
    "gives the volume back.\n"
    "\n"
    "Files in OUT_DIR with other names are left alone; each file is written atomically; "
    "nothing is written when an output would replace the volume. Pointers that name nothing "
    "in the volume are reported as warnings. A volume that is malformed, not TEI or without "
    "documents is invalid input (exit 1).\n";

// split's operand and options (the parser, --help and the completion read them).
void declare_split(CommandOptions& o) {
    o.operand("volume", po::value<std::string>(), "VOLUME.xml");
    o.add()("output,o", po::value<std::string>()->required()->value_name("OUT_DIR"),
            "the output folder (created when missing)");
}

int run_split(const po::variables_map& vm) {
    const auto input = value_of<std::string>(vm, "volume");
    const auto out_dir = value_of<std::string>(vm, "output");
    if (input.empty()) return usage_error("split", "no volume given");

    DiagnosticSink sink;
    auto volume = std::make_unique<volume::TeiFile>();
    auto status = volume::read_tei_file(input, *volume, sink);
    if (status != volume::ReadStatus::Ok) {
        print_diagnostics(std::cerr, sink);
        return volume::exit_code_of(status);
    }
    std::vector<volume::OutputFile> files;
    bool ok = volume::split_volume(*volume, files, sink);
    print_diagnostics(std::cerr, sink);
    if (!ok) return k_exit_invalid;

    std::error_code ec;
    if (fs::exists(out_dir, ec) && !fs::is_directory(out_dir, ec)) {
        std::cerr << format_diagnostic(
                         {Severity::Error, out_dir, 0, 0, "not a folder: split writes a folder of documents", {}})
                  << '\n';
        return k_exit_output;
    }
    fs::create_directories(out_dir, ec);
    if (ec || !fs::is_directory(out_dir)) {
        std::cerr << format_diagnostic(
                         {Severity::Error, out_dir, 0, 0, "cannot create the output folder: " + ec.message(), {}})
                  << '\n';
        return k_exit_output;
    }
    // Nothing is written when any output would replace the volume.
    for (const auto& f : files) {
        const std::string path = (fs::path(out_dir) / f.name).string();
        if (same_file(path, input)) {
            std::cerr << format_diagnostic(
                             {Severity::Error, path, 1, 1, "refusing to overwrite the input file " + input, {}})
                      << '\n';
            return k_exit_output;
        }
    }
    // The documents first, several at a time (each write ends with an fsync: the disk's
    // latency, not the CPU, is what they wait for), then volume.xml, so that a folder holding
    // volume.xml holds every document it includes.
    std::vector<Status> written(files.size(), ok_status());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i + 1 < files.size(); i = next++)
            written[i] = write_file_atomically((fs::path(out_dir) / files[i].name).string(), files[i].content);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < k_write_threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
    written.back() = write_file_atomically((fs::path(out_dir) / files.back().name).string(), files.back().content);
    for (const auto& w : written) {
        if (w) continue;
        std::cerr << format_diagnostic(w.error()) << '\n';
        return k_exit_output;
    }
    std::cout << files.size() - 1 << " document(s) of " << input << " split into " << out_dir << " ("
              << volume::k_frame_name << " holds the rest of the volume)\n";
    return k_exit_ok;
}

} // namespace

const CommandSpec split_command = {"split", "split a volume into one TEI file per document", declare_split,
                                   k_split_help, run_split};

} // namespace teipress::cli
