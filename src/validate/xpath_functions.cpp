#include "validate/xpath_functions.h"

#include <libxslt/extensions.h>
#include <set>

namespace teipress::validate {

namespace {

bool is_name_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_name_char(unsigned char c) {
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// XPath 1.0's operator names: after an operand, an NCName is one of these (rule 1 of XPath
// 1.0's lexical structure), never a name test or a function.
bool is_operator_name(std::string_view s) {
    return s == "and" || s == "or" || s == "div" || s == "mod";
}
bool is_node_type(std::string_view s) {
    return s == "node" || s == "text" || s == "comment" || s == "processing-instruction";
}

} // namespace

std::vector<FunctionCall> function_calls(std::string_view expr) {
    std::vector<FunctionCall> out;
    const std::size_t n = expr.size();
    std::size_t i = 0;
    // True after a token that ends an operand: a name test, a literal, a number, a variable,
    // ')', ']', '.', '..'. Then '*' multiplies and an NCName is an operator.
    bool after_operand = false;
    auto skip_space = [&](std::size_t at) {
        while (at < n && is_space(expr[at])) ++at;
        return at;
    };
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(expr[i]);
        if (is_space(static_cast<char>(c))) {
            ++i;
            continue;
        }
        if (c == '"' || c == '\'') {
            const std::size_t end = expr.find(static_cast<char>(c), i + 1);
            i = end == std::string_view::npos ? n : end + 1;
            after_operand = true;
            continue;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < n && expr[i + 1] >= '0' && expr[i + 1] <= '9')) {
            while (i < n && ((expr[i] >= '0' && expr[i] <= '9') || expr[i] == '.')) ++i;
            after_operand = true;
            continue;
        }
        if (c == '$') {
            ++i;
            while (i < n && (is_name_char(static_cast<unsigned char>(expr[i])) || expr[i] == ':')) ++i;
            after_operand = true;
            continue;
        }
        if (c == '.') {
            i += (i + 1 < n && expr[i + 1] == '.') ? 2 : 1;
            after_operand = true;
            continue;
        }
        if (c == ')' || c == ']') {
            ++i;
            after_operand = true;
            continue;
        }
        if (c == '*') {
            ++i;
            after_operand = !after_operand; // a name test ends an operand; a multiplication does not
            continue;
        }
        if (c == ':' && i + 1 < n && expr[i + 1] == ':') {
            i += 2;
            after_operand = false;
            continue;
        }
        if (is_name_start(c)) {
            std::size_t end = i;
            while (end < n && is_name_char(static_cast<unsigned char>(expr[end]))) ++end;
            std::string prefix, local(expr.substr(i, end - i));
            if (after_operand && is_operator_name(local)) {
                i = end;
                after_operand = false;
                continue;
            }
            // prefix:local or prefix:* (but not an axis, name::).
            if (end + 1 < n && expr[end] == ':' && expr[end + 1] != ':') {
                if (expr[end + 1] == '*') {
                    i = end + 2;
                    after_operand = true;
                    continue;
                }
                std::size_t local_end = end + 1;
                while (local_end < n && is_name_char(static_cast<unsigned char>(expr[local_end]))) ++local_end;
                prefix = local;
                local = std::string(expr.substr(end + 1, local_end - end - 1));
                end = local_end;
            }
            const std::size_t next = skip_space(end);
            if (next < n && expr[next] == '(') {
                if (!(prefix.empty() && is_node_type(local))) out.push_back({prefix, local});
                i = next + 1;
                after_operand = false;
                continue;
            }
            if (next + 1 < n && expr[next] == ':' && expr[next + 1] == ':') {
                i = next + 2; // an axis
                after_operand = false;
                continue;
            }
            i = end;
            after_operand = true;
            continue;
        }
        // Operators and other punctuation: ( [ , @ / // | + - = != < <= > >=.
        ++i;
        after_operand = false;
    }
    return out;
}

std::vector<std::string> variable_references(std::string_view expr) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < expr.size(); ++i) {
        const char c = expr[i];
        if (c == '"' || c == '\'') {
            const std::size_t end = expr.find(c, i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == '$') {
            std::size_t end = i + 1;
            while (end < expr.size() && (is_name_char(static_cast<unsigned char>(expr[end])) || expr[end] == ':'))
                ++end;
            if (end > i + 1) out.emplace_back(expr.substr(i + 1, end - i - 1));
            i = end - 1;
        }
    }
    return out;
}

std::vector<FunctionCall> unavailable_functions(std::string_view expr,
                                                const std::function<std::string(const std::string&)>& namespace_of) {
    static const std::set<std::string, std::less<>> k_core = {
        // XPath 1.0
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
        "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space", "translate",
        "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
        // XSLT 1.0
        "document", "key", "format-number", "current", "unparsed-entity-uri", "generate-id", "system-property",
        "element-available", "function-available"};
    std::vector<FunctionCall> out;
    for (auto& call : function_calls(expr)) {
        if (call.prefix.empty()) {
            if (!k_core.count(call.local)) out.push_back(std::move(call));
            continue;
        }
        const std::string uri = namespace_of(call.prefix);
        const bool registered =
            !uri.empty() && xsltExtModuleFunctionLookup(reinterpret_cast<const xmlChar*>(call.local.c_str()),
                                                        reinterpret_cast<const xmlChar*>(uri.c_str())) != nullptr;
        if (!registered) out.push_back(std::move(call));
    }
    return out;
}

} // namespace teipress::validate
