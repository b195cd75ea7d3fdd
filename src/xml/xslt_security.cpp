#include "xml/xslt_security.h"

#include "xml/xml_settings.h"

#include "core/input_registry.h"

#include <string>

#include <libxslt/documents.h>
#include <libxslt/xsltutils.h>

namespace teipress::xml {

namespace {

// libxslt's own loader, kept to do the actual loading.
xsltDocLoaderFunc g_libxslt_loader = nullptr;

xmlDocPtr safe_document_loader(const xmlChar* uri, xmlDictPtr dict, int options, void* ctxt, xsltLoadType type) {
    // libxslt asks for XML_PARSE_NOENT | XML_PARSE_DTDLOAD when it loads stylesheets: that
    // would read a local file named by an external entity into a user's stylesheet.
    options &= ~(XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR | XML_PARSE_DTDVALID | XML_PARSE_XINCLUDE |
                 XML_PARSE_HUGE);
    options |= XML_PARSE_NONET;
    xmlDocPtr doc = g_libxslt_loader(uri, dict, options, ctxt, type);
    // A local file it read is an input of the run: no output may be written over it.
    if (doc && uri) {
        std::string path = reinterpret_cast<const char*>(uri);
        if (path.rfind("file://", 0) == 0) path.erase(0, 7);
        if (path.find("://") == std::string::npos) process_inputs().record(path);
    }
    return doc;
}

} // namespace

SecurityPrefsPtr make_security_prefs() {
    SecurityPrefsPtr prefs(xsltNewSecurityPrefs());
    if (!prefs) return prefs;
    for (auto option : {XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY, XSLT_SECPREF_WRITE_NETWORK,
                        XSLT_SECPREF_READ_NETWORK})
        xsltSetSecurityPrefs(prefs.get(), option, xsltSecurityForbid);
    return prefs;
}

bool secure_transform_context(xsltTransformContextPtr ctxt, xsltSecurityPrefs* prefs) {
    if (!ctxt || !prefs || xsltSetCtxtSecurityPrefs(prefs, ctxt) != 0) return false;
    xsltSetCtxtParseOptions(ctxt, k_libxml_parse);
    return true;
}

void install_safe_document_loader() {
    if (g_libxslt_loader) return;
    xsltSetLoaderFunc(nullptr); // libxslt's default, so that it can be kept
    g_libxslt_loader = xsltDocDefaultLoader;
    xsltSetLoaderFunc(safe_document_loader);
}

} // namespace teipress::xml
