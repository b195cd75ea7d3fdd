// Pass link_references: the cross references of FRUS notes as ref, titles as hi.
#pragma once

#include "passes/pass_table.h"

#include <string>
#include <string_view>
#include <vector>

namespace teipress::passes {

// One reference found in a note's text: bytes [begin, end) become <ref target="…">; when
// italic_end > italic_begin, those bytes (inside the ref, or alone when target is empty) become
// <hi rend="italic">.
struct FoundReference {
    std::size_t begin = 0, end = 0;
    std::string target; // empty: only the hi
    std::size_t italic_begin = 0, italic_end = 0;
};

// Finds, in s, the references FRUS notes use: `Document 60` (#d60), `Documents 12 and 14` and
// `Documents 12–14` (a ref on each number written), `footnote 4, Document 60` (#d60fn4),
// `footnote 3 above` (#{doc_id}fn3), `footnotes 2 and 3, Document 60` (a ref on each number),
// `Foreign Relations, 1964–1968, vol. XIII[, Part 1][, Document 312]`
// (frus1964-68v13[p1][#d312]; with `Documents` a ref on the volume and one on each number),
// `ibid., vol. XIV, Document 5` after such a reference (same years), and periodical titles
// (`Bulletin`, …) to italicise. In text order.
std::vector<FoundReference> find_references(std::string_view s, const std::string& doc_id);

// The FRUS volume identifier: frus + first year [+ "-" + last two figures of the last year]
// + "v" + the volume in two arabic figures [+ "p" + part]; e.g. frus1964-68v13.
std::string frus_volume_id(int first_year, int last_year, int volume, int part);

// Runs find_references on every text of every note and tags what it finds.
bool link_references(PassContext& ctx);

} // namespace teipress::passes
