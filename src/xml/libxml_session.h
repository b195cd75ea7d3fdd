// LibxmlSession: initialises libxml2, libxslt and libexslt once, in the main thread, before any
// worker thread uses them, as their documentation prescribes; cleans up at the end of main.
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
