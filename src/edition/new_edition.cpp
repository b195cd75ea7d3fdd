#include "edition/new_edition.h"

namespace teipress::edition {

namespace {

const char* k_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const char* k_public_domain = "A work of the United States Government, in the public domain.";

std::string element(const std::string& indent, const std::string& name, const std::string& attrs,
                    const std::string& text) {
    return indent + "<" + name + attrs + ">" + xml_escape(text) + "</" + name + ">\n";
}

std::string attribute(const std::string& name, const std::string& value) {
    return value.empty() ? std::string() : " " + name + "=\"" + xml_escape(value) + "\"";
}

std::string header(const std::string& title, const std::string& publication, const std::string& source) {
    return std::string(k_declaration) +
           "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n    <fileDesc>\n"
           "      <titleStmt>\n" +
           element("        ", "title", "", title) +
           "      </titleStmt>\n"
           "      <publicationStmt>\n" +
           element("        ", "p", "", publication) +
           "      </publicationStmt>\n"
           "      <sourceDesc>\n" +
           element("        ", "p", "", source) +
           "      </sourceDesc>\n"
           "    </fileDesc>\n  </teiHeader>\n";
}

bool is_frus(const VolumeRecord& r) {
    for (const auto& [type, value] : r.idnos)
        if (type == "frus" && value.rfind("frus", 0) == 0) return true;
    return false;
}

} // namespace

std::string xml_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string edition_xml(const VolumeRecord& r, const std::string& about) {
    std::string s = std::string(k_declaration) +
                    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n";
    for (const auto& [type, text] : r.titles) s += element("        ", "title", attribute("type", type), text);
    for (const auto& [role, name] : r.editors) s += element("        ", "editor", attribute("role", role), name);
    s += "      </titleStmt>\n      <publicationStmt>\n";
    s += element("        ", "publisher", "", r.publisher);
    s += element("        ", "pubPlace", "", r.place);
    s += element("        ", "date", attribute("type", "publication-date") + attribute("when", r.date_when), r.date);
    for (const auto& [type, value] : r.idnos) s += element("        ", "idno", attribute("type", type), value);
    if (is_frus(r))
        s += "        <availability status=\"free\">\n" + element("          ", "p", "", k_public_domain) +
             "        </availability>\n";
    s += "      </publicationStmt>\n      <sourceDesc>\n" + element("        ", "p", "", r.source) +
         "      </sourceDesc>\n    </fileDesc>\n  </teiHeader>\n  <text>\n    <body>\n" +
         element("      ", "p", "", about) + "    </body>\n  </text>\n</TEI>\n";
    return s;
}

std::string list_xml(const std::string& kind, const std::string& volume_title, const std::string& source,
                     const std::string& body_xml) {
    const bool persons = kind == "persons";
    std::string s = header(volume_title + (persons ? ": Persons" : ": Abbreviations and Terms"),
                           "Part of the edition folder of " + volume_title + ".", source);
    s += "  <text>\n    <body>\n";
    if (!body_xml.empty()) {
        s += "      " + body_xml + "\n";
    } else {
        s +=
            std::string("      <div type=\"section\" xml:id=\"") + kind + "\" subtype=\"index\">\n" +
            element("        ", "head", "", persons ? "Persons" : "Abbreviations and Terms") +
            element(
                "        ", "p", "",
                persons
                    ? "No persons yet. Add each as an item of a list type=\"names\" here: <item><hi rend=\"strong\"><persName xml:id=\"p_RD1\">Rusk, Dean</persName>,</hi> Secretary of State</item>; convert then tags the surname where it names one person."
                    : "No terms yet. Add each as an item of a list type=\"terms\" here: <item><hi rend=\"strong\"><term xml:id=\"t_NATO1\">NATO</term>,</hi> North Atlantic Treaty Organization</item>; convert then tags the term where it stands in a text.") +
            "      </div>\n";
    }
    return s + "    </body>\n  </text>\n</TEI>\n";
}

std::string document_metadata_xml(const std::string& n, const std::string& date_xml, const std::string& page,
                                  const std::string& dateline_xml, const std::string& source) {
    std::string s = std::string(k_declaration) +
                    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n    <fileDesc>\n"
                    "      <titleStmt>\n" +
                    element("        ", "title", "", "Document " + n + ": what its reading text cannot carry") +
                    "      </titleStmt>\n      <publicationStmt>\n" +
                    element("        ", "p", "", "Part of this edition folder.") +
                    "      </publicationStmt>\n      <sourceDesc>\n" +
                    element("        ", "p", "", page.empty() ? source : source + ", p. " + page + ".") +
                    "      </sourceDesc>\n    </fileDesc>\n";
    if (!date_xml.empty()) s += "    <profileDesc>\n      <creation>" + date_xml + "</creation>\n    </profileDesc>\n";
    s += "  </teiHeader>\n  <text>\n    <body>\n      <div type=\"document\" n=\"" + xml_escape(n) + "\">\n";
    if (!dateline_xml.empty()) s += "        <opener>" + dateline_xml + "</opener>\n";
    s += "        <p><gap reason=\"text-in-the-reading-text\"/></p>\n      </div>\n    </body>\n  </text>\n</TEI>\n";
    return s;
}

std::vector<EditionFile> sample_document() {
    const std::string text =
        "1. Memorandum From the Secretary of State to the President1\n"
        "\n"
        "\n"
        "  • A sample document of a new edition\n"
        "\n"
        "This paragraph shows a footnote anchored after a word.2 A page break stands inside the line [Page 2] and the text goes on.\n"
        "\n"
        "The lines of the block after a paragraph ending in a colon are a list inside that paragraph:\n"
        "\n"
        "First item of the list\n"
        "[Page 3]\n"
        "Second item of the list, after a page break\n"
        "\n"
        "[Page 4]\n"
        "\n"
        "A paragraph after a page break of its own.\n"
        "\n"
        "\n"
        "Two or more blank lines before a block start a section; its note cites other documents.3\n"
        "\n"
        "Dean\n"
        "\n"
        "  1. Source: Typed as the sample of a new edition. Secret.\n"
        "  2. A note is placed at its anchor: its number glued to the word or punctuation before it.\n"
        "  3. See footnote 2 above and Foreign Relations, 1964–1968, vol. XVII, Document 67.";
    return {
        {"d1.txt", text},
        {"documents/d1.xml",
         document_metadata_xml(
             "1", "<date when=\"1968-07-20\">July 20, 1968</date>", "",
             "<dateline><placeName>Washington</placeName>, <date when=\"1968-07-20\">July 20, 1968</date></dateline>",
             "The sample document of teipress init: its dateline (the reading text has two blank lines after the heading where it was)")},
    };
}

std::string readme_md(const std::string& title, bool with_sample, std::size_t documents) {
    std::string s =
        "# " + title +
        "\n\nAn edition folder of teipress. What each file is for:\n\n"
        "| file | what it is for |\n|---|---|\n"
        "| `edition.xml` | the volume's record (its `teiHeader`): titles, editors, publisher, place and date of "
        "publication, identifiers. Required, with the complete title, publisher, place, date and `idno type=\"frus\"`: "
        "`build` and `convert --edition` stop and name a missing field. Every document's TEI header is made from it. |\n"
        "| `persons.xml` | the list of persons of the front matter; a surname of it in a text becomes `persName`. |\n"
        "| `terms.xml` | the list of abbreviations and terms; a term of it in a text becomes `gloss`. |\n";
    if (with_sample) {
        s +=
            "| `d1.txt` | a reading text: the sample document, which shows every feature of the format (heading, notes, "
            "pages, subject, list, section, signature). Replace it with your documents, one `dN.txt` each. |\n"
            "| `documents/d1.xml` | what a reading text cannot carry: the document's dateline, date and type. |\n";
    } else {
        s +=
            "| `dN.txt` | the reading texts, one per document (add them: see the reading-text format in teipress's README). |\n"
            "| `documents/dN.xml` | what a reading text cannot carry: each document's dateline, date and page (" +
            std::to_string(documents) + " here). |\n";
    }
    s += "| `README.md` | this file. |\n\nBuild every document (TEI, HTML, LaTeX, PDF, text, Markdown):\n\n"
         "    teipress build . -o out\n\nor one at a time:\n\n"
         "    teipress convert d1.txt --edition . -o d1.xml\n    teipress validate d1.xml\n"
         "    teipress render d1.xml --to html -o d1.html\n";
    return s;
}

std::vector<EditionFile> new_edition_files(const VolumeRecord& record) {
    const std::string title = record.titles.empty() ? std::string("Untitled volume") : record.titles.front().second;
    std::vector<EditionFile> files;
    files.push_back({"edition.xml",
                     edition_xml(record, "The edition folder of " + title +
                                             ": this file's header is the volume's record; persons.xml and terms.xml "
                                             "hold its lists; documents/ holds what a document's reading text cannot "
                                             "carry (its dateline, date and type).")});
    const std::string source = "Written by teipress init; to be filled by the editors.";
    files.push_back({"persons.xml", list_xml("persons", title, source, "")});
    files.push_back({"terms.xml", list_xml("terms", title, source, "")});
    for (auto& f : sample_document()) files.push_back(std::move(f));
    files.push_back({"README.md", readme_md(title, true, 1)});
    return files;
}

} // namespace teipress::edition
