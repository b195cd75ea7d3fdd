#include "cli/help_text.h"

#include "cli/command_table.h"
#include "core/exit_status.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace teipress::cli {

namespace {

constexpr std::size_t k_width = 79;      // the longest line
constexpr std::size_t k_max_column = 28; // where option descriptions begin, at the most

// The lines teipress's own usage has after "teipress ".
const char* const k_teipress_usages[] = {"COMMAND [OPTION]... [ARG]...", "-h|--help", "-V|--version"};

// Appends words to out, wrapped at k_width: the first line continues a line already holding
// column characters, the next ones start with indent spaces.
void append_wrapped(std::string& out, const std::vector<std::string>& words, std::size_t column, std::size_t indent) {
    bool first = true;
    for (const auto& word : words) {
        if (!first && column + 1 + word.size() > k_width) {
            out += '\n';
            out.append(indent, ' ');
            column = indent;
        } else if (!first) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        first = false;
    }
    out += '\n';
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\n') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// The lines of text (without their newlines).
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// text wrapped at k_width, line by line: a line's continuation lines are indented as it is
// ("  - item": under the item's text).
std::string wrapped_text(const std::string& text) {
    std::string out;
    for (const auto& line : lines_of(text)) {
        const std::size_t lead = line.find_first_not_of(' ');
        if (lead == std::string::npos) {
            out += '\n';
            continue;
        }
        const std::size_t hanging = line.compare(lead, 2, "- ") == 0 ? lead + 2 : lead;
        out.append(lead, ' ');
        append_wrapped(out, words_of(line), lead, hanging);
    }
    return out;
}

// "a, b, c".
std::string joined(const std::vector<std::string>& values) {
    std::string s;
    for (const auto& v : values) s += (s.empty() ? "" : ", ") + v;
    return s;
}

// An option as the usage line shows it: "[-o FILE]", "-t FORMAT", "[--param NAME=VALUE]...".
std::string usage_token(const OptionInfo& o) {
    std::string token = o.short_name.empty() ? o.long_name : o.short_name;
    if (!o.argument.empty()) token += ' ' + o.argument;
    if (!o.required) token = '[' + token + ']';
    if (o.repeatable) token += "...";
    return token;
}

// The option list: "  -o, --output FILE   description" (long-only options aligned under the
// long names), descriptions wrapped in their column.
std::string option_lines(const std::vector<OptionInfo>& options) {
    std::vector<std::string> lefts;
    std::size_t column = 0;
    for (const auto& o : options) {
        std::string left = "  ";
        left += o.short_name.empty() ? "    " : o.short_name + (o.long_name.empty() ? "" : ", ");
        left += o.long_name;
        if (!o.argument.empty()) left += ' ' + o.argument;
        column = std::max(column, left.size() + 2);
        lefts.push_back(std::move(left));
    }
    column = std::min(column, k_max_column);
    std::string out;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const OptionInfo& o = options[i];
        std::string description = o.description;
        if (o.choices) description += "; " + o.argument + " is one of: " + joined(*o.choices);
        out += lefts[i];
        if (lefts[i].size() + 2 > column) {
            out += '\n';
            out.append(column, ' ');
        } else {
            out.append(column - lefts[i].size(), ' ');
        }
        append_wrapped(out, words_of(description), column, column);
    }
    return out;
}

std::vector<OptionInfo> infos_of(const po::options_description& description, const CommandOptions& options) {
    std::vector<OptionInfo> infos;
    for (const auto& o : description.options()) infos.push_back(option_info(*o, options));
    return infos;
}

// The summary as a sentence: capitalised, with a period.
std::string sentence(const std::string& summary) {
    std::string s = summary;
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s + ".\n";
}

// "  convert     convert a FRUS reading text ..." for every command.
std::string command_list() {
    std::size_t column = 0;
    for (const auto* c : commands()) column = std::max(column, std::string(c->name).size() + 4);
    std::string out = "commands:\n";
    for (const auto* c : commands()) {
        std::string left = std::string("  ") + c->name;
        left.resize(column, ' ');
        out += left;
        append_wrapped(out, words_of(c->summary), column, column);
    }
    return out;
}

std::string teipress_usage_lines(const std::string& lead) {
    std::string out;
    bool first = true;
    for (const char* usage : k_teipress_usages) {
        out += first ? lead : std::string(lead.size(), ' ');
        out += std::string("teipress ") + usage + '\n';
        first = false;
    }
    return out;
}

} // namespace

std::string usage_lines(const CommandSpec& spec, const CommandOptions& options, const std::string& lead) {
    std::vector<std::string> words;
    for (const auto& operand : options.operands()) {
        std::string word = operand.label;
        if (operand.max_count < 0) word += "...";
        words.push_back(operand.optional ? '[' + word + ']' : word);
    }
    for (const auto& o : infos_of(options.options(), options)) words.push_back(usage_token(o));
    std::string out = lead + "teipress " + spec.name;
    if (words.empty()) return out + '\n';
    out += ' ';
    append_wrapped(out, words, out.size(), out.size());
    return out;
}

std::string exit_codes_help() {
    std::string out = "exit codes:\n";
    for (const auto& e : k_exit_status_meanings) {
        std::string left = "  " + std::to_string(static_cast<int>(e.code));
        left.resize(7, ' ');
        out += left;
        append_wrapped(out, words_of(e.meaning), left.size(), left.size());
    }
    return out;
}

std::string command_help(const CommandSpec& spec) {
    CommandOptions options;
    spec.declare(options);
    std::vector<OptionInfo> infos = infos_of(options.options(), options);
    for (auto& o : infos_of(common_options(), options)) infos.push_back(std::move(o));
    std::string out = usage_lines(spec, options, "usage: ");
    out += sentence(spec.summary);
    out += "\noptions:\n" + option_lines(infos);
    if (*spec.details) out += '\n' + wrapped_text(spec.details);
    out += '\n' + exit_codes_help();
    return out;
}

std::string teipress_help() {
    CommandOptions none;
    std::string out = teipress_usage_lines("usage: ");
    out += wrapped_text(
        "Convert reading texts to TEI, validate TEI, render it as HTML, LaTeX, PDF, text "
        "and Markdown, split and join volumes: the tools of a TEI-XML digital edition.\n");
    out += '\n';
    out += command_list();
    out += "\noptions:\n" + option_lines(infos_of(common_options(), none));
    out += '\n' + wrapped_text(
                      "'teipress help COMMAND' (or 'teipress COMMAND --help') shows the options of a "
                      "command.\n");
    out += '\n' + exit_codes_help();
    return out;
}

std::string teipress_usage() {
    return teipress_usage_lines("usage: ") + '\n' + command_list() +
           "\nrun 'teipress help' for more, 'teipress help COMMAND' for a command's options\n";
}

std::string synopsis() {
    // Each command's usage as its help shows it, "usage: " taken off every line.
    const std::string lead = "usage: ";
    std::string out;
    for (const auto* c : commands()) {
        CommandOptions options;
        c->declare(options);
        for (const auto& line : lines_of(usage_lines(*c, options, lead))) out += line.substr(lead.size()) + '\n';
    }
    // teipress's own lines but the first (the commands' lines above say what it says).
    for (std::size_t i = 1; i < std::size(k_teipress_usages); ++i)
        out += std::string("teipress ") + k_teipress_usages[i] + '\n';
    return out;
}

} // namespace teipress::cli
