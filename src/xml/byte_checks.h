// Checks of an XML text's bytes made before libxml2 parses it, for what libxml2 would accept
// silently or only after quadratic work.
#pragma once

#include "core/diagnostic.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace teipress::xml {

// The most attributes one start tag may have. libxml2 checks each attribute against all the
// others of its tag (200,000 attributes take over a minute); no TEI element needs more than a
// few dozen (libxml2 takes about 0.2 ms for a tag of 256).
inline constexpr std::size_t k_max_attributes = 256;

// Checks bytes (named path in messages) in one linear pass: a NUL byte is an error wherever it
// stands (libxml2 takes it for the end of the input after the root element, so garbage after
// it would be accepted); a start tag with more than max_attributes attributes is an error at
// its '<'. Returns the first problem (FILE:LINE:COL, columns in characters), or nullopt.
std::optional<Diagnostic> check_xml_bytes(const std::string& path, std::string_view bytes,
                                          std::size_t max_attributes = k_max_attributes);

} // namespace teipress::xml
