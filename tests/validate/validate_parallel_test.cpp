// Many files in one run: the same reports, in the same (input) order, whatever the threads.
#include "validate_support.h"

using namespace teipress;
using namespace teipress::validate;
using namespace teipress::validate::test;

TEST_CASE("parallel validation gives the sequential reports - in input order", "[parallel]") {
    std::vector<std::string> files;
    for (int round = 0; round < 4; ++round)
        for (const char* dir : {"rules", "valid", "schema", "bad"})
            for (const auto& f : xml_files(fixture(dir))) files.push_back(f);
    files.push_back(fixture("no-such-file.xml"));
    REQUIRE(files.size() > 100);
    const auto one = edition_validator().validate_files(files, 1);
    const auto many = edition_validator().validate_files(files, 8);
    REQUIRE(one.size() == files.size());
    REQUIRE(many.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        INFO(files[i]);
        CHECK(one[i].path == files[i]);
        CHECK(many[i].path == files[i]);
        CHECK(one[i].status == many[i].status);
        REQUIRE(one[i].diagnostics.size() == many[i].diagnostics.size());
        for (std::size_t k = 0; k < one[i].diagnostics.size(); ++k)
            CHECK(format_diagnostic(one[i].diagnostics[k]) == format_diagnostic(many[i].diagnostics[k]));
    }
}

TEST_CASE("no files - no reports", "[parallel]") {
    CHECK(edition_validator().validate_files({}, 4).empty());
}
