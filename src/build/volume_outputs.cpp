#include "build/volume_outputs.h"

namespace teipress::build {

const std::vector<VolumeOutputKind>& volume_outputs() {
    static const std::vector<VolumeOutputKind> k_kinds = {};
    return k_kinds;
}

} // namespace teipress::build
