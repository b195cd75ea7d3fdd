// The output folder of a build: its files are written atomically (never over an input of the
// run) without waiting for the disk — the manifest records each file's size, so a file a crash
// left empty is made again — and the files a build no longer makes are removed.
#pragma once

#include "build/manifest.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace teipress::build {

class OutputFolder {
  public:
    // The folder at dir (which must exist).
    explicit OutputFolder(std::string dir) : m_dir(std::move(dir)) {}

    // The folder as given.
    const std::string& dir() const { return m_dir; }
    // The path of a file of the folder ("site/index.html" -> "OUT/site/index.html").
    std::string path_of(const std::string& relative) const;

    // Writes content to relative; its record (path and size) on success. Errors (a Diagnostic
    // at the file): an input of the run, a folder, a write that fails.
    Result<OutputRecord> write(const std::string& relative, std::string_view content) const;
    // As write, but leaves the file alone when it holds content already (so a page that did
    // not change is not rewritten).
    Result<OutputRecord> write_if_changed(const std::string& relative, std::string_view content) const;
    // Removes relative when it is a file that is not an input of the run; nothing when it is
    // missing. Returns false when it exists and could not be removed.
    bool remove(const std::string& relative) const;
    // Creates the folder relative ("site") when missing; false when it cannot.
    bool make_folder(const std::string& relative) const;

  private:
    std::string m_dir;
};

} // namespace teipress::build
