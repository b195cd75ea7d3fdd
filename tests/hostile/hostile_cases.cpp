#include "hostile_cases.h"
#include "render_escape_cases.h"

#include <fstream>
#include <stdexcept>

namespace teipress::hostile {

namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& content) {
    std::ofstream out(file, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

// head + unit * count + tail, streamed (inputs of hundreds of megabytes are never in memory).
void write_repeated(const fs::path& file, const std::string& head, const std::string& unit, std::size_t count,
                    const std::string& tail) {
    std::ofstream out(file, std::ios::binary);
    out << head;
    std::string chunk;
    const std::size_t per_chunk = std::max<std::size_t>(1, (std::size_t(1) << 20) / unit.size());
    for (std::size_t i = 0; i < per_chunk; ++i) chunk += unit;
    std::size_t left = count;
    while (left >= per_chunk) {
        out << chunk;
        left -= per_chunk;
    }
    for (std::size_t i = 0; i < left; ++i) out << unit;
    out << tail;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

const std::string k_tei_open = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>";
const std::string k_tei_close = "</body></text></TEI>\n";

// The secret files every case folder holds; an input may name them, no output may show them.
void make_secrets(const fs::path& dir) {
    write(dir / "secret.txt", std::string(k_secret_token) + "\n");
    write(dir / "secret.dtd", std::string("<!ENTITY fromdtd \"") + k_secret_token + "\">\n");
}

// TEI whose text refers to the local secret through an external general entity, by relative
// and by absolute file: URL.
std::string xxe_general(const fs::path& dir) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n"
           "  <!ENTITY rel SYSTEM \"secret.txt\">\n"
           "  <!ENTITY abs SYSTEM \"file://" +
           (dir / "secret.txt").string() + "\">\n]>\n" + k_tei_open + "<p>a&rel;b&abs;c</p>" + k_tei_close;
}

// TEI pulling the secret in as an external parameter entity.
std::string xxe_parameter_entity() {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n"
           "  <!ENTITY % pe SYSTEM \"secret.dtd\">\n  %pe;\n]>\n" +
           k_tei_open + "<p>a&fromdtd;b</p>" + k_tei_close;
}

// TEI naming the secret as its external DTD subset and using an entity declared there.
std::string xxe_external_subset() {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"secret.dtd\">\n" + k_tei_open + "<p>a&fromdtd;b</p>" +
           k_tei_close;
}

// TEI asking for the secret through XInclude.
std::string xinclude() {
    return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
           "<text><body><p>a<xi:include href=\"secret.txt\" parse=\"text\"/>b</p>" +
           k_tei_close;
}

// "Billion laughs": ten levels of ten references each, 10^10 copies of "lol".
std::string entity_bomb() {
    std::string s = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n  <!ENTITY l0 \"lol\">\n";
    for (int i = 1; i <= 10; ++i) {
        s += "  <!ENTITY l" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j) s += "&l" + std::to_string(i - 1) + ";";
        s += "\">\n";
    }
    return s + "]>\n" + k_tei_open + "<p>&l10;</p>" + k_tei_close;
}

// Quadratic blow-up: one 100 kB entity referenced 20,000 times (2 GB once expanded).
std::string quadratic_blowup() {
    std::string s = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n  <!ENTITY big \"" + std::string(100000, 'x') +
                    "\">\n]>\n" + k_tei_open + "<p>";
    for (int i = 0; i < 20000; ++i) s += "&big;";
    return s + "</p>" + k_tei_close;
}

void deep_nesting(const fs::path& file) {
    std::ofstream out(file, std::ios::binary);
    out << k_tei_open;
    for (int i = 0; i < 100000; ++i) out << "<hi>";
    out << "deep";
    for (int i = 0; i < 100000; ++i) out << "</hi>";
    out << k_tei_close;
}

// A reading text of document N with one paragraph between heading and the source note.
std::string reading_text(const std::string& heading_tail, const std::string& paragraph, const std::string& notes) {
    return "8. Memorandum From A to B" + heading_tail + "\n\n" + paragraph + "\n\n" + notes;
}

// A reading text with `count` footnotes: the source note on the heading, then one paragraph
// per further note with the note number glued to its last word.
void many_footnotes(const fs::path& file, int count) {
    std::ofstream out(file, std::ios::binary);
    out << "9. Memorandum From A to B1\n\n";
    for (int k = 2; k <= count; ++k) out << "Paragraph " << k << " has a note" << k << ".\n\n";
    out << "  1. Source: Files.";
    for (int k = 2; k <= count; ++k) out << "\n  " << k << ". Note " << k << ".";
}

// A 200 MB reading text: 200,000 paragraphs of 1 kB.
void big_reading_text(const fs::path& file) {
    std::string paragraph;
    for (int i = 0; i < 199; ++i) paragraph += "word ";
    write_repeated(file, "9. Memorandum From A to B\n\n", paragraph + "end.\n\n", 200000, "Last.");
}

// A reading text whose one paragraph is a single 50 MB line.
void long_line_reading_text(const fs::path& file) {
    write_repeated(file, "9. Memorandum From A to B\n\n", "word ", 10000000, "end.");
}

// What a stylesheet parameter may carry: quotes of both kinds, XML and HTML markup, an
// entity reference, and LaTeX that would read the case's secret file and end the \href.
std::string hostile_parameter(const fs::path& dir) {
    return "x}{y}\\input{" + (dir / "secret.txt").string() + "}\\href{z\"'><script>alert(1)</script>&amp;";
}

// The placeholders of the commands.
const std::string T = "{teipress}", P = "{probe}";

// `teipress` through /bin/sh, for pipelines (convert && render && cmp); $T is teipress.
std::vector<std::string> shell(const std::string& script) {
    return {"/bin/sh", "-c", "T={teipress}; " + script};
}

std::vector<HostileCase> make_cases() {
    std::vector<HostileCase> v;

    // --- The XML layer alone (src/xml through tests/hostile/xml_probe) -----------------------
    v.push_back(
        {.name = "xml_external_entity_local_file",
         .what = "external general entities naming a local file (relative and file://)",
         .make_inputs = [](const fs::path& d) { write(d / "in.xml", xxe_general(d)); },
         .command = {P, "in.xml", "out.txt"},
         .exit_code = 1,
         .stderr_has = {"in.xml:3:",
                        "declares the external entity \"rel\" (secret.txt); teipress never loads external entities"},
         .absent = {"out.txt"}});
    v.push_back({.name = "xml_external_parameter_entity",
                 .what = "an external parameter entity naming a local file",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", xxe_parameter_entity()); },
                 .command = {P, "in.xml", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:3:", "declares the external entity \"pe\" (secret.dtd)"},
                 .absent = {"out.txt"}});
    v.push_back({.name = "xml_external_dtd_subset",
                 .what = "an external DTD subset naming a local file, and an entity from it",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", xxe_external_subset()); },
                 .command = {P, "in.xml", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:3:", "Entity 'fromdtd' not defined"},
                 .absent = {"out.txt"}});
    v.push_back({.name = "xml_xinclude_local_file",
                 .what = "an XInclude of a local file is not processed",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", xinclude()); },
                 .command = {P, "in.xml", "out.txt"},
                 .stdout_has = {"ab"},
                 .file_has = {{"out.txt", "ab"}}});
    v.push_back({.name = "xml_entity_bomb",
                 .what = "billion laughs: 10^10 expansions of an internal entity",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", entity_bomb()); },
                 .command = {P, "in.xml", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:3:", "declares the entity \"l0\"; teipress does not expand entities"},
                 .absent = {"out.txt"}});
    v.push_back({.name = "xml_quadratic_blowup",
                 .what = "one 100 kB entity referenced 20,000 times",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", quadratic_blowup()); },
                 .command = {P, "in.xml", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:3:", "declares the entity \"big\""},
                 .absent = {"out.txt"}});
    v.push_back({.name = "xml_nesting_100000",
                 .what = "100,000 levels of nested elements",
                 .make_inputs = [](const fs::path& d) { deep_nesting(d / "in.xml"); },
                 .command = {P, "in.xml", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:1:", "Excessive depth in document: 256"},
                 .absent = {"out.txt"}});
    v.push_back({.name = "xml_nul_bytes",
                 .what = "NUL bytes inside text",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.xml", k_tei_open + "<p>a" + std::string(1, '\0') + "b</p>" + k_tei_close);
                     },
                 .command = {P, "in.xml", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:1:"},
                 .absent = {"out.txt"}});
    v.push_back({.name = "xml_invalid_utf8",
                 .what = "bytes that are not UTF-8 (a lone 0xFF, an overlong form)",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.xml", k_tei_open +
                                                 "<p>a\xFF\xC0\xAF"
                                                 "b</p>" +
                                                 k_tei_close);
                     },
                 .command = {P, "in.xml", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:1:", "UTF-8"},
                 .absent = {"out.txt"}});
    v.push_back({.name = "xml_200mb",
                 .what = "a 200 MB TEI document (200,000 paragraphs of 1 kB)",
                 .make_inputs =
                     [](const fs::path& d) {
                         write_repeated(d / "in.xml", k_tei_open, "<p>" + std::string(993, 'a') + "</p>\n", 200000,
                                        k_tei_close);
                     },
                 .command = {P, "in.xml", "out.txt"},
                 .seconds = 60,
                 .memory_mb = 2000});
    v.push_back({.name = "xml_single_line_50mb_text",
                 .what = "a single 50 MB line of text in one paragraph",
                 .make_inputs =
                     [](const fs::path& d) {
                         write_repeated(d / "in.xml", k_tei_open + "<p>", "word ", 10000000, "</p>" + k_tei_close);
                     },
                 .command = {P, "in.xml", "out.txt"},
                 .stdout_has = {"word word word"},
                 .seconds = 20,
                 .memory_mb = 512});
    v.push_back({.name = "xml_single_line_50mb_markup",
                 .what = "a single 50 MB line of 1,000,000 paragraphs",
                 .make_inputs =
                     [](const fs::path& d) {
                         write_repeated(d / "in.xml", k_tei_open, "<p>" + std::string(43, 'w') + "</p>", 1000000,
                                        k_tei_close);
                     },
                 .command = {P, "in.xml", "out.txt"},
                 .stdout_has = {"wwwwwwww"},
                 .seconds = 30,
                 .memory_mb = 1500});

    // --- teipress convert: hostile reading texts ------------------------------------------------
    v.push_back({.name = "convert_page_number_overflow",
                 .what = "[Page 99999999999999999999]: a page number past every integer type",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.txt", reading_text("1", "The text [Page 99999999999999999999] goes on.",
                                                          "  1. Source: Files."));
                     },
                 .command = shell(
                     "$T convert in.txt -o out.xml && $T render out.xml --to text -o back.txt && cmp in.txt back.txt"),
                 .file_has = {{"out.xml", "<pb n=\"99999999999999999999\""}}});
    v.push_back({.name = "convert_footnote_number_overflow",
                 .what = "footnote numbers past the integer range are text, kept to the last digit",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.txt", reading_text("99999999999999999999", "A note18446744073709551617 here.",
                                                          "  99999999999999999999. Source: Files.\n"
                                                          "  18446744073709551617. A note."));
                     },
                 .command = shell(
                     "$T convert in.txt -o out.xml && $T render out.xml --to text -o back.txt && cmp in.txt back.txt"),
                 .file_has = {{"out.xml", "B99999999999999999999"},
                              {"out.xml", "note18446744073709551617 here."},
                              {"out.xml", "  99999999999999999999. Source: Files."}}});
    v.push_back({.name = "convert_10000_footnotes",
                 .what = "10,000 footnotes, each anchored in its own paragraph",
                 .make_inputs = [](const fs::path& d) { many_footnotes(d / "in.txt", 10000); },
                 .command = shell(
                     "$T convert in.txt -o out.xml && $T render out.xml --to text -o back.txt && cmp in.txt back.txt"),
                 .seconds = 20,
                 .memory_mb = 256,
                 .file_has = {{"out.xml", "<note n=\"9999\" xml:id=\"d9fn9999\">Note 9999.</note>"},
                              {"out.xml", "<note n=\"10000\" xml:id=\"d9fn10000\">Note 10000.</note>"}}});
    v.push_back({.name = "convert_9999_footnotes",
                 .what = "9,999 footnotes, each anchored in its own paragraph",
                 .make_inputs = [](const fs::path& d) { many_footnotes(d / "in.txt", 9999); },
                 .command = shell(
                     "$T convert in.txt -o out.xml && $T render out.xml --to text -o back.txt && cmp in.txt back.txt"),
                 .seconds = 20,
                 .memory_mb = 256,
                 .file_has = {{"out.xml", "<note n=\"9999\" xml:id=\"d9fn9999\">Note 9999.</note>"}}});
    v.push_back({.name = "convert_nul_bytes",
                 .what = "a NUL byte in a paragraph; the previous output stays",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.txt",
                               reading_text("1", std::string("Text with a ") + '\0' + " NUL.", "  1. Source: Files."));
                         write(d / "out.xml", "previous output\n");
                     },
                 .command = {T, "convert", "in.txt", "-o", "out.xml"},
                 .exit_code = 1,
                 .stderr_has = {"in.txt:3:13: error: character U+0000 is not allowed in XML"},
                 .unchanged = {"out.xml"}});
    v.push_back({.name = "convert_control_character",
                 .what = "a C0 control character (U+0001) in a paragraph",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.txt", reading_text("1", "Text with a \x01 control.", "  1. Source: Files."));
                     },
                 .command = {T, "convert", "in.txt", "-o", "out.xml"},
                 .exit_code = 1,
                 .stderr_has = {"in.txt:3:13: error: character U+0001 is not allowed in XML"},
                 .absent = {"out.xml"}});
    v.push_back({.name = "convert_invalid_utf8",
                 .what = "a byte that is not UTF-8 in a paragraph",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.txt", reading_text("1", "Text with \xFF bad.", "  1. Source: Files."));
                     },
                 .command = {T, "convert", "in.txt", "-o", "out.xml"},
                 .exit_code = 1,
                 .stderr_has = {"in.txt:3:11: error: invalid UTF-8 at byte offset 38 (byte 0xFF)"},
                 .absent = {"out.xml"}});
    v.push_back({.name = "convert_output_is_input",
                 .what = "an output path naming the input",
                 .make_inputs =
                     [](const fs::path& d) { write(d / "in.txt", reading_text("1", "Text.", "  1. Source: Files.")); },
                 .command = {T, "convert", "in.txt", "-o", "./in.txt"},
                 .exit_code = 3,
                 .stderr_has = {"./in.txt:1:1: error: refusing to overwrite the input file in.txt"},
                 .unchanged = {"in.txt"}});
    v.push_back({.name = "pipeline_200mb",
                 .what = "a 200 MB reading text: convert, validate, render as text, compare",
                 .make_inputs = [](const fs::path& d) { big_reading_text(d / "in.txt"); },
                 .command = shell("$T convert in.txt -o out.xml && $T validate out.xml && "
                                  "$T render out.xml --to text -o back.txt && cmp in.txt back.txt"),
                 .stderr_has = {"1 file checked: 0 errors, 0 warnings"},
                 // A hang guard, not a speed claim (about 22 s alone; CTest runs it beside
                 // other heavy tests on two cores).
                 .seconds = 180,
                 .memory_mb = 1500});
    v.push_back({.name = "pipeline_single_line_50mb",
                 .what = "a reading text whose paragraph is one 50 MB line: convert, validate, render",
                 .make_inputs = [](const fs::path& d) { long_line_reading_text(d / "in.txt"); },
                 .command = shell("$T convert in.txt -o out.xml && $T validate out.xml && "
                                  "$T render out.xml --to text -o back.txt && cmp in.txt back.txt && "
                                  "$T render out.xml --to html -o out.html"),
                 .stderr_has = {"1 file checked: 0 errors, 0 warnings"},
                 .seconds = 30,
                 .memory_mb = 800});

    // Inputs with no end or no lines, under a 4 GB address-space cap (issue 9, item 4): the
    // 2 GiB limit is enforced (a stream is refused at the limit), and blank lines cost no
    // memory beyond the text itself.
    for (const char* device : {"zero", "urandom"}) {
        v.push_back({.name = std::string("convert_dev_") + device,
                     .what = std::string("convert /dev/") + device + ": an endless input, refused at 2 GiB",
                     .make_inputs = [](const fs::path&) {},
                     .command = {T, "convert", std::string("/dev/") + device, "-o", "out.xml"},
                     .exit_code = 2,
                     .stderr_has = {std::string("/dev/") + device +
                                    ":1:1: error: file is larger than the limit of 2147483647 bytes (2 GiB)"},
                     .seconds = 90,
                     .memory_mb = 2300,
                     .address_space_mb = 4096,
                     .absent = {"out.xml"}});
    }
    v.push_back(
        {.name = "convert_100mb_blank_lines",
         .what = "a heading and 100 MB of blank lines",
         .make_inputs = [](const fs::path& d) { write_repeated(d / "in.txt", "5. Title\n", "\n", 100000000, ""); },
         .command = {T, "convert", "in.txt", "-o", "out.xml"},
         .seconds = 30,
         .memory_mb = 300,
         .address_space_mb = 4096,
         .file_has = {{"out.xml", "<head>5. Title</head>"}}});
    v.push_back({.name = "convert_out_of_memory",
                 .what = "convert a 100 MB reading text with 250 MB of address space: out of memory is an error",
                 .make_inputs =
                     [](const fs::path& d) {
                         std::string paragraph;
                         for (int i = 0; i < 199; ++i) paragraph += "word ";
                         write_repeated(d / "in.txt", "9. Memorandum From A to B\n\n", paragraph + "end.\n\n", 100000,
                                        "Last.");
                         write(d / "out.xml", "previous output\n");
                     },
                 .command = {T, "convert", "in.txt", "-o", "out.xml"},
                 .exit_code = 5,
                 .stderr_has = {"teipress convert: error: out of memory"},
                 .seconds = 30,
                 .address_space_mb = 250,
                 .unchanged = {"out.xml"},
                 .needs_address_space_cap = true});
    v.push_back({.name = "convert_fifo_input",
                 .what = "convert from a FIFO: the input is read once (a second read would block)",
                 .make_inputs =
                     [](const fs::path& d) { write(d / "in.txt", reading_text("1", "Text.", "  1. Source: Files.")); },
                 .command = shell("mkfifo in.fifo && (cat in.txt > in.fifo &) && $T convert in.fifo -o out.xml"),
                 .file_has = {{"out.xml", "<p>Text.</p>"}}});

    // --- teipress validate and render: hostile TEI ----------------------------------------------
    v.push_back({.name = "validate_garbage_after_nul",
                 .what = "validate: garbage after a NUL byte past the root element",
                 .make_inputs =
                     [](const fs::path& d) {
                         write(d / "in.xml",
                               k_tei_open + "<p>x</p>" + k_tei_close + std::string(1, '\0') + "<garbage><<<");
                     },
                 .command = {T, "validate", "in.xml"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:2:1: error: not well-formed XML: a NUL byte (U+0000) is not allowed in XML"}});
    // 200,000 attributes on one element: libxml2 compares each with all the others (over a
    // minute); refused at once by the linear check before the parse (issue 9, item 7).
    auto many_attributes = [](const fs::path& d) {
        std::ofstream out(d / "in.xml", std::ios::binary);
        out << "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n<p";
        for (int i = 0; i < 200000; ++i) out << " a" << i << "=\"x\"";
        out << ">x</p>" << k_tei_close;
    };
    v.push_back({.name = "validate_200000_attributes",
                 .what = "validate: 200,000 attributes on one element",
                 .make_inputs = many_attributes,
                 .command = {T, "validate", "in.xml"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:2:1: error: not well-formed XML: a start tag with more than 256 attributes"},
                 .seconds = 10});
    v.push_back({.name = "render_200000_attributes",
                 .what = "render: 200,000 attributes on one element",
                 .make_inputs = many_attributes,
                 .command = {T, "render", "in.xml", "--to", "html", "-o", "out.html"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:2:1: error: a start tag with more than 256 attributes"},
                 .seconds = 10,
                 .absent = {"out.html"}});
    v.push_back({.name = "validate_jobs_1024_2000_files",
                 .what = "validate -j 1024 with 2,000 files: the workers are capped, no abort",
                 .make_inputs =
                     [](const fs::path& d) {
                         fs::path valid = fs::path(TEIPRESS_SOURCE_DIR) / "tests/validate/fixtures/valid/document.xml";
                         for (int i = 0; i < 2000; ++i) fs::copy_file(valid, d / ("f" + std::to_string(i) + ".xml"));
                     },
                 .command = shell("$T validate -j 1024 f*.xml"),
                 .stderr_has = {"2000 files checked: 0 errors, 0 warnings"},
                 .seconds = 30,
                 .memory_mb = 1024});
    v.push_back({.name = "validate_external_entity_local_file",
                 .what = "validate: an external entity naming a local file",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", xxe_general(d)); },
                 .command = {T, "validate", "in.xml"},
                 .exit_code = 1,
                 .stderr_has = {"external entity"}});
    v.push_back({.name = "validate_entity_bomb",
                 .what = "validate: billion laughs",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", entity_bomb()); },
                 .command = {T, "validate", "in.xml"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:"}});
    v.push_back({.name = "validate_nesting_100000",
                 .what = "validate: 100,000 levels of nesting",
                 .make_inputs = [](const fs::path& d) { deep_nesting(d / "in.xml"); },
                 .command = {T, "validate", "in.xml"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:1:"}});
    v.push_back({.name = "render_external_entity_local_file",
                 .what = "render: an external entity naming a local file",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", xxe_general(d)); },
                 .command = {T, "render", "in.xml", "--to", "html", "-o", "out.html"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:3:", "declares the external entity \"rel\""},
                 .absent = {"out.html"}});
    // A user's stylesheet (or Schematron rules) that reaches for a local file through an
    // external entity: in a document() it opens, or in a stylesheet it imports.
    auto xxe_documents = [](const fs::path& d) {
        write(d / "in.xml", k_tei_open + "<p>x</p>" + k_tei_close);
        write(d / "evil.xml", "<!DOCTYPE x [<!ENTITY s SYSTEM \"secret.txt\">]>\n<x>&s;</x>\n");
        write(d / "doc.xsl",
              "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
              "<xsl:output method=\"text\"/><xsl:template match=\"/\">[<xsl:value-of "
              "select=\"document('evil.xml')/x\"/>]</xsl:template></xsl:stylesheet>\n");
        write(d / "imp.xsl",
              "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
              "<xsl:import href=\"ent.xsl\"/><xsl:output method=\"text\"/></xsl:stylesheet>\n");
        write(d / "ent.xsl",
              "<!DOCTYPE xsl:stylesheet [<!ENTITY s SYSTEM \"secret.txt\">]>\n"
              "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
              "<xsl:template match=\"/\">[&s;]</xsl:template></xsl:stylesheet>\n");
        write(d / "rules.sch",
              "<sch:schema xmlns:sch=\"http://purl.oclc.org/dsdl/schematron\" queryBinding=\"xslt\">"
              "<sch:pattern><sch:rule context=\"/*\"><sch:report id=\"leak\" test=\"true()\">leak:"
              "<sch:value-of select=\"document('evil.xml')/x\"/></sch:report></sch:rule>"
              "</sch:pattern></sch:schema>\n");
    };
    v.push_back({.name = "render_xslt_document_external_entity",
                 .what = "render --xslt: document() of a file whose external entity names a local file",
                 .make_inputs = xxe_documents,
                 .command = {T, "render", "in.xml", "--to", "text", "--xslt", "doc.xsl", "-o", "out.txt"},
                 .file_has = {{"out.txt", "[]"}}});
    v.push_back({.name = "render_xslt_import_external_entity",
                 .what = "render --xslt: an imported stylesheet whose external entity names a local file",
                 .make_inputs = xxe_documents,
                 .command = {T, "render", "in.xml", "--to", "text", "--xslt", "imp.xsl", "-o", "out.txt"},
                 .file_has = {{"out.txt", "[]"}}});
    v.push_back({.name = "validate_rules_document_external_entity",
                 .what = "validate --rules: a rule's document() of a file with a local external entity",
                 .make_inputs = xxe_documents,
                 .command = {T, "validate", "in.xml", "--schema", "{src}/schema/teipress.rng", "--rules", "rules.sch"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:", "leak: [leak]"}});
    v.push_back({.name = "render_quadratic_blowup",
                 .what = "render: one 100 kB entity referenced 20,000 times",
                 .make_inputs = [](const fs::path& d) { write(d / "in.xml", quadratic_blowup()); },
                 .command = {T, "render", "in.xml", "--to", "text", "-o", "out.txt"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:3:", "declares the entity \"big\""},
                 .absent = {"out.txt"}});
    v.push_back({.name = "render_nesting_100000",
                 .what = "render: 100,000 levels of nesting",
                 .make_inputs = [](const fs::path& d) { deep_nesting(d / "in.xml"); },
                 .command = {T, "render", "in.xml", "--to", "html", "-o", "out.html"},
                 .exit_code = 1,
                 .stderr_has = {"in.xml:1:", "Excessive depth in document: 256"},
                 .absent = {"out.html"}});
    v.push_back({.name = "render_output_is_input",
                 .what = "render: an output path naming the input",
                 .make_inputs =
                     [](const fs::path& d) {
                         fs::copy_file(fs::path(TEIPRESS_SOURCE_DIR) / "tests/convert/fixtures/refs-volumes.xml",
                                       d / "in.xml");
                     },
                 .command = {T, "render", "in.xml", "--to", "html", "-o", "in.xml"},
                 .exit_code = 3,
                 .stderr_has = {"in.xml:1:1: error: refusing to overwrite the input file in.xml"},
                 .unchanged = {"in.xml"}});
    for (const char* format : {"html", "markdown"}) {
        v.push_back({.name = std::string("render_param_markup_") + format,
                     .what = std::string("render --to ") + format + ": a stylesheet parameter with quotes and markup",
                     .make_inputs =
                         [](const fs::path& d) {
                             fs::copy_file(fs::path(TEIPRESS_SOURCE_DIR) / "tests/convert/fixtures/refs-volumes.xml",
                                           d / "in.xml");
                         },
                     .command = {T, "render", "in.xml", "--to", format, "-o", std::string("out.") + format, "--param",
                                 "web-edition-base=" + hostile_parameter("{dir}")},
                     .file_lacks = {{std::string("out.") + format, "<script>"}}});
    }
    // The same attack through the TEI itself: ref targets that try to close the TeX command or
    // the Markdown link, and a javascript: link for the HTML page. (An xml:id that is not an
    // NCName is refused by the parser before any stylesheet sees it.)
    auto crafted_tei = [](const fs::path& d) {
        write(d / "in.xml",
              "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title>"
              "</titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc>"
              "</fileDesc></teiHeader><text><body><div type=\"document\" n=\"1\" xml:id=\"d1\">"
              "<head>1. T</head><p xml:id=\"p1\">"
              "See <ref target=\"x}{y}\\input{" +
                  (d / "secret.txt").string() +
                  "}\">this</ref>, "
                  "<ref target=\"javascript:alert(1)\">that</ref> and "
                  "<ref target=\"http://e.org/a b)&lt;script&gt;\">those</ref>.</p></div></body></text></TEI>");
    };
    for (const char* format : {"latex", "markdown", "html"}) {
        v.push_back({.name = std::string("render_target_markup_") + format,
                     .what = std::string("render --to ") + format +
                             ": ref targets and xml:ids with TeX, Markdown and script markup",
                     .make_inputs = crafted_tei,
                     .command = {T, "render", "in.xml", "--to", format, "-o", std::string("out.") + format},
                     .file_lacks = {{std::string("out.") + format, "secret.txt}"},
                                    {std::string("out.") + format, "javascript:"},
                                    {std::string("out.") + format, "<script>"}}});
    }
    v.push_back({.name = "render_param_markup_latex",
                 .what = "render --to latex: a parameter with TeX markup stays text in the .tex",
                 .make_inputs =
                     [](const fs::path& d) {
                         fs::copy_file(fs::path(TEIPRESS_SOURCE_DIR) / "tests/convert/fixtures/refs-volumes.xml",
                                       d / "in.xml");
                     },
                 .command = {T, "render", "in.xml", "--to", "latex", "-o", "out.tex", "--param",
                             "web-edition-base=" + hostile_parameter("{dir}")},
                 // the preamble's own \input{glyphtounicode} is fine; the payload's must not
                 // survive as a command (its braces are percent-encoded in the URL)
                 .file_lacks = {{"out.tex", "secret.txt}"}}});
    v.push_back({.name = "render_param_markup_pdf",
                 .what = "render --to pdf: a parameter with \\input{secret} must not put the file in the PDF",
                 .make_inputs =
                     [](const fs::path& d) {
                         fs::copy_file(fs::path(TEIPRESS_SOURCE_DIR) / "tests/convert/fixtures/refs-volumes.xml",
                                       d / "in.xml");
                         write(d / "param.txt", "x}{y}\\input{" + (d / "secret.txt").string() + "}\\href{z");
                     },
                 .command = shell("$T render in.xml --to pdf -o out.pdf --param \"web-edition-base=$(cat param.txt)\"; "
                                  "rc=$?; if [ -f out.pdf ]; then pdftotext out.pdf out.pdf.txt; fi; exit $rc"),
                 .seconds = 120,
                 .memory_mb = 512});
    add_render_escape_cases(v);
    return v;
}

} // namespace

const std::vector<HostileCase>& hostile_cases() {
    static const std::vector<HostileCase> cases = make_cases();
    return cases;
}

// Used by run_hostile before every case.
void make_case_folder(const fs::path& dir) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    make_secrets(dir);
}

} // namespace teipress::hostile
