// Shared set-up of the validate tests: the edition's schema and rules compiled once, fixture
// paths, and "expect:" lines read from a fixture's comments.
#pragma once

#include "core/data_dir.h"
#include "validate/validator.h"
#include "xml/libxml_session.h"

#include "tools/test_files.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace teipress::validate::test {

namespace fs = std::filesystem;

// libxml2/libxslt initialised once for the test program, as main() does for teipress.
inline void ensure_session() {
    static xml::LibxmlSession session;
}

inline std::string source_dir() {
    return TEIPRESS_SOURCE_DIR;
}
inline std::string fixture(const std::string& relative) {
    return source_dir() + "/tests/validate/fixtures/" + relative;
}

// The edition's schema and rules, compiled once.
inline const Validator& edition_validator() {
    ensure_session();
    static const Validator v = [] {
        auto schema = RelaxNgSchema::compile(source_dir() + "/schema/teipress.rng");
        REQUIRE(schema.ok());
        auto rules = SchematronRules::compile(source_dir() + "/schema/teipress.sch",
                                              source_dir() + "/xslt/schematron/compile.xsl");
        if (!rules) FAIL(format_diagnostic(rules.error()));
        return Validator(*schema, *rules, {});
    }();
    return v;
}

// The schema alone (no rules), compiled once.
inline const Validator& grammar_validator() {
    ensure_session();
    static const Validator v = [] {
        auto schema = RelaxNgSchema::compile(source_dir() + "/schema/teipress.rng");
        REQUIRE(schema.ok());
        return Validator(*schema, nullptr, {});
    }();
    return v;
}

inline std::string slurp(const std::string& path) {
    return teipress::testing::slurp(path);
}

// The text after "<!-- expect: " on each line of a fixture, up to " -->".
inline std::vector<std::string> expectations(const std::string& path) {
    std::vector<std::string> out;
    std::istringstream in(slurp(path));
    std::string line;
    while (std::getline(in, line)) {
        auto at = line.find("<!-- expect: ");
        if (at == std::string::npos) continue;
        auto end = line.rfind(" -->");
        out.push_back(line.substr(at + 13, end - at - 13));
    }
    return out;
}

// The XML files of a folder, sorted.
inline std::vector<std::string> xml_files(const std::string& dir) {
    std::vector<std::string> out;
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".xml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

// A fresh, empty temporary folder for one test.
inline fs::path temp_dir(const std::string& name) {
    fs::path p = fs::path(TEIPRESS_BINARY_DIR) / "tests-tmp" / "validate" / name;
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

inline void write(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

} // namespace teipress::validate::test
