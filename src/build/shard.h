// --shard K/N: the deterministic share of a volume's documents that one of N machines builds
// (a CI matrix), the volume-level outputs being assembled afterwards from all the shares.
#pragma once

#include "core/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace teipress::build {

// Share index of count (1-based): the whole volume is 1/1.
struct Shard {
    unsigned index = 1;
    unsigned count = 1;
    // True for 1/1 (no sharding).
    bool whole() const { return count == 1; }
};

// The most shares a volume can be cut into.
inline constexpr unsigned k_max_shards = 10000;

// Reads "K/N" (decimal, 1 <= K <= N <= k_max_shards). Errors (a Diagnostic without a file,
// for a usage error): anything else, naming what was given.
Result<Shard> parse_shard(std::string_view text);

// True when the document at position (0-based, in the volume's order) belongs to shard: the
// documents are dealt out in turn (position mod N = K - 1), so the shares differ in size by
// one document at most and every document is in exactly one.
bool shard_has(const Shard& shard, std::size_t position);

// "2-of-4": how files and messages name the shard.
std::string shard_label(const Shard& shard);

} // namespace teipress::build
