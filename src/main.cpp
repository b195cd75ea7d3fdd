// teipress: dispatches to a subcommand (src/cli/); all the work is in teipress_core.
#include "cli/command_table.h"
#include "core/atomic_file.h"
#include "core/exit_status.h"
#include "xml/libxml_session.h"

#include <iostream>
#include <new>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

int main(int argc, char** argv) {
    using namespace teipress;
    std::vector<std::string> args(argv + 1, argv + argc);
    const cli::Dispatch dispatch = cli::dispatch(args); // no command: usage, version, errors
    if (!dispatch.command) return dispatch.status;
    install_interrupt_cleanup();
    xml::LibxmlSession libxml; // before any thread touches libxml2/libxslt
    // Memory exhaustion (a huge input, a hostile one) is an error with its exit code, never an
    // abort; outputs are only renamed into place when complete, so nothing half-written stays.
    try {
        return cli::run_command(*dispatch.command, args);
    } catch (const std::bad_alloc&) {
        std::cerr << "teipress " << dispatch.command->name << ": error: out of memory\n";
        return k_exit_memory;
    } catch (const std::length_error&) {
        std::cerr << "teipress " << dispatch.command->name << ": error: out of memory (a size past the limits)\n";
        return k_exit_memory;
    } catch (const std::system_error& e) {
        std::cerr << "teipress " << dispatch.command->name << ": error: " << e.what() << '\n';
        return k_exit_memory;
    }
}
