// The lists of a volume's front matter (persons, abbreviations and terms…) as join fills them
// from the copies in its documents' back.
#pragma once

#include "core/diagnostic.h"

#include <functional>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>
#include <vector>

namespace teipress::volume {

// The front lists of one volume being assembled. Entries are added in one merge per list
// (finish), so adding many is linear in the list's length plus a sort of what is added.
class FrontLists {
  public:
    // text is the volume's text element (front is made when a list needs it); id_of(id) gives
    // the element of the volume that already holds an xml:id (null when none).
    FrontLists(pugi::xml_node text, std::function<pugi::xml_node(const std::string&)> id_of);

    // Takes the entries of the list divisions in back (div[@xml:id]/list/item) of a document:
    // an entry whose xml:id the volume holds with the same text is already there; one whose
    // xml:id names something else is added under a fresh id (p_RD1 → p_RD2: the first free
    // number); any other is added. Returns the renamed ids (old → new) for the document's
    // pointers. A division the front lacks is made at the end of the front, like the back's.
    std::unordered_map<std::string, std::string> take(pugi::xml_node back);

    // Whether id was given to an entry taken (and not yet in the volume's tree).
    bool reserved(const std::string& id) const { return m_reserved.count(id) != 0; }

    // Inserts the entries taken into their lists: each before the first item whose text sorts
    // after it (the lists are alphabetical), with the spacing of the list's items; calls
    // on_copy(copy, original) for each (when given).
    void finish(const std::function<void(pugi::xml_node, pugi::xml_node)>& on_copy = {});

    // The divisions finish made (to lay out).
    const std::vector<pugi::xml_node>& made() const { return m_made; }

  private:
    struct Pending {
        std::string key;
        pugi::xml_node item; // in the document's back, renamed already
    };
    pugi::xml_node list_for(pugi::xml_node back_div);

    pugi::xml_node m_text;
    std::function<pugi::xml_node(const std::string&)> m_id_of;
    std::unordered_map<std::string, pugi::xml_node> m_lists;         // division xml:id → its list
    std::unordered_map<std::string, std::vector<Pending>> m_pending; // division xml:id → items
    std::unordered_map<std::string, std::string> m_reserved;         // id taken → entry text
    std::vector<pugi::xml_node> m_made;
};

} // namespace teipress::volume
