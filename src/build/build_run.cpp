#include "build/build_run.h"

#include "build/build_source.h"
#include "build/document_build.h"
#include "build/manifest.h"
#include "build/output_folder.h"
#include "build/parallel_runner.h"
#include "build/volume_outputs.h"
#include "core/atomic_file.h"
#include "core/content_hash.h"
#include "core/data_dir.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "validate/validation_profile.h"
#include "writers/tex_to_pdf.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

namespace teipress::build {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_version = TEIPRESS_VERSION;
constexpr const char* k_manifest_name = "manifest";

Diagnostic error_at(const std::string& file, std::string message) {
    return Diagnostic{Severity::Error, file, 1, 1, std::move(message), {}};
}

std::string manifest_path(const std::string& name) {
    return std::string(k_state_folder) + "/" + name;
}

std::string shard_manifest_name(const Shard& shard) {
    return "shard-" + shard_label(shard);
}

// Loads OUT/.teipress/NAME into m (entries added, a later file's winning); a missing file is
// nothing; a damaged one is a warning (everything it recorded is rebuilt).
void load_manifest_file(const OutputFolder& out, const std::string& name, Manifest& m, bool take_header,
                        Progress& progress) {
    const std::string path = out.path_of(manifest_path(name));
    std::error_code ec;
    if (!fs::exists(path, ec)) return;
    // Read directly, not through read_file_bytes: the manifest is the build's own state, which
    // it writes again (an input of the run may not be written over).
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto read = read_manifest_text(bytes.str(), path);
    if (!read) {
        Diagnostic d = read.error();
        d.severity = Severity::Warning;
        d.message += "; everything is built again";
        progress.report({d});
        return;
    }
    if (take_header) {
        m.version = read->version;
        m.tools = read->tools;
        m.formats = read->formats;
        m.source = read->source;
    }
    for (auto& [entry, value] : read->entries) m.entries[entry] = std::move(value);
}

// The shard manifests in OUT/.teipress ("shard-2-of-4"), in name order.
std::vector<std::string> shard_manifest_names(const OutputFolder& out) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(out.path_of(k_state_folder), ec)) {
        std::string name = e.path().filename().string();
        if (name.rfind("shard-", 0) == 0 && name.find(".tmp-") == std::string::npos) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string document_key(const std::string& tools, const FormatSet& formats, const std::string& profile,
                         const DocumentUnit& unit) {
    ContentHasher h;
    h.add("document").add(k_version).add(tools).add(formats.names()).add(profile).add(unit.name).add(unit.tei);
    return h.hex();
}

std::string volume_key(const std::string& tools, const FormatSet& formats, const std::string& kind,
                       const std::string& xml) {
    ContentHasher h;
    h.add("volume").add(k_version).add(tools).add(formats.names()).add(kind).add(xml);
    return h.hex();
}

// The validation of a source's documents: an edition's against the edition's schema and rules;
// a volume's documents against the profile frus's grammar (its rules check a whole volume's
// header and cross-references, which a document split from it cannot satisfy).
validate::ValidationRequest validation_for(SourceKind kind) {
    validate::ValidationRequest request;
    if (kind == SourceKind::Edition) {
        request.profile = "edition";
    } else {
        request.profile = "frus";
        request.no_rules = true;
    }
    return request;
}

// "OUT/d5.{xml,html,tex}": one line for what a document wrote.
std::string outputs_line(const OutputFolder& out, const std::string& name, const std::vector<OutputRecord>& outputs) {
    std::string exts;
    for (const auto& o : outputs) {
        auto dot = o.path.rfind('.');
        if (!exts.empty()) exts += ',';
        exts += o.path.substr(dot + 1);
    }
    return out.path_of(name) + (outputs.size() == 1 ? "." + exts : ".{" + exts + "}");
}

// The first error of a list of diagnostics, for the summary ("" when none).
std::string first_error(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error) return format_diagnostic(d);
    return "";
}

// Removes the files an entry wrote that the new entry (null: none) does not have.
void remove_stale(const OutputFolder& out, const ManifestEntry& old_entry, const ManifestEntry* now) {
    for (const auto& o : old_entry.outputs) {
        bool kept = now && std::any_of(now->outputs.begin(), now->outputs.end(),
                                       [&](const OutputRecord& r) { return r.path == o.path; });
        if (!kept) out.remove(o.path);
    }
}

} // namespace

std::string tools_fingerprint() {
    ContentHasher h;
    for (const char* folder : {"xslt", "schema"}) {
        const fs::path root = data_path(folder);
        std::vector<fs::path> files;
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec))
            if (it->is_regular_file(ec)) files.push_back(it->path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            auto bytes = read_file_bytes(f.string());
            h.add((fs::path(folder) / f.lexically_relative(root)).generic_string())
                .add(bytes ? *bytes : std::string("?"));
        }
    }
    return h.hex();
}

int run_build(const BuildRequest& request, Progress& progress) {
    // 1. The source, read and fingerprinted.
    DiagnosticSink sink;
    SourceScan scan;
    if (int rc = scan_source(request.source, scan, sink)) {
        progress.report(sink.items());
        return rc;
    }

    // 2. What the last build left in the output folder (nothing is created before the source
    // has loaded: a source that cannot be built leaves no folder behind).
    std::error_code ec;
    if (fs::exists(request.out_dir, ec) && !fs::is_directory(request.out_dir, ec)) {
        progress.report({error_at(request.out_dir, "cannot create the output folder: not a folder")});
        return k_exit_output;
    }
    OutputFolder out(request.out_dir);
    const std::string tools = tools_fingerprint();
    const std::string formats = request.formats.names();
    const bool whole = request.shard.whole();
    const std::string own_manifest = whole ? k_manifest_name : shard_manifest_name(request.shard);
    Manifest previous;
    load_manifest_file(out, k_manifest_name, previous, true, progress);
    const std::vector<std::string> shard_files = shard_manifest_names(out);
    for (const auto& name : shard_files)
        load_manifest_file(out, name, previous, !whole && name == own_manifest, progress);

    // 3. Nothing changed: nothing to do (no parse, no split, no conversion).
    if (!request.force && !request.assemble && whole && shard_files.empty() && previous.version == k_version &&
        previous.tools == tools && previous.formats == formats && previous.source == scan.fingerprint &&
        !previous.entries.empty() && std::all_of(previous.entries.begin(), previous.entries.end(), [&](const auto& e) {
            return e.second.ok && outputs_present(e.second, out.dir());
        })) {
        std::size_t documents = std::count_if(previous.entries.begin(), previous.entries.end(),
                                              [](const auto& e) { return e.first.rfind("document/", 0) == 0; });
        progress.say("nothing to do: the " + std::to_string(documents) + " document(s) and the volume's outputs in " +
                     out.dir() + " are up to date");
        return k_exit_ok;
    }

    // 4. The documents: converted, or split from the volume.
    const unsigned jobs = request.jobs == 0 ? default_jobs() : request.jobs;
    LoadedSource loaded;
    if (int rc = load_source(scan, jobs, loaded, sink)) {
        progress.report(sink.items());
        return rc;
    }
    progress.report(loaded.diagnostics);
    fs::create_directories(request.out_dir, ec);
    if (!fs::is_directory(request.out_dir, ec) || !out.make_folder(k_state_folder)) {
        progress.report({error_at(request.out_dir,
                                  "cannot create the output folder" + (ec ? ": " + ec.message() : std::string()))});
        return k_exit_output;
    }
    const auto validation_request = validation_for(scan.kind);
    const std::size_t count = loaded.documents.size();

    // 5. What to build: the documents of this share whose key changed or whose outputs are gone.
    std::vector<std::string> keys(count);
    std::vector<bool> mine(count), to_build(count);
    for (std::size_t i = 0; i < count; ++i) {
        keys[i] = document_key(tools, request.formats, validation_request.profile, loaded.documents[i]);
        mine[i] = shard_has(request.shard, i);
        auto it = previous.entries.find(document_entry(loaded.documents[i].name));
        bool current = it != previous.entries.end() && it->second.key == keys[i] && it->second.ok &&
                       outputs_present(it->second, out.dir());
        to_build[i] = mine[i] && (request.force || !current);
    }

    Manifest next;
    next.version = k_version;
    next.tools = tools;
    next.formats = formats;
    next.source = scan.fingerprint;
    int status = k_exit_ok;
    std::vector<bool> failed(count, false);
    std::size_t built = 0, made = 0;
    std::vector<std::string> failures;

    if (request.assemble) {
        // Every document must have been built by a share with the same inputs.
        std::vector<std::string> missing;
        for (std::size_t i = 0; i < count; ++i) {
            auto it = previous.entries.find(document_entry(loaded.documents[i].name));
            if (it == previous.entries.end() || it->second.key != keys[i] ||
                (it->second.ok && !outputs_present(it->second, out.dir())))
                missing.push_back(loaded.documents[i].name);
            else if (!it->second.ok)
                failed[i] = true;
            else
                ++built;
            if (it != previous.entries.end()) next.entries[it->first] = it->second;
        }
        if (!missing.empty()) {
            std::string list;
            for (std::size_t i = 0; i < missing.size() && i < 10; ++i) list += (i ? ", " : "") + missing[i];
            if (missing.size() > 10) list += ", …";
            progress.report(
                {error_at(out.dir(), std::to_string(missing.size()) +
                                         " document(s) not built by any share (or built from other inputs): " + list +
                                         "; build every share first (--shard K/N)")});
            return k_exit_invalid;
        }
        for (std::size_t i = 0; i < count; ++i)
            if (failed[i]) failures.push_back(loaded.documents[i].name + ": failed in its share");
    } else {
        // 6. Build the documents that need it, in parallel.
        auto setup = validate::prepare_validation(validation_request);
        if (!setup) {
            progress.report({setup.error()});
            return k_exit_usage;
        }
        validate::Validator validator(setup->schema, setup->rule_sets, validate::ValidatorOptions{});
        DocumentSettings settings;
        settings.out = &out;
        settings.formats = request.formats;
        settings.validator = &validator;
        if (request.formats.has(OutputFormat::Pdf) && writers::find_on_path(settings.tex.engine).empty()) {
            settings.run_tex = false;
            DiagnosticSink tex_sink;
            std::string ignored;
            writers::tex_to_pdf("", "PDF", settings.tex, ignored, tex_sink); // its message names the package
            for (auto& d : tex_sink.items()) d.message += "; no PDF is made (--formats without pdf leaves them out)";
            progress.report(tex_sink.items());
            status = k_exit_tool;
        }
        std::vector<std::size_t> work;
        for (std::size_t i = 0; i < count; ++i)
            if (to_build[i]) work.push_back(i);
        std::vector<DocumentResult> results(count);
        std::vector<std::unique_ptr<DocumentBuilder>> builders(
            std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(work.size(), 1)));
        progress.start(work.size(), "documents");
        run_in_parallel(work.size(), jobs, [&](std::size_t k, unsigned worker) {
            std::size_t i = work[k];
            if (!builders[worker]) builders[worker] = std::make_unique<DocumentBuilder>(settings);
            results[i] = builders[worker]->build(loaded.documents[i]);
            const DocumentResult& r = results[i];
            std::string line = r.status == 0 ? loaded.documents[i].name + " -> " +
                                                   outputs_line(out, loaded.documents[i].name, r.outputs)
                                             : loaded.documents[i].name + ": failed";
            progress.done(r.diagnostics, line);
        });
        progress.finish();
        for (std::size_t i = 0; i < count; ++i) {
            const std::string entry = document_entry(loaded.documents[i].name);
            auto old = previous.entries.find(entry);
            if (!mine[i]) continue; // another share's: its own manifest records it
            if (!to_build[i]) {
                next.entries[entry] = old->second;
                ++built;
                continue;
            }
            const DocumentResult& r = results[i];
            ManifestEntry e;
            e.key = keys[i];
            e.ok = r.status == 0;
            e.outputs = r.outputs;
            if (old != previous.entries.end()) remove_stale(out, old->second, &e);
            next.entries[entry] = std::move(e);
            if (r.status == 0) {
                ++built;
                ++made;
            } else {
                failed[i] = true;
                status = std::max(status, r.status);
                std::string first = first_error(r.diagnostics);
                failures.push_back(loaded.documents[i].name + (first.empty() ? "" : " (" + first + ")"));
            }
        }
    }

    // 7. Documents that left the source: their outputs go with them.
    std::set<std::string> present;
    for (const auto& d : loaded.documents) present.insert(document_entry(d.name));
    for (const auto& [entry, value] : previous.entries) {
        if (entry.rfind("document/", 0) != 0 || present.count(entry)) continue;
        remove_stale(out, value, nullptr);
        out.remove(std::string(k_failed_folder) + "/" + entry.substr(9) + ".xml");
    }

    // 8. The volume-level outputs, from the whole volume (not for a share: --assemble makes them).
    std::vector<std::string> volume_lines;
    if (whole) {
        std::string xml;
        DiagnosticSink volume_sink;
        bool have_volume = whole_volume(scan, loaded, failed, xml, volume_sink);
        progress.report(volume_sink.items());
        if (!have_volume) status = std::max(status, static_cast<int>(k_exit_invalid));
        std::vector<const VolumeOutputKind*> kinds;
        std::vector<std::string> volume_keys;
        for (const auto& kind : volume_outputs()) {
            const std::string entry = volume_entry(kind.name);
            auto old = previous.entries.find(entry);
            if (!have_volume || xml.empty() || !kind.wanted(request.formats)) {
                if (old != previous.entries.end()) remove_stale(out, old->second, nullptr);
                continue;
            }
            std::string key = volume_key(tools, request.formats, kind.name, xml);
            if (!request.force && old != previous.entries.end() && old->second.key == key && old->second.ok &&
                outputs_present(old->second, out.dir())) {
                next.entries[entry] = old->second;
                continue;
            }
            kinds.push_back(&kind);
            volume_keys.push_back(key);
        }
        VolumeInput input;
        input.name = scan.kind == SourceKind::Volume ? scan.path : (fs::path(scan.path) / "volume.xml").string();
        input.xml = &xml;
        input.out = &out;
        input.formats = request.formats;
        input.run_tex = writers::find_on_path(input.tex.engine).size() > 0;
        std::vector<VolumeResult> results(kinds.size());
        if (!kinds.empty()) progress.start(kinds.size(), "volume outputs");
        run_in_parallel(kinds.size(), jobs, [&](std::size_t k, unsigned) {
            results[k] = kinds[k]->make(input);
            progress.done(results[k].diagnostics, "");
        });
        progress.finish();
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            const std::string entry = volume_entry(kinds[k]->name);
            ManifestEntry e;
            e.key = volume_keys[k];
            e.ok = results[k].status == 0;
            e.outputs = results[k].outputs;
            auto old = previous.entries.find(entry);
            if (old != previous.entries.end()) remove_stale(out, old->second, &e);
            next.entries[entry] = std::move(e);
            status = std::max(status, results[k].status);
            for (const auto& line : results[k].lines) volume_lines.push_back(line);
        }
    }

    // 9. The manifest (the one of this share, or the whole one, which replaces the shares').
    {
        Status written = write_file_atomically(out.path_of(manifest_path(own_manifest)), write_manifest_text(next),
                                               Durability::Flushed);
        if (!written) {
            progress.report({written.error()});
            status = std::max(status, static_cast<int>(k_exit_output));
        } else if (whole) {
            for (const auto& name : shard_files) out.remove(manifest_path(name));
        }
    }

    // 10. The summary.
    for (const auto& line : volume_lines) progress.say(line);
    if (!failures.empty()) {
        progress.say(std::to_string(failures.size()) + " document(s) failed:");
        for (const auto& f : failures) progress.say("  " + f);
    }
    std::size_t in_share = static_cast<std::size_t>(std::count(mine.begin(), mine.end(), true));
    std::string summary =
        std::to_string(built) + " of " + std::to_string(whole ? count : in_share) + " document(s)" +
        (whole ? "" : " of share " + std::to_string(request.shard.index) + "/" + std::to_string(request.shard.count)) +
        " built into " + out.dir();
    if (!request.assemble)
        summary += " (" + std::to_string(made) + " made, " + std::to_string(built - made) + " up to date)";
    progress.say(summary);
    return status;
}

} // namespace teipress::build
