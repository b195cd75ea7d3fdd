// The entries of a volume's lists (persons, abbreviations and terms…) that a document points
// to, and their copies in a standalone document's back.
#pragma once

#include "volume/volume_index.h"

#include <pugixml.hpp>
#include <vector>

namespace teipress::volume {

// The items of one list division of the volume (e.g. div[@xml:id='persons']) that a document
// points to, in the volume's order.
struct EntryGroup {
    pugi::xml_node div;  // the division with an xml:id that holds the list
    pugi::xml_node list; // the list holding the items
    std::vector<pugi::xml_node> items;
};

// For each pointer "#id" of the document div that names an element of the front or back
// matter inside an item of a list in a division with an xml:id (persons, terms…), that item,
// once, grouped by its
// division; groups in the order of their divisions, items in the volume's order. Pointers to
// anything else (other documents, pages, chapters) give nothing.
std::vector<EntryGroup> entries_pointed_to(const VolumeIndex& volume, pugi::xml_node document);

// Appends to back, for each group, a division like the volume's (its type, subtype and
// xml:id), a copy of its head and a list (the list's attributes) holding a copy of each item,
// page breaks left out (they are pages of the volume's front matter, not of the document).
void append_entry_copies(pugi::xml_node back, const std::vector<EntryGroup>& groups);

} // namespace teipress::volume
