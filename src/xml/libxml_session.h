// LibxmlSession: initialises libxml2, libxslt and libexslt once, in the main thread, before any
// worker thread uses them, as their documentation prescribes; cleans up at the end of main.
// The rules every thread then follows: each parse has its own parser context and reports
// through that context's structured error hook (ctxt->sax->serror), each validation and
// transform its own validation or transform context with its own error hook; no thread calls
// a function that changes libxml2's process-wide settings (xmlSetStructuredErrorFunc,
// xmlSetGenericErrorFunc, xmlSubstituteEntitiesDefault, xmlKeepBlanksDefault...) or
// xmlCleanupParser; compiled schemas and stylesheets are shared read-only.
#pragma once

namespace teipress::xml {

class LibxmlSession {
  public:
    LibxmlSession();
    ~LibxmlSession();
    LibxmlSession(const LibxmlSession&) = delete;
    LibxmlSession& operator=(const LibxmlSession&) = delete;
};

} // namespace teipress::xml
