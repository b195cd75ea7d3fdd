// Cutting a reading text into heading, blocks and closing footnotes.
#pragma once

#include "core/diagnostic.h"
#include "readers/reading_text_layout.h"

#include <optional>
#include <string>
#include <string_view>

namespace teipress::readers {

// Cuts text (LF line ends, no BOM) into its layout. Reports at file's line:column and returns
// nullopt when there is no heading line `N. Title`. The footnotes are the trailing run of lines
// `  N. text` after a blank line; their numbering is checked by check_footnote_sequence.
std::optional<ReadingTextLayout> split_reading_text(std::string_view text, const std::string& file,
                                                    DiagnosticSink& sink);

// Checks that the footnotes are numbered from 0 or 1 in steps of one, without duplicates.
// Reports each problem at the footnote's line; returns false when there was any.
bool check_footnote_sequence(const ReadingTextLayout& layout, std::string_view text, const std::string& file,
                             DiagnosticSink& sink);

// True when line is a subject line `  • text`; subject_text then gets the text after the bullet.
bool is_subject_line(std::string_view line, std::size_t* text_start = nullptr);

} // namespace teipress::readers
