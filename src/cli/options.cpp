#include "cli/options.h"

#include "cli/command_table.h"
#include "cli/help_text.h"
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

std::optional<int> parse_command_line(const CommandSpec& spec, const std::vector<std::string>& args,
                                      po::variables_map& vm) {
    const std::string command = spec.name;
    CommandOptions declared;
    spec.declare(declared);
    po::options_description options;
    options.add(declared.options()).add(declared.operand_options()).add(common_options());
    const po::positional_options_description& positionals = declared.positionals();
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
        po::parsed_options parsed =
            po::command_line_parser(rest)
                .options(options)
                .positional(positionals)
                .style(po::command_line_style::default_style & ~po::command_line_style::allow_guessing)
                .run();
        unsigned position = 0;
        for (const auto& o : parsed.options) position += o.position_key != -1;
        for (const auto& a : after) {
            if (position >= positionals.max_total_count()) throw po::too_many_positional_options_error();
            po::option o(positionals.name_for_position(position), {a});
            o.position_key = static_cast<int>(position++);
            o.original_tokens = {a};
            parsed.options.push_back(std::move(o));
        }
        po::store(parsed, vm);
        if (vm.count("help")) {
            std::cout << command_help(spec);
            return k_exit_ok;
        }
        if (vm.count("version")) {
            std::cout << version_line();
            return k_exit_ok;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        return usage_error(command, e.what());
    }
    return std::nullopt;
}

int write_output(const std::string& out_path, std::string_view content, const std::vector<std::string>& inputs) {
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
