// The build's manifest (OUT/.teipress/manifest): what each output of the last build was made
// from — a key per document and per volume-level output (the hash of everything it depends
// on: its TEI, the stylesheets and schemas, the teipress version, the formats) and the files
// it wrote with their sizes — so that the next build redoes only what changed (ninja's
// .ninja_log model). A plain text file, one record a line, in a fixed order.
#pragma once

#include "core/result.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::build {

// One file a build wrote, relative to the output folder ("d5.html", "site/index.html").
struct OutputRecord {
    std::string path;
    std::uint64_t size = 0;
    bool operator==(const OutputRecord&) const = default;
};

// What one unit of work (a document, a volume-level output) was made from and wrote.
struct ManifestEntry {
    std::string key; // hash of every input of the unit
    bool ok = true;  // false: it failed (nothing of it is kept; the next build tries again)
    std::vector<OutputRecord> outputs;
    bool operator==(const ManifestEntry&) const = default;
};

// A whole manifest.
struct Manifest {
    std::string version; // teipress's version
    std::string tools;   // hash of the stylesheets and schemas
    std::string formats; // the --formats in effect ("html,latex,pdf,text,markdown,epub")
    std::string source;  // hash of every input file of the source (the no-op test)
    // The units, by name: "document/NAME", "volume/site", "volume/epub"...
    std::map<std::string, ManifestEntry> entries;
    bool operator==(const Manifest&) const = default;
};

// The manifest as text (entries in name order; a path's newline and backslash escaped).
std::string write_manifest_text(const Manifest& manifest);

// Reads what write_manifest_text wrote. Errors (at name:LINE:1): a first line that is not this
// format's, an unknown record, a record missing its fields, an output before any entry.
Result<Manifest> read_manifest_text(std::string_view text, const std::string& name);

// True when each output of entry is a regular file in out_dir of its recorded size (so an
// output removed, or left empty by a crash before it reached the disk, is made again).
bool outputs_present(const ManifestEntry& entry, const std::string& out_dir);

// The entry name of a document ("document/d5") and of a volume-level output ("volume/site").
std::string document_entry(const std::string& name);
std::string volume_entry(const std::string& name);

} // namespace teipress::build
