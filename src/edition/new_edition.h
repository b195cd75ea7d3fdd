// The files of a new edition folder (teipress init): edition.xml from the volume's record,
// the lists of persons and terms, a sample document, and a README saying what each file is
// for. Contents only: the command writes them.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace teipress::edition {

// One file of an edition folder: its path inside the folder ("documents/d1.xml") and content.
struct EditionFile {
    std::string path;
    std::string content;
};

// The volume's record, as edition.xml holds it (see required_fields).
struct VolumeRecord {
    std::vector<std::pair<std::string, std::string>> titles;  // (type, text); "complete" first
    std::vector<std::pair<std::string, std::string>> editors; // (role, name)
    std::string publisher, place, date, date_when;            // date_when: its @when, may be empty
    std::vector<std::pair<std::string, std::string>> idnos;   // (type, value), "frus" among them
    std::string source;                                       // what sourceDesc says
};

// The text of a new edition.xml: the record's titleStmt, publicationStmt (with the
// public-domain statement of a FRUS volume) and sourceDesc, then a body paragraph (about).
std::string edition_xml(const VolumeRecord& record, const std::string& about);

// The text of persons.xml or terms.xml (kind "persons" or "terms"): a TEI file titled after the
// volume whose body holds body_xml (a division with the list), or, when body_xml is empty, the
// empty division with a paragraph saying how to add entries.
std::string list_xml(const std::string& kind, const std::string& volume_title, const std::string& source,
                     const std::string& body_xml);

// The text of documents/dN.xml: what a reading text cannot carry — the creation date
// (date_xml: a <date> element as text, may be empty), the page it begins on (may be empty),
// and the dateline (dateline_xml: a <dateline> element as text, may be empty).
std::string document_metadata_xml(const std::string& n, const std::string& date_xml, const std::string& page,
                                  const std::string& dateline_xml, const std::string& source);

// The sample reading text d1.txt and its documents/d1.xml: every feature of the reading-text
// format (a heading with its source note, a dateline from the metadata, a subject, notes,
// page breaks inside a line, between list items and between blocks, a list inside a
// paragraph, a section, a signature, references in a note).
std::vector<EditionFile> sample_document();

// README.md of the folder: one line per file saying what it is for, and the next commands.
// with_sample: the folder holds the sample d1.txt; documents: how many documents/dN.xml.
std::string readme_md(const std::string& title, bool with_sample, std::size_t documents);

// The files of a new edition folder from record: edition.xml, empty persons.xml and
// terms.xml, the sample document, README.md.
std::vector<EditionFile> new_edition_files(const VolumeRecord& record);

// Escapes text for XML content and attribute values (& < > ").
std::string xml_escape(const std::string& text);

} // namespace teipress::edition
