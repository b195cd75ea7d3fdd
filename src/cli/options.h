// Shared command-line handling of the subcommands (Boost.Program_options).
#pragma once

#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::cli {

namespace po = boost::program_options;

// Parses args (args[0] is the subcommand) against options and positionals. Handles --help
// (prints "usage: teipress USAGE", the options and help_text; returns k_exit_ok) and usage
// errors ("teipress NAME: error: ..." on stderr; returns k_exit_usage). Returns nullopt when
// the command should go on with vm filled. An --help option is added for you. "--" ends the
// options: every argument after it is positional.
std::optional<int> parse_command_line(const std::vector<std::string>& args,
                                      po::options_description& options,
                                      const po::positional_options_description& positionals,
                                      po::variables_map& vm, const std::string& usage,
                                      const std::string& help_text = {});

// Prints "teipress NAME: error: message" on stderr and returns k_exit_usage.
int usage_error(const std::string& command, const std::string& message);

// Writes content to out_path through write_file_atomically (see core/atomic_file.h: links
// and devices written through), or to stdout when out_path is empty or "-". Refuses (an error
// at out_path) an output that is an input of the run: every file read through src/core is
// recorded (core/input_registry.h), and inputs lists the others (recorded here too). On
// failure prints the diagnostic and returns k_exit_output; otherwise k_exit_ok.
int write_output(const std::string& out_path, std::string_view content,
                 const std::vector<std::string>& inputs);

} // namespace teipress::cli
