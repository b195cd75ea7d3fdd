#include "cli/command_table.h"

#include "cli/help_text.h"
#include "cli/options.h"
#include "core/exit_status.h"

#include <algorithm>
#include <iostream>

namespace teipress::cli {

const std::vector<const CommandSpec*>& commands() {
    static const std::vector<const CommandSpec*> table = {
        &convert_command, &validate_command, &render_command, &build_command,      &split_command,
        &join_command,    &init_command,     &help_command,   &completion_command,
    };
    return table;
}

const CommandSpec* find_command(const std::string& name) {
    for (const auto* c : commands())
        if (name == c->name) return c;
    return nullptr;
}

namespace {
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[b.size()];
}
} // namespace

std::string suggest_command(const std::string& name) {
    std::string best;
    std::size_t best_d = 3; // farther than two edits is not a typo
    for (const auto* c : commands()) {
        std::size_t d = edit_distance(name, c->name);
        if (d < best_d) {
            best_d = d;
            best = c->name;
        }
    }
    return best;
}

std::string version_line() {
    return std::string("teipress ") + TEIPRESS_VERSION + '\n';
}

Dispatch dispatch(const std::vector<std::string>& args) {
    if (args.empty()) {
        std::cerr << teipress_usage();
        return {nullptr, k_exit_usage};
    }
    const std::string& first = args[0];
    if (first == "-h" || first == "--help") return {&help_command, k_exit_ok};
    if (first == "-V" || first == "--version") {
        if (args.size() > 1) {
            std::cerr << "teipress: error: unexpected argument '" << args[1] << "' after " << first
                      << "\nrun 'teipress help' for usage\n";
            return {nullptr, k_exit_usage};
        }
        std::cout << version_line();
        return {nullptr, k_exit_ok};
    }
    if (const CommandSpec* command = find_command(first)) return {command, k_exit_ok};
    if (!first.empty() && first[0] == '-') {
        std::cerr << "teipress: error: unknown option '" << first
                  << "' (a command comes first: teipress COMMAND [OPTION]...)\n"
                     "run 'teipress help' for usage\n";
        return {nullptr, k_exit_usage};
    }
    std::cerr << "teipress: error: unknown command '" << first << "'";
    std::string hint = suggest_command(first);
    if (!hint.empty()) std::cerr << "; did you mean '" << hint << "'?";
    std::cerr << "\nrun 'teipress help' for the list of commands\n";
    return {nullptr, k_exit_usage};
}

int run_command(const CommandSpec& spec, const std::vector<std::string>& args) {
    po::variables_map vm;
    if (auto done = parse_command_line(spec, args, vm)) return *done;
    return spec.run(vm);
}

} // namespace teipress::cli
