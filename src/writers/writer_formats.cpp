#include "writers/writer_formats.h"

namespace teipress::writers {

const std::vector<WriterFormat>& writer_formats() {
    static const std::vector<WriterFormat> table = {
        {"html", "xslt/html/tei-to-html.xsl", "html", PostStep::None,
         "one standalone HTML5 page (CSS inside, notes as popovers and endnotes)"},
        {"latex", "xslt/latex/tei-to-latex.xsl", "tex", PostStep::None,
         "LaTeX for print: footnotes with the printed labels, page numbers in the margin"},
        {"pdf", "xslt/latex/tei-to-latex.xsl", "pdf", PostStep::TexToPdf, "the LaTeX output typeset by pdflatex"},
        {"text", "xslt/text/tei-to-text.xsl", "txt", PostStep::None,
         "the reading text (the reverse of convert, byte for byte)"},
        {"markdown", "xslt/markdown/tei-to-markdown.xsl", "md", PostStep::None,
         "CommonMark with footnotes ([^1]) and page markers"},
    };
    return table;
}

const WriterFormat* find_writer_format(const std::string& name) {
    for (const auto& f : writer_formats())
        if (name == f.name) return &f;
    return nullptr;
}

std::string writer_format_names() {
    std::string names;
    for (const auto& f : writer_formats()) {
        if (!names.empty()) names += '|';
        names += f.name;
    }
    return names;
}

} // namespace teipress::writers
