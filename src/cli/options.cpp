#include "cli/options.h"

#include "core/atomic_file.h"
#include "core/exit_status.h"
#include "core/input_registry.h"

#include <algorithm>
#include <iostream>

namespace teipress::cli {

int usage_error(const std::string& command, const std::string& message) {
    std::cerr << "teipress " << command << ": error: " << message << '\n'
              << "run 'teipress " << command << " --help' for usage\n";
    return k_exit_usage;
}

std::optional<int> parse_command_line(const std::vector<std::string>& args,
                                      po::options_description& options,
                                      const po::positional_options_description& positionals,
                                      po::variables_map& vm, const std::string& usage,
                                      const std::string& help_text) {
    const std::string command = args.empty() ? std::string("?") : args[0];
    options.add_options()("help,h", "show this help");
    try {
        std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
        // "--" ends the options: every argument after it is a positional one (a file named
        // "-o" or "--help"). Boost gives such arguments a position it cannot map, so they are
        // added here, after the positional arguments before "--".
        std::vector<std::string> after;
        if (auto dashes = std::find(rest.begin(), rest.end(), "--"); dashes != rest.end()) {
            after.assign(dashes + 1, rest.end());
            rest.erase(dashes, rest.end());
        }
        po::parsed_options parsed = po::command_line_parser(rest)
                                        .options(options)
                                        .positional(positionals)
                                        .style(po::command_line_style::default_style &
                                               ~po::command_line_style::allow_guessing)
                                        .run();
        unsigned position = 0;
        for (const auto& o : parsed.options) position += o.position_key != -1;
        for (const auto& a : after) {
            if (position >= positionals.max_total_count())
                throw po::too_many_positional_options_error();
            po::option o(positionals.name_for_position(position), {a});
            o.position_key = static_cast<int>(position++);
            o.original_tokens = {a};
            parsed.options.push_back(std::move(o));
        }
        po::store(parsed, vm);
        if (vm.count("help")) {
            std::cout << "usage: teipress " << usage << "\n\n" << options;
            if (!help_text.empty()) std::cout << '\n' << help_text;
            return k_exit_ok;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        return usage_error(command, e.what());
    }
    return std::nullopt;
}

int write_output(const std::string& out_path, std::string_view content,
                 const std::vector<std::string>& inputs) {
    if (out_path.empty() || out_path == "-") {
        std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
        std::cout.flush();
        return std::cout ? k_exit_ok : k_exit_output;
    }
    // Inputs read outside src/core's readers (by a library) are recorded here too; the writer
    // refuses every recorded input.
    for (const auto& in : inputs) process_inputs().record(in);
    auto status = write_file_atomically(out_path, content);
    if (!status) {
        std::cerr << format_diagnostic(status.error()) << '\n';
        return k_exit_output;
    }
    return k_exit_ok;
}

} // namespace teipress::cli
