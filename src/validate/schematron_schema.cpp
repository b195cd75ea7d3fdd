#include "validate/schematron_schema.h"

#include "core/input_file.h"
#include "validate/tei_input.h"
#include "validate/xpath_functions.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

namespace teipress::validate {

namespace {

namespace fs = std::filesystem;

constexpr int k_max_include_depth = 16;
constexpr int k_max_includes = 1000;

bool is_sch(const xmlNode* n, const char* local) {
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar*>(k_schematron_ns)) &&
           xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(local));
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

int line_of(const xmlNode* n) {
    const long line = n ? xmlGetLineNo(n) : 0;
    return line > 0 ? static_cast<int>(line) : 1;
}

void collect_includes(xmlNode* n, std::vector<xmlNode*>& out) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is_sch(n, "include"))
            out.push_back(n);
        else
            collect_includes(n->children, out);
    }
}

// The element of doc whose @id or @xml:id is id, or null.
xmlNode* element_with_id(xmlNode* n, const std::string& id) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (attribute(n, "id") == id) return n;
        xmlChar* xml_id = xmlGetNsProp(n, reinterpret_cast<const xmlChar*>("id"), XML_XML_NAMESPACE);
        const bool match = xml_id && id == reinterpret_cast<const char*>(xml_id);
        xmlFree(xml_id);
        if (match) return n;
        if (xmlNode* found = element_with_id(n->children, id)) return found;
    }
    return nullptr;
}

// s, cut after about 120 bytes (at a character boundary) with "…".
std::string shortened(const std::string& s) {
    if (s.size() <= 120) return s;
    std::size_t end = 120;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end) + "…";
}

// "for", "some", "every" or "let" when query binds a variable as XPath 2 does ("for $x in"),
// else "".
std::string xpath2_binding_keyword(const std::string& query) {
    for (const char* k : {"for", "some", "every", "let"}) {
        const std::string word = k;
        for (std::size_t at = query.find(word); at != std::string::npos; at = query.find(word, at + 1)) {
            const bool starts =
                at == 0 || !(std::isalnum(static_cast<unsigned char>(query[at - 1])) || query[at - 1] == '-' ||
                             query[at - 1] == '_' || query[at - 1] == '$' || query[at - 1] == ':');
            std::size_t next = at + word.size();
            const bool spaced = next < query.size() && std::isspace(static_cast<unsigned char>(query[next]));
            while (next < query.size() && std::isspace(static_cast<unsigned char>(query[next]))) ++next;
            if (starts && spaced && next < query.size() && query[next] == '$') return word;
        }
    }
    return {};
}

struct IncludeState {
    std::vector<std::string> stack; // the files being expanded, outermost first
    int count = 0;
};

bool expand(xmlDoc* doc, xmlNode* root, const std::string& base_path, IncludeState& state,
            std::vector<Diagnostic>& errors) {
    std::vector<xmlNode*> includes;
    if (root) collect_includes(root, includes);
    for (xmlNode* include : includes) {
        auto fail = [&](const std::string& message) {
            errors.push_back({Severity::Error, base_path, line_of(include), 1, "sch:include: " + message, {}});
            return false;
        };
        if (++state.count > k_max_includes) return fail("more than 1,000 includes");
        const std::string href = attribute(include, "href");
        if (href.empty()) return fail("no @href");
        const std::string file_part = href.substr(0, href.find('#'));
        const std::string fragment = href.find('#') == std::string::npos ? "" : href.substr(href.find('#') + 1);
        if (file_part.find("://") != std::string::npos || file_part.rfind("file:", 0) == 0)
            return fail("href=\"" + href + "\": only local files are read (no URL)");

        xml::XmlDocPtr included;
        xmlNode* target = nullptr;
        std::string path = base_path;
        if (file_part.empty()) {
            target = element_with_id(xmlDocGetRootElement(doc), fragment);
        } else {
            path = fs::path(file_part).is_absolute()
                       ? file_part
                       : (fs::path(base_path).parent_path() / file_part).lexically_normal().string();
            if (std::find(state.stack.begin(), state.stack.end(), path) != state.stack.end())
                return fail("href=\"" + href + "\": an include cycle (" + path + " includes itself)");
            if (static_cast<int>(state.stack.size()) >= k_max_include_depth)
                return fail("href=\"" + href + "\": more than 16 levels of includes");
            auto bytes = read_file_bytes(path, std::size_t(64) << 20);
            if (!bytes) return fail("href=\"" + href + "\": " + bytes.error().message);
            std::vector<Diagnostic> parse_errors;
            included = parse_xml(path, *bytes, parse_errors);
            if (!included) {
                for (auto& e : parse_errors) errors.push_back(std::move(e));
                return fail("href=\"" + href + "\": not well-formed XML");
            }
            xmlNode* included_root = xmlDocGetRootElement(included.get());
            state.stack.push_back(path);
            const bool ok = expand(included.get(), included_root, path, state, errors);
            state.stack.pop_back();
            if (!ok) return false;
            included_root = xmlDocGetRootElement(included.get());
            target = fragment.empty() ? included_root : element_with_id(included_root, fragment);
        }
        if (!target) return fail("href=\"" + href + "\": no element with id \"" + fragment + "\"");
        if (target == include) return fail("href=\"" + href + "\": names the include itself");
        xmlNode* copy = xmlDocCopyNode(target, doc, 1);
        if (!copy) return fail("out of memory");
        xmlReplaceNode(include, copy);
        xmlFreeNode(include);
        xmlReconciliateNs(doc, copy);
        // An include of this file (#id) may itself hold includes.
        if (file_part.empty()) {
            state.stack.push_back(path + "#" + fragment);
            const bool ok = std::count(state.stack.begin(), state.stack.end(), path + "#" + fragment) < 2 &&
                            expand(doc, copy->children, base_path, state, errors);
            state.stack.pop_back();
            if (!ok) return errors.empty() ? fail("href=\"" + href + "\": an include cycle") : false;
        }
    }
    return true;
}

} // namespace

bool expand_includes(xmlDoc* doc, xmlNode* root, const std::string& base_path, std::vector<Diagnostic>& errors) {
    IncludeState state;
    state.stack.push_back(fs::path(base_path).lexically_normal().string());
    return expand(doc, root, base_path, state, errors);
}

Result<xml::XmlDocPtr> load_schematron_schema(const std::string& path) {
    auto bytes = read_file_bytes(path, std::size_t(64) << 20);
    if (!bytes) return bytes.error();
    std::vector<Diagnostic> errors;
    xml::XmlDocPtr doc = parse_xml(path, *bytes, errors);
    if (!doc) {
        Diagnostic d = errors.front();
        d.message = "rules are not well-formed XML: " + d.message;
        d.rule_id.clear();
        return d;
    }
    if (!expand_includes(doc.get(), xmlDocGetRootElement(doc.get()), path, errors)) return errors.front();
    return doc;
}

std::vector<std::string> schema_phases(const xmlDoc* schema) {
    std::vector<std::string> out;
    const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(schema));
    for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next)
        if (is_sch(n, "phase")) out.push_back(attribute(n, "id"));
    return out;
}

std::optional<Diagnostic> check_phase(const xmlDoc* schema, const std::string& path, const std::string& phase) {
    const auto phases = schema_phases(schema);
    if (phase == "#ALL" || phase == "#DEFAULT" || phase.empty() ||
        std::find(phases.begin(), phases.end(), phase) != phases.end())
        return std::nullopt;
    std::string known;
    for (const auto& p : phases) known += (known.empty() ? "" : ", ") + p;
    return Diagnostic{Severity::Error,
                      path,
                      1,
                      1,
                      "no phase \"" + phase + "\" in these rules (" +
                          (phases.empty() ? std::string("they define no phase; #ALL and #DEFAULT run every pattern")
                                          : "phases: " + known + "; or #ALL, #DEFAULT") +
                          ")",
                      {}};
}

std::optional<std::string> first_unrunnable_query(const xmlNode* root, const xmlDoc* schema, int& line) {
    std::map<std::string, std::string> prefixes;
    const xmlNode* schema_root = xmlDocGetRootElement(const_cast<xmlDoc*>(schema));
    for (const xmlNode* n = schema_root ? schema_root->children : nullptr; n; n = n->next)
        if (is_sch(n, "ns")) prefixes.emplace(attribute(n, "prefix"), attribute(n, "uri"));
    // The variables the schema declares (anywhere: a let's scope is checked by libxslt), and
    // the parameters of compiled rules.
    std::set<std::string> declared = {"teipress-fired-rules", "teipress-node-ref"};
    std::vector<const xmlNode*> walk{schema_root};
    while (!walk.empty()) {
        const xmlNode* n = walk.back();
        walk.pop_back();
        if (!n || n->type != XML_ELEMENT_NODE) continue;
        if (is_sch(n, "let") || is_sch(n, "param")) declared.insert(attribute(n, "name"));
        for (const xmlNode* c = n->children; c; c = c->next) walk.push_back(c);
    }
    auto namespace_of = [&](const std::string& prefix) {
        auto it = prefixes.find(prefix);
        return it == prefixes.end() ? std::string() : it->second;
    };
    static const char* const k_queries[][2] = {
        {"rule", "context"}, {"assert", "test"},  {"report", "test"},    {"let", "value"},      {"value-of", "select"},
        {"name", "path"},    {"rule", "subject"}, {"assert", "subject"}, {"report", "subject"}, {"param", "value"}};
    std::vector<const xmlNode*> todo{root};
    while (!todo.empty()) {
        const xmlNode* n = todo.back();
        todo.pop_back();
        if (!n || n->type != XML_ELEMENT_NODE) continue;
        for (const auto& q : k_queries) {
            if (!is_sch(n, q[0])) continue;
            const std::string query = attribute(n, q[1]);
            std::string where = std::string("the @") + q[1] + " of sch:" + q[0];
            const std::string id = attribute(n, "id");
            if (!id.empty()) where += " \"" + id + "\"";
            if (const std::string k = xpath2_binding_keyword(query); !k.empty()) {
                line = line_of(n);
                return where + " uses XPath 2's \"" + k + "\" expression (" + shortened(query) + ")";
            }
            for (const auto& v : variable_references(query)) {
                if (declared.count(v)) continue;
                line = line_of(n);
                return where + " refers to $" + v + ", which no let or param declares (" + shortened(query) + ")";
            }
            const auto missing = unavailable_functions(query, namespace_of);
            if (missing.empty()) continue;
            line = line_of(n);
            const std::string& f = missing.front().local;
            const bool keyword =
                missing.front().prefix.empty() && (f == "if" || f == "for" || f == "some" || f == "every" ||
                                                   f == "let" || f == "except" || f == "intersect");
            return where +
                   (keyword ? " uses XPath 2's \"" + f +
                                  (f == "except" || f == "intersect" ? "\" operator" : "\" expression")
                            : " calls " + missing.front().name() + "(), which " +
                                  (missing.front().prefix.empty()
                                       ? std::string("XPath 1.0 does not have")
                                       : std::string("no extension module of libxslt provides"))) +
                   " (" + shortened(query) + ")";
        }
        for (const xmlNode* c = n->last; c; c = c->prev) todo.push_back(c);
    }
    return std::nullopt;
}

} // namespace teipress::validate
