// run_hostile CASE --teipress BIN --probe BIN --work DIR --src DIR: makes the inputs of one
// hostile case in DIR/CASE, runs its command under its time and memory bounds, and checks the
// exit code, the messages, that the secret appears in no output and no file left behind, that
// no temporary file is left, and that the files it must not touch are unchanged.
// run_hostile --list prints the case names. Exit 0 when the case passes, 1 when it fails.
#include "bounded_run.h"
#include "hostile_cases.h"

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using namespace teipress::hostile;

namespace {

#ifdef TEIPRESS_SANITIZED
// ASan and UBSan make a run a few times slower and hungrier; no address-space cap (ASan
// reserves terabytes of shadow memory).
constexpr double k_time_factor = 5;
constexpr double k_memory_factor = 3;
constexpr long k_memory_slack_mb = 200;
constexpr bool k_cap_address_space = false;
#else
constexpr double k_time_factor = 1;
constexpr double k_memory_factor = 1;
constexpr long k_memory_slack_mb = 0;
constexpr bool k_cap_address_space = true;
#endif

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string substitute(std::string s, const std::map<std::string, std::string>& vars) {
    for (const auto& [key, value] : vars)
        for (std::size_t at; (at = s.find(key)) != std::string::npos;) s.replace(at, key.size(), value);
    return s;
}

std::string excerpt(const std::string& s) {
    return s.size() <= 2000 ? s : s.substr(0, 2000) + "\n[... " + std::to_string(s.size()) + " bytes]";
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 1 && args[0] == "--list") {
        for (const auto& c : hostile_cases())
            if (k_cap_address_space || !c.needs_address_space_cap) std::cout << c.name << '\n';
        return 0;
    }
    std::map<std::string, std::string> opts;
    for (std::size_t i = 1; i + 1 < args.size(); i += 2) opts[args[i]] = args[i + 1];
    if (args.empty() || !opts.count("--teipress") || !opts.count("--probe") || !opts.count("--work") ||
        !opts.count("--src")) {
        std::cerr << "usage: run_hostile CASE --teipress BIN --probe BIN --work DIR --src DIR\n";
        return 2;
    }
    const HostileCase* hc = nullptr;
    for (const auto& c : hostile_cases())
        if (c.name == args[0]) hc = &c;
    if (!hc) {
        std::cerr << "run_hostile: no case named " << args[0] << '\n';
        return 2;
    }

    const fs::path dir = fs::absolute(fs::path(opts["--work"]) / hc->name);
    make_case_folder(dir);
    hc->make_inputs(dir);
    std::map<std::string, std::string> before;
    for (const auto& f : hc->unchanged) before[f] = slurp(dir / f);
    std::map<std::string, std::string> vars = {{"{teipress}", opts["--teipress"]},
                                               {"{probe}", opts["--probe"]},
                                               {"{dir}", dir.string()},
                                               {"{src}", opts["--src"]}};
    std::vector<std::string> command;
    for (const auto& a : hc->command) command.push_back(substitute(a, vars));

    const double seconds = hc->seconds * k_time_factor;
    const long memory_mb = static_cast<long>(hc->memory_mb * k_memory_factor) + k_memory_slack_mb;
    std::cout << "case " << hc->name << ": " << hc->what << '\n';
    RunOutcome r = bounded_run(command, dir.string(), seconds,
                               !k_cap_address_space       ? 0
                               : hc->address_space_mb > 0 ? hc->address_space_mb
                                                          : memory_mb * 2 + 512);
    std::cout << "exit " << r.exit_code << " in " << r.seconds << " s (bound " << seconds << " s), peak memory "
              << r.peak_rss_mb << " MB (bound " << memory_mb << " MB)\n";

    std::vector<std::string> failures;
    if (r.timed_out) failures.push_back("did not finish within " + std::to_string(seconds) + " s");
    if (r.peak_rss_mb > memory_mb)
        failures.push_back("used " + std::to_string(r.peak_rss_mb) + " MB, over the bound of " +
                           std::to_string(memory_mb) + " MB");
    if (r.exit_code != hc->exit_code)
        failures.push_back("exit code " + std::to_string(r.exit_code) + ", expected " + std::to_string(hc->exit_code));
    for (const auto& m : hc->stderr_has)
        if (r.err.find(substitute(m, vars)) == std::string::npos) failures.push_back("stderr lacks: " + m);
    for (const auto& m : hc->stdout_has)
        if (r.out.find(substitute(m, vars)) == std::string::npos) failures.push_back("stdout lacks: " + m);
    if (r.exit_code != 0 && r.err.find(": error: ") == std::string::npos)
        failures.push_back("failed without a FILE:LINE:COL: error: message");
    if (r.out.find(k_secret_token) != std::string::npos) failures.push_back("the secret leaked to stdout");
    if (r.err.find(k_secret_token) != std::string::npos) failures.push_back("the secret leaked to stderr");
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || name.rfind("secret.", 0) == 0) continue;
        if (name.find(".tmp-") != std::string::npos) failures.push_back("temporary file left behind: " + name);
        if (slurp(entry.path()).find(k_secret_token) != std::string::npos)
            failures.push_back("the secret leaked into " + fs::relative(entry.path(), dir).string());
    }
    for (const auto& [f, content] : before)
        if (slurp(dir / f) != content) failures.push_back(f + " was changed");
    for (const auto& [f, text] : hc->file_has) {
        if (!fs::exists(dir / f))
            failures.push_back(f + " was not written");
        else if (slurp(dir / f).find(substitute(text, vars)) == std::string::npos)
            failures.push_back(f + " lacks: " + text);
    }
    for (const auto& [f, text] : hc->file_lacks)
        if (fs::exists(dir / f) && slurp(dir / f).find(substitute(text, vars)) != std::string::npos)
            failures.push_back(f + " contains: " + text);
    for (const auto& f : hc->absent)
        if (fs::exists(dir / f)) failures.push_back(f + " exists (a partial or unwanted output)");

    if (failures.empty()) {
        fs::remove_all(dir); // big generated inputs do not stay in the build folder
        if (!hc->known_bug.empty()) {
            std::cout << "XPASS: the case passes, so the known bug is fixed: " << hc->known_bug
                      << "\nremove its known_bug mark in tests/hostile/hostile_cases.cpp\n";
            return 1;
        }
        std::cout << "PASS\n";
        return 0;
    }
    for (const auto& f : failures) std::cout << "FAIL: " << f << '\n';
    std::cout << "--- stdout:\n" << excerpt(r.out) << "--- stderr:\n" << excerpt(r.err);
    if (!hc->known_bug.empty()) {
        std::cout << "XFAIL: expected failure, a known and reported bug: " << hc->known_bug << '\n';
        return 0;
    }
    return 1;
}
