// XML Schema datatypes (the library http://www.w3.org/2001/XMLSchema-datatypes, with jing's set
// of types and parameters), checked by libxml2's XML Schema datatype API: the lexical and value
// spaces by xmlSchemaValPredefTypeNode, the parameters as facets made by xmlSchemaNewFacet,
// compiled by xmlSchemaCheckFacet (the pattern facet by libxml2's regular expressions) and
// checked by xmlSchemaValidateFacet and its length variants. Messages in jing's words.
#include "validate/relaxng/datatype_library.h"

#include <libxml/schemasInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlregexp.h>
#include <libxml/xmlschemas.h>

#include <cstring>
#include <functional>
#include <optional>

namespace teipress::validate::relaxng {

namespace {

enum class Space { Preserve, Replace, Collapse };

// What jing knows of each type.
struct TypeInfo {
    const char* name;
    const char* lexical; // "must be …" (jing's lexical_space_* fragments)
    Space space = Space::Collapse;
    IdType id = IdType::Null;
    bool ordered = false;      // takes min/max parameters
    bool has_length = false;   // takes length parameters
    bool decimal = false;      // takes totalDigits and fractionDigits
    bool list = false;         // a whitespace-separated list (length counts items)
    const char* min = nullptr; // built-in bounds of the integer types
    const char* max = nullptr;
    bool any = false;    // every string (untypedAtomic, anyAtomicType)
    bool qname = false;  // QName and NOTATION: prefixes resolved by the context
    bool entity = false; // ENTITY, ENTITIES: names of unparsed entities of the instance
};

constexpr const char* k_str = "a string";
constexpr const char* k_int = "an integer";
constexpr const char* k_ncname = "an XML name without colons";

const TypeInfo k_types[] = {
    {"string", k_str, Space::Preserve, IdType::Null, false, true},
    {"normalizedString", k_str, Space::Replace, IdType::Null, false, true},
    {"token", k_str, Space::Collapse, IdType::Null, false, true},
    {"boolean", "a boolean"},
    {"untypedAtomic", k_str, Space::Preserve, IdType::Null, false, false, false, false, nullptr, nullptr, true},
    {"anyAtomicType", k_str, Space::Preserve, IdType::Null, false, false, false, false, nullptr, nullptr, true},
    {"decimal", "a decimal number", Space::Collapse, IdType::Null, true, false, true},
    {"integer", k_int, Space::Collapse, IdType::Null, true, false, true},
    {"nonPositiveInteger", k_int, Space::Collapse, IdType::Null, true, false, true, false, nullptr, "0"},
    {"negativeInteger", k_int, Space::Collapse, IdType::Null, true, false, true, false, nullptr, "-1"},
    {"long", k_int, Space::Collapse, IdType::Null, true, false, true, false, "-9223372036854775808",
     "9223372036854775807"},
    {"int", k_int, Space::Collapse, IdType::Null, true, false, true, false, "-2147483648", "2147483647"},
    {"short", k_int, Space::Collapse, IdType::Null, true, false, true, false, "-32768", "32767"},
    {"byte", k_int, Space::Collapse, IdType::Null, true, false, true, false, "-128", "127"},
    {"nonNegativeInteger", k_int, Space::Collapse, IdType::Null, true, false, true, false, "0", nullptr},
    {"unsignedLong", k_int, Space::Collapse, IdType::Null, true, false, true, false, "0", "18446744073709551615"},
    {"unsignedInt", k_int, Space::Collapse, IdType::Null, true, false, true, false, "0", "4294967295"},
    {"unsignedShort", k_int, Space::Collapse, IdType::Null, true, false, true, false, "0", "65535"},
    {"unsignedByte", k_int, Space::Collapse, IdType::Null, true, false, true, false, "0", "255"},
    {"positiveInteger", k_int, Space::Collapse, IdType::Null, true, false, true, false, "1", nullptr},
    {"double", "a floating-point number", Space::Collapse, IdType::Null, true},
    {"float", "a floating-point number", Space::Collapse, IdType::Null, true},
    {"Name", "an XML name", Space::Collapse, IdType::Null, false, true},
    {"QName", "an XML QName", Space::Collapse, IdType::Null, false, false, false, false, nullptr, nullptr, false, true},
    {"NCName", k_ncname, Space::Collapse, IdType::Null, false, true},
    {"NMTOKEN", "an XML NMTOKEN", Space::Collapse, IdType::Null, false, true},
    {"NMTOKENS", "a list of XML NMTOKENs", Space::Collapse, IdType::Null, false, true, false, true},
    {"ID", k_ncname, Space::Collapse, IdType::Id, false, true},
    {"IDREF", k_ncname, Space::Collapse, IdType::IdRef, false, true},
    {"IDREFS", "a list of XML names without colons", Space::Collapse, IdType::IdRefs, false, true, false, true},
    {"NOTATION", "an XML QName", Space::Collapse, IdType::Null, false, false, false, false, nullptr, nullptr, false,
     true},
    {"base64Binary", "a base64 string", Space::Collapse, IdType::Null, false, true},
    {"hexBinary", "a hexadecimal string", Space::Collapse, IdType::Null, false, true},
    {"anyURI", "a URI", Space::Collapse, IdType::Null, false, true},
    {"language", "an RFC 3066 language identifier", Space::Collapse, IdType::Null, false, true},
    {"dateTime", "an ISO date and time", Space::Collapse, IdType::Null, true},
    {"time", "an ISO time", Space::Collapse, IdType::Null, true},
    {"date", "an ISO date", Space::Collapse, IdType::Null, true},
    {"gYearMonth", "an ISO year and month", Space::Collapse, IdType::Null, true},
    {"gYear", "a year", Space::Collapse, IdType::Null, true},
    {"gMonthDay", "an ISO month and day (of the form --MM-DD)", Space::Collapse, IdType::Null, true},
    {"gDay", "an ISO day of the month (of the form ---DD)", Space::Collapse, IdType::Null, true},
    {"gMonth", "an ISO month (of the form --MM)", Space::Collapse, IdType::Null, true},
    {"ENTITY", k_ncname, Space::Collapse, IdType::Null, false, true, false, false, nullptr, nullptr, false, false,
     true},
    {"ENTITIES", "a list of XML names without colons", Space::Collapse, IdType::Null, false, true, false, true, nullptr,
     nullptr, false, false, true},
    {"duration", "a duration", Space::Collapse, IdType::Null, true},
};

const TypeInfo* find_type(const std::string& name) {
    for (const auto& t : k_types)
        if (name == t.name) return &t;
    return nullptr;
}

const xmlChar* xc(const std::string& s) {
    return reinterpret_cast<const xmlChar*>(s.c_str());
}

std::string normalize(std::string_view text, Space space) {
    switch (space) {
    case Space::Preserve: return std::string(text);
    case Space::Replace: {
        std::string out(text);
        for (char& c : out)
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        return out;
    }
    case Space::Collapse: return collapse_whitespace(text);
    }
    return std::string(text);
}

// Number of characters (UTF-8 code points) of s.
std::size_t char_count(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Items of a whitespace-collapsed list.
std::vector<std::string_view> items_of(std::string_view collapsed) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < collapsed.size()) {
        std::size_t end = collapsed.find(' ', start);
        if (end == std::string_view::npos) end = collapsed.size();
        out.push_back(collapsed.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// The significant digits of a decimal number in total and after the point.
struct Digits {
    std::size_t total = 0;
    std::size_t fraction = 0;
};
Digits count_digits(std::string_view s) {
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
    std::string_view whole = s, fraction;
    if (auto dot = s.find('.'); dot != std::string_view::npos) {
        whole = s.substr(0, dot);
        fraction = s.substr(dot + 1);
    }
    while (!whole.empty() && whole.front() == '0') whole.remove_prefix(1);
    while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
    Digits d;
    d.fraction = fraction.size();
    d.total = whole.size() + fraction.size();
    if (d.total == 0) d.total = 1; // "0" has one significant digit for totalDigits
    return d;
}

// A decimal number in parts (libxml2 keeps at most 24 digits: longer numbers are compared
// here, digit by digit).
struct BigDecimal {
    bool negative = false;
    std::string whole;    // no leading zeros
    std::string fraction; // no trailing zeros
};
// Reads the lexical form of a decimal (integer_only: no point); nullopt when it is not one.
std::optional<BigDecimal> parse_decimal(std::string_view s, bool integer_only) {
    BigDecimal d;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) d.negative = s[i++] == '-';
    std::size_t digits = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits) d.whole.push_back(s[i]);
    if (i < s.size() && s[i] == '.' && !integer_only) {
        ++i;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits) d.fraction.push_back(s[i]);
    }
    if (i != s.size() || digits == 0) return std::nullopt;
    d.whole.erase(0, d.whole.find_first_not_of('0') == std::string::npos ? d.whole.size()
                                                                         : d.whole.find_first_not_of('0'));
    while (!d.fraction.empty() && d.fraction.back() == '0') d.fraction.pop_back();
    if (d.whole.empty() && d.fraction.empty()) d.negative = false;
    return d;
}
// -1, 0 or 1 as a is less than, equal to or greater than b.
int compare(const BigDecimal& a, const BigDecimal& b) {
    if (a.negative != b.negative) return a.negative ? -1 : 1;
    int r = 0;
    if (a.whole.size() != b.whole.size())
        r = a.whole.size() < b.whole.size() ? -1 : 1;
    else if (int w = a.whole.compare(b.whole); w != 0)
        r = w < 0 ? -1 : 1;
    else if (int f = a.fraction.compare(b.fraction); f != 0)
        r = f < 0 ? -1 : 1;
    return a.negative ? -r : r;
}
std::string canonical(const BigDecimal& d) {
    std::string s = d.negative ? "-" : "";
    s += d.whole.empty() ? "0" : d.whole;
    if (!d.fraction.empty()) s += "." + d.fraction;
    return s;
}

// A libxml2 facet with the text it was made from (libxml2 keeps a pointer to that text).
struct Facet {
    xmlSchemaTypeType kind;
    std::string param; // the parameter's name as written
    std::string value; // as written, normalised
    xmlSchemaFacetPtr facet = nullptr;
    unsigned long length = 0; // length facets
};

// Captures the messages libxml2 gives while a facet is compiled (a bad regular expression),
// instead of the process-wide default (standard error); only for the length of the scope, on
// the compiling thread.
class FacetErrorScope {
  public:
    FacetErrorScope() : m_old_ctx(xmlStructuredErrorContext), m_old(xmlStructuredError) {
        xmlSetStructuredErrorFunc(this, on_error);
    }
    ~FacetErrorScope() { xmlSetStructuredErrorFunc(m_old_ctx, m_old); }
    FacetErrorScope(const FacetErrorScope&) = delete;
    FacetErrorScope& operator=(const FacetErrorScope&) = delete;
    const std::string& message() const { return m_message; }

  private:
    static void on_error(void* user, xmlErrorPtr err) {
        auto* self = static_cast<FacetErrorScope*>(user);
        if (!err || !err->message || !self->m_message.empty()) return;
        self->m_message = err->message;
        while (!self->m_message.empty() && (self->m_message.back() == '\n' || self->m_message.back() == ' '))
            self->m_message.pop_back();
    }
    void* m_old_ctx;
    xmlStructuredErrorFunc m_old;
    std::string m_message;
};

// Silences the messages of a parser context libxml2 makes for facet values.
void ignore_schema_error(void*, xmlErrorPtr) {}

class XsdDatatype : public Datatype {
  public:
    XsdDatatype(const TypeInfo& info, xmlSchemaTypePtr type) : Datatype(info.name), m_info(info), m_type(type) {}
    ~XsdDatatype() override {
        for (auto& f : m_facets)
            if (f.facet) xmlSchemaFreeFacet(f.facet);
    }

    // Adds the parameter; "" when it is accepted, else jing's detail.
    std::string add_param(const DatatypeParam& p, xmlSchemaParserCtxtPtr pctxt) {
        static const std::pair<const char*, xmlSchemaTypeType> kinds[] = {
            {"pattern", XML_SCHEMA_FACET_PATTERN},
            {"minInclusive", XML_SCHEMA_FACET_MININCLUSIVE},
            {"maxInclusive", XML_SCHEMA_FACET_MAXINCLUSIVE},
            {"minExclusive", XML_SCHEMA_FACET_MINEXCLUSIVE},
            {"maxExclusive", XML_SCHEMA_FACET_MAXEXCLUSIVE},
            {"length", XML_SCHEMA_FACET_LENGTH},
            {"minLength", XML_SCHEMA_FACET_MINLENGTH},
            {"maxLength", XML_SCHEMA_FACET_MAXLENGTH},
            {"fractionDigits", XML_SCHEMA_FACET_FRACTIONDIGITS},
            {"totalDigits", XML_SCHEMA_FACET_TOTALDIGITS}};
        if (p.name == "enumeration")
            return "\"enumeration\" facet is not allowed as a parameter: use \"value\" element instead";
        if (p.name == "whiteSpace") return "\"whiteSpace\" facet is not allowed as a parameter";
        const xmlSchemaTypeType* kind = nullptr;
        for (const auto& k : kinds)
            if (p.name == k.first) kind = &k.second;
        if (!kind) return "unrecognized parameter \"" + p.name + "\"";
        Facet f;
        f.kind = *kind;
        f.param = p.name;
        f.value = p.value;
        switch (f.kind) {
        case XML_SCHEMA_FACET_MININCLUSIVE:
        case XML_SCHEMA_FACET_MAXINCLUSIVE:
        case XML_SCHEMA_FACET_MINEXCLUSIVE:
        case XML_SCHEMA_FACET_MAXEXCLUSIVE:
            if (!m_info.ordered) return "parameter can only be applied to ordered datatype";
            f.value = normalize(p.value, m_info.space);
            // jing checks a limit against the base type's lexical space only.
            if (xmlSchemaValPredefTypeNode(m_type, xc(f.value), nullptr, nullptr) != 0)
                return "\"" + f.value + "\" is not allowed by the base type: " + lexical_failure();
            break;
        case XML_SCHEMA_FACET_LENGTH:
        case XML_SCHEMA_FACET_MINLENGTH:
        case XML_SCHEMA_FACET_MAXLENGTH: {
            if (!m_info.has_length) return "base datatype does not define a units of length";
            f.value = collapse_whitespace(p.value);
            if (!non_negative_integer(f.value, f.length)) return "\"length\" parameter must be non negative integer";
            break;
        }
        case XML_SCHEMA_FACET_FRACTIONDIGITS:
        case XML_SCHEMA_FACET_TOTALDIGITS: {
            if (!m_info.decimal)
                return std::string("\"") + (f.kind == XML_SCHEMA_FACET_TOTALDIGITS ? "precision" : "scale") +
                       "\" parameter can only be applied to datatype derived from \"decimal\"";
            f.value = collapse_whitespace(p.value);
            if (!non_negative_integer(f.value, f.length) || (f.kind == XML_SCHEMA_FACET_TOTALDIGITS && f.length == 0))
                return f.kind == XML_SCHEMA_FACET_TOTALDIGITS ? "\"precision\" parameter must be positive integer"
                                                              : "\"scale\" parameter must be non negative integer";
            break;
        }
        default: break;
        }
        f.facet = xmlSchemaNewFacet();
        if (!f.facet) return "out of memory";
        f.facet->type = f.kind;
        m_facets.push_back(std::move(f));
        Facet& added = m_facets.back();
        added.facet->value = xc(added.value);
        FacetErrorScope errors;
        if (xmlSchemaCheckFacet(added.facet, m_type, pctxt, xc(std::string(m_info.name))) != 0) {
            std::string detail = added.kind == XML_SCHEMA_FACET_PATTERN
                                     ? "invalid regular expression: " +
                                           (errors.message().empty() ? std::string("syntax error") : errors.message())
                                     : "\"" + added.value + "\" is not allowed by the base type: " + lexical_failure();
            xmlSchemaFreeFacet(added.facet);
            m_facets.pop_back();
            return detail;
        }
        return {};
    }

    bool always_valid() const override { return m_info.any && m_facets.empty(); }

    bool is_valid(std::string_view text, const DatatypeContext& context) const override {
        return check(text, context, nullptr);
    }

    std::string failure(std::string_view text, const DatatypeContext& context) const override {
        std::string why;
        check(text, context, &why);
        return why;
    }

    std::unique_ptr<DatatypeValue> value_of(std::string_view text, const DatatypeContext& context) const override {
        auto v = std::make_unique<DatatypeValue>();
        if (!check(text, context, nullptr, v.get())) return nullptr;
        return v;
    }

    bool same_value(const DatatypeValue& a, const DatatypeValue& b) const override {
        if (m_info.qname) return a.text == b.text && a.ns == b.ns;
        if (a.xsd && b.xsd) return xmlSchemaCompareValues(a.xsd, b.xsd) == 0;
        return a.text == b.text;
    }

    std::size_t value_hash(const DatatypeValue& v) const override {
        if (m_info.qname || !v.xsd || m_info.has_length)
            return std::hash<std::string>{}(v.text) ^ std::hash<std::string>{}(v.ns);
        const xmlChar* canon = nullptr;
        std::size_t h = 0;
        if (xmlSchemaGetCanonValue(v.xsd, &canon) == 0 && canon)
            h = std::hash<std::string_view>{}(reinterpret_cast<const char*>(canon));
        if (canon) xmlFree(const_cast<xmlChar*>(canon));
        return h;
    }

    IdType id_type() const override { return m_info.id; }
    bool context_free() const override { return !m_info.qname && !m_info.entity; }

  private:
    static bool non_negative_integer(const std::string& s, unsigned long& out) {
        if (s.empty()) return false;
        std::size_t i = s[0] == '+' ? 1 : 0;
        if (i == s.size()) return false;
        unsigned long long v = 0;
        for (; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            v = v * 10 + static_cast<unsigned>(s[i] - '0');
            if (v > 0x7FFFFFFF) v = 0x7FFFFFFF;
        }
        out = static_cast<unsigned long>(v);
        return true;
    }

    std::string lexical_failure() const { return std::string("must be ") + m_info.lexical; }

    // Checks text; on failure writes jing's reason to why (when given); on success fills value
    // (when given).
    bool check(std::string_view text, const DatatypeContext& context, std::string* why,
               DatatypeValue* value = nullptr) const {
        const std::string n = normalize(text, m_info.space);
        xmlSchemaValPtr val = nullptr;
        auto fail = [&](std::string reason) {
            if (val) xmlSchemaFreeValue(val);
            if (why) *why = std::move(reason);
            return false;
        };
        std::string qname_ns;
        if (m_info.any) {
            // Every string.
        } else if (m_info.qname) {
            xmlSchemaTypePtr qname = xmlSchemaGetBuiltInType(XML_SCHEMAS_QNAME);
            if (xmlSchemaValidatePredefinedType(qname, xc(n), nullptr) != 0) return fail(lexical_failure());
            const auto colon = n.find(':');
            const std::string prefix = colon == std::string::npos ? std::string() : n.substr(0, colon);
            auto ns = context.resolve_prefix(prefix);
            if (!ns) {
                if (!prefix.empty())
                    return fail("must be a QName whose prefix, if any, is declared (prefix \"" + prefix +
                                "\" is not declared)");
                ns = std::string();
            }
            qname_ns = *ns;
        } else {
            xmlNode* node = m_info.entity ? context.node() : nullptr;
            if (m_info.list && n.empty()) return fail(lexical_failure());
            const bool want_val = value || !m_facets.empty();
            int rc = xmlSchemaValPredefTypeNode(m_type, xc(n), want_val ? &val : nullptr, node);
            if (rc != 0 && m_info.decimal && n.size() > 1 && n[0] == '+' && n[1] >= '0' && n[1] <= '9') {
                // libxml2 refuses the '+' of the unsigned types, which XML Schema allows.
                if (val) xmlSchemaFreeValue(val);
                val = nullptr;
                rc = xmlSchemaValPredefTypeNode(m_type, xc(n.substr(1)), want_val ? &val : nullptr, node);
            }
            if (rc != 0 && m_info.decimal) {
                // libxml2 keeps at most 24 digits: a longer number is checked here.
                auto big = parse_decimal(n, std::string(m_info.name) != "decimal");
                if (big && big->whole.size() + big->fraction.size() > 24) {
                    if (val) xmlSchemaFreeValue(val);
                    val = nullptr;
                    if (m_info.min && compare(*big, *parse_decimal(m_info.min, true)) < 0)
                        return fail(lexical_failure() + " greater than or equal to " + m_info.min);
                    if (m_info.max && compare(*big, *parse_decimal(m_info.max, true)) > 0)
                        return fail(lexical_failure() + " less than or equal to " + m_info.max);
                    for (const Facet& f : m_facets)
                        if (!big_facet_ok(f, n, *big)) return fail(facet_failure(f, n, nullptr));
                    if (value) value->text = canonical(*big);
                    return true;
                }
            }
            if (rc != 0) {
                if (m_info.entity && node && entity_lexically_ok(n))
                    return fail("must be a name declared in the DTD as an unparsed entity");
                if (m_info.min || m_info.max) {
                    xmlSchemaTypePtr integer = xmlSchemaGetBuiltInType(XML_SCHEMAS_INTEGER);
                    if (xmlSchemaValidatePredefinedType(integer, xc(n), nullptr) == 0) {
                        const bool negative = !n.empty() && n[0] == '-';
                        if (m_info.min && (negative || !m_info.max))
                            return fail(lexical_failure() + " greater than or equal to " + m_info.min);
                        return fail(lexical_failure() + " less than or equal to " + m_info.max);
                    }
                }
                return fail(lexical_failure());
            }
        }
        for (const Facet& f : m_facets) {
            if (!facet_ok(f, n, val)) return fail(facet_failure(f, n, val));
        }
        if (value) {
            value->text = m_info.qname ? n.substr(n.find(':') == std::string::npos ? 0 : n.find(':') + 1) : n;
            value->ns = qname_ns;
            value->xsd = val;
        } else if (val) {
            xmlSchemaFreeValue(val);
        }
        return true;
    }

    bool entity_lexically_ok(const std::string& n) const {
        xmlSchemaTypePtr ncname = xmlSchemaGetBuiltInType(XML_SCHEMAS_NCNAME);
        if (!m_info.list) return xmlSchemaValidatePredefinedType(ncname, xc(n), nullptr) == 0;
        for (auto item : items_of(n))
            if (xmlSchemaValidatePredefinedType(ncname, xc(std::string(item)), nullptr) != 0) return false;
        return true;
    }

    // A facet on a number too long for libxml2.
    bool big_facet_ok(const Facet& f, const std::string& n, const BigDecimal& d) const {
        auto limit = [&] { return parse_decimal(f.value, false); };
        switch (f.kind) {
        case XML_SCHEMA_FACET_PATTERN: return xmlRegexpExec(f.facet->regexp, xc(n)) == 1;
        case XML_SCHEMA_FACET_MININCLUSIVE: return limit() && compare(d, *limit()) >= 0;
        case XML_SCHEMA_FACET_MINEXCLUSIVE: return limit() && compare(d, *limit()) > 0;
        case XML_SCHEMA_FACET_MAXINCLUSIVE: return limit() && compare(d, *limit()) <= 0;
        case XML_SCHEMA_FACET_MAXEXCLUSIVE: return limit() && compare(d, *limit()) < 0;
        case XML_SCHEMA_FACET_TOTALDIGITS: return count_digits(n).total <= f.length;
        case XML_SCHEMA_FACET_FRACTIONDIGITS: return count_digits(n).fraction <= f.length;
        default: return true;
        }
    }

    bool facet_ok(const Facet& f, const std::string& n, xmlSchemaValPtr val) const {
        switch (f.kind) {
        case XML_SCHEMA_FACET_LENGTH:
        case XML_SCHEMA_FACET_MINLENGTH:
        case XML_SCHEMA_FACET_MAXLENGTH: {
            if (m_info.list) {
                unsigned long expected = 0;
                return xmlSchemaValidateListSimpleTypeFacet(f.facet, xc(n), items_of(n).size(), &expected) == 0;
            }
            unsigned long length = 0;
            return xmlSchemaValidateLengthFacet(m_type, f.facet, xc(n), val, &length) == 0;
        }
        case XML_SCHEMA_FACET_PATTERN: return xmlRegexpExec(f.facet->regexp, xc(n)) == 1;
        default: return xmlSchemaValidateFacet(m_type, f.facet, xc(n), val) == 0;
        }
    }

    std::string facet_failure(const Facet& f, const std::string& n, xmlSchemaValPtr val) const {
        const std::string lex = std::string("must be ") + m_info.lexical;
        auto actual_length = [&]() -> std::size_t {
            if (m_info.list) return items_of(n).size();
            unsigned long length = 0;
            if (xmlSchemaValidateLengthFacet(m_type, f.facet, xc(n), val, &length) >= 0 && length) return length;
            return char_count(n);
        };
        switch (f.kind) {
        case XML_SCHEMA_FACET_LENGTH:
            return lex + " with length equal to " + std::to_string(f.length) + " (actual length was " +
                   std::to_string(actual_length()) + ")";
        case XML_SCHEMA_FACET_MINLENGTH:
            return lex + " with length at least " + std::to_string(f.length) + " (actual length was " +
                   std::to_string(actual_length()) + ")";
        case XML_SCHEMA_FACET_MAXLENGTH:
            return lex + " with length at most " + std::to_string(f.length) + " (actual length was " +
                   std::to_string(actual_length()) + ")";
        case XML_SCHEMA_FACET_MININCLUSIVE: return lex + " greater than or equal to " + f.value;
        case XML_SCHEMA_FACET_MINEXCLUSIVE: return lex + " greater than " + f.value;
        case XML_SCHEMA_FACET_MAXINCLUSIVE: return lex + " less than or equal to " + f.value;
        case XML_SCHEMA_FACET_MAXEXCLUSIVE: return lex + " less than " + f.value;
        case XML_SCHEMA_FACET_PATTERN: return lex + " matching the regular expression \"" + f.value + "\"";
        case XML_SCHEMA_FACET_TOTALDIGITS: {
            const Digits d = count_digits(n);
            if (f.length == 1)
                return lex + " with exactly one significant digit (found " + std::to_string(d.total) + " digits)";
            return lex + " with at most " + std::to_string(f.length) + " significant digits (found " +
                   std::to_string(d.total) + " digits)";
        }
        case XML_SCHEMA_FACET_FRACTIONDIGITS: {
            const Digits d = count_digits(n);
            if (f.length == 0) return "must be a decimal number without any significant digits after the decimal point";
            if (f.length == 1)
                return "must be a decimal number with at most one significant digit after the decimal point (found " +
                       std::to_string(d.fraction) + " digits)";
            return "must be a decimal number with at most " + std::to_string(f.length) +
                   " significant digits after the decimal point (found " + std::to_string(d.fraction) + " digits)";
        }
        default: return lex;
        }
    }

    const TypeInfo& m_info;
    xmlSchemaTypePtr m_type;
    std::vector<Facet> m_facets;
};

} // namespace

std::unique_ptr<Datatype> make_xsd_datatype(const std::string& type, const std::vector<DatatypeParam>& params,
                                            std::vector<std::pair<int, std::string>>& errors) {
    const TypeInfo* info = find_type(type);
    xmlSchemaTypePtr xsd = nullptr;
    if (info) {
        const char* libxml_name = info->any ? "anySimpleType" : info->name;
        xsd = xmlSchemaGetPredefinedType(xc(std::string(libxml_name)),
                                         reinterpret_cast<const xmlChar*>("http://www.w3.org/2001/XMLSchema"));
    }
    if (!info || !xsd) {
        errors.push_back({-1, "datatype \"" + type + "\" from library \"" + k_xsd_library + "\" not recognized"});
        return nullptr;
    }
    auto dt = std::make_unique<XsdDatatype>(*info, xsd);
    if (params.empty()) return dt;
    // A parser context of our own, silent: libxml2 reports bad facet values through it.
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewParserCtxt("*");
    if (pctxt) xmlSchemaSetParserStructuredErrors(pctxt, ignore_schema_error, nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
        std::string detail = dt->add_param(params[i], pctxt);
        if (!detail.empty()) errors.push_back({static_cast<int>(i), "invalid parameter: " + detail});
    }
    if (pctxt) xmlSchemaFreeParserCtxt(pctxt);
    if (!errors.empty()) return nullptr;
    return dt;
}

} // namespace teipress::validate::relaxng
