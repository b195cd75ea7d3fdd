// URI references in grammars (href, xml:base, datatypeLibrary; section 4.5): checks and the
// resolution of an href to a local file. teipress reads grammars from local files only: a
// reference with a URL scheme is refused, never fetched.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace teipress::validate::relaxng {

// True when s is a URI reference (RFC 2396) once characters URIs cannot hold are escaped:
// every '%' starts an escape of two hexadecimal digits, at most one '#', a well-formed scheme.
bool is_valid_uri_reference(std::string_view s);
// True when s begins with a scheme (letters, then letters, digits, '+', '-', '.', then ':').
bool has_uri_scheme(std::string_view s);

// The path of the file that reference names, relative to base (a file path; its directory is
// everything up to the last '/'). reference is percent-decoded; an absolute path stays as it is.
// nullopt when reference has a URL scheme (then it names no local file).
std::optional<std::string> resolve_reference(const std::string& base, std::string_view reference);

} // namespace teipress::validate::relaxng
