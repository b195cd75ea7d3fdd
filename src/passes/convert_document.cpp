#include "passes/convert_document.h"

#include "passes/pass_table.h"
#include "passes/tei_output.h"
#include "readers/reading_text_reader.h"

namespace teipress::passes {

Conversion convert_reading_text(std::string_view text, const std::string& file, const ConvertOptions& options,
                                DiagnosticSink& sink) {
    Conversion out;
    pugi::xml_document doc;
    readers::ReadingTextPlaces places;
    if (!readers::read_reading_text(text, file, doc, sink, &places)) {
        out.status = ConvertStatus::BadText;
        return out;
    }
    pugi::xml_document metadata;
    bool has_metadata = false;
    if (options.edition) {
        const std::string doc_id = document_div(doc).attribute("xml:id").value();
        switch (edition::load_document_metadata(*options.edition, doc_id, metadata, sink)) {
        case edition::LoadStatus::Ok: has_metadata = bool(metadata.document_element()); break;
        case edition::LoadStatus::Invalid: out.status = ConvertStatus::BadEdition; return out;
        case edition::LoadStatus::Unreadable: out.status = ConvertStatus::UnreadableEdition; return out;
        }
    }
    PassContext ctx{doc,
                    options.edition,
                    has_metadata ? &metadata : nullptr,
                    options.input_name,
                    sink,
                    file,
                    places.heading_line,
                    places.dateline_line,
                    text,
                    places.note_text_offsets};
    if (!run_passes(ctx, options.stop_after)) {
        out.status = ConvertStatus::BadText;
        return out;
    }
    out.tei = write_tei(doc);
    return out;
}

} // namespace teipress::passes
