// The subcommands of teipress: one table that dispatches and prints the help.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace teipress::cli {

// Runs one subcommand with its own arguments (args[0] is the subcommand's name); returns the
// process exit code (core/exit_status.h).
using CommandFn = int (*)(const std::vector<std::string>& args);

struct Command {
    const char* name;
    const char* summary;
    CommandFn run;
};

// All subcommands, in the order `teipress help` lists them.
const std::vector<Command>& commands();

// Finds a subcommand by exact name; null when there is none.
const Command* find_command(const std::string& name);

// The known name closest to name by edit distance, or empty when none is close.
std::string suggest_command(const std::string& name);

// Prints the general help (usage, the command list, the exit codes).
void print_help(std::ostream& out);

// The subcommands (each in its own cmd_*.cpp).
int run_convert(const std::vector<std::string>& args);
int run_validate(const std::vector<std::string>& args);
int run_render(const std::vector<std::string>& args);
int run_build(const std::vector<std::string>& args);
int run_split(const std::vector<std::string>& args);
int run_join(const std::vector<std::string>& args);
int run_init(const std::vector<std::string>& args);

} // namespace teipress::cli
