// The labels of a list typed from the printed volume: `A.`, `B.` … , `1.`, `2)`, `(a)`, `(iv)`
// at the start of each line of a block, followed by one space and the item's text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace teipress::readers {

// For the lines of a block (nullopt-like: an empty line stands for a page-marker line, which has no
// label): the byte length of each line's label, 0 for the skipped lines. The result is empty
// unless every other line begins with a label followed by a space and text, the labels are of
// one kind (arabic figures, lower- or upper-case letters, lower- or upper-case roman numerals)
// and one punctuation (`1.`, `1)`, `(1)`), and they count up by one from any start; at least two
// lines must be labelled. So an ordinary block is never read as a labelled list.
std::vector<std::size_t> list_labels(const std::vector<std::string_view>& lines);

} // namespace teipress::readers
