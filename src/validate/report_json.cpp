// The JSON-based report formats: teipress's own JSON and SARIF 2.1.0.
#include "validate/report_formats.h"

#include "core/utf8.h"

#include <cctype>
#include <cstdio>
#include <map>

namespace teipress::validate {

std::string json_string(const std::string& raw) {
    const std::string s = valid_utf8(raw); // JSON text is UTF-8: an invalid byte as "\xFF"
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

namespace {

bool file_valid(const FileReport& r, bool strict) {
    return r.errors() == 0 && !(strict && r.warnings() > 0);
}

// A relative URI reference for a path as given: percent-encodes what a URI may not hold.
std::string path_uri(const std::string& path) {
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

const char* sarif_level(Severity s) {
    return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note";
}

} // namespace

std::string json_report(const std::vector<FileReport>& reports, const ReportContext& context) {
    std::size_t errors = 0, warnings = 0;
    bool valid = true;
    std::string files;
    for (const auto& r : reports) {
        errors += r.errors();
        warnings += r.warnings();
        valid = valid && file_valid(r, context.strict);
        if (!files.empty()) files += ",\n";
        files += "    {\"file\": " + json_string(r.path) +
                 ", \"valid\": " + (file_valid(r, context.strict) ? "true" : "false") +
                 ", \"readable\": " + (r.status == InputStatus::Unreadable ? "false" : "true") +
                 ", \"errors\": " + std::to_string(r.errors()) + ", \"warnings\": " + std::to_string(r.warnings()) +
                 ", \"diagnostics\": [";
        bool first = true;
        for (const auto& d : r.diagnostics) {
            files += first ? "\n" : ",\n";
            first = false;
            files += "      {\"severity\": " + json_string(severity_name(d.severity)) +
                     ", \"line\": " + std::to_string(d.line) + ", \"column\": " + std::to_string(d.column) +
                     ", \"rule\": " + json_string(d.rule_id) + ", \"message\": " + json_string(d.message) + "}";
        }
        files += first ? "]}" : "\n    ]}";
    }
    std::string constraints;
    if (context.embedded_rules) {
        constraints =
            ",\n  \"embedded_constraints\": {\"found\": " + std::to_string(context.embedded_found) + ", \"not_run\": [";
        for (std::size_t i = 0; i < context.not_run.size(); ++i) {
            const auto& c = context.not_run[i];
            constraints += (i ? ",\n" : "\n") + std::string("    {\"id\": ") + json_string(c.id) +
                           ", \"file\": " + json_string(c.file) + ", \"line\": " + std::to_string(c.line) +
                           ", \"reason\": " + json_string(c.reason) + "}";
        }
        constraints += context.not_run.empty() ? "]}" : "\n  ]}";
    }
    return "{\n  \"tool\": {\"name\": \"teipress\", \"version\": " + json_string(context.version) +
           "},\n  \"strict\": " + (context.strict ? "true" : "false") + constraints +
           ",\n  \"valid\": " + (valid ? "true" : "false") + ",\n  \"errors\": " + std::to_string(errors) +
           ",\n  \"warnings\": " + std::to_string(warnings) + ",\n  \"files\": [\n" + files + "\n  ]\n}\n";
}

std::string sarif_report(const std::vector<FileReport>& reports, const ReportContext& context) {
    // The rules: the built-in checks, then the Schematron rules, then any other id seen.
    std::vector<RuleInfo> rules = {
        {"xml", Severity::Error, "The file is well-formed XML and declares no entities."},
        {"tei", Severity::Error, "The root element is in the TEI namespace."},
        {"relaxng", Severity::Error, "The document is valid against the RELAX NG schema."},
    };
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < rules.size(); ++i) index[rules[i].id] = i;
    for (const auto& r : context.rules)
        if (index.emplace(r.id, rules.size()).second) rules.push_back(r);
    for (const auto& rep : reports)
        for (const auto& d : rep.diagnostics) {
            std::string id = d.rule_id.empty() ? std::string("file") : d.rule_id;
            if (index.emplace(id, rules.size()).second)
                rules.push_back({id, d.severity, id == "file" ? "The file can be read." : id});
        }

    std::string out =
        "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
        "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
        "      \"tool\": {\n        \"driver\": {\n          \"name\": \"teipress\",\n"
        "          \"version\": " +
        json_string(context.version) +
        ",\n"
        "          \"informationUri\": \"https://github.com/teipress/teipress\",\n"
        "          \"rules\": [";
    for (std::size_t i = 0; i < rules.size(); ++i) {
        out += i ? ",\n" : "\n";
        out += "            {\"id\": " + json_string(rules[i].id) +
               ", \"shortDescription\": {\"text\": " + json_string(rules[i].description) +
               "}, \"defaultConfiguration\": {\"level\": " + json_string(sarif_level(rules[i].severity)) + "}}";
    }
    // Columns count characters (code points), not SARIF's default UTF-16 code units.
    out += "\n          ]\n        }\n      },\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [";
    bool first = true;
    for (const auto& rep : reports) {
        for (const auto& d : rep.diagnostics) {
            std::string id = d.rule_id.empty() ? std::string("file") : d.rule_id;
            out += first ? "\n" : ",\n";
            first = false;
            out += "        {\"ruleId\": " + json_string(id) + ", \"ruleIndex\": " + std::to_string(index[id]) +
                   ", \"level\": " + json_string(sarif_level(d.severity)) +
                   ", \"message\": {\"text\": " + json_string(d.message) +
                   "}, \"locations\": [{\"physicalLocation\": "
                   "{\"artifactLocation\": {\"uri\": " +
                   json_string(path_uri(d.file)) +
                   "}, \"region\": {\"startLine\": " + std::to_string(d.line > 0 ? d.line : 1) +
                   ", \"startColumn\": " + std::to_string(d.column > 0 ? d.column : 1) + "}}}]}";
        }
    }
    out += first ? "]" : "\n      ]";
    // Constraints of the grammar that were not run: tool notifications, never silently.
    if (!context.not_run.empty()) {
        out += ",\n      \"invocations\": [{\"executionSuccessful\": true, \"toolConfigurationNotifications\": [";
        for (std::size_t i = 0; i < context.not_run.size(); ++i) {
            const auto& c = context.not_run[i];
            out += (i ? ",\n" : "\n") + std::string("        {\"descriptor\": {\"id\": ") + json_string(c.id) +
                   "}, \"level\": \"note\", \"message\": {\"text\": " +
                   json_string("constraint " + c.id + " was not run: " + c.reason) +
                   "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " +
                   json_string(path_uri(c.file)) +
                   "}, \"region\": {\"startLine\": " + std::to_string(c.line > 0 ? c.line : 1) + "}}}]}";
        }
        out += "\n      ]}]";
    }
    out += "\n    }\n  ]\n}\n";
    return out;
}

} // namespace teipress::validate
