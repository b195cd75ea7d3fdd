#include "passes/build_header.h"

#include "edition/edition.h"

#include <cstring>

namespace teipress::passes {

namespace {

void text_child(pugi::xml_node parent, const char* name, const std::string& text) {
    parent.append_child(name).append_child(pugi::node_pcdata).set_value(text.c_str());
}

// The plain text of node without its notes, whitespace normalised.
std::string text_without_notes(pugi::xml_node node) {
    pugi::xml_document copy;
    pugi::xml_node c = copy.append_copy(node);
    for (pugi::xpath_node n : c.select_nodes(".//note")) n.parent().remove_child(n.node());
    return edition::normalized_text(c);
}

// The volume's record, as a biblStruct built from the edition's teiHeader.
void append_volume_record(pugi::xml_node source_desc, pugi::xml_node header) {
    pugi::xml_node file_desc = header.child("fileDesc");
    pugi::xml_node bibl = source_desc.append_child("biblStruct");
    pugi::xml_node monogr = bibl.append_child("monogr");
    for (pugi::xml_node t : file_desc.child("titleStmt").children("title")) {
        pugi::xml_node title = monogr.append_child("title");
        title.append_attribute("level") = "m";
        if (t.attribute("type")) title.append_attribute("type") = t.attribute("type").value();
        title.append_child(pugi::node_pcdata).set_value(edition::normalized_text(t).c_str());
    }
    pugi::xml_node pub = file_desc.child("publicationStmt");
    for (pugi::xml_node id : pub.children("idno")) monogr.append_copy(id);
    for (pugi::xml_node ed : file_desc.child("titleStmt").children("editor")) monogr.append_copy(ed);
    pugi::xml_node imprint = monogr.append_child("imprint");
    for (const char* part : {"pubPlace", "publisher"})
        for (pugi::xml_node p : pub.children(part)) imprint.append_copy(p);
    for (pugi::xml_node d : pub.children("date"))
        if (std::strcmp(d.attribute("type").value(), "publication-date") == 0 || !d.attribute("type"))
            imprint.append_copy(d);
}

} // namespace

std::string archival_source(std::string_view note) {
    constexpr std::string_view lead = "Source: ";
    if (note.substr(0, lead.size()) != lead) return {};
    std::string_view rest = note.substr(lead.size());
    static constexpr std::string_view abbreviations[] = {"Vol", "vol", "No",  "no", "Nos", "p",  "pp",
                                                         "Box", "Mr",  "Mrs", "Dr", "St",  "Jr", "Sr"};
    // The first ". " that ends a sentence, not an abbreviation ("Vol. 2", "U.S. ").
    for (std::size_t at = rest.find(". "); at != std::string_view::npos; at = rest.find(". ", at + 1)) {
        std::size_t b = rest.rfind(' ', at);
        b = b == std::string_view::npos ? 0 : b + 1;
        std::string_view word = rest.substr(b, at - b);
        bool abbreviation = word.find('.') != std::string_view::npos;
        for (auto a : abbreviations) abbreviation = abbreviation || word == a;
        if (!abbreviation) return std::string(rest.substr(0, at));
    }
    if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
    return std::string(rest);
}

bool build_header(PassContext& ctx) {
    pugi::xml_node tei = ctx.doc.document_element();
    pugi::xml_node div = document_div(ctx.doc);
    const std::string doc_id = div.attribute("xml:id").value();
    pugi::xml_node volume = ctx.edition ? ctx.edition->volume.document_element().child("teiHeader") : pugi::xml_node();
    const std::string volume_id = volume.select_node(".//publicationStmt/idno[@type='frus']").node().text().get();

    pugi::xml_node header = tei.prepend_child("teiHeader");
    pugi::xml_node file_desc = header.append_child("fileDesc");
    pugi::xml_node title = file_desc.append_child("titleStmt").append_child("title");
    title.append_attribute("type") = "complete";
    // The document's title is its heading without the leading "N. " (which the head keeps).
    std::string heading = text_without_notes(div.child("head"));
    const std::string number_prefix = std::string(div.attribute("n").value()) + ". ";
    if (heading.compare(0, number_prefix.size(), number_prefix) == 0) heading.erase(0, number_prefix.size());
    title.append_child(pugi::node_pcdata).set_value(heading.c_str());

    pugi::xml_node pub = file_desc.append_child("publicationStmt");
    text_child(pub, "authority", "teipress");
    if (!volume_id.empty()) {
        pugi::xml_node id = pub.append_child("idno");
        id.append_attribute("type") = "frus";
        id.append_child(pugi::node_pcdata).set_value(volume_id.c_str());
    }
    pugi::xml_node id = pub.append_child("idno");
    id.append_attribute("type") = "document";
    id.append_child(pugi::node_pcdata).set_value(doc_id.c_str());
    if (!volume_id.empty()) {
        pugi::xml_node url = pub.append_child("idno");
        url.append_attribute("type") = "url";
        url.append_child(pugi::node_pcdata)
            .set_value(("https://history.state.gov/historicaldocuments/" + volume_id + "/" + doc_id).c_str());
    }
    pugi::xml_node avail = pub.append_child("availability");
    avail.append_attribute("status") = "free";
    text_child(avail, "p", "A work of the United States Government, in the public domain.");

    pugi::xml_node source_desc = file_desc.append_child("sourceDesc");
    if (volume) append_volume_record(source_desc, volume);
    pugi::xml_node source_note = div.select_node(".//note[@type='source']").node();
    std::string archive = source_note ? archival_source(text_without_notes(source_note)) : std::string();
    if (!archive.empty()) {
        pugi::xml_node bibl = source_desc.append_child("bibl");
        bibl.append_attribute("type") = "archival-source";
        bibl.append_child(pugi::node_pcdata).set_value(archive.c_str());
    }
    if (!source_desc.first_child())
        text_child(source_desc, "p", "The reading text of a FRUS document; its volume is not given.");

    pugi::xml_node encoding = header.append_child("encodingDesc");
    text_child(encoding.append_child("projectDesc"), "p",
               "Encoded by teipress convert from the document's reading text as copied from the "
               "web edition, following the encoding of the Office of the Historian's FRUS TEI.");
    pugi::xml_node editorial = encoding.append_child("editorialDecl");
    text_child(editorial.append_child("normalization"), "p",
               "The text is kept character for character; only line ends and runs of blank lines "
               "are encoded as structure (paragraphs, lists, sections). Page markers became pb, "
               "footnote numbers became note at their anchors. Text not in the reading text is "
               "in supplied; what the copy lost is marked by gap.");
    text_child(editorial.append_child("interpretation"), "p",
               "Cross references of the notes, persons and terms of the volume's lists were "
               "tagged automatically where the context made them certain.");

    pugi::xml_node profile = header.append_child("profileDesc");
    if (ctx.metadata) {
        pugi::xml_node meta_profile = ctx.metadata->document_element().child("teiHeader").child("profileDesc");
        if (pugi::xml_node creation = meta_profile.child("creation")) profile.append_copy(creation);
    }
    pugi::xml_node language = profile.append_child("langUsage").append_child("language");
    language.append_attribute("ident") = "en";
    language.append_child(pugi::node_pcdata).set_value("English");
    if (ctx.metadata) {
        pugi::xml_node meta_profile = ctx.metadata->document_element().child("teiHeader").child("profileDesc");
        if (pugi::xml_node text_class = meta_profile.child("textClass")) profile.append_copy(text_class);
    }

    text_child(header.append_child("revisionDesc"), "change",
               "Converted from the reading text " + ctx.input_name + " by teipress convert.");
    return true;
}

} // namespace teipress::passes
