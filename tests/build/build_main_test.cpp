// The libxml2/libxslt session for the build tests: initialised once, as teipress's main does
// (EXSLT registered, the secure document loader installed).
#include "xml/libxml_session.h"

namespace {
const teipress::xml::LibxmlSession k_session;
}
