#include "build/shard.h"

namespace teipress::build {

namespace {

// A decimal number of 1 to 5 digits without sign or leading zero; 0 when it is not one.
unsigned small_number(std::string_view s) {
    if (s.empty() || s.size() > 5 || s.front() == '0') return 0;
    unsigned n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return 0;
        n = n * 10 + static_cast<unsigned>(c - '0');
    }
    return n;
}

} // namespace

Result<Shard> parse_shard(std::string_view text) {
    auto slash = text.find('/');
    unsigned k = slash == std::string_view::npos ? 0 : small_number(text.substr(0, slash));
    unsigned n = slash == std::string_view::npos ? 0 : small_number(text.substr(slash + 1));
    if (k == 0 || n == 0 || n > k_max_shards)
        return Diagnostic{Severity::Error,
                          "",
                          0,
                          0,
                          "--shard needs K/N, two whole numbers with 1 <= K <= N <= " + std::to_string(k_max_shards) +
                              " (e.g. 2/4), got '" + std::string(text) + "'",
                          {}};
    if (k > n)
        return Diagnostic{Severity::Error,
                          "",
                          0,
                          0,
                          "--shard " + std::string(text) + ": there is no share " + std::to_string(k) + " of " +
                              std::to_string(n) + " (K must be at most N)",
                          {}};
    return Shard{k, n};
}

bool shard_has(const Shard& shard, std::size_t position) {
    return position % shard.count == shard.index - 1;
}

std::string shard_label(const Shard& shard) {
    return std::to_string(shard.index) + "-of-" + std::to_string(shard.count);
}

} // namespace teipress::build
