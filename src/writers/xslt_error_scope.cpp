#include "writers/xslt_error_scope.h"

#include "xml/printf_message.h"

#include <cstdarg>
#include <cstdio>
#include <mutex>

namespace teipress::writers::detail {

namespace {

thread_local GenericHandler t_handler;

// libxslt's generic handler: the message goes to the calling thread's scope, else to standard
// error (libxslt's own default).
[[gnu::format(printf, 2, 3)]] void dispatch(void*, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string text = xml::format_printf_message(fmt, args);
    va_end(args);
    const GenericHandler handler = t_handler;
    if (handler.function)
        handler.function(handler.context, "%s", text.c_str());
    else
        std::fputs(text.c_str(), stderr);
}

} // namespace

GenericHandler& thread_generic_handler() {
    return t_handler;
}

void install_generic_dispatcher() {
    // Set once: after that every thread only reads it. (Code that sets libxslt's handler
    // itself, the Schematron compile, runs before any worker starts and puts it back.)
    static std::once_flag once;
    std::call_once(once, [] { xsltSetGenericErrorFunc(nullptr, dispatch); });
}

} // namespace teipress::writers::detail
