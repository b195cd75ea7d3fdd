// The process exit codes of every teipress command, and what each means: the table every
// --help prints (src/cli/help_text.h) and the README's "Exit codes" repeats word for word
// (tests/cli/help_test.cpp checks both).
#pragma once

namespace teipress {

enum ExitStatus : int {
    k_exit_ok = 0,           // success (warnings allowed unless --strict)
    k_exit_invalid = 1,      // the input was read but is wrong: invalid TEI, bad reading text
    k_exit_usage = 2,        // bad command line, or an input/schema that cannot be read at all
    k_exit_output = 3,       // an output could not be written (nothing was replaced)
    k_exit_tool = 4,         // an external program (the TeX engine) is missing or failed
    k_exit_memory = 5,       // out of memory (or another resource): nothing was written
    k_exit_interrupted = 130 // stopped by a signal; temporary files were removed
};

// One exit status and its meaning, in the one wording shared by every command's help.
struct ExitStatusMeaning {
    ExitStatus code;
    const char* meaning;
};

// Every exit status, in increasing order.
inline constexpr ExitStatusMeaning k_exit_status_meanings[] = {
    {k_exit_ok, "success (warnings allowed unless --strict)"},
    {k_exit_invalid, "the input was read but is wrong: invalid TEI, a reading text that breaks the format"},
    {k_exit_usage, "usage error, or an input or schema that cannot be read at all (missing, a directory)"},
    {k_exit_output, "an output could not be written (the previous output is left as it was)"},
    {k_exit_tool, "an external program (the TeX engine) is missing or failed"},
    {k_exit_memory, "out of memory; nothing was written"},
    {k_exit_interrupted, "interrupted by a signal; temporary files were removed"},
};

} // namespace teipress
