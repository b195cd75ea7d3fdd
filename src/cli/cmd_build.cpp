// teipress build (being built; see the README).
#include "cli/command_table.h"
#include "cli/options.h"

namespace teipress::cli {

int run_build(const std::vector<std::string>& args) {
    po::options_description options("options");
    po::positional_options_description positionals;
    po::variables_map vm;
    if (auto done = parse_command_line(args, options, positionals, vm, "build")) return *done;
    return usage_error("build", "not implemented yet");
}

} // namespace teipress::cli
