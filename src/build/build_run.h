// teipress build: the whole job for a volume. The source (an edition folder or a volume's TEI)
// is scanned and compared with the manifest of the last build; what changed is loaded,
// each document is built on its own (in parallel; see document_build.h), then the
// volume-level outputs are made from the whole volume (volume_outputs.h), and the manifest is
// written. --shard builds one share of the documents; --assemble makes the volume-level
// outputs from the shares built elsewhere.
#pragma once

#include "build/output_formats.h"
#include "build/progress.h"
#include "build/shard.h"

#include <string>

namespace teipress::build {

// What the command line asked for.
struct BuildRequest {
    std::string source;  // an edition folder or a volume's TEI file
    std::string out_dir; // created when missing
    unsigned jobs = 0;   // 0: one per core
    FormatSet formats = FormatSet::all();
    Shard shard;           // 1/1: every document, and the volume-level outputs
    bool force = false;    // rebuild everything, whatever the manifest says
    bool assemble = false; // make only the volume-level outputs, from the shares built
};

// Where the manifest is, in the output folder.
inline constexpr const char* k_state_folder = ".teipress";

// Runs the build; messages go through progress. Returns the exit status: 0 when every document
// and volume-level output was built (or was up to date); otherwise the worst of what failed (1:
// a document or the volume is wrong; 2: the source cannot be read; 3: an output could not be
// written; 4: TeX is missing or failed).
int run_build(const BuildRequest& request, Progress& progress);

// The hash of the stylesheets and schemas of the data folder (xslt/, schema/), every file's
// name and bytes: what every output depends on besides its TEI.
std::string tools_fingerprint();

} // namespace teipress::build
