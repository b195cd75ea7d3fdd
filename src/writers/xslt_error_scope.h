// XsltErrorScope: routes libxslt's generic error handler and libxml2's structured handler to
// one compile or transform, and puts the previous handlers back when it ends.
// libxslt reports some compile and run-time errors only through its generic handler, which is
// process-wide. So that transforms can run on several threads at once (build), that handler is
// set once to a dispatcher which passes each message to the handler of the scope open on the
// calling thread (thread_local); libxml2 keeps its structured handler per thread already.
#pragma once

#include <libxml/xmlerror.h>
#include <libxslt/xsltutils.h>

namespace teipress::writers {

namespace detail {
// The generic handler of the scope open on this thread.
struct GenericHandler {
    void* context = nullptr;
    xmlGenericErrorFunc function = nullptr;
};
// This thread's current handler (function null: no scope open).
GenericHandler& thread_generic_handler();
// Makes libxslt's process-wide generic handler the dispatcher (once per process).
void install_generic_dispatcher();
} // namespace detail

class XsltErrorScope {
  public:
    // Sends libxslt's generic messages to generic(context, …) and libxml2's structured errors
    // to structured(context, …) on this thread until the scope ends.
    XsltErrorScope(void* context, xmlGenericErrorFunc generic, xmlStructuredErrorFunc structured)
        : m_old_generic(detail::thread_generic_handler()), m_old_structured_ctx(xmlStructuredErrorContext),
          m_old_structured(xmlStructuredError) {
        detail::install_generic_dispatcher();
        detail::thread_generic_handler() = {context, generic};
        xmlSetStructuredErrorFunc(context, structured);
    }
    ~XsltErrorScope() {
        detail::thread_generic_handler() = m_old_generic;
        xmlSetStructuredErrorFunc(m_old_structured_ctx, m_old_structured);
    }
    XsltErrorScope(const XsltErrorScope&) = delete;
    XsltErrorScope& operator=(const XsltErrorScope&) = delete;

  private:
    detail::GenericHandler m_old_generic;
    void* m_old_structured_ctx;
    xmlStructuredErrorFunc m_old_structured;
};

} // namespace teipress::writers
