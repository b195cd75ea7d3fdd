#include "build/build_source.h"

#include "build/parallel_runner.h"
#include "core/content_hash.h"
#include "core/exit_status.h"
#include "core/input_file.h"
#include "edition/edition_record.h"
#include "passes/convert_document.h"
#include "volume/join_inputs.h"
#include "volume/join_volume.h"
#include "volume/split_volume.h"
#include "volume/tei_file.h"
#include "volume/volume_index.h"
#include "volume/xml_writer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <unordered_set>

namespace teipress::build {

namespace fs = std::filesystem;

bool natural_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t i2 = i, j2 = j;
            while (i2 < a.size() && a[i2] == '0') ++i2;
            while (j2 < b.size() && b[j2] == '0') ++j2;
            std::size_t i3 = i2, j3 = j2;
            while (i3 < a.size() && digit(a[i3])) ++i3;
            while (j3 < b.size() && digit(b[j3])) ++j3;
            if (i3 - i2 != j3 - j2) return i3 - i2 < j3 - j2;
            int c = a.compare(i2, i3 - i2, b, j2, j3 - j2);
            if (c != 0) return c < 0;
            i = i3;
            j = j3;
            continue;
        }
        if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

bool is_reserved_name(const std::string& name) {
    return name == "volume" || name == "site" || name == "failed" || name.empty() || name[0] == '.';
}

namespace {

Diagnostic error_at(const std::string& file, std::string message) {
    return Diagnostic{Severity::Error, file, 1, 1, std::move(message), {}};
}

// Reads path into files when it exists; false (reported) when it exists but cannot be read.
bool read_if_present(const std::string& path, std::vector<SourceFile>& files, DiagnosticSink& sink) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return true;
    auto bytes = read_file_bytes(path);
    if (!bytes) {
        sink.add(bytes.error());
        return false;
    }
    files.push_back({path, std::move(*bytes)});
    return true;
}

int scan_edition(const std::string& dir, SourceScan& out, DiagnosticSink& sink) {
    std::error_code ec;
    std::vector<std::string> texts, documents;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".txt") texts.push_back(entry.path().string());
    std::sort(texts.begin(), texts.end(), natural_less);
    if (texts.empty()) {
        sink.add(error_at(dir, "no reading texts (*.txt) in the folder"));
        return k_exit_usage;
    }
    const std::string record = (fs::path(dir) / "edition.xml").string();
    if (!fs::exists(record, ec)) {
        sink.add(Diagnostic{Severity::Error,
                            record,
                            0,
                            0,
                            "no edition.xml: an edition folder needs the volume's record "
                            "(`teipress init` writes one)",
                            {}});
        return k_exit_usage;
    }
    for (const auto& entry : fs::directory_iterator(fs::path(dir) / "documents", ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".xml") documents.push_back(entry.path().string());
    std::sort(documents.begin(), documents.end(), natural_less);
    bool ok = read_if_present(record, out.files, sink) &&
              read_if_present((fs::path(dir) / "persons.xml").string(), out.files, sink) &&
              read_if_present((fs::path(dir) / "terms.xml").string(), out.files, sink);
    for (const auto& d : documents) ok = ok && read_if_present(d, out.files, sink);
    for (const auto& t : texts) {
        auto bytes = read_file_bytes(t);
        if (!bytes) {
            sink.add(bytes.error());
            return k_exit_usage;
        }
        out.texts.push_back({t, std::move(*bytes)});
    }
    return ok ? 0 : k_exit_usage;
}

} // namespace

int scan_source(const std::string& path, SourceScan& out, DiagnosticSink& sink) {
    out.path = path;
    if (is_stdin_path(path)) {
        sink.add(error_at(path,
                          "build reads an edition folder or a volume's TEI file; standard "
                          "input (-) is neither"));
        return k_exit_usage;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        out.kind = SourceKind::Edition;
        if (int rc = scan_edition(path, out, sink)) return rc;
    } else {
        out.kind = SourceKind::Volume;
        if (!fs::exists(path, ec)) {
            sink.add(error_at(path,
                              "no such file or folder (expected an edition folder or a "
                              "volume's TEI file)"));
            return k_exit_usage;
        }
        auto bytes = read_file_bytes(path);
        if (!bytes) {
            sink.add(bytes.error());
            return k_exit_usage;
        }
        out.files.push_back({path, std::move(*bytes)});
    }
    // The names are relative to the source, so that the same source elsewhere has the same
    // fingerprint.
    ContentHasher hasher;
    hasher.add(out.kind == SourceKind::Edition ? "edition" : "volume");
    for (const auto* list : {&out.files, &out.texts}) {
        for (const auto& f : *list) {
            hasher.add(fs::path(f.path).lexically_relative(path).generic_string());
            hasher.add(f.bytes);
        }
    }
    out.fingerprint = hasher.hex();
    return 0;
}

namespace {

int load_edition_source(const SourceScan& scan, unsigned jobs, LoadedSource& out, DiagnosticSink& sink) {
    // The record is checked before anything is converted: a missing field is named in
    // edition.xml itself.
    out.edition = std::make_unique<edition::Edition>();
    auto loaded = edition::load_edition(scan.path, *out.edition, sink);
    if (loaded == edition::LoadStatus::Ok && !edition::check_edition_record(scan.path, sink))
        loaded = edition::LoadStatus::Invalid;
    if (loaded != edition::LoadStatus::Ok)
        return loaded == edition::LoadStatus::Unreadable ? k_exit_usage : k_exit_invalid;

    out.documents.resize(scan.texts.size());
    run_in_parallel(scan.texts.size(), jobs, [&](std::size_t i, unsigned) {
        const SourceFile& text = scan.texts[i];
        DocumentUnit& unit = out.documents[i];
        unit.name = fs::path(text.path).stem().string();
        unit.input = text.path;
        DiagnosticSink local;
        if (is_reserved_name(unit.name)) {
            local.add(
                error_at(text.path, "the name '" + unit.name + "' is the volume's outputs': rename the reading text"));
            unit.status = k_exit_invalid;
        } else if (auto decoded = decode_text(text.path, text.bytes); !decoded) {
            local.add(decoded.error());
            unit.status = k_exit_invalid;
        } else {
            passes::ConvertOptions options{fs::path(text.path).filename().string(), out.edition.get(), ""};
            auto converted = passes::convert_reading_text(*decoded, text.path, options, local);
            if (converted.status == passes::ConvertStatus::Ok)
                unit.tei = std::move(converted.tei);
            else
                unit.status =
                    converted.status == passes::ConvertStatus::UnreadableEdition ? k_exit_usage : k_exit_invalid;
        }
        unit.diagnostics = std::move(local.items());
    });
    return 0;
}

int load_volume_source(const SourceScan& scan, LoadedSource& out, DiagnosticSink& sink) {
    const SourceFile& file = scan.files.front();
    volume::TeiFile volume;
    auto status = volume::parse_tei_bytes(file.path, file.bytes, volume, sink);
    if (status != volume::ReadStatus::Ok) return volume::exit_code_of(status);
    std::vector<volume::OutputFile> files;
    DiagnosticSink split_sink;
    bool ok = volume::split_volume(volume, files, split_sink);
    for (auto& d : split_sink.items()) {
        if (d.severity == Severity::Error)
            sink.add(d);
        else
            out.diagnostics.push_back(d);
    }
    if (!ok) return k_exit_invalid;
    files.pop_back(); // volume.xml: the volume-level outputs are made from the volume itself
    for (auto& f : files) {
        DocumentUnit unit;
        unit.name = f.name.substr(0, f.name.size() - 4); // "d5.xml" -> "d5"
        unit.input = file.path;
        unit.tei = std::move(f.content);
        if (is_reserved_name(unit.name)) {
            unit.diagnostics.push_back(
                error_at(file.path, "the document '" + unit.name + "' has the name of the volume's outputs"));
            unit.status = k_exit_invalid;
            unit.tei.clear();
        }
        out.documents.push_back(std::move(unit));
    }
    return 0;
}

} // namespace

int load_source(const SourceScan& scan, unsigned jobs, LoadedSource& out, DiagnosticSink& sink) {
    return scan.kind == SourceKind::Edition ? load_edition_source(scan, jobs, out, sink)
                                            : load_volume_source(scan, out, sink);
}

namespace {

bool joined_edition(const SourceScan& scan, const LoadedSource& loaded, const std::vector<bool>& failed,
                    std::string& xml, DiagnosticSink& sink) {
    volume::JoinInputs inputs;
    for (const auto& f : scan.files) {
        std::string name = fs::path(f.path).filename().string();
        if (fs::path(f.path).parent_path().filename() == "documents") continue;
        auto file = std::make_unique<volume::TeiFile>();
        if (volume::parse_tei_bytes(f.path, f.bytes, *file, sink) != volume::ReadStatus::Ok) return false;
        inputs.paths.push_back(f.path);
        if (name == "edition.xml")
            inputs.record = std::move(file);
        else
            inputs.lists.push_back(std::move(file));
    }
    for (std::size_t i = 0; i < loaded.documents.size(); ++i) {
        const DocumentUnit& unit = loaded.documents[i];
        if (failed[i] || unit.tei.empty()) continue;
        auto file = std::make_unique<volume::TeiFile>();
        if (volume::parse_tei_bytes(unit.name + ".xml", unit.tei, *file, sink) != volume::ReadStatus::Ok) return false;
        auto index = volume::index_volume(file->doc);
        if (index.documents.size() != 1) continue;
        pugi::xml_node div = index.documents.front().div;
        inputs.documents.push_back({std::move(file), div});
    }
    if (inputs.documents.empty()) {
        xml.clear();
        return true;
    }
    // Join's warnings (pointers to documents not in the edition) are the documents' own, which
    // their validation reports already; its errors stop the volume-level outputs.
    volume::JoinSummary summary;
    DiagnosticSink join_sink;
    int rc = volume::join_volume(inputs, "volume.xml", xml, summary, join_sink);
    for (const auto& d : join_sink.items())
        if (d.severity == Severity::Error) sink.add(d);
    return rc == 0;
}

} // namespace

bool whole_volume(const SourceScan& scan, const LoadedSource& loaded, const std::vector<bool>& failed, std::string& xml,
                  DiagnosticSink& sink) {
    if (scan.kind == SourceKind::Edition) return joined_edition(scan, loaded, failed, xml, sink);
    const SourceFile& file = scan.files.front();
    if (std::none_of(failed.begin(), failed.end(), [](bool f) { return f; })) {
        xml = file.bytes;
        return true;
    }
    std::unordered_set<std::string> left_out;
    for (std::size_t i = 0; i < loaded.documents.size(); ++i)
        if (failed[i]) left_out.insert(loaded.documents[i].name);
    volume::TeiFile volume;
    if (volume::parse_tei_bytes(file.path, file.bytes, volume, sink) != volume::ReadStatus::Ok) return false;
    auto index = volume::index_volume(volume.doc);
    for (const auto& entry : index.documents)
        if (left_out.count(entry.id)) entry.div.parent().remove_child(entry.div);
    xml = volume::write_xml(volume.doc);
    return true;
}

} // namespace teipress::build
