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
// $TMPDIR that is removed afterwards; SOURCE_DATE_EPOCH (0 unless set) keeps the PDF
// reproducible. Returns k_exit_ok, or k_exit_tool with a diagnostic when the engine is missing
// (naming the Debian package), fails (its first error lines) or runs out of time.
ExitStatus tex_to_pdf(const std::string& latex, const std::string& input_name,
                      const TexRunOptions& options, std::string& pdf, DiagnosticSink& sink);

// The full path of program found on $PATH; empty when it is not there.
std::string find_on_path(const std::string& program);

} // namespace teipress::writers
