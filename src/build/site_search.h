// The website's offline search: an index written at build time, read by the site's own script
// (xslt/site/search.js). The index is JavaScript that assigns one object
// (window.teipressSearchIndex), so that search.html loads it with a <script> element and works
// from file:// as well as from a web server (a page opened from file:// may not fetch a file).
#pragma once

#include <libxml/tree.h>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::build {

// One document of the index.
struct SearchDocument {
    std::string id;                 // its xml:id
    std::string href;               // its page ("d5.html")
    std::string n;                  // its number
    std::string title;              // its heading without notes and without the leading number
    std::string date;               // YYYY-MM-DD (or the part known), "" when it has none
    std::vector<std::string> words; // its words, folded, each once, in order of first use
};

// The words of text, folded as the search script folds a query: letters and digits in runs
// (anything else separates words), ASCII and Latin letters lower case without their accents
// (é → e, ß → ss, æ → ae, ø → o, ł → l …), Greek and Cyrillic capitals lower case; words of one
// character are left out. Appends to out.
void fold_words(std::string_view text, std::vector<std::string>& out);

// The page of the document with xml:id id: the id with every character but ASCII letters,
// digits, '_', '.' and '-' left out, then ".html" (the site's stylesheet names pages so).
std::string page_of(const std::string& id);

// The documents of volume (div[@type='document'] with an xml:id, not inside another one), in
// order, with their words (every text node of the document, notes included).
std::vector<SearchDocument> search_documents(xmlDoc* volume);

// The index as a script: window.teipressSearchIndex = {"documents": [[id, href, n, title,
// date], …], "words": {"word": [document indexes…], …}}; words in byte order, indexes ascending.
std::string search_index_script(const std::vector<SearchDocument>& documents);

} // namespace teipress::build
