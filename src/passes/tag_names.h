// Pass tag_names: persName and gloss for the persons and terms the edition's lists name.
#pragma once

#include "edition/edition.h"
#include "passes/pass_table.h"

#include <string>
#include <string_view>
#include <vector>

namespace teipress::passes {

// One name found in a text: bytes [begin, end) and what to write.
struct FoundName {
    std::size_t begin = 0, end = 0;
    bool person = true; // persName, else gloss
    std::string id;     // the list's xml:id; empty: a name in the heading that stays unresolved
    std::string role;   // "from", "to" or empty
};

// Resolves surnames: each surname of the list that names one person only maps to that person;
// a surname shared by several persons maps to nobody unless resolve() chose one.
class NameIndex {
  public:
    // Uses the edition's look-ups (one-letter terms and terms given to two entries are never
    // tagged).
    explicit NameIndex(const edition::Edition& edition) : m_edition(edition) {}
    // Finds the persons and terms named in s, as whole words. A surname followed by an
    // institution word ("Johnson Library") is not a person.
    std::vector<FoundName> find(std::string_view s) const;
    // The persons with this surname.
    std::vector<const edition::Person*> persons(std::string_view surname) const;
    // From now on, surname means person (the heading settled it for this document).
    void resolve(const std::string& surname, const edition::Person* person);

  private:
    const edition::Edition& m_edition;
    std::vector<std::pair<std::string, const edition::Person*>> m_resolved;
};

// For the heading "Memorandum From the Under Secretary … (Rostow) to Secretary of State Rusk":
// the persons named, each with its role; an ambiguous surname is resolved when exactly one
// of its persons has the office written before it in his description.
std::vector<FoundName> find_heading_names(std::string_view heading, NameIndex& index);

// For "Telegram From the Department of State to the Embassy in Czechoslovakia": the sending
// and receiving bodies (gloss, role "from"/"to"), when the part after "From the" / "to the"
// begins with a body's name (Department, Embassy, Mission …) and names no person in
// parentheses; none otherwise.
std::vector<FoundName> find_heading_institutions(std::string_view heading);

// Tags the heading (with roles), then every text of the body and notes.
bool tag_names(PassContext& ctx);

} // namespace teipress::passes
