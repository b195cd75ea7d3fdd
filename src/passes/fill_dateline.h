// Pass fill_dateline: the dateline the reading text does not have, from the edition's
// per-document TEI.
#pragma once

#include "passes/pass_table.h"

namespace teipress::passes {

// With an edition: when the reading text has no typed dateline and the edition's TEI for the
// document (documents/dN.xml) has opener/dateline, a copy of that dateline's content inside
// <supplied> becomes the document's dateline — in place of the gap two blank lines left, or in a
// new opener after the head when the heading was followed by one blank line only. A typed
// dateline is kept; when it reads differently from the edition's, a warning says so. When the
// reading text left the dateline out and the edition cannot supply it, a warning says why and the
// gap stays. Without an edition, nothing changes. Never fails.
bool fill_dateline(PassContext& ctx);

} // namespace teipress::passes
