// Where teipress finds its data folders (schema/, xslt/).
#pragma once

#include <string>

namespace teipress {

// The folder holding schema/ and xslt/: $TEIPRESS_DATA_DIR when set; else, for an installed
// binary, the folder the install rules put them in relative to the binary
// (BIN/../share/teipress, when it holds schema/teipress.rng); else the source tree the binary
// was built from (TEIPRESS_DEFAULT_DATA_DIR).
std::string data_dir();

// data_dir() + "/" + relative, e.g. data_path("schema/teipress.rng").
std::string data_path(const std::string& relative);

} // namespace teipress
