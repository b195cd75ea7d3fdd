#include "build/manifest.h"

#include <sys/stat.h>

namespace teipress::build {

namespace {

constexpr std::string_view k_first_line = "teipress build manifest 1";

// A path or a name on one line: backslash and newline escaped.
std::string escaped(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

bool unescape(std::string_view s, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (++i == s.size()) return false;
        if (s[i] == '\\')
            out += '\\';
        else if (s[i] == 'n')
            out += '\n';
        else
            return false;
    }
    return true;
}

// Cuts the first space-separated field off rest.
std::string_view next_field(std::string_view& rest) {
    auto space = rest.find(' ');
    std::string_view field = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    return field;
}

} // namespace

std::string document_entry(const std::string& name) {
    return "document/" + name;
}

std::string volume_entry(const std::string& name) {
    return "volume/" + name;
}

std::string write_manifest_text(const Manifest& m) {
    std::string out;
    out += k_first_line;
    out += '\n';
    out += "version " + m.version + '\n';
    out += "tools " + m.tools + '\n';
    out += "formats " + m.formats + '\n';
    out += "source " + m.source + '\n';
    for (const auto& [name, entry] : m.entries) {
        out += "entry " + entry.key + (entry.ok ? " ok " : " failed ") + escaped(name) + '\n';
        for (const auto& o : entry.outputs) out += "output " + std::to_string(o.size) + ' ' + escaped(o.path) + '\n';
    }
    return out;
}

Result<Manifest> read_manifest_text(std::string_view text, const std::string& name) {
    Manifest m;
    ManifestEntry* current = nullptr;
    int line_number = 0;
    auto error = [&](const std::string& message) {
        return Diagnostic{Severity::Error, name, line_number, 1, message, {}};
    };
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (line_number == 1) {
            if (line != k_first_line) return error("not a teipress build manifest");
            continue;
        }
        std::string_view rest = line;
        std::string_view kind = next_field(rest);
        if (kind == "version")
            m.version = rest;
        else if (kind == "tools")
            m.tools = rest;
        else if (kind == "formats")
            m.formats = rest;
        else if (kind == "source")
            m.source = rest;
        else if (kind == "entry") {
            std::string_view key = next_field(rest);
            std::string_view status = next_field(rest);
            std::string entry_name;
            if (key.empty() || (status != "ok" && status != "failed") || rest.empty() || !unescape(rest, entry_name))
                return error("an entry needs a key, ok or failed, and a name");
            current = &m.entries[entry_name];
            current->key = key;
            current->ok = status == "ok";
            current->outputs.clear();
        } else if (kind == "output") {
            if (!current) return error("an output before any entry");
            std::string_view size = next_field(rest);
            OutputRecord record;
            if (size.empty() || size.size() > 19 || rest.empty() || !unescape(rest, record.path))
                return error("an output needs a size and a path");
            for (char c : size) {
                if (c < '0' || c > '9') return error("an output's size must be a number");
                record.size = record.size * 10 + static_cast<std::uint64_t>(c - '0');
            }
            current->outputs.push_back(std::move(record));
        } else {
            return error("unknown record '" + std::string(kind) + "'");
        }
    }
    if (line_number == 0) return error("not a teipress build manifest");
    return m;
}

bool outputs_present(const ManifestEntry& entry, const std::string& out_dir) {
    for (const auto& o : entry.outputs) {
        struct stat st;
        std::string path = out_dir + "/" + o.path;
        if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || static_cast<std::uint64_t>(st.st_size) != o.size)
            return false;
    }
    return true;
}

} // namespace teipress::build
