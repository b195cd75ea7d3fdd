// The shape of a TEI volume as split, join and init see it: its parts, its documents
// (div[@type='document']) in order with their chapter context and pages, and its identifiers.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::volume {

// One document of a volume.
struct DocumentEntry {
    pugi::xml_node div;
    std::string id; // its xml:id ("d5"; empty when it has none)
    std::string n;  // its @n ("5")
    // The divisions that hold it (compilation, chapter, subchapter…), outermost first.
    std::vector<pugi::xml_node> context;
    // The pb of the page it begins on: its own first child when it opens with one, else the
    // last pb before it in the file; null when there is none.
    pugi::xml_node first_page;
    // The last pb inside it; first_page when it has none.
    pugi::xml_node last_page;
};

// A volume's parts (null handles when absent) and its index.
struct VolumeIndex {
    pugi::xml_node root, header, text, front, body, back;
    std::vector<DocumentEntry> documents;                // in document order; a document inside another is
                                                         // part of that one, not an entry of its own
    std::unordered_map<std::string, pugi::xml_node> ids; // each xml:id → its first element
    std::vector<pugi::xml_node> repeated_ids;            // later elements that repeat an xml:id
    std::string volume_id;                               // publicationStmt/idno[@type='frus'], else the root's xml:id
};

// Indexes doc in one walk (linear in its size). Never fails: a file without text or body gives
// an index without documents.
VolumeIndex index_volume(const pugi::xml_document& doc);

// True for div[@type='document'].
bool is_document_div(pugi::xml_node node);

// The number a document's @n holds ("5" → 5); 0 when it is not a positive whole number.
unsigned long document_number(pugi::xml_node div);

// The volume identifier a teiHeader records: fileDesc/publicationStmt/idno[@type='frus'],
// whitespace trimmed; empty when there is none.
std::string recorded_volume_id(pugi::xml_node header);

// The text of node with runs of whitespace made one space, ends trimmed; lb counts as a space
// and notes are left out when without_notes.
std::string plain_text(pugi::xml_node node, bool without_notes = false);

} // namespace teipress::volume
