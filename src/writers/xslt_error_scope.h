// XsltErrorScope: routes libxslt's process-wide generic error handler and libxml2's structured
// handler to one compile or transform, and puts the previous handlers back when it ends.
// libxslt reports some compile and run-time errors only through that process-wide handler, so
// this is only for work done in the main thread, one stylesheet at a time (render, build).
#pragma once

#include <libxml/xmlerror.h>
#include <libxslt/xsltutils.h>

namespace teipress::writers {

class XsltErrorScope {
  public:
    // Sends libxslt's generic messages to generic(context, …) and libxml2's structured errors
    // to structured(context, …) until the scope ends.
    XsltErrorScope(void* context, xmlGenericErrorFunc generic, xmlStructuredErrorFunc structured)
        : m_old_ctx(xsltGenericErrorContext), m_old_fn(xsltGenericError),
          m_old_structured_ctx(xmlStructuredErrorContext), m_old_structured(xmlStructuredError) {
        xsltSetGenericErrorFunc(context, generic);
        xmlSetStructuredErrorFunc(context, structured);
    }
    ~XsltErrorScope() {
        xsltSetGenericErrorFunc(m_old_ctx, m_old_fn);
        xmlSetStructuredErrorFunc(m_old_structured_ctx, m_old_structured);
    }
    XsltErrorScope(const XsltErrorScope&) = delete;
    XsltErrorScope& operator=(const XsltErrorScope&) = delete;

  private:
    void* m_old_ctx;
    xmlGenericErrorFunc m_old_fn;
    void* m_old_structured_ctx;
    xmlStructuredErrorFunc m_old_structured;
};

} // namespace teipress::writers
