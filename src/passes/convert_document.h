// The conversion pipeline: reading text → reader → passes → TEI text.
#pragma once

#include "core/diagnostic.h"
#include "edition/edition.h"

#include <string>
#include <string_view>

namespace teipress::passes {

// What the pipeline needs besides the text.
struct ConvertOptions {
    std::string input_name;                    // the file name written in revisionDesc
    const edition::Edition* edition = nullptr; // --edition, or null
    std::string stop_after;                    // "read", a pass name, or empty for all
};

// How a conversion ended: BadText (the reading text breaks the format), BadEdition (the
// edition's TEI for this document is malformed), UnreadableEdition (it cannot be read).
enum class ConvertStatus { Ok, BadText, BadEdition, UnreadableEdition };

// The result: the TEI (only when status is Ok) and the status.
struct Conversion {
    ConvertStatus status = ConvertStatus::Ok;
    std::string tei;
};

// Converts text (the contents of file, already checked UTF-8 with LF line ends) into TEI.
// Problems go to sink at file:line:column (or at the edition's file).
Conversion convert_reading_text(std::string_view text, const std::string& file, const ConvertOptions& options,
                                DiagnosticSink& sink);

} // namespace teipress::passes
