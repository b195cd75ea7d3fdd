#include "build/output_formats.h"

namespace teipress::build {

const std::vector<OutputFormatInfo>& output_formats() {
    static const std::vector<OutputFormatInfo> k_formats = {
        {"html", OutputFormat::Html, "NAME.html for each document, and the website OUT/site/"},
        {"latex", OutputFormat::Latex, "NAME.tex for each document, and OUT/volume.tex"},
        {"pdf", OutputFormat::Pdf, "NAME.pdf for each document, and OUT/volume.pdf (pdflatex)"},
        {"text", OutputFormat::Text, "NAME.txt (the reading text) for each document"},
        {"markdown", OutputFormat::Markdown, "NAME.md for each document"},
        {"epub", OutputFormat::Epub, "OUT/volume.epub (EPUB 3)"},
    };
    return k_formats;
}

FormatSet FormatSet::all() {
    FormatSet set;
    for (const auto& f : output_formats()) set.add(f.format);
    return set;
}

std::string FormatSet::names() const {
    std::string out;
    for (const auto& f : output_formats()) {
        if (!has(f.format)) continue;
        if (!out.empty()) out += ',';
        out += f.name;
    }
    return out;
}

std::string format_names_for_messages() {
    std::string out;
    for (const auto& f : output_formats()) {
        if (!out.empty()) out += ", ";
        out += f.name;
    }
    return out;
}

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

Diagnostic usage(std::string message) {
    return Diagnostic{Severity::Error, "", 0, 0, std::move(message), {}};
}

} // namespace

Result<FormatSet> parse_formats(std::string_view list) {
    if (trimmed(list) == "all") return FormatSet::all();
    FormatSet set;
    std::size_t start = 0;
    while (true) {
        std::size_t comma = list.find(',', start);
        std::string_view name =
            trimmed(list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (name.empty())
            return usage("--formats needs a list of formats separated by commas (" + format_names_for_messages() +
                         ", or all), got '" + std::string(list) + "'");
        bool known = false;
        for (const auto& f : output_formats()) {
            if (name == f.name) {
                set.add(f.format);
                known = true;
            }
        }
        if (!known)
            return usage("unknown format '" + std::string(name) + "' in --formats (expected " +
                         format_names_for_messages() + ", or all)");
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return set;
}

} // namespace teipress::build
