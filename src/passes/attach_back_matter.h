// Pass attach_back_matter: the entries of the edition's lists the document points to, in
// text/back, so every #p_… and #t_… pointer resolves inside the file.
#pragma once

#include "passes/pass_table.h"

namespace teipress::passes {

// Adds back/div[@xml:id='persons'] and back/div[@xml:id='terms'] (FRUS: type="section",
// subtype="index") with a copy of each list item the body points to (persName/@corresp,
// gloss/@target), and of each item those items point to in turn (an entry naming another
// person), in the lists' order, whitespace normalised. Adds nothing when nothing is pointed to.
bool attach_back_matter(PassContext& ctx);

} // namespace teipress::passes
