#include "validate/relaxng/matcher.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace teipress::validate::relaxng {

std::string format_list(const std::vector<std::string>& items, const char* conjunction) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? std::string(" ") + conjunction + " " : ", ";
        out += items[i];
    }
    return out;
}

namespace {

std::string quote(const std::string& s) {
    return "\"" + s + "\"";
}

// A value quoted as jing quotes it (as an attribute value would be written).
std::string quote_value(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '"': out += "&quot;"; break;
        case '&': out += "&amp;"; break;
        case '\n': out += "&#xA;"; break;
        case '\r': out += "&#xD;"; break;
        case '\t': out += "&#x9;"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

enum NameFormat { k_element = 0, k_attribute = 1, k_and = 0, k_or = 2 };

// jing's formatNames: the names as the document would write them, with the prefixes in scope
// at the element; namespaces without one get a prefix chosen for the message and declared
// after the list: "ns:p" (with xmlns:ns="…").
std::string format_names(const std::set<Name>& names, int flags, const InstanceContext& cx,
                         const StringTable& strings) {
    if (names.empty()) return {};
    std::map<std::string, std::string> decls; // namespace -> prefix chosen
    std::optional<std::string> default_ns;
    if (flags & k_attribute) {
        default_ns = std::string();
    } else {
        default_ns = cx.default_namespace();
        for (const Name& n : names)
            if (n.ns == k_empty_string) {
                if (default_ns && !default_ns->empty()) decls[""] = "";
                default_ns = std::string();
                break;
            }
    }
    std::vector<std::string> qnames;
    std::set<std::string> undeclared;
    std::vector<Name> pending;
    std::map<StringId, std::optional<std::string>> prefixes; // one look-up per namespace
    for (const Name& n : names) {
        const std::string& ns = strings.text(n.ns);
        const std::string& local = strings.text(n.local);
        if (default_ns && ns == *default_ns) {
            qnames.push_back(local);
            continue;
        }
        auto found = prefixes.find(n.ns);
        if (found == prefixes.end()) found = prefixes.emplace(n.ns, cx.prefix_of(ns)).first;
        if (const auto& prefix = found->second) {
            qnames.push_back(*prefix + ":" + local);
            continue;
        }
        undeclared.insert(ns);
        pending.push_back(n);
    }
    if (!pending.empty()) {
        if (undeclared.size() == 1 && !default_ns) {
            decls[*undeclared.begin()] = "";
        } else {
            static const char* generated[] = {"ns", "ns-", "ns_", "NS", "NS-", "NS_"};
            const std::vector<std::string> list(undeclared.begin(), undeclared.end());
            std::string prefix;
            for (int attempt = 0;; ++attempt) {
                prefix =
                    attempt < 6 ? generated[attempt] : std::string(static_cast<std::size_t>(attempt - 5), '_') + "ns";
                bool clash = false;
                for (std::size_t i = 0; i < list.size() && !clash; ++i)
                    clash = cx.prefix_bound(list.size() == 1 ? prefix : prefix + std::to_string(i + 1));
                if (!clash) break;
            }
            for (std::size_t i = 0; i < list.size(); ++i)
                decls[list[i]] = list.size() == 1 ? prefix : prefix + std::to_string(i + 1);
        }
        for (const Name& n : pending) {
            const std::string& p = decls[strings.text(n.ns)];
            qnames.push_back(p.empty() ? strings.text(n.local) : p + ":" + strings.text(n.local));
        }
    }
    std::sort(qnames.begin(), qnames.end());
    for (auto& q : qnames) q = quote(q);
    std::string out = format_list(qnames, (flags & k_or) ? "or" : "and");
    if (!decls.empty()) {
        std::vector<std::string> d;
        for (const auto& [ns, prefix] : decls)
            d.push_back((prefix.empty() ? std::string("xmlns") : "xmlns:" + prefix) + "=" + quote_value(ns));
        std::sort(d.begin(), d.end());
        std::string joined;
        for (const auto& s : d) joined += (joined.empty() ? "" : " ") + s;
        out += " (with " + joined + ")";
    }
    return out;
}

} // namespace

Matcher::Matcher(Derivatives& derivatives) : m_d(derivatives), m_memo(derivatives.grammar().start) {}

bool Matcher::set(const Pattern* p) {
    if (p->is_not_allowed()) return false;
    m_memo = p;
    return true;
}

bool Matcher::error(std::string message) {
    if (ignore_error()) return true;
    m_had_error = true;
    m_message = std::move(message);
    return false;
}

bool Matcher::start_document() {
    m_memo = m_d.grammar().start;
    m_had_error = false;
    m_ignore_next = false;
    m_text_typed = false;
    m_message.clear();
    if (m_memo->is_not_allowed()) return error("schema does not allow anything: it is equivalent to <notAllowed/>");
    return true;
}

std::string Matcher::expected_content(const InstanceContext& cx) {
    std::vector<std::string> expected;
    if (!m_d.end_tag(m_memo)->is_not_allowed()) expected.push_back("the element end-tag");
    switch (m_d.empty_after(m_memo)->content_type) {
    case ContentType::Mixed:
        if (!m_d.mixed_text(m_memo)->is_not_allowed()) expected.push_back("text");
        break;
    case ContentType::Data: expected.push_back("data"); break;
    default: break;
    }
    const NormalizedNames& names = m_d.possible_start_tag_names(m_memo);
    if (!names.included.empty()) {
        expected.push_back("element " +
                           format_names(names.included, k_element | k_or, cx, m_d.grammar().parts.strings));
        if (names.any_name || !names.namespaces.empty()) expected.push_back("an element from another namespace");
    }
    if (expected.empty()) return {};
    return "; expected " + format_list(expected, "or");
}

std::string Matcher::expected_attributes(const InstanceContext& cx) {
    const NormalizedNames& names = m_d.possible_attribute_names(m_memo);
    if (names.included.empty()) return {};
    const std::string list = format_names(names.included, k_attribute | k_or, cx, m_d.grammar().parts.strings);
    if (names.any_name || !names.namespaces.empty())
        return "; expected attribute " + list + " or an attribute from another namespace";
    return "; expected attribute " + list;
}

bool Matcher::start_tag_open(Name name, const std::string& qname, const InstanceContext& cx) {
    if (set(m_d.start_tag_open(m_memo, name))) return true;
    const Pattern* next = m_d.start_tag_open_recover(m_memo, name);
    const bool ignored = ignore_error();
    bool ok = true;
    if (!next->is_not_allowed()) {
        if (!ignored) {
            const std::set<Name> missing = m_d.required_elements(m_memo);
            if (!missing.empty())
                ok = error("element " + quote(qname) + " not allowed yet; missing required element" +
                           (missing.size() == 1 ? " " : "s ") +
                           format_names(missing, k_element | k_and, cx, m_d.grammar().parts.strings));
            else
                ok = error("element " + quote(qname) + " not allowed yet" + expected_content(cx));
        }
    } else {
        next = m_d.builder().after(m_d.find_element(name), m_memo);
        if (!ignored)
            ok = error("element " + quote(qname) +
                       (next->is_not_allowed() ? " not allowed anywhere" : " not allowed here") + expected_content(cx));
    }
    m_memo = next;
    return ok;
}

bool Matcher::attribute_name(Name name, const std::string& qname, const InstanceContext& cx) {
    if (set(m_d.start_attribute(m_memo, name))) return true;
    m_ignore_next = true;
    if (ignore_error()) return true;
    const NormalizedNames& names = m_d.possible_attribute_names(m_memo);
    if (names.empty()) return error("found attribute " + quote(qname) + ", but no attributes allowed here");
    return error("attribute " + quote(qname) + " not allowed here" + expected_attributes(cx));
}

bool Matcher::attribute_value(const std::string& value, const std::string& qname, const InstanceContext& cx) {
    if (m_ignore_next) {
        m_ignore_next = false;
        return true;
    }
    m_failures.clear();
    if (set(m_d.data(m_memo, value, cx, &m_failures))) return true;
    const bool ok =
        ignore_error() ? true : error("value of attribute " + quote(qname) + " is invalid" + data_failures(value, cx));
    m_memo = m_d.recover_after(m_memo);
    return ok;
}

bool Matcher::start_tag_close(const std::string& qname, const InstanceContext& cx) {
    bool ok = true;
    if (!set(m_d.end_attributes(m_memo))) {
        if (!ignore_error()) {
            const std::set<Name> missing = m_d.required_attributes(m_memo);
            if (missing.empty())
                ok = error("element " + quote(qname) + " missing one or more required attributes" +
                           expected_attributes(cx));
            else
                ok = error("element " + quote(qname) + " missing required attribute" +
                           (missing.size() == 1 ? " " : "s ") +
                           format_names(missing, k_attribute | k_and, cx, m_d.grammar().parts.strings));
        }
        m_memo = m_d.ignore_missing_attributes(m_memo);
    }
    m_text_typed = m_memo->content_type == ContentType::Data;
    return ok;
}

bool Matcher::text_before_start_tag(const std::string& text, const InstanceContext& cx) {
    if (is_blank(text)) return true;
    return untyped_text(cx);
}

bool Matcher::text_before_end_tag(const std::string& text, const std::string& qname, const InstanceContext& cx) {
    if (m_text_typed) {
        m_ignore_next = true;
        return set_data_deriv(text, qname, cx);
    }
    return text_before_start_tag(text, cx);
}

bool Matcher::untyped_text(const InstanceContext& cx) {
    if (set(m_d.mixed_text(m_memo))) return true;
    return error("text not allowed here" + expected_content(cx));
}

bool Matcher::set_data_deriv(const std::string& text, const std::string& qname, const InstanceContext& cx) {
    m_text_typed = false;
    const Pattern* text_only = m_d.text_only(m_memo);
    m_failures.clear();
    if (set(m_d.data(text_only, text, cx, &m_failures))) return true;
    const Pattern* next = m_d.recover_after(m_memo);
    bool ok = true;
    if (!ignore_error() &&
        (!next->is_not_allowed() || m_d.data(m_d.empty_after(text_only), text, cx, nullptr)->is_not_allowed())) {
        if (!m_d.possible_start_tag_names(m_memo).empty() && is_blank(text))
            ok = error("empty content for element " + quote(qname) + " not allowed" + expected_content(cx));
        else
            ok = error("character content of element " + quote(qname) + " invalid" + data_failures(text, cx));
    }
    m_memo = next;
    return ok;
}

bool Matcher::end_tag(const std::string& qname, const InstanceContext& cx) {
    if (m_ignore_next) {
        m_ignore_next = false;
        return true;
    }
    if (m_text_typed) return set_data_deriv("", qname, cx);
    if (set(m_d.end_tag(m_memo))) return true;
    const Pattern* next = m_d.recover_after(m_memo);
    bool ok = true;
    // The derivative may be notAllowed only because the parent is: no error then.
    if (!ignore_error() && (!next->is_not_allowed() || m_d.end_tag(m_d.empty_after(m_memo))->is_not_allowed())) {
        const std::set<Name> missing = m_d.required_elements(m_memo);
        if (!missing.empty())
            ok = error("element " + quote(qname) + " incomplete; missing required element" +
                       (missing.size() == 1 ? " " : "s ") +
                       format_names(missing, k_element | k_and, cx, m_d.grammar().parts.strings));
        else
            ok = error("element " + quote(qname) + " incomplete" + expected_content(cx));
    }
    m_memo = next;
    return ok;
}

std::string Matcher::data_failures(const std::string& text, const InstanceContext&) {
    if (m_failures.empty()) return {};
    // Remove duplicates, keeping the first of each (the order of the grammar).
    std::vector<const DataFailure*> unique;
    std::set<std::tuple<const Datatype*, std::string, const DatatypeValue*, bool, int>> seen;
    for (const DataFailure& f : m_failures)
        if (seen.emplace(f.datatype, f.message, f.value, f.except, f.token_index).second) unique.push_back(&f);
    std::vector<std::string> values, messages;
    constexpr int k_undefined = -3, k_inconsistent = -2;
    int token = k_undefined;
    std::size_t token_start = 0, token_end = 0;
    for (const DataFailure* f : unique) {
        if (f->value) {
            values.push_back(f->value->text);
        } else if (!f->message.empty()) {
            messages.push_back(f->message);
        } else if (f->except) {
            return {};
        } else {
            messages.push_back("must be a valid instance of datatype " + f->datatype->name());
        }
        if (token == k_undefined) {
            token = f->token_index;
            token_start = f->token_start;
            token_end = f->token_end;
        } else if (token != k_inconsistent && token != f->token_index) {
            token = k_inconsistent;
        }
    }
    if (!values.empty()) {
        std::sort(values.begin(), values.end());
        for (auto& v : values) v = quote_value(v);
        messages.push_back("must be equal to " + format_list(values, "or"));
    }
    if (messages.empty()) return {};
    const std::string arg = format_list(messages, "or");
    if (token >= 0 && token_end <= text.size()) {
        if (token_start == text.size()) return "; missing token; " + arg;
        return "; token " + quote_value(text.substr(token_start, token_end - token_start)) + " invalid; " + arg;
    }
    return "; " + arg;
}

} // namespace teipress::validate::relaxng
