// The datatype libraries a grammar can name (section 6.2.8 of RELAX NG; jing's set): the
// built-in library ("": string, token), the DTD compatibility library (ID, IDREF, IDREFS) and
// XML Schema datatypes with their facets as parameters, checked by libxml2's XML Schema
// datatype API. Datatypes are made once per distinct (library, type, parameters) and owned
// here, so equal datatypes are one object.
#pragma once

#include "validate/relaxng/datatype.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace teipress::validate::relaxng {

inline constexpr const char* k_xsd_library = "http://www.w3.org/2001/XMLSchema-datatypes";
inline constexpr const char* k_compatibility_library = "http://relaxng.org/ns/compatibility/datatypes/1.0";

// One <param> of a <data> pattern.
struct DatatypeParam {
    std::string name;
    std::string value;
};

// What making a datatype gave: the datatype, or the errors (each naming the parameter it is
// about, -1 for the datatype itself), in jing's words.
struct MadeDatatype {
    const Datatype* datatype = nullptr;
    std::vector<std::pair<int, std::string>> errors;
};

class DatatypeLibraries {
  public:
    DatatypeLibraries();
    ~DatatypeLibraries();
    DatatypeLibraries(const DatatypeLibraries&) = delete;
    DatatypeLibraries& operator=(const DatatypeLibraries&) = delete;

    // The datatype type of library restricted by params. Errors: an unknown library or type,
    // parameters the type does not take or whose values are wrong.
    MadeDatatype make(const std::string& library, const std::string& type, const std::vector<DatatypeParam>& params);
    // Takes ownership of a value (values of <value> patterns live as long as the grammar).
    const DatatypeValue* keep(std::unique_ptr<DatatypeValue> v);

  private:
    std::vector<std::unique_ptr<Datatype>> m_owned;
    std::vector<std::unique_ptr<DatatypeValue>> m_values;
    std::map<std::string, const Datatype*> m_by_key;
};

// Makes the built-in "string" or "token", or the compatibility "ID", "IDREF", "IDREFS"
// datatypes (null for another name).
std::unique_ptr<Datatype> make_builtin_datatype(const std::string& type);
std::unique_ptr<Datatype> make_compatibility_datatype(const std::string& type);

// Makes an XML Schema datatype restricted by params; null with errors filled when it cannot.
std::unique_ptr<Datatype> make_xsd_datatype(const std::string& type, const std::vector<DatatypeParam>& params,
                                            std::vector<std::pair<int, std::string>>& errors);

} // namespace teipress::validate::relaxng
