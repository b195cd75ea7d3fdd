// What `teipress build --formats` chooses: the kinds of output a build makes, each for every
// document and, where it has one, for the whole volume.
#pragma once

#include "core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace teipress::build {

// One kind of output.
enum class OutputFormat : unsigned {
    Html = 1u << 0,     // NAME.html for each document, and the website OUT/site/
    Latex = 1u << 1,    // NAME.tex for each document, and OUT/volume.tex
    Pdf = 1u << 2,      // NAME.pdf for each document, and OUT/volume.pdf (needs pdflatex)
    Text = 1u << 3,     // NAME.txt for each document
    Markdown = 1u << 4, // NAME.md for each document
    Epub = 1u << 5      // OUT/volume.epub
};

// One --formats value.
struct OutputFormatInfo {
    const char* name; // "html"
    OutputFormat format;
    const char* what; // what it makes, for --help
};

// Every format, in the order --help, the manifest and the messages list them.
const std::vector<OutputFormatInfo>& output_formats();

// A set of formats.
class FormatSet {
  public:
    // Every format (the default).
    static FormatSet all();
    // True when format is in the set.
    bool has(OutputFormat format) const { return (m_bits & static_cast<unsigned>(format)) != 0; }
    // Adds format.
    void add(OutputFormat format) { m_bits |= static_cast<unsigned>(format); }
    // True when the set is empty.
    bool empty() const { return m_bits == 0; }
    // The names in the order of output_formats(), joined by ',' ("html,pdf").
    std::string names() const;
    bool operator==(const FormatSet& other) const { return m_bits == other.m_bits; }

  private:
    unsigned m_bits = 0;
};

// Reads a --formats value: names separated by ',' (spaces around a name allowed, a name given
// twice counts once), or "all". Errors (a Diagnostic without a file, for a usage error): an
// empty list or name, an unknown name (the message lists the accepted ones).
Result<FormatSet> parse_formats(std::string_view list);

// "html, latex, pdf, text, markdown, epub": the names for messages.
std::string format_names_for_messages();

} // namespace teipress::build
