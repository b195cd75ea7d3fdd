// Pass fill_dateline: the dateline the reading text lost, from the edition's per-document TEI.
#pragma once

#include "passes/pass_table.h"

namespace teipress::passes {

// When the document has an opener (its heading was followed by two blank lines) and the
// edition's TEI for the document has opener/dateline, replaces the opener's gap with
// <supplied> holding a copy of that dateline's content. Otherwise leaves the gap.
bool fill_dateline(PassContext& ctx);

} // namespace teipress::passes
