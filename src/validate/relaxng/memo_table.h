// MemoTable: an open-addressing hash map from 64-bit keys to patterns, the memo of one thread's
// derivatives (no deletion; cleared as a whole).
#pragma once

#include <cstdint>
#include <vector>

namespace teipress::validate::relaxng {

struct Pattern;

class MemoTable {
  public:
    MemoTable() : m_keys(1024, k_empty), m_values(1024, nullptr) {}
    // The pattern stored under key, or null.
    const Pattern* find(std::uint64_t key) const {
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
            if (m_keys[i] == key) return m_values[i];
            if (m_keys[i] == k_empty) return nullptr;
        }
    }
    // Stores value under key (key must not be stored yet).
    void insert(std::uint64_t key, const Pattern* value) {
        if ((m_used + 1) * 2 > m_keys.size()) grow();
        const std::size_t mask = m_keys.size() - 1;
        std::size_t i = hash(key) & mask;
        while (m_keys[i] != k_empty) i = (i + 1) & mask;
        m_keys[i] = key;
        m_values[i] = value;
        ++m_used;
    }
    std::size_t size() const { return m_used; }
    void clear() {
        std::vector<std::uint64_t>(1024, k_empty).swap(m_keys);
        std::vector<const Pattern*>(1024, nullptr).swap(m_values);
        m_used = 0;
    }

  private:
    static constexpr std::uint64_t k_empty = ~std::uint64_t(0);
    static std::size_t hash(std::uint64_t k) {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        return static_cast<std::size_t>(k);
    }
    void grow() {
        std::vector<std::uint64_t> keys(m_keys.size() * 2, k_empty);
        std::vector<const Pattern*> values(m_keys.size() * 2, nullptr);
        keys.swap(m_keys);
        values.swap(m_values);
        m_used = 0;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] != k_empty) insert(keys[i], values[i]);
    }
    std::vector<std::uint64_t> m_keys;
    std::vector<const Pattern*> m_values;
    std::size_t m_used = 0;
};

} // namespace teipress::validate::relaxng
