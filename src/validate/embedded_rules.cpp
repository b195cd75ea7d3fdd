#include "validate/embedded_rules.h"

#include "validate/relaxng/grammar_reader.h"

#include "core/input_file.h"
#include "validate/libxml_helpers.h"
#include "validate/schematron_schema.h"
#include "validate/tei_input.h"

#include <filesystem>
#include <set>

namespace teipress::validate {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_rng_ns = "http://relaxng.org/ns/structure/1.0";
constexpr const char* k_schematron15_ns = "http://www.ascc.net/xml/schematron";

bool in_namespace(const xmlNode* n, const char* ns) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar*>(ns));
}
bool is_schematron(const xmlNode* n) {
    return in_namespace(n, k_schematron_ns) || in_namespace(n, k_schematron15_ns);
}
bool named(const xmlNode* n, const char* local) {
    return xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(local));
}

int line_of(const xmlNode* n) {
    const long line = xmlGetLineNo(n);
    return line > 0 ? static_cast<int>(line) : 1;
}

// One constraint found: a pattern element to copy (or a rule, or asserts, to wrap), where.
struct Found {
    const xmlNode* node = nullptr;
    std::string wrap; // "" (a pattern), "rule" (wrap in a pattern), "assert" (wrap in rule + pattern)
    std::string file;
    int line = 0;
    std::string id;
};

struct Extraction {
    const GrammarLoader* load = nullptr;
    std::vector<xml::XmlDocPtr> docs; // kept alive while their nodes are copied
    std::set<std::string> visited;
    std::vector<const xmlNode*> namespaces; // sch:ns
    std::vector<const xmlNode*> lets;       // grammar-level sch:let
    std::vector<Found> found;
    std::vector<NotRunConstraint> not_run;
};

// The name an rng:element defines, as a QName for a rule context ("" for a name class).
std::string element_context(const xmlNode* element, std::vector<std::pair<std::string, std::string>>& extra_ns) {
    const std::string name = attribute_value(element, "name");
    if (name.empty() || name.find(':') != std::string::npos) return name;
    // Its namespace: the nearest ns attribute of it or an ancestor.
    std::string ns;
    for (const xmlNode* a = element; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
        xmlChar* v = xmlGetNoNsProp(a, reinterpret_cast<const xmlChar*>("ns"));
        if (v) {
            ns = reinterpret_cast<const char*>(v);
            xmlFree(v);
            break;
        }
    }
    if (ns.empty()) return name;
    extra_ns.emplace_back("tpx-ns" + std::to_string(extra_ns.size() + 1), ns);
    return extra_ns.back().first + ":" + name;
}

Result<bool> walk(const xmlNode* n, const std::string& file, Extraction& x);

Result<bool> walk_file(const std::string& path, Extraction& x) {
    const std::string key = fs::path(path).lexically_normal().string();
    if (!x.visited.insert(key).second) return true;
    auto doc = (*x.load)(path);
    if (!doc) return doc.error();
    const xmlNode* root = xmlDocGetRootElement(doc->get());
    x.docs.push_back(std::move(*doc));
    return walk(root, path, x);
}

Result<bool> walk(const xmlNode* n, const std::string& file, Extraction& x) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (is_schematron(n)) {
            const std::string id = attribute_value(n, "id");
            if (named(n, "ns"))
                x.namespaces.push_back(n);
            else if (named(n, "let"))
                x.lets.push_back(n);
            else if (named(n, "pattern"))
                x.found.push_back({n, "", file, line_of(n), id});
            else if (named(n, "rule"))
                x.found.push_back({n, "rule", file, line_of(n), id});
            else if (named(n, "assert") || named(n, "report"))
                x.found.push_back({n, "assert", file, line_of(n), id});
            else if (!named(n, "title") && !named(n, "p")) {
                x.not_run.push_back({id.empty() ? file + ":" + std::to_string(line_of(n)) : id,
                                     "sch:" + std::string(reinterpret_cast<const char*>(n->name)) +
                                         " outside a pattern is not supported",
                                     file, line_of(n)});
            }
            continue;
        }
        if (in_namespace(n, k_rng_ns) && (named(n, "include") || named(n, "externalRef"))) {
            const std::string href = attribute_value(n, "href");
            if (!href.empty() && href.find("://") == std::string::npos) {
                const fs::path target =
                    fs::path(href).is_absolute() ? fs::path(href) : fs::path(file).parent_path() / href;
                auto done = walk_file(target.lexically_normal().string(), x);
                if (!done) return done.error();
            }
        }
        auto done = walk(n->children, file, x);
        if (!done) return done.error();
    }
    return true;
}

xmlNs* schematron_ns(xmlNode* root) {
    return xmlSearchNsByHref(root->doc, root, reinterpret_cast<const xmlChar*>(k_schematron_ns));
}

// Puts every element of the Schematron 1.5 namespace under n into the ISO namespace.
void to_iso(xmlNode* n, xmlNs* iso) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (in_namespace(n, k_schematron15_ns)) xmlSetNs(n, iso);
        to_iso(n->children, iso);
    }
}

// A new schema document: sch:schema with the grammar's sch:ns and lets (and extra prefixes).
xml::XmlDocPtr new_schema(const Extraction& x, const std::vector<std::pair<std::string, std::string>>& extra_ns) {
    xml::XmlDocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
    xmlNode* root = xmlNewDocNode(doc.get(), nullptr, reinterpret_cast<const xmlChar*>("schema"), nullptr);
    xmlDocSetRootElement(doc.get(), root);
    xmlNs* iso =
        xmlNewNs(root, reinterpret_cast<const xmlChar*>(k_schematron_ns), reinterpret_cast<const xmlChar*>("sch"));
    xmlSetNs(root, iso);
    xmlSetProp(root, reinterpret_cast<const xmlChar*>("queryBinding"), reinterpret_cast<const xmlChar*>("xslt"));
    std::set<std::string> prefixes;
    auto add_ns = [&](const std::string& prefix, const std::string& uri) {
        if (prefix.empty() || !prefixes.insert(prefix).second) return;
        xmlNode* ns = xmlNewChild(root, iso, reinterpret_cast<const xmlChar*>("ns"), nullptr);
        xmlSetProp(ns, reinterpret_cast<const xmlChar*>("prefix"), reinterpret_cast<const xmlChar*>(prefix.c_str()));
        xmlSetProp(ns, reinterpret_cast<const xmlChar*>("uri"), reinterpret_cast<const xmlChar*>(uri.c_str()));
    };
    for (const xmlNode* n : x.namespaces) add_ns(attribute_value(n, "prefix"), attribute_value(n, "uri"));
    for (const auto& [prefix, uri] : extra_ns) add_ns(prefix, uri);
    for (const xmlNode* let : x.lets) {
        xmlNode* copy = xmlDocCopyNode(const_cast<xmlNode*>(let), doc.get(), 1);
        xmlAddChild(root, copy);
        to_iso(copy, iso);
    }
    return doc;
}

// Adds constraint f to schema as one sch:pattern with an @id (f.id, else FILE:LINE).
void add_pattern(xmlDoc* schema, const Found& f, const std::string& context) {
    xmlNode* root = xmlDocGetRootElement(schema);
    xmlNs* iso = schematron_ns(root);
    xmlNode* copy = xmlDocCopyNode(const_cast<xmlNode*>(f.node), schema, 1);
    xmlNode* pattern = copy;
    if (f.wrap == "rule" || f.wrap == "assert") {
        pattern = xmlNewDocNode(schema, iso, reinterpret_cast<const xmlChar*>("pattern"), nullptr);
        xmlNode* inner = copy;
        if (f.wrap == "assert") {
            inner = xmlNewDocNode(schema, iso, reinterpret_cast<const xmlChar*>("rule"), nullptr);
            xmlSetProp(inner, reinterpret_cast<const xmlChar*>("context"),
                       reinterpret_cast<const xmlChar*>(context.c_str()));
            xmlAddChild(inner, copy);
        }
        xmlAddChild(pattern, inner);
    }
    xmlAddChild(root, pattern);
    to_iso(pattern, iso);
    xmlReconciliateNs(schema, pattern);
    const std::string id = f.id.empty() ? fs::path(f.file).filename().string() + ":" + std::to_string(f.line) : f.id;
    if (attribute_value(pattern, "id").empty())
        xmlSetProp(pattern, reinterpret_cast<const xmlChar*>("id"), reinterpret_cast<const xmlChar*>(id.c_str()));
}

std::string id_of(const Found& f) {
    return f.id.empty() ? fs::path(f.file).filename().string() + ":" + std::to_string(f.line) : f.id;
}

} // namespace

Result<xml::XmlDocPtr> load_grammar_xml(const std::string& path) {
    // The RELAX NG engine's reader: XML syntax, or the compact syntax translated (annotations,
    // and so embedded sch:pattern, kept as foreign elements).
    auto grammar = relaxng::read_grammar_document(path);
    if (!grammar) return grammar.error();
    return std::move(grammar->doc);
}

Result<EmbeddedRules> extract_embedded_rules(const std::string& grammar_path, const SchematronCompiler& compiler,
                                             const GrammarLoader& load) {
    Extraction x;
    x.load = &load;
    auto walked = walk_file(grammar_path, x);
    if (!walked) return walked.error();

    EmbeddedRules out;
    out.found = x.found.size() + x.not_run.size();
    out.not_run = x.not_run;

    // Each constraint's context (for asserts directly in an element) and the prefixes it needs.
    std::vector<std::pair<std::string, std::string>> extra_ns;
    std::vector<std::string> contexts(x.found.size());
    for (std::size_t i = 0; i < x.found.size(); ++i) {
        if (x.found[i].wrap != "assert") continue;
        const xmlNode* element = x.found[i].node->parent;
        while (element && !(in_namespace(element, k_rng_ns) && named(element, "element"))) element = element->parent;
        contexts[i] = element ? element_context(element, extra_ns) : "";
    }

    // First what cannot run whatever happens: a missing context, XPath 2, an undeclared variable.
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < x.found.size(); ++i) {
        const Found& f = x.found[i];
        if (f.wrap == "assert" && contexts[i].empty()) {
            out.not_run.push_back(
                {id_of(f), "an assert outside a rule, in no named element: it has no context", f.file, f.line});
            continue;
        }
        xml::XmlDocPtr single = new_schema(x, extra_ns);
        add_pattern(single.get(), f, contexts[i]);
        int line = 0;
        const xmlNode* pattern = xmlDocGetRootElement(single.get())->last;
        if (auto missing = first_unrunnable_query(pattern, single.get(), line)) {
            out.not_run.push_back({id_of(f), *missing, f.file, f.line});
            continue;
        }
        candidates.push_back(i);
    }

    // Then compile them together; when that fails, one by one to find those that do not compile.
    auto compile_set = [&](const std::vector<std::size_t>& set) {
        xml::XmlDocPtr schema = new_schema(x, extra_ns);
        for (std::size_t i : set) add_pattern(schema.get(), x.found[i], contexts[i]);
        return SchematronRules::compile_document(schema.get(), grammar_path, compiler, {"#ALL"});
    };
    auto all = compile_set(candidates);
    if (!all) {
        std::vector<std::size_t> good;
        for (std::size_t i : candidates) {
            auto one = compile_set({i});
            if (one) {
                good.push_back(i);
                continue;
            }
            std::string reason = one.error().message;
            if (reason.rfind("rules do not compile: ", 0) == 0) reason = reason.substr(22);
            out.not_run.push_back(
                {id_of(x.found[i]), "does not compile with XPath 1.0: " + reason, x.found[i].file, x.found[i].line});
        }
        candidates = good;
        all = compile_set(candidates);
        if (!all) return all.error();
    }
    if (!candidates.empty()) out.rules = *all;
    // Grammar order for the list of what did not run.
    std::stable_sort(out.not_run.begin(), out.not_run.end(), [](const NotRunConstraint& a, const NotRunConstraint& b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return out;
}

} // namespace teipress::validate
