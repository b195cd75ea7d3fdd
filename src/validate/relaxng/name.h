// Names of a RELAX NG grammar: every namespace URI and local name the grammar mentions is a
// small integer of the grammar's string table, so a name is two integers and comparing two
// names is comparing integers.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace teipress::validate::relaxng {

using StringId = std::uint32_t;

// A string the grammar never mentions (a name of an instance that no name class names).
inline constexpr StringId k_unknown_string = 0xFFFFFFFFu;
// A string no instance can hold (the probes of name-class overlap and normalisation).
inline constexpr StringId k_impossible_string = 0xFFFFFFFEu;
// The empty string (the absent namespace) is always id 0.
inline constexpr StringId k_empty_string = 0;

// An expanded name: namespace URI and local name.
struct Name {
    StringId ns = k_empty_string;
    StringId local = k_empty_string;
    bool operator==(const Name& o) const { return ns == o.ns && local == o.local; }
    bool operator!=(const Name& o) const { return !(*this == o); }
    bool operator<(const Name& o) const { return ns != o.ns ? ns < o.ns : local < o.local; }
};

struct NameHash {
    std::size_t operator()(const Name& n) const { return (static_cast<std::size_t>(n.ns) << 32) ^ n.local; }
};

// The strings of one grammar, interned. Filled while compiling, then read-only (find and
// text are safe from any number of threads).
class StringTable {
  public:
    StringTable() { intern(""); }
    StringTable(const StringTable&) = delete;
    StringTable& operator=(const StringTable&) = delete;

    // The id of s, added when new.
    StringId intern(std::string_view s) {
        auto it = m_ids.find(s);
        if (it != m_ids.end()) return it->second;
        m_strings.emplace_back(s);
        const auto id = static_cast<StringId>(m_strings.size() - 1);
        m_ids.emplace(m_strings.back(), id);
        return id;
    }
    // The id of s; k_unknown_string when the grammar never mentions it.
    StringId find(std::string_view s) const {
        auto it = m_ids.find(s);
        return it == m_ids.end() ? k_unknown_string : it->second;
    }
    // The text of id ("" for the unknown and impossible ids).
    const std::string& text(StringId id) const {
        static const std::string none;
        return id < m_strings.size() ? m_strings[id] : none;
    }

  private:
    std::deque<std::string> m_strings; // stable addresses: the map's keys view them
    std::unordered_map<std::string_view, StringId> m_ids;
};

} // namespace teipress::validate::relaxng
