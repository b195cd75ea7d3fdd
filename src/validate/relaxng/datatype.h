// Datatypes of RELAX NG patterns (data, value): the interface the derivatives use, whichever
// library a datatype comes from (the built-in string and token, the DTD compatibility ID
// types, XML Schema datatypes through libxml2).
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlschemastypes.h>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace teipress::validate::relaxng {

// The RELAX NG DTD compatibility ID-types (jing checks them by default).
enum class IdType { Null, Id, IdRef, IdRefs };

// Where a value is read: resolves namespace prefixes (QName values) and names the libxml2 node
// (unparsed entities of ENTITY values).
class DatatypeContext {
  public:
    virtual ~DatatypeContext() = default;
    // The namespace URI bound to prefix ("" = the default namespace); nullopt when unbound
    // (the empty prefix unbound means "no namespace").
    virtual std::optional<std::string> resolve_prefix(std::string_view prefix) const = 0;
    // The instance node the value belongs to (null in a schema).
    virtual xmlNode* node() const { return nullptr; }
};

// A value in a datatype's value space (what <value> holds and what equality compares).
struct DatatypeValue {
    std::string text;              // the normalised lexical form
    std::string ns;                // QName values: the namespace URI
    xmlSchemaValPtr xsd = nullptr; // XML Schema values: libxml2's value, when it makes one
    DatatypeValue() = default;
    DatatypeValue(const DatatypeValue&) = delete;
    DatatypeValue& operator=(const DatatypeValue&) = delete;
    ~DatatypeValue() {
        if (xsd) xmlSchemaFreeValue(xsd);
    }
};

class Datatype {
  public:
    virtual ~Datatype() = default;
    // True when every string is valid (then no check is needed).
    virtual bool always_valid() const { return false; }
    // True when text is a valid lexical form in context.
    virtual bool is_valid(std::string_view text, const DatatypeContext& context) const = 0;
    // Why text is not valid, in jing's words ("must be an ISO date"); "" when it is valid or
    // nothing better can be said.
    virtual std::string failure(std::string_view text, const DatatypeContext& context) const = 0;
    // The value text stands for; null when text is not valid.
    virtual std::unique_ptr<DatatypeValue> value_of(std::string_view text, const DatatypeContext& context) const = 0;
    // True when a and b are the same value.
    virtual bool same_value(const DatatypeValue& a, const DatatypeValue& b) const = 0;
    // A hash that equal values share.
    virtual std::size_t value_hash(const DatatypeValue& v) const = 0;
    // The DTD compatibility ID-type.
    virtual IdType id_type() const { return IdType::Null; }
    // True when validity depends on the text alone (not on namespaces or entities in scope):
    // then a thread may remember it.
    virtual bool context_free() const { return true; }
    // The datatype's name as messages say it ("date", "token").
    const std::string& name() const { return m_name; }

  protected:
    explicit Datatype(std::string name) : m_name(std::move(name)) {}

  private:
    std::string m_name;
};

// XML whitespace (the four characters of the S production).
inline bool is_xml_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
// True when text is empty or whitespace only.
inline bool is_blank(std::string_view text) {
    for (char c : text)
        if (!is_xml_space(c)) return false;
    return true;
}
// text with leading and trailing whitespace removed and inner runs made one space.
std::string collapse_whitespace(std::string_view text);

} // namespace teipress::validate::relaxng
