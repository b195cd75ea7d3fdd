#include "cli/bash_completion.h"

#include "cli/command_table.h"

#include <cctype>

namespace teipress::cli {

namespace {

// s quoted for the shell: '...' ('\'' for a quote).
std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string joined(const std::vector<std::string>& words, const char* separator) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : separator) + w;
    return s;
}

// The shell function's name for a command (letters, digits and '_').
std::string function_name(const std::string& command) {
    std::string name = "_teipress_";
    for (char c : command) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
}

// The call that completes an argument of this kind.
std::string reply(Completion completion, const std::vector<std::string>* choices) {
    switch (completion) {
    case Completion::Files: return "_teipress_reply files \"$cur\"";
    case Completion::Folders: return "_teipress_reply folders \"$cur\"";
    case Completion::Choices: return "_teipress_reply words \"$cur\" " + quoted(joined(*choices, " "));
    case Completion::Nothing: break;
    }
    return "COMPREPLY=()";
}

// The names of an option ("-o", "--output").
std::vector<std::string> names_of(const OptionInfo& o) {
    std::vector<std::string> names;
    if (!o.short_name.empty()) names.push_back(o.short_name);
    if (!o.long_name.empty()) names.push_back(o.long_name);
    return names;
}

// _teipress_COMMAND CUR FIRST: completes the word at COMP_CWORD, FIRST being the index of the
// command's first argument.
std::string command_function(const CommandSpec& spec) {
    CommandOptions options;
    spec.declare(options);
    std::vector<OptionInfo> infos;
    for (const auto& o : options.options().options()) infos.push_back(option_info(*o, options));
    const po::options_description common = common_options();
    for (const auto& o : common.options()) infos.push_back(option_info(*o, options));
    std::vector<std::string> all, taking_argument;
    for (const auto& o : infos) {
        for (const auto& n : names_of(o)) {
            all.push_back(n);
            if (!o.argument.empty()) taking_argument.push_back(n);
        }
    }
    std::string f = function_name(spec.name) +
                    "() {\n"
                    "    local cur=$1 n=0 dashes= argopt=\n"
                    "    _teipress_scan \"$2\" " +
                    quoted(joined(taking_argument, " ")) +
                    "\n"
                    "    case $argopt in\n";
    for (const auto& o : infos)
        if (!o.argument.empty())
            f += "    " + joined(names_of(o), "|") + ") " + reply(o.completion, o.choices) + ";;\n";
    f += "    *)\n"
         "        if [[ -z $dashes && $cur == -* ]]; then\n"
         "            _teipress_reply words \"$cur\" " +
         quoted(joined(all, " ")) +
         "\n"
         "            return\n"
         "        fi\n"
         "        case $n in\n";
    int position = 0;
    bool unlimited = false;
    for (const auto& operand : options.operands()) {
        const auto* choices = options.choices_of(operand.name);
        const std::string call = reply(completion_of(operand.label, choices != nullptr), choices);
        if (operand.max_count < 0) {
            f += "        *) " + call + ";;\n";
            unlimited = true;
            break;
        }
        for (int i = 0; i < operand.max_count; ++i) f += "        " + std::to_string(position++) + ") " + call + ";;\n";
    }
    if (!unlimited) f += "        *) COMPREPLY=();;\n";
    f += "        esac;;\n"
         "    esac\n"
         "}\n\n";
    return f;
}

} // namespace

std::string bash_completion_script() {
    std::vector<std::string> names, common;
    for (const auto* c : commands()) names.push_back(c->name);
    CommandOptions none;
    const po::options_description common_description = common_options();
    for (const auto& o : common_description.options())
        for (const auto& n : names_of(option_info(*o, none))) common.push_back(n);

    std::string s =
        "# bash completion for teipress: its commands, each command's options, the values an\n"
        "# option takes, folders or files. Written by `teipress completion bash` from teipress's\n"
        "# command table: do not edit, regenerate.\n\n"
        "# _teipress_reply KIND CUR [WORDS]: COMPREPLY = the files, folders or WORDS that begin with CUR.\n"
        "_teipress_reply() {\n"
        "    case $1 in\n"
        "    files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- \"$2\");;\n"
        "    folders) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- \"$2\");;\n"
        "    words) mapfile -t COMPREPLY < <(compgen -W \"$3\" -- \"$2\");;\n"
        "    esac\n"
        "}\n\n"
        "# _teipress_scan FIRST ARGOPTS: reads the command's words from index FIRST to the current\n"
        "# one (ARGOPTS: the options that take an argument) and sets the caller's n (the operands\n"
        "# before the current word), dashes (after \"--\") and argopt (the option whose argument the\n"
        "# current word is; bash splits --opt=VALUE at '=').\n"
        "_teipress_scan() {\n"
        "    local i word\n"
        "    for ((i = $1; i < COMP_CWORD; i++)); do\n"
        "        word=${COMP_WORDS[i]}\n"
        "        if [[ -n $argopt ]]; then\n"
        "            [[ $word == = ]] || argopt=\n"
        "            continue\n"
        "        fi\n"
        "        if [[ -n $dashes ]]; then\n"
        "            ((n++))\n"
        "            continue\n"
        "        fi\n"
        "        case $word in\n"
        "        --) dashes=1;;\n"
        "        -) ((n++));;\n"
        "        -*) [[ \" $2 \" == *\" $word \"* ]] && argopt=$word;;\n"
        "        *) ((n++));;\n"
        "        esac\n"
        "    done\n"
        "}\n\n";
    for (const auto* c : commands()) s += command_function(*c);
    s += "_teipress() {\n"
         "    local cur=${COMP_WORDS[COMP_CWORD]} i\n"
         "    [[ $cur == = ]] && cur=\n"
         "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "        case ${COMP_WORDS[i]} in\n"
         "        -*) ;;\n";
    for (const auto* c : commands())
        s += std::string("        ") + c->name + ") " + function_name(c->name) + " \"$cur\" $((i + 1)); return;;\n";
    s += "        *) COMPREPLY=(); return;;\n"
         "        esac\n"
         "    done\n"
         "    if [[ $cur == -* ]]; then\n"
         "        _teipress_reply words \"$cur\" " +
         quoted(joined(common, " ")) +
         "\n"
         "    else\n"
         "        _teipress_reply words \"$cur\" " +
         quoted(joined(names, " ")) +
         "\n"
         "    fi\n"
         "}\n"
         "complete -F _teipress teipress\n";
    return s;
}

} // namespace teipress::cli
