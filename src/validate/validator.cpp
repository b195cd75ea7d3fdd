#include "validate/validator.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

namespace teipress::validate {

namespace {

// Puts texts, as svrl:text elements, at the top of the SVRL (SVRL allows human text there).
void add_svrl_texts(xmlDoc* svrl, const std::vector<std::string>& texts) {
    xmlNode* root = xmlDocGetRootElement(svrl);
    if (!root || texts.empty()) return;
    xmlNs* ns = xmlSearchNsByHref(svrl, root, reinterpret_cast<const xmlChar*>("http://purl.oclc.org/dsdl/svrl"));
    xmlNode* first = root->children;
    for (const auto& text : texts) {
        xmlNode* node = xmlNewDocNode(svrl, ns, reinterpret_cast<const xmlChar*>("text"), nullptr);
        xmlNodeAddContent(node, reinterpret_cast<const xmlChar*>(text.c_str()));
        if (first)
            xmlAddPrevSibling(first, node);
        else
            xmlAddChild(root, node);
    }
}

} // namespace

std::size_t FileReport::errors() const {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t FileReport::warnings() const {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

Validator::Validator(std::shared_ptr<const RelaxNgSchema> schema, std::shared_ptr<const SchematronRules> rules,
                     ValidatorOptions options)
    : m_schema(std::move(schema)), m_options(options) {
    if (rules) m_rule_sets.push_back(std::move(rules));
}

Validator::Validator(std::shared_ptr<const RelaxNgSchema> schema,
                     std::vector<std::shared_ptr<const SchematronRules>> rule_sets, ValidatorOptions options)
    : m_schema(std::move(schema)), m_options(options) {
    for (auto& r : rule_sets)
        if (r) m_rule_sets.push_back(std::move(r));
}

FileReport Validator::validate_file(const std::string& path) const {
    FileReport report;
    report.path = path;
    TeiInput input;
    report.status = read_tei_input(path, m_options.max_bytes, m_options.require_tei, input, report.diagnostics);
    if (report.status == InputStatus::Ok) validate_parsed(input, report);
    return report;
}

FileReport Validator::validate_text(const std::string& name, std::string bytes) const {
    FileReport report;
    report.path = name;
    TeiInput input;
    if (bytes.size() > m_options.max_bytes) {
        report.status = InputStatus::Unreadable;
        report.diagnostics.push_back(
            {Severity::Error,
             name,
             1,
             1,
             "file is larger than the limit of " + std::to_string(m_options.max_bytes) + " bytes",
             {}});
        return report;
    }
    report.status = parse_tei_input(std::make_unique<SourceText>(name, std::move(bytes)), m_options.require_tei, input,
                                    report.diagnostics);
    if (report.status == InputStatus::Ok) validate_parsed(input, report);
    return report;
}

FileReport Validator::validate_input(TeiInput& input) const {
    FileReport report;
    report.path = input.source ? input.source->name() : std::string();
    validate_parsed(input, report);
    return report;
}

void Validator::validate_parsed(TeiInput& input, FileReport& report) const {
    std::vector<Diagnostic> found;
    auto run_rules = [&](const SchematronRules& rules, bool keep_svrl) {
        xmlDoc* doc = input.doc.get();
        SchematronRun run = rules.run(doc, *input.source, found, keep_svrl);
        if (!run) return;
        auto located = svrl_diagnostics(run, doc, *input.source);
        found.insert(found.end(), located.begin(), located.end());
        if (keep_svrl) {
            NodePositions positions(doc, *input.source);
            write_svrl_locations(run, positions);
            add_svrl_texts(run.svrl.get(), m_options.svrl_texts);
            report.svrl = rules.serialize(run.svrl.get());
        }
    };

    m_schema->validate(input.doc.get(), *input.source, report.diagnostics);
    for (std::size_t i = 0; i < m_rule_sets.size(); ++i) run_rules(*m_rule_sets[i], m_options.keep_svrl && i == 0);
    // Rules report pattern by pattern; readers want the file's order.
    std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    report.diagnostics.insert(report.diagnostics.end(), found.begin(), found.end());
}

std::vector<FileReport> Validator::validate_files(const std::vector<std::string>& paths, unsigned jobs) const {
    std::vector<FileReport> reports(paths.size());
    if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>({jobs, paths.size(), k_max_jobs}));
    std::atomic<std::size_t> next{0};
    // The first exception of a worker (out of memory) is carried to the caller once every
    // worker has stopped, instead of terminating the process from a thread.
    std::mutex failure_mutex;
    std::exception_ptr failure;
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < paths.size(); i = next++) reports[i] = validate_file(paths[i]);
        } catch (...) {
            std::lock_guard<std::mutex> lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = paths.size(); // the others stop too
        }
    };
    // The calling thread works too; threads the system refuses to create are done without.
    std::vector<std::thread> workers;
    for (unsigned j = 1; j < jobs; ++j) {
        try {
            workers.emplace_back(work);
        } catch (const std::system_error&) {
            break;
        }
    }
    work();
    for (auto& t : workers) t.join();
    if (failure) std::rethrow_exception(failure);
    return reports;
}

} // namespace teipress::validate
