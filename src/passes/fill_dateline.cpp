#include "passes/fill_dateline.h"

#include "edition/edition.h"

namespace teipress::passes {

namespace {

// The dateline's text as a reader sees it (supplied text included), whitespace normalised.
std::string reading_of(pugi::xml_node dateline) {
    return edition::normalized_text(dateline);
}

} // namespace

bool fill_dateline(PassContext& ctx) {
    if (!ctx.edition) return true;
    pugi::xml_node div = document_div(ctx.doc);
    const std::string metadata_file = "documents/" + std::string(div.attribute("xml:id").value()) + ".xml";
    pugi::xml_node source = ctx.metadata ? ctx.metadata->select_node("//opener/dateline").node() : pugi::xml_node();
    pugi::xml_node dateline = div.child("opener").child("dateline");
    pugi::xml_node gap = dateline.child("gap");
    if (dateline && !gap) { // typed in the reading text: it is the document's
        if (source && reading_of(source) != reading_of(dateline))
            ctx.sink.warning(ctx.file, ctx.dateline_line, 1,
                             "the dateline differs from the edition's " + metadata_file + " ('" + reading_of(source) +
                                 "'): the typed one is kept");
        return true;
    }
    if (!source) {
        if (gap)
            ctx.sink.warning(ctx.file, ctx.heading_line + 1, 1,
                             "the dateline is left out (two blank lines after the heading) and the edition " +
                                 std::string(ctx.metadata ? "has no opener/dateline in " + metadata_file
                                                          : "has no " + metadata_file) +
                                 ": a gap marks it");
        return true;
    }
    pugi::xml_node supplied;
    if (gap) {
        supplied = dateline.insert_child_before("supplied", gap);
        dateline.remove_child(gap);
    } else {
        // The heading was followed by one blank line: the dateline goes after the head all the same.
        pugi::xml_node opener = div.insert_child_after("opener", div.child("head"));
        supplied = opener.append_child("dateline").append_child("supplied");
    }
    for (pugi::xml_node c : source.children()) supplied.append_copy(c);
    return true;
}

} // namespace teipress::passes
