#include "xml/libxml_session.h"

#include "xml/xslt_security.h"

#include <libexslt/exslt.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxslt/xslt.h>

namespace teipress::xml {

namespace {
// Refuses every network URL at the I/O layer too, whatever options a caller passes.
xmlParserInputPtr no_network_loader(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
    (void)id;
    if (url &&
        (xmlStrncasecmp(reinterpret_cast<const xmlChar*>(url), reinterpret_cast<const xmlChar*>("http://"), 7) == 0 ||
         xmlStrncasecmp(reinterpret_cast<const xmlChar*>(url), reinterpret_cast<const xmlChar*>("https://"), 8) == 0 ||
         xmlStrncasecmp(reinterpret_cast<const xmlChar*>(url), reinterpret_cast<const xmlChar*>("ftp://"), 6) == 0))
        return nullptr;
    return xmlNoNetExternalEntityLoader(url, id, ctxt);
}
} // namespace

LibxmlSession::LibxmlSession() {
    xmlInitParser();
    xmlSetExternalEntityLoader(no_network_loader);
    xsltInit();
    exsltRegisterAll();
    install_safe_document_loader();
}

LibxmlSession::~LibxmlSession() {
    xsltCleanupGlobals();
    xmlCleanupParser();
}

} // namespace teipress::xml
