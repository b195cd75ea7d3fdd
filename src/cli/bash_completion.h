// The bash completion script of teipress, made from the command table (command_table.h) and
// each command's declaration (command_spec.h): the commands, each command's options, the
// declared values of an option (--to, --format, --profile...), folders for a DIR argument,
// files for a FILE one and for the operands. `teipress completion bash` prints it; the
// install rules put it in share/bash-completion/completions/teipress.
#pragma once

#include <string>

namespace teipress::cli {

// The script: defines _teipress (and one _teipress_COMMAND per command) and registers it with
// `complete -F _teipress teipress`. Needs bash 4 (mapfile), not the bash-completion package.
std::string bash_completion_script();

} // namespace teipress::cli
