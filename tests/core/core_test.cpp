// Unit tests of src/core: diagnostics, UTF-8, line index, file input, atomic output.
#include "core/atomic_file.h"
#include "core/diagnostic.h"
#include "core/input_file.h"
#include "core/line_index.h"
#include "core/utf8.h"
#include "xml/printf_message.h"

#include <cstdarg>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

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
    CHECK(format_diagnostic({Severity::Error, "a.txt", 3, 7, "bad thing", {}}) ==
          "a.txt:3:7: error: bad thing");
    CHECK(format_diagnostic({Severity::Warning, "a.xml", 2, 1, "gap", "pb-gap"}) ==
          "a.xml:2:1: warning: gap [pb-gap]");
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
    CHECK(find_invalid_utf8("ab\xFF" "cd") == 2);
    CHECK(find_invalid_utf8("ab\xC3") == 2);              // truncated sequence
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);            // overlong
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);       // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);    // above U+10FFFF
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
    for (auto& e : fs::directory_iterator(dir)) { (void)e; ++files; }
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
std::string format_for_test(const char* fmt, ...) {
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
    CHECK(format_for_test("") == "");
}
