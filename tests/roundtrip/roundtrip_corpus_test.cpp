// The round trip over the real corpus (issue 10, parts 4 and 5), label "corpus": every document
// of tests/corpus/frus whose notes are numbered per document goes split -> render --to text ->
// convert (edition folder derived from its volume) and is compared with its source
// (roundtrip_features.h). Asserts the targets (every document converts; what convert writes is
// valid; notes and page breaks identical on at least 98% of the documents) and that
// tests/roundtrip/known-differences.txt lists exactly the (volume, document, feature) that
// differ: a regression and an improvement both fail until the list is updated.
#include "roundtrip_corpus.h"
#include "xml/libxml_session.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

using namespace teipress;
using namespace teipress::roundtrip;

namespace {

// Every volume of the corpus, run once for the whole test program (a test case fails, naming
// the reason, when the schema or rules do not compile).
const std::vector<VolumeResult>& corpus_results() {
    static std::string why;
    static const std::vector<VolumeResult> results = [] {
        xml::LibxmlSession session;
        RoundTrip trip;
        std::vector<VolumeResult> out;
        if (!trip.ready(why)) return out;
        for (const auto& path : corpus_volumes()) out.push_back(trip.run_volume(path, RunOptions{}));
        return out;
    }();
    INFO(why);
    REQUIRE(why.empty());
    return results;
}

std::string key(const std::string& volume, const std::string& document, const std::string& feature) {
    return volume + " " + document + " " + feature;
}

} // namespace

TEST_CASE("round trip: the corpus has its six volumes and every one runs") {
    const auto& volumes = corpus_results();
    REQUIRE(volumes.size() == 6);
    for (const auto& v : volumes) {
        INFO(v.name);
        CHECK(v.error.empty());
        CHECK(!v.results.empty());
    }
}

TEST_CASE("round trip: every document in scope converts, and convert's TEI is valid (teipress.rng + .sch)") {
    std::size_t in_scope = 0;
    for (const auto& v : corpus_results())
        for (const auto& d : v.results) {
            ++in_scope;
            INFO(v.name << " " << d.id << ": " << d.convert_errors);
            CHECK(d.converted);
            for (const auto& e : d.invalid) {
                INFO(e);
                CHECK(d.invalid.empty());
            }
        }
    CHECK(in_scope > 1000); // the scope did not silently shrink
}

TEST_CASE("round trip: notes and page breaks come back identical on at least 98% of the documents") {
    std::size_t in_scope = 0, notes = 0, pages = 0, with_notes = 0;
    for (const auto& v : corpus_results()) {
        with_notes += v.with_notes;
        for (const auto& d : v.results) {
            ++in_scope;
            if (d.identical(Feature::Notes)) ++notes;
            if (d.identical(Feature::Pages)) ++pages;
        }
    }
    REQUIRE(in_scope > 0);
    INFO("notes " << notes << "/" << in_scope << ", pages " << pages << "/" << in_scope);
    CHECK(with_notes > 150); // documents with notes are in scope, not only those without
    CHECK(notes * 100 >= in_scope * 98);
    CHECK(pages * 100 >= in_scope * 98);
}

TEST_CASE("round trip: known-differences.txt lists exactly the documents that differ, each with its reason") {
    std::string error;
    auto known =
        read_known_differences(std::string(TEIPRESS_SOURCE_DIR) + "/tests/roundtrip/known-differences.txt", error);
    REQUIRE(error.empty());
    std::set<std::string> listed;
    for (const auto& k : known) {
        INFO(key(k.volume, k.document, k.feature));
        CHECK(listed.insert(key(k.volume, k.document, k.feature)).second); // no line twice
        CHECK(!k.reason.empty());
    }
    std::set<std::string> differing;
    for (const auto& v : corpus_results())
        for (const auto& d : v.results)
            for (Feature f : k_features)
                if (!d.identical(f)) differing.insert(key(v.name, d.id, feature_name(f)));
    std::vector<std::string> new_differences, now_identical;
    for (const auto& k : differing)
        if (!listed.count(k)) new_differences.push_back(k);
    for (const auto& k : listed)
        if (!differing.count(k)) now_identical.push_back(k);
    std::string message = std::to_string(new_differences.size()) + " new difference(s) not in the list, " +
                          std::to_string(now_identical.size()) + " listed one(s) now identical:";
    for (std::size_t i = 0; i < new_differences.size() && i < 20; ++i) message += "\n  differs: " + new_differences[i];
    for (std::size_t i = 0; i < now_identical.size() && i < 20; ++i) message += "\n  identical: " + now_identical[i];
    INFO(message);
    CHECK(new_differences.empty());
    CHECK(now_identical.empty());
}
