// The PDF post-step: typesets LaTeX with pdflatex in a private temporary folder.
#pragma once

#include "core/diagnostic.h"
#include "core/exit_status.h"

#include <string>

namespace teipress::writers {

// How the TeX engine is run.
struct TexRunOptions {
    std::string engine = "pdflatex"; // looked up on PATH
    int timeout_seconds = 120;       // the run is killed after this long
    int passes = 1;                  // the memo needs one (no cross-references)
};

// Typesets latex (named input_name in messages) into PDF bytes in pdf. The engine runs
// without shell escape, non-interactively, stopping at the first error, in a fresh folder under
// $TMPDIR that is removed afterwards, in a process group of its own that dies with teipress
// (even when teipress is killed with SIGKILL); folders that dead runs left behind are removed
// first; SOURCE_DATE_EPOCH (0 unless set) keeps the PDF reproducible. Returns k_exit_ok, or
// k_exit_tool with a diagnostic when the engine is missing (naming the Debian package), fails
// (TeX's error and what it read, at the TEI line the LaTeX came from) or runs out of time.
ExitStatus tex_to_pdf(const std::string& latex, const std::string& input_name, const TexRunOptions& options,
                      std::string& pdf, DiagnosticSink& sink);

// The first error of a TeX log: TeX's message ("Undefined control sequence."), the line of
// the .tex file it names (0 when none) and what TeX read there ("\\foo"). Read from
// -file-line-error lines ("./document.tex:12: ...") or "! ..." lines; empty message when the
// log has no error.
struct TexError {
    std::string message;
    int tex_line = 0;
    std::string context;
};
TexError tex_first_error(const std::string& log);

// The TEI line a line of the LaTeX writer's output came from: the last "% TEI line N" comment
// at or before tex_line (the writer puts one before every block); 0 when there is none.
int tei_line_of_tex_line(const std::string& latex, int tex_line);

// The full path of program found on $PATH; empty when it is not there.
std::string find_on_path(const std::string& program);

} // namespace teipress::writers
