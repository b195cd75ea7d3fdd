// The functions an XPath expression calls, found by XPath 1.0's lexical rules, and whether
// libxslt has them: the XPath 1.0 core library, XSLT 1.0's functions and the EXSLT modules
// libexslt registers. A Schematron rule written for XPath 2 (matches(), tokenize(),
// xs:integer() …) compiles with libxml2 but fails when it runs: this finds it beforehand.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::validate {

// One function call of an expression: its prefix (empty when none) and local name.
struct FunctionCall {
    std::string prefix;
    std::string local;
    // "prefix:local" or "local".
    std::string name() const { return prefix.empty() ? local : prefix + ":" + local; }
};

// The function calls of expr (an expression or a match pattern), in order; node tests such
// as text() and node() are not calls. Text that is not XPath gives what it can (never throws).
std::vector<FunctionCall> function_calls(std::string_view expr);

// The variables expr refers to ($name: the names without "$"), in order.
std::vector<std::string> variable_references(std::string_view expr);

// The calls of expr that libxslt cannot run: unprefixed names outside XPath 1.0 and XSLT 1.0,
// prefixed names whose namespace (namespace_of(prefix): the URI, empty when the prefix is not
// declared) is not an extension module libxslt has registered with that function.
std::vector<FunctionCall> unavailable_functions(std::string_view expr,
                                                const std::function<std::string(const std::string&)>& namespace_of);

} // namespace teipress::validate
