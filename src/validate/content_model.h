// ContentModels: the element content of a RELAX NG grammar as patterns over child element
// names, to say which elements may come at the place where a document went wrong (jing's
// "expected the element end-tag or element …"), by derivatives of the parent's pattern.
#pragma once

#include <libxml/tree.h>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace teipress::validate {

// What may come at one place of an element's content.
struct Expectation {
    std::set<std::string> elements; // local names ("*": any element)
    bool end = false;               // the element may end here
};

class ContentModels {
  public:
    // Reads the element patterns of a RELAX NG grammar (XML syntax). Never fails; elements
    // it cannot model get no expectation.
    static std::shared_ptr<const ContentModels> from_grammar(const xmlDoc* rng);

    // What parent's schema allows at the place of child (a child element of parent, or null
    // for the end of parent's content), given the element children before it; nullopt when
    // the model does not know parent or disagrees with the document before that place.
    std::optional<Expectation> expected_at(const xmlNode* parent, const xmlNode* child) const;

    struct Pattern;
    using Ptr = std::shared_ptr<const Pattern>;

  private:
    std::map<std::string, std::vector<Ptr>> m_content; // element local name -> its contents
};

} // namespace teipress::validate
