// The process exit codes of every teipress command (the README has the same table).
#pragma once

namespace teipress {

enum ExitStatus : int {
    k_exit_ok = 0,          // success (warnings allowed unless --strict)
    k_exit_invalid = 1,     // the input was read but is wrong: invalid TEI, bad reading text
    k_exit_usage = 2,       // bad command line, or an input/schema that cannot be read at all
    k_exit_output = 3,      // an output could not be written (nothing was replaced)
    k_exit_tool = 4,        // an external program (the TeX engine) is missing or failed
    k_exit_memory = 5,      // out of memory (or another resource): nothing was written
    k_exit_interrupted = 130 // stopped by a signal; temporary files were removed
};

} // namespace teipress
