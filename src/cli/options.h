// Shared command-line handling of the commands (Boost.Program_options): parsing against a
// command's declaration (command_spec.h), usage errors, writing an output.
#pragma once

#include "cli/command_spec.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::cli {

// Parses args (args[0] is the command's name) against spec's declaration and -h/-V. Handles
// --help (prints the command's help, help_text.h; returns k_exit_ok), --version (prints the
// version; k_exit_ok) and usage errors ("teipress NAME: error: ..." on stderr; returns
// k_exit_usage). Returns nullopt when the command should go on with vm filled. "--" ends the
// options: every argument after it is an operand.
std::optional<int> parse_command_line(const CommandSpec& spec, const std::vector<std::string>& args,
                                      po::variables_map& vm);

// The value of option name in vm, or otherwise when it was not given (and has no default).
template <class T> T value_of(const po::variables_map& vm, const std::string& name, T otherwise = T{}) {
    auto it = vm.find(name);
    return it == vm.end() || it->second.empty() ? otherwise : it->second.as<T>();
}

// Prints "teipress NAME: error: message" on stderr and returns k_exit_usage.
int usage_error(const std::string& command, const std::string& message);

// Writes content to out_path through write_file_atomically (see core/atomic_file.h: links
// and devices written through), or to stdout when out_path is empty or "-". Refuses (an error
// at out_path) an output that is an input of the run: every file read through src/core is
// recorded (core/input_registry.h), and inputs lists the others (recorded here too). On
// failure prints the diagnostic and returns k_exit_output; otherwise k_exit_ok.
int write_output(const std::string& out_path, std::string_view content, const std::vector<std::string>& inputs);

} // namespace teipress::cli
