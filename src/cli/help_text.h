// The usage lines and help texts of teipress and of each command, made from the command table
// (command_table.h) and each command's declaration (command_spec.h), in one layout: lines of
// at most 79 characters, options as "-o, --output FILE  description".
#pragma once

#include "cli/command_spec.h"

#include <string>

namespace teipress::cli {

// The usage of a command, every operand and option in declared order ("teipress render FILE
// -t FORMAT [-o FILE] [--param NAME=VALUE]..."): the first line begins with lead ("usage: "),
// the next are indented under the first operand; ends with a newline.
std::string usage_lines(const CommandSpec& spec, const CommandOptions& options, const std::string& lead);

// A command's --help: its usage, its summary as a sentence, its options then -h and -V, its
// details, the exit codes.
std::string command_help(const CommandSpec& spec);

// "exit codes:" and one line per code of core/exit_status.h's table.
std::string exit_codes_help();

// teipress's own help (`teipress help`, `teipress --help`): usage, the commands, the options,
// the exit codes.
std::string teipress_help();

// What `teipress` alone prints (on stderr): the usage and the commands.
std::string teipress_usage();

// The README's "Commands" block: every command's usage as its help shows it, without
// "usage: ", then teipress's own lines (-h, -V).
std::string synopsis();

} // namespace teipress::cli
