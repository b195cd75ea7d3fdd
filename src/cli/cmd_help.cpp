// teipress help: teipress's help, or a command's (the same text as `teipress COMMAND --help`).
#include "cli/command_table.h"
#include "cli/help_text.h"
#include "cli/options.h"
#include "core/exit_status.h"

#include <iostream>

namespace teipress::cli {

namespace {

// help's operand (the parser, --help and the completion read it).
void declare_help(CommandOptions& o) {
    o.operand("command", po::value<std::string>(), "COMMAND", 1, true);
    std::vector<std::string> names;
    for (const auto* c : commands()) names.push_back(c->name);
    o.choices("command", std::move(names));
}

int run_help(const po::variables_map& vm) {
    const auto name = value_of<std::string>(vm, "command");
    if (name.empty()) {
        std::cout << teipress_help();
        return k_exit_ok;
    }
    const CommandSpec* command = find_command(name);
    if (!command) {
        std::string hint = suggest_command(name);
        return usage_error("help",
                           "unknown command '" + name + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    }
    std::cout << command_help(*command);
    return k_exit_ok;
}

} // namespace

const CommandSpec help_command = {"help", "show the help of teipress, or of a command", declare_help,
                                  "Without COMMAND: the commands of teipress. With one: its usage and options, as "
                                  "`teipress COMMAND --help` prints them.\n",
                                  run_help};

} // namespace teipress::cli
