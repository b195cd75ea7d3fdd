#include "passes/pass_table.h"

#include "passes/attach_back_matter.h"
#include "passes/build_header.h"
#include "passes/fill_dateline.h"
#include "passes/link_references.h"
#include "passes/tag_names.h"

namespace teipress::passes {

const std::vector<Pass>& pass_table() {
    static const std::vector<Pass> table = {
        {"link_references", "ref and hi for the cross references of the notes", link_references},
        {"fill_dateline", "the dateline from the edition's TEI for this document", fill_dateline},
        {"tag_names", "persName and gloss for what the edition's lists name", tag_names},
        {"attach_back_matter", "copies of the list entries the document points to", attach_back_matter},
        {"build_header", "the teiHeader", build_header},
    };
    return table;
}

bool is_stage_name(const std::string& name) {
    if (name == "read") return true;
    for (const auto& p : pass_table())
        if (name == p.name) return true;
    return false;
}

bool run_passes(PassContext& ctx, const std::string& stop_after) {
    if (stop_after == "read") return true;
    for (const auto& p : pass_table()) {
        if (!p.run(ctx)) return false;
        if (stop_after == p.name) break;
    }
    return true;
}

pugi::xml_node document_div(const pugi::xml_document& doc) {
    return doc.document_element().child("text").child("body").find_child_by_attribute("div", "type", "document");
}

} // namespace teipress::passes
