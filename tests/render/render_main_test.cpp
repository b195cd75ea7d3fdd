// The libxml2/libxslt session for the render tests: initialised once, as teipress's main does.
#include "xml/libxml_session.h"

namespace {
const teipress::xml::LibxmlSession k_session;
}
