// The enrichment passes on the TEI tree, as an ordered, named table (`convert --stop-after`).
#pragma once

#include "core/diagnostic.h"
#include "edition/edition.h"

#include <map>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::passes {

// What every pass may read; edition and metadata are null without --edition (or when the
// edition has no TEI for this document).
struct PassContext {
    pugi::xml_document& doc;
    const edition::Edition* edition = nullptr;
    const pugi::xml_document* metadata = nullptr; // documents/dN.xml
    std::string input_name;                       // the reading text's file name, no folders
    DiagnosticSink& sink;
    std::string file;                             // the reading text's path as given, for messages at its lines
    int heading_line = 1;                         // where the heading stands in it
    int dateline_line = 0;                        // where the typed dateline stands (0: none was typed)
    std::string_view text;                        // the reading text itself
    std::map<int, std::size_t> note_text_offsets; // footnote number -> where its text begins in text
};

// One pass: a name for --stop-after, what it does, and the function (false on error).
struct Pass {
    const char* name;
    const char* summary;
    bool (*run)(PassContext& ctx);
};

// Every pass, in the order convert runs them (after the reader, called "read").
const std::vector<Pass>& pass_table();

// True when name is "read" or the name of a pass.
bool is_stage_name(const std::string& name);

// Runs the passes in order, stopping after the one named stop_after (all when empty; none
// when "read"). Returns false as soon as a pass fails.
bool run_passes(PassContext& ctx, const std::string& stop_after);

// The body's document div (TEI/text/body/div[@type='document']); null when missing.
pugi::xml_node document_div(const pugi::xml_document& doc);

} // namespace teipress::passes
