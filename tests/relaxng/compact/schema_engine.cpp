#include "schema_engine.h"

#include <libxml/relaxng.h>

namespace teipress::testing {

namespace {
void on_error(void* user, xmlErrorPtr err) {
    auto* first = static_cast<std::string*>(user);
    if (!err || err->level == XML_ERR_WARNING || !first->empty()) return;
    *first = err->message ? err->message : "error";
    while (!first->empty() && (first->back() == '\n' || first->back() == ' ')) first->pop_back();
    if (first->empty()) *first = "error";
}
} // namespace

// Until the engine of src/validate/relaxng/ lands: libxml2's RELAX NG compiler.
std::string compile_with_engine(xmlDoc* doc) {
    std::string first;
    xmlRelaxNGParserCtxtPtr ctxt = xmlRelaxNGNewDocParserCtxt(doc);
    if (!ctxt) return "out of memory";
    xmlRelaxNGSetParserStructuredErrors(ctxt, on_error, &first);
    xmlRelaxNGPtr schema = xmlRelaxNGParse(ctxt);
    xmlRelaxNGFreeParserCtxt(ctxt);
    if (schema) {
        xmlRelaxNGFree(schema);
        return {};
    }
    return first.empty() ? std::string("the schema does not compile") : first;
}

} // namespace teipress::testing

namespace teipress::testing {

namespace {
void ignore_error(void*, xmlErrorPtr) {}
} // namespace

bool valid_with_engine(xmlDoc* schema_doc, xmlDoc* instance) {
    xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewDocParserCtxt(schema_doc);
    xmlRelaxNGSetParserStructuredErrors(pctxt, ignore_error, nullptr);
    xmlRelaxNGPtr schema = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    if (!schema) return false;
    xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt(schema);
    xmlRelaxNGSetValidStructuredErrors(vctxt, ignore_error, nullptr);
    bool valid = xmlRelaxNGValidateDoc(vctxt, instance) == 0;
    xmlRelaxNGFreeValidCtxt(vctxt);
    xmlRelaxNGFree(schema);
    return valid;
}

} // namespace teipress::testing
