// teipress: dispatches to a subcommand (src/cli/); all the work is in teipress_core.
#include "cli/command_table.h"
#include "core/atomic_file.h"
#include "core/exit_status.h"
#include "xml/libxml_session.h"

#include <iostream>
#include <new>
#include <stdexcept>
#include <system_error>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace teipress;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        if (args.size() >= 2 && cli::find_command(args[1])) {
            return cli::find_command(args[1])->run({args[1], "--help"});
        }
        cli::print_help(std::cout);
        return args.empty() ? k_exit_usage : k_exit_ok;
    }
    if (args[0] == "--version" || args[0] == "version") {
        std::cout << "teipress " << TEIPRESS_VERSION << '\n';
        return k_exit_ok;
    }
    const cli::Command* command = cli::find_command(args[0]);
    if (!command) {
        std::cerr << "teipress: error: unknown command '" << args[0] << "'";
        std::string hint = cli::suggest_command(args[0]);
        if (!hint.empty()) std::cerr << "; did you mean '" << hint << "'?";
        std::cerr << "\nrun 'teipress help' for the list of commands\n";
        return k_exit_usage;
    }
    install_interrupt_cleanup();
    xml::LibxmlSession libxml; // before any thread touches libxml2/libxslt
    // Memory exhaustion (a huge input, a hostile one) is an error with its exit code, never an
    // abort; outputs are only renamed into place when complete, so nothing half-written stays.
    try {
        return command->run(args);
    } catch (const std::bad_alloc&) {
        std::cerr << "teipress " << args[0] << ": error: out of memory\n";
        return k_exit_memory;
    } catch (const std::length_error&) {
        std::cerr << "teipress " << args[0] << ": error: out of memory (a size past the limits)\n";
        return k_exit_memory;
    } catch (const std::system_error& e) {
        std::cerr << "teipress " << args[0] << ": error: " << e.what() << '\n';
        return k_exit_memory;
    }
}
