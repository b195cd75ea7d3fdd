// atomic_write_probe OUT MEGABYTES: writes MEGABYTES MB to OUT through write_file_atomically,
// with teipress's interrupt cleanup installed as main() installs it. The output-safety test
// stops it mid-write and sends it a signal. Exit 0 when written, 3 when the write failed.
#include "core/atomic_file.h"
#include "core/exit_status.h"

#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace teipress;
    if (argc != 3) {
        std::cerr << "usage: atomic_write_probe OUT MEGABYTES\n";
        return k_exit_usage;
    }
    install_interrupt_cleanup();
    std::string content(std::strtoul(argv[2], nullptr, 10) << 20, 'n');
    auto status = write_file_atomically(argv[1], content);
    if (!status) {
        std::cerr << format_diagnostic(status.error()) << '\n';
        return k_exit_output;
    }
    return k_exit_ok;
}
