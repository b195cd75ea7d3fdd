// The EPUB container (OCF): a ZIP file whose first entry is "mimetype", stored uncompressed,
// then the publication's files, deflated. Made in memory with libzip, deterministically: every
// entry has the same date (1980-01-01 00:00, the first a ZIP can hold) and no extra field, so
// the same files give the same bytes.
#pragma once

#include "core/result.h"

#include <string>
#include <vector>

namespace teipress::writers {

// One file of the publication.
struct PackageFile {
    std::string path; // inside the container ("META-INF/container.xml", "OEBPS/d5.xhtml")
    std::string content;
};

// Zips "mimetype" (application/epub+zip) and files, in that order. Errors (a Diagnostic at
// name): a file named mimetype, a libzip failure.
Result<std::string> make_epub_container(const std::vector<PackageFile>& files, const std::string& name);

} // namespace teipress::writers
