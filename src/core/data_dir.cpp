#include "core/data_dir.h"

#include <cstdlib>

namespace teipress {

std::string data_dir() {
    if (const char* env = std::getenv("TEIPRESS_DATA_DIR"); env && *env) return env;
    return TEIPRESS_DEFAULT_DATA_DIR;
}

std::string data_path(const std::string& relative) { return data_dir() + "/" + relative; }

} // namespace teipress
