// What the volume tests share: reading TEI files, Canonical XML, scratch folders, goldens.
#pragma once

#include "core/diagnostic.h"
#include "tools/test_files.h"
#include "volume/tei_file.h"
#include "xml/libxml_document.h"

#include <cstdlib>
#include <filesystem>
#include <libxml/c14n.h>
#include <memory>
#include <string>

namespace teipress::testing {

inline const std::filesystem::path k_source_dir = TEIPRESS_SOURCE_DIR;
inline const std::filesystem::path k_volume_fixtures = k_source_dir / "tests/volume/fixtures";
inline const std::filesystem::path k_corpus = k_source_dir / "tests/corpus/frus";

// Reads a TEI file (the test fails through the returned null when it cannot).
inline std::unique_ptr<volume::TeiFile> load_tei(const std::filesystem::path& path, DiagnosticSink& sink) {
    auto f = std::make_unique<volume::TeiFile>();
    if (volume::read_tei_file(path.string(), *f, sink) != volume::ReadStatus::Ok) return nullptr;
    return f;
}

// A TEI file from text (named name in messages).
inline std::unique_ptr<volume::TeiFile> parse_tei(const std::string& name, const std::string& text,
                                                  DiagnosticSink& sink) {
    auto f = std::make_unique<volume::TeiFile>();
    if (volume::parse_tei_bytes(name, text, *f, sink) != volume::ReadStatus::Ok) return nullptr;
    return f;
}

// The Canonical XML (C14N 1.0, comments kept) of an XML text; empty when it does not parse.
inline std::string canonical(const std::string& name, const std::string& text) {
    DiagnosticSink sink;
    auto doc = xml::parse_with_libxml(name, text, sink);
    if (!doc) return {};
    xmlChar* out = nullptr;
    int n = xmlC14NDocDumpMemory(doc.get(), nullptr, XML_C14N_1_0, nullptr, 1, &out);
    std::string s =
        n >= 0 && out ? std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)) : std::string();
    xmlFree(out);
    return s;
}

// Every message of the sink, one per line.
inline std::string messages(const DiagnosticSink& sink) {
    std::string s;
    for (const auto& d : sink.items()) s += format_diagnostic(d) + "\n";
    return s;
}

// Compares text with the golden file (or rewrites it when TEIPRESS_UPDATE_GOLDEN is set);
// returns true when they are equal.
inline bool matches_golden(const std::filesystem::path& golden, const std::string& text) {
    if (std::getenv("TEIPRESS_UPDATE_GOLDEN")) {
        std::filesystem::create_directories(golden.parent_path());
        write_file(golden, text);
        return true;
    }
    return slurp(golden) == text;
}

} // namespace teipress::testing
