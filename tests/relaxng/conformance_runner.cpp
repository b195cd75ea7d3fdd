// relaxng_conformance: runs one of James Clark's RELAX NG test suites (tests/relaxng/
// conformance/) through teipress's engine: every incorrect schema must be refused, every
// correct one accepted, every valid instance accepted and every invalid one refused.
//   spectest.xml    — the specification suite (testSuite/testCase, resources in folders)
//   xsdtest.xml     — the XML Schema datatypes suite, turned into test cases the way jing's
//                     xsdtest.xsl does (a datatype's valid and invalid strings, equal values,
//                     length, order)
//   compacttest.xml — the compact syntax suite: each compact schema (written as .rnc and read
//                     through the same loader as any grammar) must compile exactly when correct
// Each case is written to a folder of its own under the build tree (schema, resources,
// instances) and read back through the real loader. Prints the counts per kind; a failure
// listed in exceptions.txt (with its reason) is reported but does not fail the run, and a
// listed exception that passes does. Exit 0: all pass; 1: a failure; 2: usage; 77: the suite
// cannot run (the compact syntax is not available in this build).
// Usage: relaxng_conformance SUITE.xml EXCEPTIONS.txt WORK_DIR [-v]
#include "validate/relaxng_schema.h"
#include "validate/tei_input.h"
#include "xml/libxml_session.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace teipress;
namespace fs = std::filesystem;

namespace {

const char* cc(const xmlChar* s) {
    return reinterpret_cast<const char*>(s);
}
bool named(const xmlNode* n, const char* name) {
    return n && n->type == XML_ELEMENT_NODE && !n->ns && xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(name));
}
std::vector<xmlNode*> children(const xmlNode* n, const char* name = nullptr) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (!name || named(c, name))) out.push_back(c);
    return out;
}
xmlNode* first_element(const xmlNode* n) {
    for (xmlNode* c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) return c;
    return nullptr;
}
std::string text_of(const xmlNode* n) {
    xmlChar* t = xmlNodeGetContent(n);
    std::string s = t ? cc(t) : "";
    xmlFree(t);
    return s;
}
std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? cc(v) : "";
    xmlFree(v);
    return s;
}
std::string escape_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '\r')
            out += "&#xD;";
        else
            out += c;
    }
    return out;
}
std::string escape_attribute(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '"')
            out += "&quot;";
        else if (c == '\n')
            out += "&#xA;";
        else if (c == '\t')
            out += "&#x9;";
        else if (c == '\r')
            out += "&#xD;";
        else
            out += c;
    }
    return out;
}

// The element e as a document of its own, as written in the suite, with the namespaces
// declared around it (its text may need them: QName values) declared on its start tag.
std::string serialize_element(xmlNode* e) {
    xmlBufferPtr buf = xmlBufferCreate();
    xmlNodeDump(buf, e->doc, e, 0, 0);
    std::string s(reinterpret_cast<const char*>(xmlBufferContent(buf)), static_cast<std::size_t>(xmlBufferLength(buf)));
    xmlBufferFree(buf);
    std::string decls;
    if (xmlNsPtr* list = xmlGetNsList(e->doc, e)) {
        for (xmlNsPtr* ns = list; *ns; ++ns) {
            if (!(*ns)->prefix) continue;
            bool declared = false;
            for (xmlNs* d = e->nsDef; d; d = d->next)
                declared = declared || (d->prefix && xmlStrEqual(d->prefix, (*ns)->prefix));
            if (!declared)
                decls += std::string(" xmlns:") + cc((*ns)->prefix) + "=\"" + escape_attribute(cc((*ns)->href)) + "\"";
        }
        xmlFree(list);
    }
    std::size_t name_end = 1;
    while (name_end < s.size() && !std::isspace(static_cast<unsigned char>(s[name_end])) && s[name_end] != '>' &&
           s[name_end] != '/')
        ++name_end;
    s.insert(name_end, decls);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + s + "\n";
}

void write_file(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << text;
}

// One instance to judge.
struct Instance {
    std::string text;
    bool valid = true;
};

// One test case, whatever suite it comes from.
struct Case {
    std::string id;     // "12" (its number in the suite)
    std::string schema; // the schema's text
    std::string schema_name = "schema.rng";
    bool correct = true;
    std::vector<std::pair<std::string, std::string>> resources; // relative path, text
    std::vector<Instance> instances;
    std::string compact_schema; // compacttest: the compact form (schema.rnc)
    bool has_compact = false;
};

// Resources and dirs of a spectest or compacttest case (dir names nest).
void collect_resources(xmlNode* parent, const std::string& prefix, Case& c) {
    for (xmlNode* k : children(parent)) {
        if (named(k, "resource")) {
            xmlNode* root = first_element(k);
            c.resources.push_back({prefix + attribute(k, "name"), root ? serialize_element(root) : text_of(k)});
        } else if (named(k, "dir")) {
            collect_resources(k, prefix + attribute(k, "name") + "/", c);
        }
    }
}

void spectest_cases(xmlNode* suite, std::vector<Case>& out) {
    for (xmlNode* k : children(suite)) {
        if (named(k, "testSuite")) {
            spectest_cases(k, out);
            continue;
        }
        if (!named(k, "testCase")) continue;
        Case c;
        c.id = std::to_string(out.size() + 1);
        collect_resources(k, "", c);
        for (xmlNode* part : children(k)) {
            if (named(part, "correct") || named(part, "incorrect")) {
                c.correct = named(part, "correct");
                xmlNode* root = first_element(part);
                c.schema = root ? serialize_element(root) : text_of(part);
            } else if (named(part, "valid") || named(part, "invalid")) {
                xmlNode* root = first_element(part);
                c.instances.push_back({root ? serialize_element(root) : text_of(part), named(part, "valid")});
            }
        }
        out.push_back(std::move(c));
    }
}

void compacttest_cases(xmlNode* suite, std::vector<Case>& out) {
    for (xmlNode* k : children(suite)) {
        if (named(k, "testSuite")) {
            compacttest_cases(k, out);
            continue;
        }
        if (!named(k, "testCase")) continue;
        Case c;
        c.id = std::to_string(out.size() + 1);
        for (xmlNode* part : children(k)) {
            if (!named(part, "compact")) continue;
            collect_resources(part, "", c);
            for (xmlNode* s : children(part)) {
                if (named(s, "correct") || named(s, "incorrect")) {
                    c.correct = named(s, "correct");
                    c.schema = text_of(s);
                    c.schema_name = "schema.rnc";
                    c.has_compact = true;
                } else if (named(s, "valid") || named(s, "invalid")) {
                    xmlNode* root = first_element(s);
                    c.instances.push_back({root ? serialize_element(root) : text_of(s), named(s, "valid")});
                }
            }
        }
        if (c.has_compact) out.push_back(std::move(c));
    }
}

// xsdtest: the cases jing's xsdtest.xsl makes of each datatype.
std::string xsd_instance(xmlNode* value_node, const std::string& text) {
    std::string dtd = attribute(value_node, "internalSubset");
    std::string decls;
    if (xmlNsPtr* list = xmlGetNsList(value_node->doc, value_node)) {
        for (xmlNsPtr* ns = list; *ns; ++ns)
            decls += std::string(" xmlns") + ((*ns)->prefix ? std::string(":") + cc((*ns)->prefix) : "") + "=\"" +
                     escape_attribute(cc((*ns)->href)) + "\"";
        xmlFree(list);
    }
    std::string out;
    if (xmlHasProp(value_node, reinterpret_cast<const xmlChar*>("internalSubset")))
        out += "<!DOCTYPE doc [\n" + dtd + "\n]>\n";
    return out + "<doc" + decls + ">" + escape_text(text) + "</doc>\n";
}

std::string xsd_schema(const std::string& type, const std::string& params_or_value, bool value,
                       const std::string& value_decls = "") {
    std::string s =
        "<element xmlns=\"http://relaxng.org/ns/structure/1.0\" name=\"doc\" "
        "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\">\n";
    if (value)
        s += "  <value type=\"" + type + "\"" + value_decls + ">" + escape_text(params_or_value) + "</value>\n";
    else
        s += "  <data type=\"" + type + "\">" + params_or_value + "</data>\n";
    return s + "</element>\n";
}

std::string param(const std::string& name, const std::string& value) {
    return "<param name=\"" + name + "\">" + escape_text(value) + "</param>";
}

void xsdtest_cases(xmlNode* root, std::vector<Case>& out) {
    auto add = [&](Case c) {
        c.id = std::to_string(out.size() + 1);
        out.push_back(std::move(c));
    };
    for (xmlNode* dt : children(root, "datatype")) {
        const std::string type = attribute(dt, "name");
        std::string params;
        for (xmlNode* p : children(dt, "param")) params += param(attribute(p, "name"), text_of(p));
        Case c;
        c.schema = xsd_schema(type, params, false);
        for (xmlNode* v : children(dt))
            if (named(v, "valid") || named(v, "invalid"))
                c.instances.push_back({xsd_instance(v, text_of(v)), named(v, "valid")});
        add(std::move(c));
        for (xmlNode* equiv : children(dt, "equiv")) {
            auto classes = children(equiv, "class");
            for (xmlNode* cls : classes) {
                auto values = children(cls, "value");
                if (values.empty()) continue;
                std::string decls;
                if (xmlNsPtr* list = xmlGetNsList(values[0]->doc, values[0])) {
                    for (xmlNsPtr* ns = list; *ns; ++ns)
                        decls += std::string(" xmlns") + ((*ns)->prefix ? std::string(":") + cc((*ns)->prefix) : "") +
                                 "=\"" + escape_attribute(cc((*ns)->href)) + "\"";
                    xmlFree(list);
                }
                Case e;
                e.schema = xsd_schema(type, text_of(values[0]), true, decls);
                for (std::size_t i = 1; i < values.size(); ++i)
                    e.instances.push_back({xsd_instance(values[i], text_of(values[i])), true});
                for (xmlNode* other : classes)
                    if (other != cls)
                        for (xmlNode* v : children(other, "value"))
                            e.instances.push_back({xsd_instance(v, text_of(v)), false});
                add(std::move(e));
            }
        }
        for (xmlNode* len : children(dt, "length")) {
            const long n = std::stol(attribute(len, "value"));
            const std::string text = text_of(len);
            for (long delta : {0L, 1L, -1L}) {
                if (delta == -1 && n == 0) continue;
                Case e;
                e.schema = xsd_schema(type, param("length", std::to_string(n + delta)), false);
                e.instances.push_back({xsd_instance(len, text), delta == 0});
                add(std::move(e));
            }
        }
        for (xmlNode* lt : children(dt)) {
            const bool less = named(lt, "lessThan");
            if (!less && !named(lt, "incomparable")) continue;
            auto values = children(lt, "value");
            if (values.size() != 2) continue;
            const std::string a = text_of(values[0]), b = text_of(values[1]);
            Case e1;
            e1.schema = xsd_schema(type, param("minExclusive", a), false);
            e1.instances.push_back({xsd_instance(values[1], b), less});
            e1.instances.push_back({xsd_instance(values[0], a), false});
            add(std::move(e1));
            Case e2;
            e2.schema = xsd_schema(type, param("minExclusive", b), false);
            e2.instances.push_back({xsd_instance(values[0], a), false});
            e2.instances.push_back({xsd_instance(values[1], b), false});
            add(std::move(e2));
        }
    }
}

struct Counts {
    int correct = 0, correct_ok = 0, incorrect = 0, incorrect_ok = 0;
    int valid = 0, valid_ok = 0, invalid = 0, invalid_ok = 0;
};

std::map<std::string, std::string> read_exceptions(const std::string& path, const std::string& suite) {
    std::map<std::string, std::string> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ls(line);
        std::string s, item;
        ls >> s >> item;
        std::string reason;
        std::getline(ls, reason);
        if (s == suite) out[item] = reason;
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: relaxng_conformance SUITE.xml EXCEPTIONS.txt WORK_DIR [-v]\n";
        return 2;
    }
    const std::string suite_path = argv[1];
    const bool verbose = argc > 4 && std::string(argv[4]) == "-v";
    xml::LibxmlSession session;
    // The suite file itself declares an entity (spectest's &dii;): read it expanded.
    xmlDocPtr suite = xmlReadFile(suite_path.c_str(), nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!suite) {
        std::cerr << suite_path << ": cannot read the suite\n";
        return 2;
    }
    const std::string suite_name = fs::path(suite_path).stem().string();
    xmlNode* root = xmlDocGetRootElement(suite);
    std::vector<Case> cases;
    if (named(root, "xsdtest"))
        xsdtest_cases(root, cases);
    else if (suite_name == "compacttest")
        compacttest_cases(root, cases);
    else
        spectest_cases(root, cases);

    const auto exceptions = read_exceptions(argv[2], suite_name);
    std::set<std::string> excepted_failed;
    const fs::path work = fs::path(argv[3]) / suite_name;
    fs::remove_all(work);
    Counts n;
    int failures = 0, excepted = 0;
    auto outcome = [&](const Case& c, const std::string& item, bool ok, const std::string& detail) {
        const std::string key = c.id + (item.empty() ? "" : ":" + item);
        auto ex = exceptions.find(key);
        if (ok) {
            if (ex != exceptions.end()) {
                std::cout << "FAIL " << suite_name << " " << key << ": listed as an exception but passes\n";
                ++failures;
            }
            return;
        }
        if (ex != exceptions.end()) {
            ++excepted;
            excepted_failed.insert(key);
            if (verbose) std::cout << "exception " << suite_name << " " << key << ":" << ex->second << "\n";
            return;
        }
        ++failures;
        std::cout << "FAIL " << suite_name << " case " << key << ": " << detail << "\n";
    };

    for (const Case& c : cases) {
        const fs::path dir = work / c.id;
        for (const auto& [name, text] : c.resources) write_file(dir / name, text);
        write_file(dir / c.schema_name, c.schema);
        std::vector<Diagnostic> errors;
        auto schema = validate::RelaxNgSchema::compile((dir / c.schema_name).string(), errors, false);
        if (c.schema_name == "schema.rnc" && !schema && !errors.empty() &&
            errors.front().message.find("compact syntax (.rnc) is not supported") != std::string::npos) {
            std::cout << suite_name << ": SKIPPED: the compact syntax is not available in this build\n";
            xmlFreeDoc(suite);
            return 77;
        }
        std::string first_error = errors.empty() ? "" : format_diagnostic(errors.front());
        if (c.correct) {
            ++n.correct;
            n.correct_ok += schema.ok();
            outcome(c, "", schema.ok(), "correct schema refused: " + first_error);
        } else {
            ++n.incorrect;
            n.incorrect_ok += !schema.ok();
            outcome(c, "", !schema.ok(), "incorrect schema accepted:\n" + c.schema);
        }
        if (!schema) continue;
        int index = 0;
        for (const Instance& inst : c.instances) {
            ++index;
            const std::string item = (inst.valid ? "valid" : "invalid") + std::to_string(index);
            const fs::path file = dir / (item + ".xml");
            write_file(file, inst.text);
            std::vector<Diagnostic> diags;
            auto doc = validate::parse_xml(file.string(), inst.text, diags);
            bool valid = false;
            if (doc) valid = (*schema)->validate(doc.get(), file.string(), diags);
            std::string why;
            for (const auto& d : diags)
                if (d.severity == Severity::Error) why += "\n    " + format_diagnostic(d);
            if (inst.valid) {
                ++n.valid;
                n.valid_ok += valid;
                outcome(c, item, valid, "valid instance refused:\n" + inst.text + why);
            } else {
                ++n.invalid;
                n.invalid_ok += !valid;
                outcome(c, item, !valid, "invalid instance accepted:\n" + inst.text);
            }
        }
    }
    for (const auto& [key, reason] : exceptions)
        if (!excepted_failed.count(key)) {
            bool ran = false;
            for (const auto& c : cases) ran = ran || key.rfind(c.id, 0) == 0;
            if (!ran) {
                std::cout << "FAIL " << suite_name << " " << key << ": listed as an exception, no such case\n";
                ++failures;
            }
        }
    std::cout << suite_name << ": " << cases.size() << " test cases\n"
              << "  incorrect schemas refused:  " << n.incorrect_ok << " of " << n.incorrect << "\n"
              << "  correct schemas accepted:   " << n.correct_ok << " of " << n.correct << "\n"
              << "  valid instances accepted:   " << n.valid_ok << " of " << n.valid << "\n"
              << "  invalid instances refused:  " << n.invalid_ok << " of " << n.invalid << "\n"
              << "  failures: " << failures << " (and " << excepted << " listed exceptions)\n";
    xmlFreeDoc(suite);
    return failures == 0 ? 0 : 1;
}
