// The PDF: the memo, converted and rendered with pdflatex, read back with pdftotext page by
// page. Every paragraph, list item and note is in it, and every note is at the foot of the
// page that holds its anchor. A CTest skip when pdflatex or pdftotext is missing.
#include "edition/edition.h"
#include "passes/convert_document.h"
#include "render_test_support.h"
#include "tools/test_files.h"
#include "writers/tex_to_pdf.h"
#include "xml/xml_settings.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <pugixml.hpp>

using namespace teipress;
using namespace teipress::test;
namespace fs = std::filesystem;

namespace {

// Text as compared: no whitespace, no hyphens (TeX breaks words with them) and no page
// markers (they are in the margin).
std::string normalize(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 6, "[Page ") == 0) {
            std::size_t close = s.find(']', i);
            if (close != std::string::npos) {
                i = close;
                continue;
            }
        }
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '-') continue;
        out += s[i];
    }
    return out;
}

std::string run_capture(const std::string& command) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return out;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), p)) > 0) out.append(buffer.data(), n);
    ::pclose(p);
    return out;
}

// A block of the TEI as it reads (note labels in place, note texts left out), and each note
// with its label, its text and the words just before its anchor.
struct NoteFacts {
    std::string label, text, anchor;
};
struct TeiFacts {
    std::vector<std::string> blocks;
    std::vector<NoteFacts> notes;
};

void collect(pugi::xml_node node, std::string& block, TeiFacts& facts) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            block += child.value();
            continue;
        }
        if (child.type() != pugi::node_element) continue;
        std::string name = child.name();
        if (name == "note") {
            std::string before = normalize(block);
            NoteFacts note;
            note.label = child.attribute("n").value();
            note.anchor = before.substr(before.size() > 24 ? before.size() - 24 : 0) + note.label;
            std::string text;
            TeiFacts nested;
            collect(child, text, nested);
            note.text = text;
            facts.notes.push_back(note);
            block += note.label;
        } else if (name == "pb" || name == "gap") {
            continue;
        } else if (name == "list") {
            for (pugi::xml_node item : child.children("item")) {
                std::string line;
                collect(item, line, facts);
                facts.blocks.push_back(line);
            }
        } else {
            collect(child, block, facts);
        }
    }
}

TeiFacts tei_facts(const std::string& tei) {
    pugi::xml_document doc;
    REQUIRE(doc.load_string(tei.c_str(), xml::k_pugi_parse));
    TeiFacts facts;
    pugi::xml_node div =
        doc.child("TEI").child("text").child("body").find_child_by_attribute("div", "type", "document");
    REQUIRE(div);
    std::string head;
    collect(div.child("head"), head, facts);
    facts.blocks.push_back(head);
    for (pugi::xpath_node p : div.select_nodes(".//p | .//closer")) {
        std::string block;
        collect(p.node(), block, facts);
        facts.blocks.push_back(block);
    }
    return facts;
}

// Finds s in pages (from page `from` on) as at most four pieces in order, the text of a page
// break (page number, the notes of the page) allowed between them; returns the page of the
// first piece, or -1.
int find_in_pages(const std::vector<std::string>& pages, const std::string& s) {
    std::string all;
    std::vector<std::size_t> starts;
    for (const auto& p : pages) {
        starts.push_back(all.size());
        all += p;
    }
    auto page_of = [&](std::size_t pos) {
        int page = 0;
        for (std::size_t i = 0; i < starts.size(); ++i)
            if (starts[i] <= pos) page = static_cast<int>(i);
        return page;
    };
    std::size_t cursor = 0, done = 0;
    int first_page = -1;
    for (int piece = 0; piece < 4 && done < s.size(); ++piece) {
        // The longest prefix of the rest found after cursor.
        std::size_t lo = 0, hi = s.size() - done, at = std::string::npos;
        while (lo < hi) {
            std::size_t mid = (lo + hi + 1) / 2;
            std::size_t pos = all.find(s.substr(done, mid), cursor);
            if (pos != std::string::npos)
                lo = mid;
            else
                hi = mid - 1;
        }
        if (lo < std::min<std::size_t>(12, s.size() - done)) return -1;
        at = all.find(s.substr(done, lo), cursor);
        if (first_page < 0) first_page = page_of(at);
        cursor = at + lo;
        done += lo;
    }
    return done == s.size() ? first_page : -1;
}

} // namespace

TEST_CASE("pdf: the memo has every paragraph and every note, each note at the foot of its page") {
    if (writers::find_on_path("pdflatex").empty() || writers::find_on_path("pdftotext").empty())
        testing::skip_test("pdflatex or pdftotext is not installed (Debian: texlive-latex-base, poppler-utils)");
    const std::string dir = source_path("editions/frus1964-68v17");
    edition::Edition edition;
    DiagnosticSink sink;
    REQUIRE(edition::load_edition(dir, edition, sink) == edition::LoadStatus::Ok);
    auto text = read_text_file(dir + "/d67.txt");
    REQUIRE(text);
    auto converted = passes::convert_reading_text(*text, "d67.txt", {"d67.txt", &edition, ""}, sink);
    REQUIRE(converted.status == passes::ConvertStatus::Ok);

    writers::Renderer renderer;
    auto r = render_text(renderer, converted.tei, "pdf", "d67.xml");
    for (const auto& d : r.sink.items()) UNSCOPED_INFO(format_diagnostic(d));
    REQUIRE(r.status == k_exit_ok);
    REQUIRE(r.out.rfind("%PDF-", 0) == 0);
    const std::string artifacts = std::string(TEIPRESS_BINARY_DIR) + "/tests/render/artifacts";
    fs::create_directories(artifacts);
    const std::string pdf = artifacts + "/d67.pdf";
    REQUIRE(write_file_atomically(pdf, r.out));

    std::string info = run_capture("pdfinfo '" + pdf + "'");
    int page_count = 0;
    if (auto at = info.find("Pages:"); at != std::string::npos) page_count = std::atoi(info.c_str() + at + 6);
    REQUIRE(page_count >= 1);
    std::vector<std::string> pages;
    for (int i = 1; i <= page_count; ++i)
        pages.push_back(normalize(run_capture("pdftotext -enc UTF-8 -f " + std::to_string(i) + " -l " +
                                              std::to_string(i) + " '" + pdf + "' -")));

    TeiFacts facts = tei_facts(converted.tei);
    REQUIRE(facts.blocks.size() > 5);
    REQUIRE(facts.notes.size() >= 1);
    for (const auto& block : facts.blocks) {
        INFO("paragraph: " << block);
        CHECK(find_in_pages(pages, normalize(block)) >= 0);
    }
    for (const auto& note : facts.notes) {
        INFO("note " << note.label << ": " << note.text);
        int text_page = find_in_pages(pages, normalize(note.text));
        CHECK(text_page >= 0);
        int anchor_page = find_in_pages(pages, note.anchor);
        CHECK(anchor_page >= 0);
        CHECK(text_page == anchor_page);
        // At the foot: the note's text comes after the body text of its page that precedes
        // its anchor, and it is printed with its own label.
        if (text_page >= 0 && anchor_page == text_page) {
            const std::string& page = pages[static_cast<std::size_t>(text_page)];
            std::size_t anchor_at = page.find(note.anchor);
            std::size_t text_at = page.find(normalize(note.text).substr(0, 20));
            CHECK(anchor_at < text_at);
            CHECK(page.find(note.label + normalize(note.text).substr(0, 20)) != std::string::npos);
        }
    }
}

TEST_CASE("pdf: TeX's first error and the TEI line it came from") {
    // -file-line-error (what teipress runs): FILE:LINE: message, then what TeX read.
    const std::string log =
        "This is pdfTeX\n(./document.tex\n./document.tex:40: Undefined control "
        "sequence.\nl.40 {Second \\nosuchcommand\n                  {}\n";
    auto e = writers::tex_first_error(log);
    CHECK(e.message == "Undefined control sequence.");
    CHECK(e.tex_line == 40);
    CHECK(e.context == "{Second \\nosuchcommand");
    // Without it: "! message", the line from "l.N".
    auto bang = writers::tex_first_error("! Missing $ inserted.\n<inserted text>\n$\nl.12 a_b\n");
    CHECK(bang.message == "Missing $ inserted.");
    CHECK(bang.tex_line == 12);
    CHECK(bang.context == "a_b");
    CHECK(writers::tex_first_error("no error here\n").message.empty());
    // The last "% TEI line N" at or before the LaTeX line.
    const std::string latex =
        "\\documentclass{article}\n% TEI line 3\n{First.\\par}\n"
        "% TEI line 7\n{Second\nline.\\par}\n";
    CHECK(writers::tei_line_of_tex_line(latex, 1) == 0);
    CHECK(writers::tei_line_of_tex_line(latex, 3) == 3);
    CHECK(writers::tei_line_of_tex_line(latex, 5) == 7);
    CHECK(writers::tei_line_of_tex_line(latex, 6) == 7);
}
