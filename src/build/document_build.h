// Building one document: its TEI parsed once, validated and rendered to each chosen format
// from that one tree, every output written into the build's folder — or, when anything fails,
// none of them (its TEI is kept in OUT/failed/ for the messages to point into).
#pragma once

#include "build/build_source.h"
#include "build/manifest.h"
#include "build/output_folder.h"
#include "build/output_formats.h"
#include "validate/validator.h"
#include "writers/render_document.h"

#include <string>
#include <vector>

namespace teipress::build {

// What every document of a build shares (read-only while the workers run).
struct DocumentSettings {
    const OutputFolder* out = nullptr;
    FormatSet formats;
    const validate::Validator* validator = nullptr;
    bool run_tex = true; // false: no PDF (the engine is missing, reported once by the caller)
    writers::TexRunOptions tex;
};

// What building one document did.
struct DocumentResult {
    int status = 0;                      // 0, or the exit code of what failed
    std::vector<OutputRecord> outputs;   // the files written (none when it failed)
    std::vector<Diagnostic> diagnostics; // everything reported, in order
};

// The files a document named name can have in the output folder ("d5.xml", "d5.html" …).
std::vector<std::string> document_output_paths(const std::string& name);

// The folder (in the output folder) where a failed document's TEI is kept.
inline constexpr const char* k_failed_folder = "failed";

// Builds documents; one per worker thread (it keeps the stylesheets it compiled).
class DocumentBuilder {
  public:
    explicit DocumentBuilder(const DocumentSettings& settings) : m_settings(settings) {}

    // Builds unit: when its TEI was made, parses it (named OUT/NAME.xml in messages),
    // validates it, renders each format the settings choose, and writes NAME.xml and the
    // outputs. Fails (status 1: not valid or a transform failed; 3: an output could not be
    // written; 4: TeX failed) with every output of the document removed, its TEI written to
    // OUT/failed/NAME.xml and the messages pointing there; a unit whose TEI could not be made
    // fails with its own status and messages. On success OUT/failed/NAME.xml is removed.
    DocumentResult build(const DocumentUnit& unit);

  private:
    DocumentResult fail(const DocumentUnit& unit, DocumentResult result, const std::string& tei_name);

    const DocumentSettings& m_settings;
    writers::Renderer m_renderer;
};

} // namespace teipress::build
