#include "cli/command_spec.h"

namespace teipress::cli {

CommandOptions::CommandOptions() : options_("options"), hidden_("operands") {}

po::options_description_easy_init CommandOptions::add() {
    return options_.add_options();
}

void CommandOptions::operand(const std::string& name, const po::value_semantic* value, const std::string& label,
                             int max_count, bool optional) {
    hidden_.add_options()(name.c_str(), value, label.c_str());
    positionals_.add(name.c_str(), max_count);
    operands_.push_back({name, label, max_count, optional});
}

void CommandOptions::choices(const std::string& name, std::vector<std::string> values) {
    choices_[name] = std::move(values);
}

const std::vector<std::string>* CommandOptions::choices_of(const std::string& name) const {
    auto it = choices_.find(name);
    return it == choices_.end() ? nullptr : &it->second;
}

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The argument's name of a value semantic: Boost's name() without the default it appends
// ("FILE (=x)").
std::string argument_name(const po::value_semantic& semantic) {
    if (semantic.max_tokens() == 0) return {};
    std::string name = semantic.name();
    if (auto cut = name.find(" (="); cut != std::string::npos) name.erase(cut);
    return name;
}

} // namespace

Completion completion_of(const std::string& name, bool has_choices) {
    if (has_choices) return Completion::Choices;
    if (ends_with(name, "DIR")) return Completion::Folders;
    if (ends_with(name, "FILE") || name.find('.') != std::string::npos) return Completion::Files;
    return Completion::Nothing;
}

OptionInfo option_info(const po::option_description& option, const CommandOptions& options) {
    OptionInfo info;
    const std::string short_form = option.canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (short_form.size() == 2 && short_form[0] == '-') info.short_name = short_form;
    if (!option.long_name().empty()) info.long_name = "--" + option.long_name();
    const po::value_semantic& semantic = *option.semantic();
    info.argument = argument_name(semantic);
    info.description = option.description();
    info.required = semantic.is_required();
    info.repeatable = semantic.is_composing() || semantic.max_tokens() > 1;
    info.choices = options.choices_of(option.long_name());
    if (!info.argument.empty()) info.completion = completion_of(info.argument, info.choices != nullptr);
    return info;
}

po::options_description common_options() {
    po::options_description common("common options");
    common.add_options()("help,h", "show this help and exit")("version,V", "print the version and exit");
    return common;
}

} // namespace teipress::cli
