// Outputs made of several files by one transform (a website, an EPUB): the stylesheet writes
//   <c:chunks xmlns:c="urn:teipress:chunks">
//     <c:chunk href="d5.html" method="html"><html>…</html></c:chunk> …
//   </c:chunks>
// and each chunk becomes one file, serialised by its method. (XSLT 1.0 writes one result; the
// security preferences forbid exsl:document, and rightly so.)
#pragma once

#include "core/result.h"

#include <libxml/tree.h>
#include <string>
#include <vector>

namespace teipress::writers {

// The namespace of c:chunks and c:chunk.
inline constexpr const char* k_chunks_namespace = "urn:teipress:chunks";

// One file of a chunked output.
struct Chunk {
    std::string href;    // its path, relative to the output's folder ("d5.html", "OEBPS/nav.xhtml")
    std::string content; // its bytes
};

// Splits result (whose root is c:chunks) into its chunks, in order. Each chunk's method is
// "html" (<!DOCTYPE html> and the chunk's element in HTML syntax, as xsl:output method="html"
// writes it), "xml" (an XML declaration and the element, every namespace it uses declared on
// it), "xhtml" (as xml, the elements in no namespace put into the XHTML one — the HTML layer
// writes HTML elements in none) or "text" (the chunk's text). Errors (a Diagnostic at stylesheet): a root that is not
// c:chunks, a chunk without one element (html, xml), an unknown method, an href that is not a
// relative path of plain names (letters, digits, '-', '_', '.'; no name beginning with '.'),
// an href given twice.
Result<std::vector<Chunk>> split_chunks(xmlDoc* result, const std::string& stylesheet);

// True when href is a relative path of plain names, as split_chunks requires.
bool is_plain_relative_path(const std::string& href);

} // namespace teipress::writers
