// The round trip over the real corpus (issue 10, parts 4 and 5): for every document of a
// volume whose notes are numbered per document, split (src/volume) → render --to text →
// convert with the edition folder derived from the volume (init --from) → compare with the
// source (roundtrip_features.h) and validate what convert wrote (schema/teipress.rng +
// schema/teipress.sch). Used by the corpus test and by the report tool.
#pragma once

#include "roundtrip_features.h"

#include <array>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace teipress::roundtrip {

inline constexpr std::size_t k_feature_count = std::size(k_features);

// What became of one document in scope.
struct DocumentResult {
    std::string id;                                       // its xml:id ("d12")
    std::size_t notes = 0;                                // its notes that are not inline
    bool converted = false;                               // convert gave TEI
    std::string convert_errors;                           // convert's messages when it did not
    std::size_t warnings = 0;                             // convert's warnings
    std::vector<std::string> invalid;                     // validate's errors on the TEI convert wrote
    std::array<std::string, k_feature_count> differences; // first difference, empty = identical
    std::string reading_text;                             // kept only when asked for (RunOptions::keep)
    std::string converted_tei;                            // idem

    bool identical(Feature f) const { return converted && differences[static_cast<std::size_t>(f)].empty(); }
};

// What became of one volume.
struct VolumeResult {
    std::string name;                      // the file's stem ("frus1918Russiav03")
    std::size_t documents = 0;             // all its documents
    std::size_t with_notes = 0;            // in scope, with at least one note
    std::vector<std::string> out_of_scope; // ids of the documents whose notes are not numbered per document
    std::vector<DocumentResult> results;   // the documents in scope, in order
    std::string error;                     // why the volume could not be run at all (empty when it ran)
};

// What to run.
struct RunOptions {
    bool validate = true;       // validate each converted document
    std::set<std::string> only; // document ids to run (empty: all)
    bool keep = false;          // keep each reading text and converted TEI
};

// The edition's schema and rules, compiled once; the renderer's stylesheets, compiled once.
class RoundTrip {
  public:
    RoundTrip();
    ~RoundTrip();
    // False (with the reason) when the schema or rules do not compile.
    bool ready(std::string& why) const;
    // Runs one volume file.
    VolumeResult run_volume(const std::string& path, const RunOptions& options);

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The corpus volumes (tests/corpus/frus/*.xml), sorted.
std::vector<std::string> corpus_volumes();

// The report (Markdown) of results: per volume the share of documents identical on each
// feature, then every document that is not, with the first difference of each feature and
// the reason the list of known differences gives (known: "VOLUME DOC FEATURE" → reason).
struct KnownDifference {
    std::string volume, document, feature, reason;
};
std::vector<KnownDifference> read_known_differences(const std::string& path, std::string& error);
std::string report_markdown(const std::vector<VolumeResult>& volumes, const std::vector<KnownDifference>& known);

} // namespace teipress::roundtrip
