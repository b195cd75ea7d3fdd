// validate_bench: how long compiling the edition's schema and rules takes, and TEI's tei_all.rng,
// and validating one file in-process (no process start), as medians of repeated runs. Not a
// test: run by hand or by validate_bench.sh. Usage: validate_bench [FILE.xml] [RUNS]
#include "core/data_dir.h"
#include "validate/validator.h"
#include "xml/libxml_session.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

using namespace teipress;
using namespace teipress::validate;

namespace {
// Median wall time of fn over runs, in milliseconds.
double median_ms(int runs, const std::function<void()>& fn) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        fn();
        t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}
} // namespace

int main(int argc, char** argv) {
    xml::LibxmlSession session;
    const std::string file =
        argc > 1 ? argv[1] : std::string(TEIPRESS_SOURCE_DIR) + "/tests/validate/fixtures/valid/kitchen-sink.xml";
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    const std::string rng = std::string(TEIPRESS_SOURCE_DIR) + "/schema/teipress.rng";
    const std::string sch = std::string(TEIPRESS_SOURCE_DIR) + "/schema/teipress.sch";
    const std::string compiler = std::string(TEIPRESS_SOURCE_DIR) + "/xslt/schematron/compile.xsl";

    std::shared_ptr<const RelaxNgSchema> schema;
    std::shared_ptr<const SchematronRules> rules;
    // Stop at the first compile error (a benchmark of a failure measures nothing).
    auto or_exit = [](auto result) {
        if (!result) {
            std::fprintf(stderr, "%s\n", format_diagnostic(result.error()).c_str());
            std::exit(2);
        }
        return *result;
    };
    const double rng_ms = median_ms(runs, [&] { schema = or_exit(RelaxNgSchema::compile(rng)); });
    const double sch_ms = median_ms(runs, [&] { rules = or_exit(SchematronRules::compile(sch, compiler)); });
    const std::string tei_all = std::string(TEIPRESS_SOURCE_DIR) + "/schema/tei/tei_all.rng";
    std::shared_ptr<const RelaxNgSchema> tei_all_schema;
    const double tei_all_ms = median_ms(runs, [&] { tei_all_schema = or_exit(RelaxNgSchema::compile(tei_all)); });
    Validator tei_all_only(tei_all_schema, nullptr, {});
    std::size_t tei_all_diagnostics = 0;
    const double tei_all_run =
        median_ms(runs, [&] { tei_all_diagnostics = tei_all_only.validate_file(file).diagnostics.size(); });
    Validator grammar_only(schema, nullptr, {});
    Validator full(schema, rules, {});
    std::size_t diagnostics = 0;
    const double rng_run = median_ms(runs, [&] { diagnostics = grammar_only.validate_file(file).diagnostics.size(); });
    const double full_run = median_ms(runs, [&] { diagnostics = full.validate_file(file).diagnostics.size(); });
    std::printf("validate_bench (median of %d runs)\n", runs);
    std::printf("  compile schema/teipress.rng (RELAX NG)      %8.2f ms\n", rng_ms);
    std::printf("  compile schema/teipress.sch (Schematron)    %8.2f ms\n", sch_ms);
    std::printf("  compile both                                %8.2f ms\n", rng_ms + sch_ms);
    std::printf("  compile schema/tei/tei_all.rng (RELAX NG)   %8.2f ms\n", tei_all_ms);
    std::printf("  validate %s, RELAX NG only      %8.2f ms\n", file.c_str(), rng_run);
    std::printf("  validate %s, RELAX NG + rules   %8.2f ms  (%zu diagnostics)\n", file.c_str(), full_run, diagnostics);
    std::printf("  validate %s, tei_all            %8.2f ms  (%zu diagnostics)\n", file.c_str(), tei_all_run,
                tei_all_diagnostics);
    return 0;
}
