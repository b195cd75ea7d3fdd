// An edition folder's TEI metadata: the volume's header (edition.xml), its lists of persons
// (persons.xml) and of abbreviations and terms (terms.xml), and optional per-document TEI
// (documents/dN.xml).
#pragma once

#include "core/diagnostic.h"

#include <array>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::edition {

// One person of the list: `<persName xml:id="p_RD1">Rusk, Dean</persName>, Secretary of State`.
struct Person {
    std::string id;                     // "p_RD1"
    std::string surname;                // "Rusk"
    std::vector<std::string> forenames; // "Dean"; "W.", "Averell" (initials with their period)
    std::string description;            // the text after the name, whitespace normalised
    pugi::xml_node item;                // the list item that holds the entry
};

// One entry of the list of abbreviations and terms: `<term xml:id="t_NATO1">NATO</term>, …`.
struct Term {
    std::string id;   // "t_NATO1"
    std::string text; // "NATO"
    pugi::xml_node item;
};

// A loaded edition folder. Not copyable (the entries point into the documents).
struct Edition {
    std::string dir;
    pugi::xml_document volume;  // edition.xml: its teiHeader is the volume's record
    pugi::xml_document persons; // persons.xml (empty when the folder has none)
    pugi::xml_document terms;   // terms.xml (empty when the folder has none)
    std::vector<Person> person_list;
    std::vector<Term> term_list;
    // Look-ups built once by load_edition: term text -> entry (null when two entries share the
    // text, or for a one-letter symbol); first word of a surname -> its persons; and the first
    // bytes any of them begins with.
    std::unordered_map<std::string, const Term*> term_by_text;
    std::unordered_map<std::string, std::vector<const Person*>> persons_by_first_word;
    std::array<bool, 256> name_starts{};
};

// How loading went: Unreadable (a missing folder or edition.xml) and Invalid (malformed XML,
// not TEI) are reported to the sink at FILE:LINE:COL.
enum class LoadStatus { Ok, Unreadable, Invalid };

// Loads dir/edition.xml (required), dir/persons.xml and dir/terms.xml (optional), and records
// them and every dir/documents/*.xml as inputs of the run (core/input_registry.h): no output
// may replace them.
LoadStatus load_edition(const std::string& dir, Edition& out, DiagnosticSink& sink);

// Loads dir/documents/DOC_ID.xml into out when it exists (Ok and out left empty otherwise).
LoadStatus load_document_metadata(const Edition& edition, const std::string& doc_id, pugi::xml_document& out,
                                  DiagnosticSink& sink);

// Parses bytes (named path in messages) as a TEI document into out: malformed XML is reported
// at its line and column; a root other than TEI in the TEI namespace is an error at 1:1.
bool parse_tei_file(const std::string& path, const std::string& bytes, pugi::xml_document& out, DiagnosticSink& sink);

// The text of node with runs of whitespace turned into one space and the ends trimmed.
std::string normalized_text(pugi::xml_node node);

} // namespace teipress::edition
