// Giving a document joined into a volume its new number: its identifiers, its pages, its
// heading and the pointers to any of them.
#pragma once

#include <functional>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

namespace teipress::volume {

// What renumber_document changed.
struct Renumbering {
    std::string old_id, new_id;                       // "d67" → "d10"
    long page_offset = 0;                             // added to each page number
    std::unordered_map<std::string, std::string> ids; // every xml:id changed, old → new
};

// Renumbers document div as number new_number: @n; its xml:id ("d67" → "d10") and every
// xml:id inside that begins with it and a non-digit ("d67fn3" → "d10fn3"); each pb whose @n
// is a whole number gets @n + page_offset, and its xml:id "pg_N" the new number; the heading's
// leading "67. " (or "67.") becomes "10. "; any other xml:id for which taken(id) is true gets
// "-d10" appended. Then every local pointer of the document ("#d67fn3") to a changed id
// follows it. Returns what changed.
Renumbering renumber_document(pugi::xml_node div, unsigned long new_number, long page_offset,
                              const std::function<bool(const std::string&)>& taken);

// The page number pb/@n holds when it is a whole number; -1 otherwise.
long page_number(pugi::xml_node pb);

} // namespace teipress::volume
