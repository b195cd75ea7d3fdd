// NodePositions: where many nodes of one parsed document are, in time linear in the document
// and the number of nodes asked for: their line and column in the text (one forward pass that
// pairs each element with its start tag), and their XPath location for SVRL (each parent's
// children counted once). Used for Schematron reports, which may name 100,000 nodes.
#pragma once

#include "core/line_index.h"
#include "validate/source_text.h"

#include <libxml/tree.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::validate {

class NodePositions {
  public:
    // doc was parsed from source; both must outlive this object.
    NodePositions(xmlDoc* doc, const SourceText& source) : m_doc(doc), m_source(source) {}

    // The position of each node (same order), as SourceText::position_of gives it (an
    // element's '<', an attribute's name, other nodes their parent element's '<'); {0, 0} for
    // a null node. When the text cannot be paired with the tree (an encoding other than
    // UTF-8), falls back to SourceText::position_of for each node.
    std::vector<SourcePosition> positions_of(const std::vector<const xmlNode*>& nodes);

    // An XPath that selects node: /*[local-name()='TEI' and namespace-uri()='…'][1]/…, an
    // attribute as /@name, a text node as /text()[k] (the form compile.xsl writes). Empty for
    // a null node.
    std::string xpath_of(const xmlNode* node);

  private:
    // Offsets of the '<' of each element in wanted, in one pass over the text; false when the
    // text and the tree do not pair up.
    bool find_start_tags(const std::unordered_map<const xmlNode*, std::size_t>& wanted,
                         std::unordered_map<const xmlNode*, std::size_t>& offsets) const;
    // The 1-based index of node among its parent's children of the same kind and name.
    int sibling_index(const xmlNode* node);

    xmlDoc* m_doc;
    const SourceText& m_source;
    std::unordered_map<const xmlNode*, int> m_sibling_index;
};

} // namespace teipress::validate
