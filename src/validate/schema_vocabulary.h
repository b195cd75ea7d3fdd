// SchemaVocabulary: which child elements and attributes a RELAX NG grammar allows on each
// element name, read statically from the grammar, so that a validation message can say what
// was expected (as jing does) where libxml2 only says what was wrong.
#pragma once

#include <libxml/tree.h>
#include <map>
#include <set>
#include <string>

namespace teipress::validate {

class SchemaVocabulary {
  public:
    // Reads the grammar of a RELAX NG document (XML syntax). Names are local names, attributes
    // as written (e.g. "xml:id"). Unknown constructs are skipped; never fails.
    static SchemaVocabulary from_grammar(const xmlDoc* rng);

    // The local names of every element the grammar declares, sorted.
    std::set<std::string> element_names() const;
    // True when the grammar declares an element of this local name.
    bool knows_element(const std::string& element) const;
    // The child elements allowed anywhere in element (empty for an unknown element); "*"
    // stands for any element (anyName / nsName).
    const std::set<std::string>& children_of(const std::string& element) const;
    // The attributes allowed on element (empty for an unknown element).
    const std::set<std::string>& attributes_of(const std::string& element) const;
    // The child elements element must always contain (empty for an unknown element).
    const std::set<std::string>& required_children_of(const std::string& element) const;
    // The attributes element must always carry (empty for an unknown element).
    const std::set<std::string>& required_attributes_of(const std::string& element) const;
    // True when element may contain text.
    bool allows_text(const std::string& element) const;
    // The names of the elements allowed as the document's root.
    const std::set<std::string>& roots() const { return m_roots; }

  private:
    std::map<std::string, std::set<std::string>> m_children;
    std::map<std::string, std::set<std::string>> m_attributes;
    std::map<std::string, std::set<std::string>> m_required_children;
    std::map<std::string, std::set<std::string>> m_required_attributes;
    std::set<std::string> m_text;
    std::set<std::string> m_roots;
};

// Quotes and joins names jing's way: "a", "b" or "c" (at most `limit` names, then "…").
std::string quoted_list(const std::set<std::string>& names, std::size_t limit = 40);

} // namespace teipress::validate
