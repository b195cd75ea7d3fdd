// The output formats of `teipress render`: one table row each (format name -> stylesheet,
// output extension, post-step). Adding a format = one stylesheet + one row.
#pragma once

#include <string>
#include <vector>

namespace teipress::writers {

// What happens to the stylesheet's output before it is written.
enum class PostStep {
    None,    // the transform's output is the result
    TexToPdf // the output is LaTeX; a TeX engine turns it into the PDF that is the result
};

// One output format.
struct WriterFormat {
    const char* name;       // the --to value, e.g. "html"
    const char* stylesheet; // entry stylesheet, relative to the data folder
    const char* extension;  // output file extension without the dot
    PostStep post_step;
    const char* summary; // one line for --help
};

// Every format, in the order --help lists them.
const std::vector<WriterFormat>& writer_formats();

// The format named name; null when there is none.
const WriterFormat* find_writer_format(const std::string& name);

// "html|latex|pdf|text|markdown": the names joined by '|'.
std::string writer_format_names();

} // namespace teipress::writers
