// The commands of teipress: one table that dispatches, lists the commands in the help and
// makes the completion script. Each command is declared once, in its cmd_*.cpp, as a
// CommandSpec (command_spec.h); adding one is a file and a line of commands().
#pragma once

#include "cli/command_spec.h"

#include <string>
#include <vector>

namespace teipress::cli {

// Every command, in the order `teipress help` lists them.
const std::vector<const CommandSpec*>& commands();

// Finds a command by exact name; null when there is none.
const CommandSpec* find_command(const std::string& name);

// The known name closest to name by edit distance, or empty when none is close.
std::string suggest_command(const std::string& name);

// What teipress's own arguments (before a command) ask for.
struct Dispatch {
    const CommandSpec* command = nullptr; // the command to run (with run_command), or null
    int status = 0;                       // the exit status when there is none to run
};

// Reads teipress's first argument: a command's name, that command; -h/--help, the command
// help; nothing, the usage on stderr (exit 2); -V/--version, the version on stdout (exit 0);
// an unknown option or command, an error on stderr naming the closest command (exit 2).
Dispatch dispatch(const std::vector<std::string>& args);

// Runs spec with its arguments (args[0] is the command's name): parses them against its
// declaration; -h/--help prints its help (exit 0) and -V/--version the version (exit 0); a
// bad command line is a usage error ("teipress NAME: error: ...", exit 2); otherwise it is
// spec.run's exit status.
int run_command(const CommandSpec& spec, const std::vector<std::string>& args);

// "teipress VERSION\n": what -V/--version prints.
std::string version_line();

// The commands (each in its own cmd_*.cpp).
extern const CommandSpec convert_command;
extern const CommandSpec validate_command;
extern const CommandSpec render_command;
extern const CommandSpec build_command;
extern const CommandSpec split_command;
extern const CommandSpec join_command;
extern const CommandSpec init_command;
extern const CommandSpec help_command;
extern const CommandSpec completion_command;

} // namespace teipress::cli
