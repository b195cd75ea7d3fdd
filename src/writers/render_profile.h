// Render profiles: which layer of stylesheets renders a document. The generic layer (xslt/html,
// xslt/latex, xslt/text, xslt/markdown) knows TEI only; an edition's layer (xslt/frus) imports
// it and adds what is specific to the edition. The layer is chosen by --profile, or detected
// from the document.
#pragma once

#include "writers/writer_formats.h"

#include <libxml/tree.h>
#include <string>
#include <vector>

namespace teipress::writers {

// One layer of stylesheets.
struct RenderProfile {
    const char* name;      // the --profile value
    const char* directory; // its entry stylesheets' folder, relative to the data folder;
                           // empty = each format's own (the generic layer)
    const char* summary;   // one line for --help and the README
};

// Every profile, in the order --help lists them: "tei" (generic), "frus".
const std::vector<RenderProfile>& render_profiles();

// The profile named name ("auto" is not one: see detect_render_profile); null when none.
const RenderProfile* find_render_profile(const std::string& name);

// "auto|tei|frus": the accepted --profile values joined by '|'.
std::string render_profile_names();

// The profile a document asks for: "frus" when its root declares the Office of the Historian's
// namespace (http://history.state.gov/frus/ns/1.0) or its header has a non-empty
// publicationStmt/idno[@type='frus'] (what convert writes and every FRUS volume has); "tei"
// otherwise (also for a null document).
const RenderProfile& detect_render_profile(xmlDoc* doc);

// The entry stylesheet of format in profile, relative to the data folder: the format's own for
// the generic layer, else the file of the same name in the profile's folder
// ("xslt/frus/tei-to-html.xsl").
std::string profile_stylesheet(const RenderProfile& profile, const WriterFormat& format);

} // namespace teipress::writers
