// The safety settings of every XSLT transformation teipress runs (its own stylesheets, the
// Schematron rules compiled to XSLT, and a user's --xslt or --rules alike).
#pragma once

#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <memory>

namespace teipress::xml {

struct SecurityPrefsDeleter {
    void operator()(xsltSecurityPrefs* p) const { xsltFreeSecurityPrefs(p); }
};
using SecurityPrefsPtr = std::unique_ptr<xsltSecurityPrefs, SecurityPrefsDeleter>;

// Security preferences that forbid writing files, creating folders and any network access, in
// either direction. Null only when out of memory. They must outlive the contexts they guard.
SecurityPrefsPtr make_security_prefs();

// Guards ctxt with prefs and makes document() parse under the project's settings
// (k_libxml_parse: no network, no DTD, no entity expansion). Returns false when libxslt
// refuses (out of memory).
bool secure_transform_context(xsltTransformContextPtr ctxt, xsltSecurityPrefs* prefs);

// Installs, once at start-up (LibxmlSession), libxslt's document loader that parses every
// stylesheet, xsl:import/include and document() without loading DTDs or expanding entities
// and without the network, whatever options libxslt asks for.
void install_safe_document_loader();

} // namespace teipress::xml
