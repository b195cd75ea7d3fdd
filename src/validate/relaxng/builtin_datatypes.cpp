// The built-in datatype library (string, token) and the DTD compatibility library (ID, IDREF,
// IDREFS: tokens that are XML names without colons, with an ID-type).
#include "validate/relaxng/datatype_library.h"

#include <cctype>
#include <functional>

namespace teipress::validate::relaxng {

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (is_xml_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

namespace {

// string: every string; values compare as written.
class StringDatatype : public Datatype {
  public:
    StringDatatype() : Datatype("string") {}
    bool always_valid() const override { return true; }
    bool is_valid(std::string_view, const DatatypeContext&) const override { return true; }
    std::string failure(std::string_view, const DatatypeContext&) const override { return {}; }
    std::unique_ptr<DatatypeValue> value_of(std::string_view text, const DatatypeContext&) const override {
        auto v = std::make_unique<DatatypeValue>();
        v->text = std::string(text);
        return v;
    }
    bool same_value(const DatatypeValue& a, const DatatypeValue& b) const override { return a.text == b.text; }
    std::size_t value_hash(const DatatypeValue& v) const override { return std::hash<std::string>{}(v.text); }
};

// token: every string; values compare with whitespace collapsed.
class TokenDatatype : public Datatype {
  public:
    TokenDatatype() : Datatype("token") {}
    bool always_valid() const override { return true; }
    bool is_valid(std::string_view, const DatatypeContext&) const override { return true; }
    std::string failure(std::string_view, const DatatypeContext&) const override { return {}; }
    std::unique_ptr<DatatypeValue> value_of(std::string_view text, const DatatypeContext&) const override {
        auto v = std::make_unique<DatatypeValue>();
        v->text = collapse_whitespace(text);
        return v;
    }
    bool same_value(const DatatypeValue& a, const DatatypeValue& b) const override { return a.text == b.text; }
    std::size_t value_hash(const DatatypeValue& v) const override { return std::hash<std::string>{}(v.text); }
};

// An XML name without colons (ASCII letters, digits and the name punctuation; any non-ASCII
// character is accepted as a name character, as the compatibility library leaves the finer
// Unicode classes to XML Schema).
bool is_ncname(std::string_view s) {
    if (s.empty()) return false;
    auto start = [](unsigned char c) { return c >= 0x80 || std::isalpha(c) || c == '_'; };
    auto rest = [&](unsigned char c) { return start(c) || std::isdigit(c) || c == '-' || c == '.'; };
    if (!start(static_cast<unsigned char>(s[0]))) return false;
    for (char c : s.substr(1))
        if (!rest(static_cast<unsigned char>(c))) return false;
    return true;
}

// ID, IDREF (one name) and IDREFS (one or more names) of the compatibility library.
class CompatibilityIdDatatype : public Datatype {
  public:
    CompatibilityIdDatatype(std::string name, IdType type) : Datatype(std::move(name)), m_type(type) {}
    bool is_valid(std::string_view text, const DatatypeContext&) const override {
        const std::string t = collapse_whitespace(text);
        if (m_type != IdType::IdRefs) return is_ncname(t);
        if (t.empty()) return false;
        std::size_t start = 0;
        while (start <= t.size()) {
            std::size_t end = t.find(' ', start);
            if (end == std::string::npos) end = t.size();
            if (!is_ncname(std::string_view(t).substr(start, end - start))) return false;
            start = end + 1;
        }
        return true;
    }
    std::string failure(std::string_view text, const DatatypeContext& cx) const override {
        if (is_valid(text, cx)) return {};
        return m_type == IdType::IdRefs ? "must be a list of XML names without colons"
                                        : "must be an XML name without colons";
    }
    std::unique_ptr<DatatypeValue> value_of(std::string_view text, const DatatypeContext& cx) const override {
        if (!is_valid(text, cx)) return nullptr;
        auto v = std::make_unique<DatatypeValue>();
        v->text = collapse_whitespace(text);
        return v;
    }
    bool same_value(const DatatypeValue& a, const DatatypeValue& b) const override { return a.text == b.text; }
    std::size_t value_hash(const DatatypeValue& v) const override { return std::hash<std::string>{}(v.text); }
    IdType id_type() const override { return m_type; }

  private:
    IdType m_type;
};

} // namespace

std::unique_ptr<Datatype> make_builtin_datatype(const std::string& type) {
    if (type == "string") return std::make_unique<StringDatatype>();
    if (type == "token") return std::make_unique<TokenDatatype>();
    return nullptr;
}

std::unique_ptr<Datatype> make_compatibility_datatype(const std::string& type) {
    if (type == "ID") return std::make_unique<CompatibilityIdDatatype>("ID", IdType::Id);
    if (type == "IDREF") return std::make_unique<CompatibilityIdDatatype>("IDREF", IdType::IdRef);
    if (type == "IDREFS") return std::make_unique<CompatibilityIdDatatype>("IDREFS", IdType::IdRefs);
    return nullptr;
}

DatatypeLibraries::DatatypeLibraries() {
    xmlSchemaInitTypes();
}
DatatypeLibraries::~DatatypeLibraries() = default;

const DatatypeValue* DatatypeLibraries::keep(std::unique_ptr<DatatypeValue> v) {
    m_values.push_back(std::move(v));
    return m_values.back().get();
}

MadeDatatype DatatypeLibraries::make(const std::string& library, const std::string& type,
                                     const std::vector<DatatypeParam>& params) {
    MadeDatatype made;
    std::string key = library + '\n' + type;
    for (const auto& p : params) key += '\n' + p.name + '\0' + p.value;
    if (auto it = m_by_key.find(key); it != m_by_key.end()) {
        made.datatype = it->second;
        return made;
    }
    std::unique_ptr<Datatype> dt;
    if (library.empty()) {
        dt = make_builtin_datatype(type);
        if (!dt) {
            made.errors.push_back({-1, "no such builtin datatype \"" + type + "\": must be \"string\" or \"token\""});
            return made;
        }
        if (!params.empty()) {
            made.errors.push_back({0, "builtin datatypes do not have any parameters"});
            return made;
        }
    } else if (library == k_compatibility_library) {
        dt = make_compatibility_datatype(type);
        if (!dt) {
            made.errors.push_back({-1, "datatype \"" + type + "\" from library \"" + library + "\" not recognized"});
            return made;
        }
        if (!params.empty()) {
            made.errors.push_back({0, "invalid parameter: the compatibility datatypes have no parameters"});
            return made;
        }
    } else if (library == k_xsd_library) {
        dt = make_xsd_datatype(type, params, made.errors);
        if (!dt) return made;
    } else {
        made.errors.push_back({-1, "datatype library \"" + library + "\" not recognized"});
        return made;
    }
    made.datatype = dt.get();
    m_by_key.emplace(std::move(key), dt.get());
    m_owned.push_back(std::move(dt));
    return made;
}

} // namespace teipress::validate::relaxng
