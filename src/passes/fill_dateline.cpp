#include "passes/fill_dateline.h"

namespace teipress::passes {

bool fill_dateline(PassContext& ctx) {
    if (!ctx.metadata) return true;
    pugi::xml_node source = ctx.metadata->select_node("//opener/dateline").node();
    pugi::xml_node dateline = document_div(ctx.doc).child("opener").child("dateline");
    pugi::xml_node gap = dateline.child("gap");
    if (!source || !gap) return true;
    pugi::xml_node supplied = dateline.insert_child_before("supplied", gap);
    dateline.remove_child(gap);
    for (pugi::xml_node c : source.children()) supplied.append_copy(c);
    return true;
}

} // namespace teipress::passes
