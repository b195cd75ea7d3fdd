// A subcommand declared once: its name, its one-line summary, its operands and options (with
// their argument names and values), its help paragraph and what runs it. The parser, the usage
// line, --help (src/cli/help_text.h) and the bash completion (src/cli/bash_completion.h) are
// all made from this one declaration.
#pragma once

#include <boost/program_options.hpp>

#include <map>
#include <string>
#include <vector>

namespace teipress::cli {

namespace po = boost::program_options;

// What completion offers for an operand or for an option's argument.
enum class Completion {
    Nothing, // free text (a title, a number)
    Files,   // file names (folders too, to walk into)
    Folders, // folder names
    Choices  // the values declared with CommandOptions::choices
};

// An operand (a positional argument).
struct Operand {
    std::string name;  // the hidden option that receives it ("input"): never shown
    std::string label; // how the usage line shows it ("FILE", "EDITION_DIR")
    int max_count;     // 1, or -1 for any number (the usage line adds "...")
    bool optional;     // the usage line shows it in brackets
};

// The operands and options of one command. Declaring an option:
//   o.add()("output,o", po::value<std::string>()->value_name("FILE"), "write the TEI here");
// an option that takes an argument names it with value_name (FILE, DIR, N, NAME...); one that
// may be repeated is ->composing() (its value a std::vector); ->required() ones are shown
// without brackets. -h/--help and -V/--version are every command's: never declare them.
class CommandOptions {
  public:
    CommandOptions();
    CommandOptions(const CommandOptions&) = delete;
    CommandOptions& operator=(const CommandOptions&) = delete;

    // Declares options shown in --help, in the order given (Boost.Program_options' syntax).
    po::options_description_easy_init add();

    // Declares an operand received by the hidden option name (value: its po::value), shown as
    // label; max_count -1 takes any number of them. Operands are declared in their order.
    void operand(const std::string& name, const po::value_semantic* value, const std::string& label, int max_count = 1,
                 bool optional = false);

    // The values the argument of the option with this long name (or the operand with this
    // name) takes: --help lists them and completion offers them. Checking them is the
    // command's job (its error names them).
    void choices(const std::string& name, std::vector<std::string> values);

    // The options declared with add(), in order.
    const po::options_description& options() const { return options_; }
    // The hidden options that receive the operands.
    const po::options_description& operand_options() const { return hidden_; }
    // The operands, in order.
    const std::vector<Operand>& operands() const { return operands_; }
    // Boost's positional map of the operands.
    const po::positional_options_description& positionals() const { return positionals_; }
    // The values declared for name (an option's long name or an operand's name); null if none.
    const std::vector<std::string>* choices_of(const std::string& name) const;

  private:
    po::options_description options_;
    po::options_description hidden_;
    po::positional_options_description positionals_;
    std::vector<Operand> operands_;
    std::map<std::string, std::vector<std::string>> choices_;
};

// What the help and the completion need of one declared option.
struct OptionInfo {
    std::string short_name;                            // "-o", or empty
    std::string long_name;                             // "--output", or empty
    std::string argument;                              // the argument's name ("FILE"), empty for a flag
    std::string description;                           // its help text
    bool required = false;                             // must be given (the usage line shows no brackets)
    bool repeatable = false;                           // may be given more than once (the usage line adds "...")
    Completion completion = Completion::Nothing;       // what completes its argument
    const std::vector<std::string>* choices = nullptr; // its declared values, or null
};

// The facts of an option declared in options (its argument's name from value_name, "arg"
// when none was given; a tests/cli/help_test.cpp check refuses that).
OptionInfo option_info(const po::option_description& option, const CommandOptions& options);

// What completes an argument named name (an option's FILE, an operand's label): Choices when
// it has declared values, Folders for a name ending in DIR, Files for one ending in FILE or
// holding a dot (VOLUME.xml), otherwise Nothing.
Completion completion_of(const std::string& name, bool has_choices);

// Fills options with a command's declaration.
using DeclareFn = void (*)(CommandOptions& options);
// Runs a command with its parsed command line; returns the process exit status.
using RunFn = int (*)(const po::variables_map& vm);

// One command of teipress (see command_table.h for the list).
struct CommandSpec {
    const char* name;    // "render"
    const char* summary; // one line, lower case, no period ("render TEI as HTML, ...")
    DeclareFn declare;   // its operands and options
    const char* details; // the paragraphs --help prints after the options ("" when none)
    RunFn run;
};

// -h/--help and -V/--version, every command's options (the parser and the help add them).
po::options_description common_options();

} // namespace teipress::cli
