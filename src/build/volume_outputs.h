// The volume-level outputs of a build, made from the whole volume's TEI (every document that
// was built, with the front and back matter): the website, the printed volume (LaTeX and PDF)
// and the EPUB. One table row each.
#pragma once

#include "build/manifest.h"
#include "build/output_folder.h"
#include "build/output_formats.h"
#include "core/diagnostic.h"
#include "writers/tex_to_pdf.h"

#include <string>
#include <vector>

namespace teipress::build {

// What a volume-level output is made from.
struct VolumeInput {
    std::string name;                 // how messages call the volume's TEI (the source file, or
                                      // "EDITION/volume.xml" for an edition's joined documents)
    const std::string* xml = nullptr; // the whole volume's TEI
    const OutputFolder* out = nullptr;
    FormatSet formats;   // what the build makes (an output may make several files)
    bool run_tex = true; // false: the TeX engine is missing (reported by the caller)
    writers::TexRunOptions tex;
};

// What making one volume-level output did.
struct VolumeResult {
    int status = 0;                    // 0, or the exit code of what failed
    std::vector<OutputRecord> outputs; // the files written
    std::vector<Diagnostic> diagnostics;
    std::vector<std::string> lines; // what to tell the user ("site: OUT/site/index.html")
};

// One volume-level output.
struct VolumeOutputKind {
    const char* name; // its manifest entry: "site", "book", "epub"
    // True when the formats ask for it.
    bool (*wanted)(const FormatSet& formats);
    // Makes it (on a worker thread: it parses its own copy of the volume).
    VolumeResult (*make)(const VolumeInput& input);
};

// Every volume-level output, in the order they are reported.
const std::vector<VolumeOutputKind>& volume_outputs();

// The website OUT/site/ (see volume_site.cpp).
VolumeResult make_site(const VolumeInput& input);
// OUT/volume.tex and OUT/volume.pdf (see volume_book.cpp).
VolumeResult make_book(const VolumeInput& input);
// The time SOURCE_DATE_EPOCH names (0 when unset or not a number of seconds), as
// CCYY-MM-DDThh:mm:ssZ: the date an output records, so that a build gives the same bytes.
std::string source_date_time();

// OUT/volume.epub (see volume_epub.cpp).
VolumeResult make_epub(const VolumeInput& input);

} // namespace teipress::build
