// Unit tests of src/core: diagnostics, UTF-8, line index, file input, atomic output.
#include "core/atomic_file.h"
#include "core/diagnostic.h"
#include "core/input_file.h"
#include "core/line_index.h"
#include "core/utf8.h"
#include "xml/byte_checks.h"
#include "xml/printf_message.h"

#include <cstdarg>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <thread>

using namespace teipress;
namespace fs = std::filesystem;

namespace {
fs::path temp_dir(const std::string& name) {
    fs::path p = fs::temp_directory_path() / ("teipress-core-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}
void write(const fs::path& p, const std::string& s) {
    std::ofstream(p, std::ios::binary) << s;
}
} // namespace

TEST_CASE("format_diagnostic renders FILE:LINE:COL: severity: message [rule]") {
    CHECK(format_diagnostic({Severity::Error, "a.txt", 3, 7, "bad thing", {}}) == "a.txt:3:7: error: bad thing");
    CHECK(format_diagnostic({Severity::Warning, "a.xml", 2, 1, "gap", "pb-gap"}) == "a.xml:2:1: warning: gap [pb-gap]");
    CHECK(format_diagnostic({Severity::Error, "a.xml", 0, 0, "x", {}}) == "a.xml: error: x");
}

TEST_CASE("DiagnosticSink counts errors and warnings apart") {
    DiagnosticSink sink;
    sink.error("f", 1, 1, "e");
    sink.warning("f", 1, 2, "w");
    sink.warning("f", 1, 3, "w");
    CHECK(sink.has_errors());
    CHECK(sink.error_count() == 1);
    CHECK(sink.warning_count() == 2);
}

TEST_CASE("find_invalid_utf8 gives the offset of the first bad byte") {
    CHECK(find_invalid_utf8("plain ascii") == std::string::npos);
    CHECK(find_invalid_utf8("d\xC3\xA9tente") == std::string::npos);
    CHECK(find_invalid_utf8("ab\xFF"
                            "cd") == 2);
    CHECK(find_invalid_utf8("ab\xC3") == 2);           // truncated sequence
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);         // overlong
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);    // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0); // above U+10FFFF
}

TEST_CASE("LineIndex counts columns in characters, not bytes") {
    std::string text = "first\nd\xC3\xA9tente here\n";
    LineIndex index(text);
    auto pos = index.position(text.find("here"));
    CHECK(pos.line == 2);
    CHECK(pos.column == 9); // "détente " is 8 characters (9 bytes)
    CHECK(index.position(0).line == 1);
    CHECK(index.position(0).column == 1);
}

TEST_CASE("LineIndex: columns on very long lines (checkpoints) equal a count from the line's start") {
    // Lines of 10,000 and 30,000 bytes mixing one-, two- and three-byte characters, so that
    // checkpoints fall inside characters and lines start between checkpoints.
    std::string text = "short\n";
    for (int i = 0; i < 2500; ++i) text += i % 3 ? "ab" : "\xC3\xA9\xE2\x80\x94";
    text += "\n";
    for (int i = 0; i < 10000; ++i) text += i % 2 ? "x" : "\xE2\x80\x94";
    LineIndex index(text);
    for (std::size_t offset = 0; offset < text.size(); offset += 997) {
        std::size_t start = text.rfind('\n', offset ? offset - 1 : 0);
        start = (start == std::string::npos || start >= offset) ? 0 : start + 1;
        if (offset < 6) start = 0;
        std::size_t expected = 1;
        for (std::size_t k = start; k < offset; ++k) expected += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
        INFO(offset);
        CHECK(index.position(offset).column == static_cast<int>(expected));
    }
}

TEST_CASE("read_text_file accepts a BOM and CRLF, rejects empty files and bad UTF-8") {
    auto dir = temp_dir("read");
    write(dir / "bom.txt", "\xEF\xBB\xBFline one\r\nline two\r\n");
    auto r = read_text_file((dir / "bom.txt").string());
    REQUIRE(r.ok());
    CHECK(r.value() == "line one\nline two\n");

    write(dir / "empty.txt", "");
    auto e = read_text_file((dir / "empty.txt").string());
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message == "file is empty");

    write(dir / "bad.txt", "ok\nab\xFF");
    auto b = read_text_file((dir / "bad.txt").string());
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().line == 2);
    CHECK(b.error().column == 3);
    CHECK(b.error().message == "invalid UTF-8 at byte offset 5 (byte 0xFF)");

    auto d = read_text_file(dir.string());
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().message == "is a directory, not a file");

    auto m = read_text_file((dir / "missing.txt").string());
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().message == "cannot open file: No such file or directory");
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically replaces the file whole, honours the umask, leaves no temp") {
    auto dir = temp_dir("atomic");
    auto target = (dir / "out.xml").string();
    write(target, "old");
    mode_t old_mask = ::umask(022);
    REQUIRE(write_file_atomically(target, "new content").ok());
    ::umask(old_mask);
    std::ifstream in(target);
    std::string got((std::istreambuf_iterator<char>(in)), {});
    CHECK(got == "new content");
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
    int files = 0;
    for (auto& e : fs::directory_iterator(dir)) {
        (void)e;
        ++files;
    }
    CHECK(files == 1);

    auto missing = write_file_atomically((dir / "no" / "such" / "x.xml").string(), "x");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.find("cannot create a temporary file") == 0);
    fs::remove_all(dir);
}

TEST_CASE("same_file sees one file under two names") {
    auto dir = temp_dir("same");
    write(dir / "a", "x");
    CHECK(same_file((dir / "a").string(), (dir / "." / "a").string()));
    CHECK_FALSE(same_file((dir / "a").string(), (dir / "b").string()));
    fs::remove_all(dir);
}

namespace {
[[gnu::format(printf, 1, 2)]] std::string format_for_test(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string s = teipress::xml::format_printf_message(fmt, args);
    va_end(args);
    return s;
}
} // namespace

TEST_CASE("format_printf_message keeps the whole message, however long") {
    CHECK(format_for_test("line %d: %s\n", 7, "bad") == "line 7: bad\n");
    std::string long_text(10000, 'x');
    CHECK(format_for_test("%s!", long_text.c_str()) == long_text + "!");
    CHECK(format_for_test("%s", "") == ""); // an empty message
}

TEST_CASE("valid_utf8 and one_line give valid UTF-8 on one line for any bytes") {
    CHECK(valid_utf8("d\xC3\xA9tente") == "d\xC3\xA9tente");
    CHECK(valid_utf8("b\xFF"
                     "d.xml") ==
          "b\\xFF"
          "d.xml");
    CHECK(valid_utf8("\xC3") == "\\xC3"); // a truncated sequence
    CHECK(valid_utf8("a\nb") == "a\nb");
    CHECK(one_line("bad\nname.xml") == "bad\\nname.xml");
    CHECK(one_line("t\tr\rd\x7F"
                   "e\x01") ==
          "t\\tr\\rd\\x7F"
          "e\\x01");
    CHECK(one_line("b\xFF\nd") == "b\\xFF\\nd");
    for (const auto& s : {valid_utf8("\xFF\xFE\xC0\xAF"), one_line("\xED\xA0\x80\n")})
        CHECK(find_invalid_utf8(s) == std::string::npos);
    // The diagnostic of a file whose name holds a newline and a stray byte is one valid line.
    Diagnostic d{Severity::Error, "a\nb\xFF.xml", 2, 3, "bad\nmessage", {}};
    CHECK(format_diagnostic(d) == "a\\nb\\xFF.xml:2:3: error: bad\\nmessage");
}

TEST_CASE("LineIndex gives the same positions over many lines, blank or not") {
    std::string text = "ab\n\n\xC3\xA9t\xC3\xA9\n";
    for (int i = 0; i < 1000; ++i) text += "\n";
    text += "z";
    LineIndex index(text);
    CHECK(index.line_count() == 1004);
    CHECK(index.position(0).line == 1);
    CHECK(index.position(3).line == 2);
    CHECK(index.position(7).column == 3); // the second é of "été"
    CHECK(index.position(text.size() - 1).line == 1004);
    CHECK(index.position(text.size() - 1).column == 1);
    CHECK(index.line_start(1004) == text.size() - 1);
}

TEST_CASE("read_file_bytes: '-' is standard input; a stream is refused at the limit, unread past it") {
    fs::path dir = temp_dir("limits");
    write(dir / "small.txt", "0123456789");
    auto small = read_file_bytes((dir / "small.txt").string(), 10);
    REQUIRE(small);
    CHECK(*small == "0123456789");
    // A regular file over the limit is refused before it is read (its size is known).
    auto over = read_file_bytes((dir / "small.txt").string(), 9);
    REQUIRE_FALSE(over);
    CHECK(over.error().message == "file is larger than the limit of 9 bytes");
    // A stream (here /dev/zero, which never ends) is read up to the limit and refused there.
    auto endless = read_file_bytes("/dev/zero", 3 << 20);
    REQUIRE_FALSE(endless);
    CHECK(endless.error().message == "file is larger than the limit of 3145728 bytes");
    CHECK(endless.error().line == 1);
    // The default limit is 2 GiB less a byte (what libxml2 can parse).
    CHECK(k_max_input_bytes == 2147483647u);
    // A FIFO is read once, through its end.
    fs::path fifo = dir / "in.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string big(3 << 20, 'x');
    std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << big; });
    auto piped = read_file_bytes(fifo.string());
    writer.join();
    REQUIRE(piped);
    CHECK(*piped == big);
    CHECK(is_stdin_path("-"));
    CHECK_FALSE(is_stdin_path("./-"));
    fs::remove_all(dir);
}

TEST_CASE("check_xml_bytes: a NUL byte anywhere, a start tag with too many attributes") {
    CHECK_FALSE(xml::check_xml_bytes("f.xml", "<a x=\"1\"/>"));
    auto nul = xml::check_xml_bytes("f.xml", std::string("<a/>\n\xC3\xA9") + '\0' + "<b/>");
    REQUIRE(nul);
    CHECK(format_diagnostic(*nul) == "f.xml:2:2: error: a NUL byte (U+0000) is not allowed in XML");
    std::string tag = "<x>\n  <p";
    for (int i = 0; i < 5; ++i) tag += " a" + std::to_string(i) + "='='";
    tag += "/></x>";
    CHECK_FALSE(xml::check_xml_bytes("f.xml", tag, 5)); // '=' inside quotes is not counted
    auto many = xml::check_xml_bytes("f.xml", tag, 4);
    REQUIRE(many);
    CHECK(format_diagnostic(*many) ==
          "f.xml:2:3: error: a start tag with more than 4 attributes (teipress's limit; no TEI element needs so many)");
    // Comments, CDATA, processing instructions and the DOCTYPE are not start tags.
    CHECK_FALSE(xml::check_xml_bytes("f.xml",
                                     "<!DOCTYPE x [<!ATTLIST x a CDATA 'v' b CDATA 'w'>]>"
                                     "<?pi a=1 b=2?><!-- a=1 b=2 --><x><![CDATA[a=1 b=2]]></x>",
                                     1));
}
