#include "cli/command_table.h"

#include <algorithm>

namespace teipress::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"convert", "convert a FRUS reading text (.txt) into TEI P5", run_convert},
        {"validate", "validate TEI against RELAX NG and Schematron rules", run_validate},
        {"render", "render TEI as HTML, LaTeX, PDF, plain text or Markdown", run_render},
        {"build", "the main job: convert, validate and render an edition folder", run_build},
        {"split", "split a volume into one TEI file per document", run_split},
        {"join", "join documents into a volume", run_join},
        {"init", "start an edition folder (or derive one from a volume)", run_init},
    };
    return table;
}

const Command* find_command(const std::string& name) {
    for (const auto& c : commands())
        if (name == c.name) return &c;
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
    for (const auto& c : commands()) {
        std::size_t d = edit_distance(name, c.name);
        if (d < best_d) {
            best_d = d;
            best = c.name;
        }
    }
    return best;
}

void print_help(std::ostream& out) {
    out << "usage: teipress COMMAND [ARGS...]\n"
           "       teipress COMMAND --help\n"
           "       teipress --version\n\n"
           "commands:\n";
    for (const auto& c : commands()) {
        std::string name = c.name;
        name.resize(10, ' ');
        out << "  " << name << c.summary << '\n';
    }
    out << "  help      show this help\n\n"
           "exit codes: 0 ok, 1 invalid input, 2 usage error or unreadable input,\n"
           "            3 output not written, 4 external tool missing or failed,\n"
           "            130 interrupted\n";
}

} // namespace teipress::cli
