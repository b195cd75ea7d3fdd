// Where teipress finds its data folders (schema/, xslt/).
#pragma once

#include <string>

namespace teipress {

// The folder holding schema/ and xslt/: $TEIPRESS_DATA_DIR when set, else the source tree the
// binary was built from (TEIPRESS_DEFAULT_DATA_DIR).
std::string data_dir();

// data_dir() + "/" + relative, e.g. data_path("schema/teipress.rng").
std::string data_path(const std::string& relative);

} // namespace teipress
