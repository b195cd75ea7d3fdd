// relaxng_jing_agreement: the same verdict as jing (Debian's jing, with its defaults: ID checks
// on) on every file of the project's corpus — the real OoH volumes (tests/corpus/frus), the TEI
// fixtures under tests/, editions/ — and on invalid copies this test makes of the smaller ones
// (an element renamed, a required child dropped, an unknown attribute, text where none is
// allowed, an element moved to another namespace, a bad datatype value), against
// schema/tei/tei_all.rng and schema/teipress.rng (and schema/frus/frus.rnc once the compact
// syntax is read). Files are given to jing in batches. Prints per schema the files compared,
// the verdicts that agree, and how many invalid files got jing's distinct messages (positions
// aside, the alternatives of a datatype failure in any order); lists every disagreement (and, with
// JING_AGREEMENT_VERBOSE set, every difference of messages). Exit 0: every verdict agrees; 1: one does not; 77: jing is
// not installed. Usage: relaxng_jing_agreement SOURCE_DIR WORK_DIR
#include "validate/relaxng_schema.h"
#include "validate/tei_input.h"
#include "xml/libxml_session.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace teipress;
namespace fs = std::filesystem;

namespace {

const char* k_tei = "http://www.tei-c.org/ns/1.0";
const xmlChar* xc(const char* s) {
    return reinterpret_cast<const xmlChar*>(s);
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string run(const std::string& command) {
    std::string out;
    FILE* p = popen(command.c_str(), "r");
    if (!p) return out;
    char buf[65536];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
    return out;
}

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// A parsed candidate: well-formed, no DOCTYPE entities (jing would expand them, teipress never
// does: such files are left out), root in the TEI namespace.
xml::XmlDocPtr parse_tei(const fs::path& p) {
    const std::string text = slurp(p);
    std::vector<Diagnostic> errors;
    auto doc = validate::parse_xml(p.string(), text, errors);
    if (!doc) return nullptr;
    if (doc->intSubset && doc->intSubset->entities) return nullptr;
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || !root->ns || !xmlStrEqual(root->ns->href, xc(k_tei))) return nullptr;
    return doc;
}

std::vector<xmlNode*> elements_named(xmlNode* n, const char* name, std::vector<xmlNode*>& out) {
    for (xmlNode* c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (xmlStrEqual(c->name, xc(name))) out.push_back(c);
        elements_named(c->children, name, out);
    }
    return out;
}

xmlNode* first_named(xmlDoc* doc, const char* name) {
    std::vector<xmlNode*> found;
    elements_named(xmlDocGetRootElement(doc), name, found);
    return found.empty() ? nullptr : found.front();
}

// The mutations: each changes the first place it applies to; false when none.
using Mutation = bool (*)(xmlDoc*);
bool rename_element(xmlDoc* d) {
    xmlNode* p = first_named(d, "p");
    if (!p) return false;
    xmlNodeSetName(p, xc("para"));
    return true;
}
bool drop_required_child(xmlDoc* d) {
    xmlNode* t = first_named(d, "titleStmt");
    if (!t) return false;
    xmlUnlinkNode(t);
    xmlFreeNode(t);
    return true;
}
bool unknown_attribute(xmlDoc* d) {
    xmlNode* e = first_named(d, "p");
    if (!e) e = first_named(d, "title");
    if (!e) return false;
    xmlNewProp(e, xc("bogus"), xc("1"));
    return true;
}
bool text_where_none(xmlDoc* d) {
    xmlNode* h = first_named(d, "teiHeader");
    if (!h) return false;
    xmlNode* t = xmlNewDocText(d, xc("stray text"));
    if (h->children)
        xmlAddPrevSibling(h->children, t);
    else
        xmlAddChild(h, t);
    return true;
}
bool wrong_namespace(xmlDoc* d) {
    xmlNode* e = first_named(d, "p");
    if (!e) e = first_named(d, "title");
    if (!e) return false;
    xmlNs* ns = xmlNewNs(e, xc("urn:example:other"), nullptr);
    xmlSetNs(e, ns);
    return true;
}
bool bad_datatype(xmlDoc* d) {
    std::vector<xmlNode*> dates;
    elements_named(xmlDocGetRootElement(d), "date", dates);
    for (xmlNode* e : dates)
        if (xmlHasProp(e, xc("when"))) {
            xmlSetProp(e, xc("when"), xc("not a date"));
            return true;
        }
    xmlNode* e = first_named(d, "p");
    if (!e) e = first_named(d, "title");
    if (!e) return false;
    xmlNs* xml = xmlSearchNs(d, e, xc("xml"));
    xmlSetNsProp(e, xml, xc("id"), xc("1 not an id"));
    return true;
}

// A message with the alternatives of a datatype failure ("; must be A, must be B or must be
// C") sorted: jing lists them in the order of a Java hash set, teipress in the grammar's.
std::string normalized(const std::string& m) {
    const auto at = m.find("; must be ");
    if (at == std::string::npos) return m;
    std::string tail = m.substr(at + 2);
    std::vector<std::string> items;
    std::size_t start = 0;
    while (true) {
        std::size_t comma = tail.find(", must be ", start), orr = tail.find(" or must be ", start);
        std::size_t end = std::min(comma, orr);
        items.push_back(tail.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + (end == comma ? 2 : 4);
    }
    std::sort(items.begin(), items.end());
    std::string out = m.substr(0, at + 2);
    for (const auto& i : items) out += i + "|";
    return out;
}

struct Candidate {
    std::string path;
    bool mutated = false;
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: relaxng_jing_agreement SOURCE_DIR WORK_DIR\n";
        return 2;
    }
    // Absolute paths: jing names files by their absolute path in its messages.
    const fs::path src = fs::weakly_canonical(fs::absolute(argv[1]));
    const fs::path work = fs::weakly_canonical(fs::absolute(argv[2])) / "jing-agreement";
    if (run("command -v jing").empty()) {
        std::cout << "SKIPPED: jing is not installed\n";
        return 77;
    }
    xml::LibxmlSession session;
    fs::remove_all(work);
    fs::create_directories(work);

    // The corpus, the fixtures under tests/ (the conformance suites and build trees aside) and
    // the edition.
    std::vector<fs::path> sources;
    for (const char* dir : {"tests", "editions"}) {
        for (const auto& e : fs::recursive_directory_iterator(src / dir)) {
            if (!e.is_regular_file() || e.path().extension() != ".xml") continue;
            const std::string rel = fs::relative(e.path(), src).string();
            if (rel.rfind("tests/relaxng/", 0) == 0) continue;
            sources.push_back(e.path());
        }
    }
    std::sort(sources.begin(), sources.end());
    std::vector<Candidate> files;
    std::size_t left_out = 0;
    const Mutation mutations[] = {rename_element,  drop_required_child, unknown_attribute,
                                  text_where_none, wrong_namespace,     bad_datatype};
    const char* mutation_names[] = {"renamed", "dropped", "attribute", "text", "namespace", "datatype"};
    std::size_t mutated = 0;
    for (const auto& p : sources) {
        auto doc = parse_tei(p);
        if (!doc) {
            ++left_out;
            continue;
        }
        files.push_back({p.string(), false});
        // Invalid copies of every file but the big volumes (they would only slow the run) and
        // those with XInclude (jing stops a whole run at a failed XInclude).
        if (fs::file_size(p) > 400000 || slurp(p).find("http://www.w3.org/2001/XInclude") != std::string::npos)
            continue;
        const std::string stem = fs::relative(p, src).string();
        for (std::size_t m = 0; m < std::size(mutations); ++m) {
            xml::XmlDocPtr copy(xmlCopyDoc(doc.get(), 1));
            if (!mutations[m](copy.get())) continue;
            std::string name = stem;
            std::replace(name.begin(), name.end(), '/', '_');
            const fs::path out = work / (name.substr(0, name.size() - 4) + "." + mutation_names[m] + ".xml");
            xmlSaveFileEnc(out.string().c_str(), copy.get(), "UTF-8");
            files.push_back({out.string(), true});
            ++mutated;
        }
    }

    struct Schema {
        std::string path;
        bool compact;
    };
    std::vector<Schema> schemas = {{(src / "schema/tei/tei_all.rng").string(), false},
                                   {(src / "schema/teipress.rng").string(), false},
                                   {(src / "schema/frus/frus.rnc").string(), true}};
    int disagreements = 0;
    for (const Schema& s : schemas) {
        std::vector<Diagnostic> errors;
        auto schema = validate::RelaxNgSchema::compile(s.path, errors);
        if (!schema) {
            if (s.compact && !errors.empty() &&
                errors[0].message.find("compact syntax (.rnc) is not supported") != std::string::npos) {
                std::cout << fs::relative(s.path, src).string() << ": left out (the compact syntax is not read yet)\n";
                continue;
            }
            for (const auto& e : errors) std::cout << format_diagnostic(e) << "\n";
            return 1;
        }
        // jing, in batches: the files it reports an error or a fatal error for, and its messages.
        std::map<std::string, std::vector<std::string>> jing_messages;
        std::set<std::string> jing_invalid;
        // jing stops the whole run at a fatal error (a file whose XInclude fails): the files
        // after it in the batch go into the next batch.
        const std::size_t batch = 300;
        std::map<std::string, std::size_t> index_of;
        for (std::size_t j = 0; j < files.size(); ++j) index_of[files[j].path] = j;
        for (std::size_t i = 0; i < files.size();) {
            const std::size_t end_of_batch = std::min(files.size(), i + batch);
            std::string command = "jing ";
            if (s.compact) command += "-c ";
            command += quote(s.path);
            for (std::size_t j = i; j < end_of_batch; ++j) {
                command += ' ';
                command += quote(files[j].path);
            }
            const std::string out = run(command + " 2>&1");
            std::size_t next = end_of_batch;
            std::size_t start = 0;
            while (start < out.size()) {
                std::size_t end = out.find('\n', start);
                if (end == std::string::npos) end = out.size();
                const std::string line = out.substr(start, end - start);
                start = end + 1;
                for (const char* kind : {": error: ", ": fatal: "}) {
                    const auto at = line.find(kind);
                    if (at == std::string::npos) continue;
                    // PATH:LINE:COL: error: message
                    std::string where = line.substr(0, at);
                    for (int k = 0; k < 2; ++k) where = where.substr(0, where.rfind(':'));
                    jing_invalid.insert(where);
                    jing_messages[where].push_back(line.substr(at + std::string(kind).size()));
                    if (std::string(kind) == ": fatal: " && index_of.count(where)) next = index_of[where] + 1;
                }
            }
            i = std::max(next, i + 1);
        }
        std::size_t agree = 0, invalid_both = 0, same_messages = 0, mutated_here = 0;
        for (const Candidate& f : files) {
            mutated_here += f.mutated;
            const std::string text = slurp(f.path);
            validate::SourceText source(f.path, text);
            std::vector<Diagnostic> out;
            auto doc = validate::parse_xml(f.path, text, out);
            if (doc) (*schema)->validate(doc.get(), source, out);
            std::vector<std::string> ours;
            for (const auto& d : out)
                if (d.severity == Severity::Error) ours.push_back(d.message);
            const bool teipress_valid = doc && ours.empty();
            const bool jing_valid = !jing_invalid.count(f.path);
            if (teipress_valid == jing_valid) {
                ++agree;
            } else {
                ++disagreements;
                std::cout << "DISAGREE " << fs::relative(s.path, src).string() << " " << f.path << ": jing says "
                          << (jing_valid ? "valid" : "invalid") << ", teipress "
                          << (teipress_valid ? "valid" : "invalid") << "\n";
                for (const auto& m : jing_messages[f.path]) std::cout << "  jing: " << m << "\n";
                for (const auto& m : ours) std::cout << "  teipress: " << m << "\n";
            }
            if (!teipress_valid && !jing_valid) {
                ++invalid_both;
                auto theirs = jing_messages[f.path];
                // Distinct messages: jing repeats the message of a misplaced element at end tags
                // inside it (a stale message), and reports the first occurrence of a duplicate
                // ID as an error of its own (teipress: a note).
                for (auto& m : theirs) m = normalized(m);
                for (auto& m : ours) m = normalized(m);
                theirs.erase(
                    std::remove_if(theirs.begin(), theirs.end(),
                                   [](const std::string& m) { return m.rfind("first occurrence of ID", 0) == 0; }),
                    theirs.end());
                std::sort(theirs.begin(), theirs.end());
                std::sort(ours.begin(), ours.end());
                theirs.erase(std::unique(theirs.begin(), theirs.end()), theirs.end());
                ours.erase(std::unique(ours.begin(), ours.end()), ours.end());
                same_messages += theirs == ours;
                if (theirs != ours && std::getenv("JING_AGREEMENT_VERBOSE")) {
                    std::cout << "messages differ: " << f.path << "\n";
                    for (const auto& m : theirs) std::cout << "  jing: " << m << "\n";
                    for (const auto& m : ours) std::cout << "  teipress: " << m << "\n";
                }
            }
        }
        std::cout << fs::relative(s.path, src).string() << ": " << files.size() << " files (" << mutated_here
                  << " of them invalid copies): the same verdict as jing on " << agree << "; jing's messages on "
                  << same_messages << " of the " << invalid_both << " invalid ones\n";
    }
    std::cout << "(" << left_out
              << " files under tests/ and editions/ left out: not well-formed, not TEI, or declaring entities)\n";
    return disagreements == 0 ? 0 : 1;
}
