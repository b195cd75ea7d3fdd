// Content hashes for the build's manifest: XXH3, 128 bits (libxxhash), written as 32 lowercase
// hex digits. Not cryptographic: they tell whether an input changed, not whether it was forged.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace teipress {

// Hashes a sequence of pieces. Each piece is hashed with its length, so ("ab", "c") and
// ("a", "bc") differ.
class ContentHasher {
  public:
    ContentHasher();
    ~ContentHasher();
    ContentHasher(const ContentHasher&) = delete;
    ContentHasher& operator=(const ContentHasher&) = delete;

    // Adds one piece.
    ContentHasher& add(std::string_view piece);
    // The hash of the pieces added so far (32 hex digits); the hasher can go on.
    std::string hex() const;

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The hash of bytes as one piece (32 hex digits).
std::string content_hash(std::string_view bytes);

} // namespace teipress
