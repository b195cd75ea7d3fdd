// teipress completion: the shell completion script (bash_completion.h), made from the
// command table.
#include "cli/bash_completion.h"
#include "cli/command_table.h"
#include "cli/options.h"
#include "core/exit_status.h"

namespace teipress::cli {

namespace {

// completion's operand and options (the parser, --help and the completion read them).
void declare_completion(CommandOptions& o) {
    o.operand("shell", po::value<std::string>(), "SHELL");
    o.choices("shell", {"bash"});
    o.add()("output,o", po::value<std::string>()->value_name("FILE"),
            "write the script here (default: standard output)");
}

int run_completion(const po::variables_map& vm) {
    const auto shell = value_of<std::string>(vm, "shell");
    if (shell.empty()) return usage_error("completion", "no SHELL given (bash)");
    if (shell != "bash") return usage_error("completion", "unknown shell '" + shell + "' (expected bash)");
    return write_output(value_of<std::string>(vm, "output"), bash_completion_script(), {});
}

} // namespace

const CommandSpec completion_command = {
    "completion", "print the shell completion script of teipress", declare_completion,
    "Prints the bash completion script: the commands, each command's options, the values an option "
    "takes (--to, --format, --profile...), folders or files for the others. The install rules put it "
    "in share/bash-completion/completions/teipress; without them, load it with:\n"
    "  source <(teipress completion bash)\n",
    run_completion};

} // namespace teipress::cli
