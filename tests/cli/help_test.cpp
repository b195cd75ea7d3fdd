// Unit tests of the help and the completion made from the command table (src/cli/): every
// option of every command in its usage line, its help and the completion script; one layout
// (79 columns, argument names); the exit codes from core/exit_status.h; the README's
// "Commands" block and "Exit codes" table equal to what teipress prints.
#include "cli/bash_completion.h"
#include "cli/command_table.h"
#include "cli/help_text.h"
#include "core/exit_status.h"
#include "tools/test_files.h"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

using namespace teipress;
using namespace teipress::cli;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
}

// The options of spec with -h and -V.
std::vector<OptionInfo> all_options(const CommandSpec& spec, const CommandOptions& options) {
    std::vector<OptionInfo> infos;
    for (const auto& o : options.options().options()) infos.push_back(option_info(*o, options));
    const po::options_description common = common_options();
    for (const auto& o : common.options()) infos.push_back(option_info(*o, options));
    (void)spec;
    return infos;
}

// The usage line joined into one (continuation lines' indent removed).
std::string one_line(const std::string& usage) {
    std::string s;
    for (const auto& l : lines_of(usage)) {
        const auto start = l.find_first_not_of(' ');
        s += (s.empty() ? "" : " ") + l.substr(start == std::string::npos ? l.size() : start);
    }
    return s;
}

// The words of usage, split at blanks.
std::set<std::string> words_of(const std::string& usage) {
    std::set<std::string> words;
    std::istringstream in(usage);
    for (std::string w; in >> w;) words.insert(w);
    return words;
}

// The shell function that completes command in script.
std::string completion_function(const std::string& script, const std::string& command) {
    const std::string head = "_teipress_" + command + "() {\n";
    const auto start = script.find(head);
    if (start == std::string::npos) return {};
    return script.substr(start, script.find("\n}\n", start) - start);
}

// Whether word stands in text between blanks or quotes (a word of a shell word list).
bool has_word(const std::string& text, const std::string& word) {
    auto bound = [](char c) { return c == ' ' || c == '\'' || c == '"'; };
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const auto after = at + word.size();
        if (at > 0 && bound(text[at - 1]) && after < text.size() && bound(text[after])) return true;
    }
    return false;
}

// Whether name is one of the alternatives of a case pattern ("    -o|--output)") in text.
bool in_case_pattern(const std::string& text, const std::string& name) {
    for (const char* before : {"    ", "|"})
        for (const char* after : {")", "|"})
            if (text.find(before + name + after) != std::string::npos) return true;
    return false;
}

std::string readme() {
    return testing::slurp(std::filesystem::path(TEIPRESS_SOURCE_DIR) / "README.md");
}

// A made-up command with one option of each kind, to test the mechanism itself.
void declare_sample(CommandOptions& o) {
    o.operand("inputs", po::value<std::vector<std::string>>(), "FILE", -1);
    o.add()("to,t", po::value<std::string>()->required()->value_name("FORMAT"),
            "the format")("dir", po::value<std::string>()->value_name("OUT_DIR"), "a folder")(
        "tag", po::value<std::vector<std::string>>()->composing()->value_name("NAME"), "a tag")("quiet,q", "say less");
    o.choices("to", {"a", "b"});
}
int run_sample(const po::variables_map&) {
    return 0;
}
const CommandSpec sample_command = {"sample", "do a sample thing", declare_sample, "Details.\n", run_sample};

} // namespace

TEST_CASE("a declaration gives the usage line, the help and the completion kinds", "[cli][help]") {
    CommandOptions options;
    declare_sample(options);
    CHECK(usage_lines(sample_command, options, "usage: ") ==
          "usage: teipress sample FILE... -t FORMAT [--dir OUT_DIR] [--tag NAME]... [-q]\n");
    const std::string help = command_help(sample_command);
    CHECK(help ==
          "usage: teipress sample FILE... -t FORMAT [--dir OUT_DIR] [--tag NAME]... [-q]\n"
          "Do a sample thing.\n"
          "\n"
          "options:\n"
          "  -t, --to FORMAT    the format; FORMAT is one of: a, b\n"
          "      --dir OUT_DIR  a folder\n"
          "      --tag NAME     a tag\n"
          "  -q, --quiet        say less\n"
          "  -h, --help         show this help and exit\n"
          "  -V, --version      print the version and exit\n"
          "\n"
          "Details.\n"
          "\n" +
              exit_codes_help());
    const auto infos = all_options(sample_command, options);
    CHECK(infos[0].completion == Completion::Choices);
    CHECK(infos[1].completion == Completion::Folders);
    CHECK(infos[2].completion == Completion::Nothing);
    CHECK(infos[2].repeatable);
    CHECK(infos[3].argument.empty());
    CHECK(completion_of("VOLUME.xml", false) == Completion::Files);
    CHECK(completion_of("FILE", false) == Completion::Files);
    CHECK(completion_of("EDITION_DIR|SPLIT_DIR|FILE", false) == Completion::Files);
    CHECK(completion_of("DIR", false) == Completion::Folders);
    CHECK(completion_of("N", false) == Completion::Nothing);
}

TEST_CASE("every option of every command is in its usage line, its help and the completion", "[cli][help]") {
    const std::string script = bash_completion_script();
    for (const auto* c : commands()) {
        INFO("command " << c->name);
        CommandOptions options;
        c->declare(options);
        const std::string usage = one_line(usage_lines(*c, options, ""));
        const std::set<std::string> usage_words = words_of(usage);
        const std::string help = command_help(*c);
        const std::string function = completion_function(script, c->name);
        REQUIRE(!function.empty());
        CHECK(script.find(std::string("        ") + c->name + ") _teipress_") != std::string::npos);
        std::set<std::string> names;
        const auto infos = all_options(*c, options);
        for (std::size_t i = 0; i < infos.size(); ++i) {
            const OptionInfo& o = infos[i];
            INFO("option " << o.long_name);
            CHECK(!o.long_name.empty());
            CHECK(!o.description.empty());
            CHECK(o.argument != "arg"); // every argument has a name (value_name)
            for (const auto& n : {o.short_name, o.long_name}) {
                if (n.empty()) continue;
                CHECK(names.insert(n).second); // no two options share a name
                // In the completion's list of options, and its argument completed.
                CHECK(has_word(function, n));
                CHECK(in_case_pattern(function, n) == !o.argument.empty());
            }
            // In the help: "-o, --output FILE" or "      --edition DIR".
            const std::string left = (o.short_name.empty() ? "      " : "  " + o.short_name + ", ") + o.long_name +
                                     (o.argument.empty() ? "" : " " + o.argument);
            CHECK(help.find("\n" + left + " ") != std::string::npos);
            if (o.choices)
                for (const auto& v : *o.choices) CHECK(has_word(function, v));
            // In the usage line: each of the command's own options (-h and -V are everyone's).
            if (i + 2 >= infos.size()) continue;
            const std::string name = o.short_name.empty() ? o.long_name : o.short_name;
            const std::string token = (o.required ? "" : "[") + name + (o.argument.empty() ? "" : " " + o.argument) +
                                      (o.required ? "" : "]") + (o.repeatable ? "..." : "");
            CHECK(usage.find(token) != std::string::npos);
            if (o.argument.empty()) CHECK(usage_words.count(token) == 1);
        }
        // No operand is shown as an option; each is in the usage line.
        for (const auto& operand : options.operands()) {
            CHECK(help.find("--" + operand.name + " ") == std::string::npos);
            CHECK(usage.find(operand.label) != std::string::npos);
        }
    }
}

TEST_CASE("every help has one layout: 79 columns, the exit codes of exit_status.h", "[cli][help]") {
    std::vector<std::string> helps = {teipress_help(), teipress_usage()};
    for (const auto* c : commands()) helps.push_back(command_help(*c));
    const std::string codes = exit_codes_help();
    for (const auto& e : k_exit_status_meanings)
        CHECK(codes.find("  " + std::to_string(static_cast<int>(e.code)) + " ") != std::string::npos);
    CHECK(lines_of(codes).size() >= std::size(k_exit_status_meanings) + 1);
    for (const auto& help : helps) {
        for (const auto& line : lines_of(help)) {
            INFO(line);
            CHECK(line.size() <= 79);
            CHECK((line.empty() || line.back() != ' '));
        }
    }
    for (std::size_t i = 2; i < helps.size(); ++i) {
        CHECK(helps[i].rfind("usage: teipress ", 0) == 0);
        CHECK(helps[i].find("\noptions:\n") != std::string::npos);
        CHECK(helps[i].size() > codes.size());
        CHECK(helps[i].compare(helps[i].size() - codes.size(), codes.size(), codes) == 0);
    }
    CHECK(teipress_help().find(codes) != std::string::npos);
}

TEST_CASE("the help command completes every command's name", "[cli][help]") {
    CommandOptions options;
    help_command.declare(options);
    const auto* names = options.choices_of("command");
    REQUIRE(names);
    REQUIRE(names->size() == commands().size());
    for (std::size_t i = 0; i < names->size(); ++i) CHECK((*names)[i] == commands()[i]->name);
}

TEST_CASE("the README's Commands block is the usage of every command", "[cli][help][readme]") {
    const std::string text = readme();
    const auto heading = text.find("\n## Commands\n");
    REQUIRE(heading != std::string::npos);
    const auto start = text.find("```\n", heading);
    REQUIRE(start != std::string::npos);
    const auto end = text.find("```\n", start + 4);
    REQUIRE(end != std::string::npos);
    CHECK(text.substr(start + 4, end - start - 4) == synopsis());
}

TEST_CASE("the README's exit codes are core/exit_status.h's", "[cli][help][readme]") {
    const std::string text = readme();
    const auto heading = text.find("\n### Exit codes\n");
    REQUIRE(heading != std::string::npos);
    std::vector<std::string> rows;
    for (const auto& line : lines_of(text.substr(heading + 1))) {
        if (line.rfind("|", 0) != 0) {
            if (!rows.empty()) break;
            continue;
        }
        std::string row;
        for (char ch : line)
            if (ch != '`') row += ch;
        rows.push_back(row);
    }
    std::vector<std::string> expected = {"| code | meaning |"};
    for (const auto& e : k_exit_status_meanings)
        expected.push_back("| " + std::to_string(static_cast<int>(e.code)) + " | " + e.meaning + " |");
    REQUIRE(rows.size() == expected.size() + 1); // and the "|---|---|" line
    rows.erase(rows.begin() + 1);
    CHECK(rows == expected);
}
