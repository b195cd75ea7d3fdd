// What a document's round trip (TEI -> render --to text -> convert) must give back, read from a
// document division of either side, and the comparison of two such readings.
//
// Definitions (the README's "The round trip over the corpus" says the same):
// - the document's *reading stream* is its text as the reading text writes it: every text node
//   of the division in document order, whitespace runs made one space, a space at the start and
//   end of each block element (p, head, item, label, dateline, lb, cell…: see is_block), the
//   content of supplied and gap left out (the text writer leaves them out), the content of each
//   note that is not inline left out (it is the note's own stream); an inline note
//   (rend="inline" or place="inline", the vendor volumes' source notes) is a block of the stream;
//   the document's head has "{@n}. " in front when it does not begin with it (the text writer's
//   first line);
// - a *word* is a maximal run of characters other than the space in a stream;
// - the *place* of a marker (a note's anchor, a page break) is the last 5 words of its stream
//   before it and the first 3 words after it, written "before ‸ after"; a word cut by the marker
//   (Viet-<pb/>Nam) counts as two, so a marker moved by one character has another place;
// - a note's *text* is its own stream (the words of its content, page breaks not counted);
// - a paragraph is a `p` outside notes, read as the words of its own text (its nested lists,
//   tables, block quotations and notes left out);
// - a list item is an `item` outside notes, read as its label (the `label` element just before
//   it, else empty) and the words of its own text (nested lists and notes left out).
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace teipress::roundtrip {

// A note of a document: its @n, the place of its anchor, its text.
struct NoteFeature {
    std::string n, place, text;
    bool operator==(const NoteFeature&) const = default;
};

// A page break: its @n, and its place ("note 3: …" when it stands in a note's text).
struct PageFeature {
    std::string n, place;
    bool operator==(const PageFeature&) const = default;
};

// A list item: its label ("" when none) and its text.
struct ItemFeature {
    std::string label, text;
    bool operator==(const ItemFeature&) const = default;
};

// Everything compared, in document order.
struct DocumentFeatures {
    std::vector<NoteFeature> notes;      // notes that are not inline
    std::vector<PageFeature> pages;      // every pb of the division
    std::vector<std::string> refs;       // @target of every ref (notes included)
    std::vector<std::string> paragraphs; // the words of each p outside notes
    std::vector<ItemFeature> items;      // each item outside notes
};

// Reads the features of a document division (div[@type='document']) as defined above.
DocumentFeatures features_of(pugi::xml_node document_div);

// True when the notes of the division that are not inline are numbered per document, as the
// reading-text format numbers them: their @n, in document order, are 1, 2, … k (or 0, 1, … k),
// whole numbers written without leading zeros; a division without such notes (k = 0) counts.
bool notes_numbered_per_document(pugi::xml_node document_div);

// The number of notes of the division that are not inline.
std::size_t note_count(pugi::xml_node document_div);

// The features the round trip compares, one column of the report each.
enum class Feature { Notes, Pages, Refs, Paragraphs, Items };
inline constexpr Feature k_features[] = {Feature::Notes, Feature::Pages, Feature::Refs, Feature::Paragraphs,
                                         Feature::Items};
// Its name in the report and in the list of known differences ("notes", "pages"…).
const char* feature_name(Feature f);

// The first difference of feature f between source and back, in words ("note 2: anchored at
// '… made public, ‸ drawing' in the source, at '…' after the round trip"); empty when they are
// identical.
std::string first_difference(Feature f, const DocumentFeatures& source, const DocumentFeatures& back);

} // namespace teipress::roundtrip
