#include "core/content_hash.h"

#include <cstdint>
#include <xxhash.h>

namespace teipress {

struct ContentHasher::State {
    XXH3_state_t* xxh = nullptr;
};

ContentHasher::ContentHasher() : m_state(std::make_unique<State>()) {
    m_state->xxh = XXH3_createState();
    if (!m_state->xxh) throw std::bad_alloc();
    XXH3_128bits_reset(m_state->xxh);
}

ContentHasher::~ContentHasher() {
    XXH3_freeState(m_state->xxh);
}

ContentHasher& ContentHasher::add(std::string_view piece) {
    // The length first, as 8 bytes of fixed order, so that pieces cannot run into each other.
    unsigned char length[8];
    std::uint64_t n = piece.size();
    for (int i = 0; i < 8; ++i) length[i] = static_cast<unsigned char>(n >> (8 * i));
    XXH3_128bits_update(m_state->xxh, length, sizeof length);
    XXH3_128bits_update(m_state->xxh, piece.data(), piece.size());
    return *this;
}

std::string ContentHasher::hex() const {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_state->xxh));
    static constexpr char k_digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(32);
    for (unsigned char byte : canonical.digest) {
        out += k_digits[byte >> 4];
        out += k_digits[byte & 15];
    }
    return out;
}

std::string content_hash(std::string_view bytes) {
    ContentHasher h;
    h.add(bytes);
    return h.hex();
}

} // namespace teipress
