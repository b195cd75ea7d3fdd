// InstanceContext: an element of the document being validated, as the context of a value
// (QName prefixes, unparsed entities) and of messages (which prefix names a namespace there).
#pragma once

#include "validate/relaxng/datatype.h"

#include <libxml/tree.h>
#include <optional>
#include <string>

namespace teipress::validate::relaxng {

class InstanceContext : public DatatypeContext {
  public:
    explicit InstanceContext(xmlNode* element) : m_element(element) {}
    // The namespace bound to prefix at the element ("" prefix: the default namespace, "" when
    // none is declared); nullopt for an unbound prefix.
    std::optional<std::string> resolve_prefix(std::string_view prefix) const override;
    xmlNode* node() const override { return m_element; }
    // The default namespace declared at the element; nullopt when none is.
    std::optional<std::string> default_namespace() const;
    // A non-empty prefix bound to ns at the element (innermost, not shadowed); nullopt when none.
    std::optional<std::string> prefix_of(const std::string& ns) const;
    // True when prefix is bound at the element.
    bool prefix_bound(const std::string& prefix) const;

  private:
    xmlNode* m_element;
};

} // namespace teipress::validate::relaxng
