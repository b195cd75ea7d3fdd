// The words test of the render writers: the words of a TEI text against the words of what a
// writer made of it, markup of each output stripped. "Kept": every word of the TEI is in the
// output at least as often. "Invented": a word the output has more often than the TEI must be
// one a writer adds on purpose (a page label, a note label, a heading of its own) — see
// allowed_extra_words. Shared by render_corpus_test and the corpus_check tool.
#pragma once

#include "xml/libxml_document.h"

#include <libxml/tree.h>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace teipress::test {

// How often each word occurs.
using WordCounts = std::map<std::string, long>;

// The words of s: runs of letters and digits (any script; punctuation, symbols, arrows and
// private-use characters separate words), added to counts. split_digits: a change between
// digits and letters also separates words (for text read back from a PDF, where a footnote's
// mark stands glued to the word before it and to its text: "Conversation1", "1Source").
void add_words(const std::string& s, WordCounts& counts, bool split_digits = false);

// What the TEI side of a comparison leaves out or adds, as the writer of a format does.
struct TeiWordOptions {
    bool skip_supplied = false;    // text: supplied and gap are not reading text
    bool skip_front_back = false;  // text: front and back are not reading text
    bool glue_note_labels = false; // text: a note's label stands glued after the word
    bool split_digits = false;     // pdf: see add_words
};

// The words of the TEI text under node (teiHeader and fw left out; an element that is not
// phrase-level — a paragraph, a note, a cell, a line break, a page break — separates words).
WordCounts tei_words(const xmlNode* node, const TeiWordOptions& options = {});

// Words a writer may add under node: the tokens of pb/@n, note/@n (and the numbers of notes
// without @n), div/@n, the words of the header's titles, and the format's own vocabulary
// ("Page", "Notes", "image" …).
std::set<std::string> allowed_extra_words(const xmlNode* node, const std::string& format);

// The words of a rendered output as a reader sees them: html (body only, note popovers left
// out: they repeat the notes), latex (after \begin{document}; commands, their non-text
// arguments and comments left out), markdown (anchors, link destinations and escapes left
// out), text (as it is). An unknown format: its bytes as they are.
WordCounts output_words(const std::string& format, const std::string& output);

// The outcome of comparing the words of a TEI text with an output's.
struct WordCheck {
    long tei_words = 0;                // words of the TEI
    long kept = 0;                     // of them, found in the output
    std::vector<std::string> lost;     // "word (TEI n, output m)"
    std::vector<std::string> invented; // "word (TEI n, output m)"
    bool ok() const { return lost.empty() && invented.empty(); }
};

// The words of a PDF's text (pdftotext): as for text, plus, for each word TeX broke at a line
// end with a hyphen ("inter-\nnational"), the whole word as well.
WordCounts pdf_words(const std::string& text);

// Compares the counts (allowed: the words an output may have more often).
WordCheck compare_words(const WordCounts& tei, const WordCounts& output, const std::set<std::string>& allowed);

// A standalone TEI document holding div (a copy) as its only text, with volume's root element
// (its namespace declarations and attributes) and teiHeader; null on failure.
xml::XmlDocPtr standalone_document(xmlDoc* volume, const xmlNode* div);

// The div[@type='document'] elements of doc, in document order.
std::vector<xmlNode*> document_divisions(xmlDoc* doc);

} // namespace teipress::test
