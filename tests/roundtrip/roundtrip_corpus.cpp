#include "roundtrip_corpus.h"

#include "core/data_dir.h"
#include "edition/edition.h"
#include "passes/convert_document.h"
#include "validate/relaxng_schema.h"
#include "validate/schematron_rules.h"
#include "validate/source_text.h"
#include "validate/tei_input.h"
#include "volume/derive_edition.h"
#include "volume/split_volume.h"
#include "volume/tei_file.h"
#include "writers/render_document.h"
#include "xml/libxml_document.h"
#include "xml/xml_settings.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace teipress::roundtrip {

namespace fs = std::filesystem;

struct RoundTrip::State {
    std::shared_ptr<const validate::RelaxNgSchema> schema;
    std::shared_ptr<const validate::SchematronRules> rules;
    std::string why;
    writers::Renderer renderer;
};

RoundTrip::RoundTrip() : m_state(std::make_unique<State>()) {
    auto s = validate::RelaxNgSchema::compile(data_path("schema/teipress.rng"));
    auto r =
        validate::SchematronRules::compile(data_path("schema/teipress.sch"), data_path("xslt/schematron/compile.xsl"));
    if (!s)
        m_state->why = "schema/teipress.rng does not compile";
    else if (!r)
        m_state->why = "schema/teipress.sch does not compile";
    else {
        m_state->schema = *s;
        m_state->rules = *r;
    }
}

RoundTrip::~RoundTrip() = default;

bool RoundTrip::ready(std::string& why) const {
    why = m_state->why;
    return why.empty();
}

namespace {

std::string messages_of(const DiagnosticSink& sink) {
    std::string s;
    for (const auto& d : sink.items()) s += format_diagnostic(d) + "\n";
    return s;
}

pugi::xml_node document_div(const pugi::xml_document& doc) {
    pugi::xml_node body = doc.document_element().child("text").child("body");
    for (pugi::xml_node c : body.children("div"))
        if (std::strcmp(c.attribute("type").value(), "document") == 0) return c;
    return {};
}

// A folder of its own under the temporary folder, removed when this goes out of scope.
struct TemporaryFolder {
    std::string path;
    TemporaryFolder() {
        std::string pattern = (fs::temp_directory_path() / "teipress-roundtrip-XXXXXX").string();
        if (::mkdtemp(pattern.data())) path = pattern;
    }
    ~TemporaryFolder() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
};

std::vector<std::string> validation_errors(const validate::RelaxNgSchema& schema,
                                           const validate::SchematronRules& rules, const std::string& name,
                                           const std::string& tei) {
    std::vector<Diagnostic> diags;
    std::vector<std::string> out;
    xml::XmlDocPtr doc = validate::parse_xml(name, tei, diags);
    if (doc) {
        validate::SourceText source(name, tei);
        schema.validate(doc.get(), source, diags);
        validate::SchematronRun run = rules.run(doc.get(), source, diags);
        if (run) {
            auto found = validate::svrl_diagnostics(run, doc.get(), source);
            diags.insert(diags.end(), found.begin(), found.end());
        }
    }
    for (const auto& d : diags)
        if (d.severity == Severity::Error) out.push_back(format_diagnostic(d));
    if (!doc && out.empty()) out.push_back(name + ": not well-formed");
    return out;
}

std::string stem_of(const std::string& path) {
    return fs::path(path).stem().string();
}

} // namespace

VolumeResult RoundTrip::run_volume(const std::string& path, const RunOptions& options) {
    VolumeResult result;
    result.name = stem_of(path);
    DiagnosticSink sink;
    volume::TeiFile file;
    if (volume::read_tei_file(path, file, sink) != volume::ReadStatus::Ok) {
        result.error = "cannot read the volume: " + messages_of(sink);
        return result;
    }
    // The edition folder, as `teipress init DIR --from VOLUME.xml` writes it.
    std::vector<edition::EditionFile> files;
    if (!volume::derive_edition(file, {}, files, sink)) {
        result.error = "init --from refuses the volume: " + messages_of(sink);
        return result;
    }
    TemporaryFolder folder;
    if (folder.path.empty()) {
        result.error = "cannot make a temporary folder";
        return result;
    }
    for (const auto& f : files) {
        fs::path p = fs::path(folder.path) / f.path;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << f.content;
    }
    edition::Edition edition;
    if (edition::load_edition(folder.path, edition, sink) != edition::LoadStatus::Ok) {
        result.error = "the derived edition folder does not load: " + messages_of(sink);
        return result;
    }
    // The documents, as `teipress split VOLUME.xml -o DIR` writes them.
    std::vector<volume::OutputFile> split;
    if (!volume::split_volume(file, split, sink)) {
        result.error = "split refuses the volume: " + messages_of(sink);
        return result;
    }
    const writers::WriterFormat* text_format = writers::find_writer_format("text");
    for (const auto& out : split) {
        if (out.name == volume::k_frame_name) continue;
        ++result.documents;
        pugi::xml_document source;
        source.load_buffer(out.content.data(), out.content.size(), xml::k_pugi_parse, pugi::encoding_utf8);
        pugi::xml_node div = document_div(source);
        const std::string id = div.attribute("xml:id").value();
        if (!notes_numbered_per_document(div)) {
            result.out_of_scope.push_back(id);
            continue;
        }
        DocumentResult doc;
        doc.id = id;
        doc.notes = note_count(div);
        if (doc.notes) ++result.with_notes;
        if (!options.only.empty() && !options.only.count(id)) continue;

        // render --to text
        DiagnosticSink render_sink;
        auto parsed = xml::parse_with_libxml(out.name, out.content, render_sink);
        std::string reading;
        writers::RenderRequest request;
        request.format = text_format;
        if (!parsed || m_state->renderer.render(parsed.get(), out.name, request, reading, render_sink) != k_exit_ok) {
            doc.convert_errors = "render --to text failed: " + messages_of(render_sink);
            result.results.push_back(std::move(doc));
            continue;
        }
        // convert --edition DIR
        const std::string txt = id + ".txt";
        DiagnosticSink convert_sink;
        passes::ConvertOptions convert_options{txt, &edition, ""};
        auto converted = passes::convert_reading_text(reading, txt, convert_options, convert_sink);
        for (const auto& d : convert_sink.items())
            if (d.severity == Severity::Warning) ++doc.warnings;
        if (options.keep) {
            doc.reading_text = reading;
            doc.converted_tei = converted.tei;
        }
        if (converted.status != passes::ConvertStatus::Ok) {
            doc.convert_errors = messages_of(convert_sink);
            result.results.push_back(std::move(doc));
            continue;
        }
        doc.converted = true;
        pugi::xml_document back;
        back.load_buffer(converted.tei.data(), converted.tei.size(), xml::k_pugi_parse, pugi::encoding_utf8);
        DocumentFeatures a = features_of(div), b = features_of(document_div(back));
        for (Feature f : k_features) doc.differences[static_cast<std::size_t>(f)] = first_difference(f, a, b);
        if (options.validate)
            doc.invalid = validation_errors(*m_state->schema, *m_state->rules, id + ".xml", converted.tei);
        result.results.push_back(std::move(doc));
    }
    return result;
}

std::vector<std::string> corpus_volumes() {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(fs::path(TEIPRESS_SOURCE_DIR) / "tests/corpus/frus"))
        if (e.path().extension() == ".xml") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<KnownDifference> read_known_differences(const std::string& path, std::string& error) {
    std::vector<KnownDifference> out;
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot be read";
        return out;
    }
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        KnownDifference k;
        words >> k.volume >> k.document >> k.feature;
        std::getline(words, k.reason);
        std::size_t start = k.reason.find_first_not_of(' ');
        k.reason = start == std::string::npos ? std::string() : k.reason.substr(start);
        if (k.reason.empty()) {
            error = path + ":" + std::to_string(number) + ": a line is VOLUME DOCUMENT FEATURE REASON";
            return {};
        }
        out.push_back(std::move(k));
    }
    return out;
}

namespace {

std::string percent(std::size_t part, std::size_t whole) {
    if (whole == 0) return "—";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
    return buf;
}

std::string share(std::size_t part, std::size_t whole) {
    return std::to_string(part) + "/" + std::to_string(whole) + " (" + percent(part, whole) + ")";
}

} // namespace

std::string report_markdown(const std::vector<VolumeResult>& volumes, const std::vector<KnownDifference>& known) {
    std::map<std::string, std::string> reasons;
    for (const auto& k : known) reasons[k.volume + " " + k.document + " " + k.feature] = k.reason;
    std::ostringstream md;
    md << "| volume | documents | in scope (with notes) | converted | valid |";
    for (Feature f : k_features) md << " " << feature_name(f) << " |";
    md << "\n|---|---|---|---|---|";
    for (std::size_t i = 0; i < k_feature_count; ++i) md << "---|";
    md << "\n";
    std::size_t total_docs = 0, total_scope = 0, total_notes = 0, total_converted = 0, total_valid = 0;
    std::array<std::size_t, k_feature_count> total_identical{};
    for (const auto& v : volumes) {
        std::size_t converted = 0, valid = 0;
        std::array<std::size_t, k_feature_count> identical{};
        for (const auto& d : v.results) {
            if (!d.converted) continue;
            ++converted;
            if (d.invalid.empty()) ++valid;
            for (std::size_t i = 0; i < k_feature_count; ++i)
                if (d.differences[i].empty()) ++identical[i];
        }
        const std::size_t scope = v.results.size();
        md << "| " << v.name << " | " << v.documents << " | " << scope << " (" << v.with_notes << ") | "
           << share(converted, scope) << " | " << share(valid, converted) << " |";
        for (std::size_t i = 0; i < k_feature_count; ++i) md << " " << percent(identical[i], scope) << " |";
        md << "\n";
        total_docs += v.documents;
        total_scope += scope;
        total_notes += v.with_notes;
        total_converted += converted;
        total_valid += valid;
        for (std::size_t i = 0; i < k_feature_count; ++i) total_identical[i] += identical[i];
    }
    md << "| **all** | " << total_docs << " | " << total_scope << " (" << total_notes << ") | "
       << share(total_converted, total_scope) << " | " << share(total_valid, total_converted) << " |";
    for (std::size_t i = 0; i < k_feature_count; ++i) md << " " << percent(total_identical[i], total_scope) << " |";
    md << "\n";

    for (const auto& v : volumes) {
        md << "\n### " << v.name << "\n\n";
        if (!v.error.empty()) {
            md << "Not run: " << v.error << "\n";
            continue;
        }
        md << v.out_of_scope.size() << " of " << v.documents
           << " documents are out of scope (notes not numbered per document).\n\n";
        std::size_t listed = 0;
        for (const auto& d : v.results) {
            std::vector<std::string> lines;
            if (!d.converted) lines.push_back("does not convert: " + d.convert_errors);
            for (const auto& e : d.invalid) lines.push_back("not valid: " + e);
            for (Feature f : k_features) {
                const std::string& diff = d.differences[static_cast<std::size_t>(f)];
                if (diff.empty()) continue;
                auto it = reasons.find(v.name + " " + d.id + " " + feature_name(f));
                lines.push_back(std::string("**") + feature_name(f) + "** — " +
                                (it == reasons.end() ? "(no reason recorded)" : it->second) +
                                " First difference: " + diff);
            }
            if (lines.empty()) continue;
            ++listed;
            md << "- `" << d.id << "`";
            for (const auto& l : lines) md << "\n  - " << l;
            md << "\n";
        }
        if (!listed) md << "Every document in scope comes back identical on every feature.\n";
    }
    return md.str();
}

} // namespace teipress::roundtrip
