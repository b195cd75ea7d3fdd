#include "corpus_words.h"

#include <cctype>
#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

namespace teipress::test {

namespace {

constexpr const char* k_tei_ns = "http://www.tei-c.org/ns/1.0";

// The code point at s[i] (advancing i); U+FFFD for a malformed sequence.
unsigned next_code_point(const std::string& s, std::size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    unsigned cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : c & 0x1F;
    if (extra == 0) return 0xFFFD;
    for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

// Letters and digits of any script; punctuation, symbols, arrows, private use do not count.
bool is_word_code_point(unsigned cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;
    if (cp >= 0x3000 && cp <= 0x303F) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;
    if (cp >= 0xFE00 && cp <= 0xFE0F) return false;
    if (cp == 0xFEFF || cp >= 0xFFF0) return false;
    return true;
}

bool is_tei(const xmlNode* n, const char* name = nullptr) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(n->ns->href), k_tei_ns) == 0 &&
           (!name || std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0);
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

const std::set<std::string>& phrase_elements() {
    static const std::set<std::string> names = {
        "hi",      "persName",  "placeName", "orgName", "name",  "rs",      "gloss",    "term",
        "date",    "time",      "ref",       "ptr",     "seg",   "q",       "title",    "emph",
        "foreign", "mentioned", "soCalled",  "abbr",    "expan", "num",     "measure",  "del",
        "add",     "sic",       "corr",      "orig",    "reg",   "unclear", "supplied", "said"};
    return names;
}

bool is_inline_note(const xmlNode* n) {
    return attribute(n, "place") == "inline" || attribute(n, "rend") == "inline";
}

struct TeiWalk {
    const TeiWordOptions& options;
    std::string text;
    long unnumbered_notes = 0;

    void walk(const xmlNode* node) {
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                text += reinterpret_cast<const char*>(c->content);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE) continue;
            const std::string name = reinterpret_cast<const char*>(c->name);
            const bool tei = is_tei(c);
            if (tei && (name == "teiHeader" || name == "fw" || name == "facsimile")) continue;
            if (tei && options.skip_front_back && (name == "front" || name == "back")) continue;
            if (tei && options.skip_supplied && (name == "supplied" || name == "gap")) continue;
            if (tei && name == "div" && attribute(c, "type") == "document") unnumbered_notes = 0;
            if (tei && name == "choice") {
                // The form every writer shows: the corrected, expanded or regularised one.
                const xmlNode* shown = nullptr;
                for (const xmlNode* k = c->children; k; k = k->next)
                    if (!shown && (is_tei(k, "corr") || is_tei(k, "expan") || is_tei(k, "reg"))) shown = k;
                for (const xmlNode* k = c->children; k && !shown; k = k->next)
                    if (k->type == XML_ELEMENT_NODE) shown = k;
                if (shown) walk(shown);
                continue;
            }
            const bool phrase = tei && phrase_elements().count(name);
            if (tei && name == "note" && !is_inline_note(c)) {
                std::string label = attribute(c, "n");
                if (label.empty() && !xmlHasProp(c, reinterpret_cast<const xmlChar*>("n")))
                    label = std::to_string(++unnumbered_notes);
                if (options.glue_note_labels) {
                    // As the text writer does: layout whitespace before an anchor is dropped.
                    std::size_t end = text.find_last_not_of(" \t\r\n");
                    std::size_t cut = end == std::string::npos ? 0 : end + 1;
                    if (text.find('\n', cut) != std::string::npos) text.erase(cut);
                    text += label;
                }
            }
            if (!phrase) text += '\n';
            walk(c);
            if (!phrase) text += '\n';
        }
    }
};

void add_tokens(const std::string& s, std::set<std::string>& out) {
    WordCounts counts;
    add_words(s, counts);
    for (const auto& [w, n] : counts) out.insert(w);
}

void collect_labels(const xmlNode* node, std::set<std::string>& out, long& unnumbered) {
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_tei(c, "pb") || is_tei(c, "note") || is_tei(c, "div") || is_tei(c, "label"))
            add_tokens(attribute(c, "n"), out);
        if (is_tei(c, "graphic")) add_tokens(attribute(c, "url"), out);
        if (is_tei(c, "note") && !is_inline_note(c) && !xmlHasProp(c, reinterpret_cast<const xmlChar*>("n")))
            out.insert(std::to_string(++unnumbered));
        collect_labels(c, out, unnumbered);
    }
}

// ---- outputs -------------------------------------------------------------------------------

bool has_class(const xmlNode* n, const char* cls) {
    std::string classes = " ";
    classes += attribute(n, "class");
    classes += ' ';
    std::string wanted = " ";
    wanted += cls;
    wanted += ' ';
    return classes.find(wanted) != std::string::npos;
}

const std::set<std::string>& html_blocks() {
    static const std::set<std::string> names = {
        "p",  "div", "li", "ul",         "ol",     "td",         "th",      "tr",     "table", "h1",
        "h2", "h3",  "h4", "h5",         "h6",     "section",    "article", "header", "main",  "br",
        "dl", "dt",  "dd", "blockquote", "figure", "figcaption", "caption", "aside"};
    return names;
}

void html_text(const xmlNode* node, std::string& out) {
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            out += reinterpret_cast<const char*>(c->content);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string name = reinterpret_cast<const char*>(c->name);
        if (name == "script" || name == "style" || name == "head" || name == "title") continue;
        if (has_class(c, "popover") || has_class(c, "publication")) continue;
        const bool block = html_blocks().count(name) > 0 || has_class(c, "fn") || has_class(c, "pb");
        if (block) out += '\n';
        html_text(c, out);
        if (block) out += '\n';
    }
}

// Skips a balanced {…} group at s[i] (after spaces); true when there was one.
bool skip_group(const std::string& s, std::size_t& i, std::string* content = nullptr) {
    std::size_t j = i;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\n')) ++j;
    if (j >= s.size() || s[j] != '{') return false;
    int depth = 0;
    std::size_t start = j + 1;
    for (; j < s.size(); ++j) {
        if (s[j] == '\\') {
            ++j;
            continue;
        }
        if (s[j] == '{') ++depth;
        if (s[j] == '}' && --depth == 0) break;
    }
    if (content) *content = s.substr(start, j - start);
    i = j + 1;
    return true;
}

std::string latex_text(const std::string& tex) {
    std::size_t begin = tex.find("\\begin{document}");
    std::string s = begin == std::string::npos ? tex : tex.substr(begin + 16);
    // Commands whose first arguments are not text: how many to drop.
    static const std::map<std::string, int> dropped = {
        {"teipage", 1},        {"teipageinline", 1}, {"teipageblock", 1}, {"hypertarget", 1},
        {"hyperlink", 1},      {"href", 1},          {"end", 1},          {"multicolumn", 2},
        {"teipublication", 1}, {"teimulticell", 2},  {"rule", 2},         {"hspace", 1},
        {"vspace", 1},         {"setlength", 2},     {"label", 1},        {"teicell", 1}};
    // Formatting commands: the words run on through them.
    static const std::set<std::string> transparent = {
        "emph",    "textbf",   "textsc",    "textit", "textsuperscript", "textsubscript", "underline", "teidel",
        "teiins",  "textup",   "teinumber", "mbox",   "textnormal",      "teiquote",      "sffamily",  "itshape",
        "scshape", "bfseries", "upshape",   "teihi",  "hyperlink"};
    std::string out;
    // For each open brace: whether its group is an argument of a command that separates
    // words (its text is a word of its own), or only a group (the words run through it).
    std::vector<bool> separating;
    bool arguments_follow = false;
    for (std::size_t i = 0; i < s.size();) {
        char c = s[i];
        if (c == '%') { // a comment, to the end of the line
            while (i < s.size() && s[i] != '\n') ++i;
            continue;
        }
        if (c == '\\') {
            std::size_t j = i + 1;
            while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) ++j;
            if (j == i + 1) { // an escaped character: \% \& \# \_ \{ \} \$; \\ a line break
                if (j < s.size() && s[j] == '\\')
                    out += '\n';
                else if (j < s.size())
                    out += s[j];
                i = j + 1;
                arguments_follow = false;
                continue;
            }
            std::string name = s.substr(i + 1, j - i - 1);
            i = j;
            if (name == "begin") {
                std::string env;
                skip_group(s, i, &env);
                if (env == "longtable" || env == "tabular" || env == "minipage" || env == "list" || env == "teihead")
                    skip_group(s, i);
                out += '\n';
                arguments_follow = false;
                continue;
            }
            auto d = dropped.find(name);
            if (d != dropped.end()) {
                for (int k = 0; k < d->second; ++k) {
                    while (i < s.size() && s[i] == '[') { // optional arguments too
                        while (i < s.size() && s[i] != ']') ++i;
                        ++i;
                    }
                    skip_group(s, i);
                }
            }
            const bool is_transparent = transparent.count(name) > 0;
            if (!is_transparent) out += '\n';
            arguments_follow = !is_transparent;
            continue;
        }
        if (c == '{') {
            separating.push_back(arguments_follow);
            if (arguments_follow) out += '\n';
            ++i;
            continue;
        }
        if (c == '}') {
            if (!separating.empty()) {
                if (separating.back()) out += '\n';
                separating.pop_back();
            }
            // a command's next argument may follow
            ++i;
            continue;
        }
        arguments_follow = false;
        if (c == '~') {
            out += ' ';
            ++i;
            continue;
        }
        if (c == '&') {
            out += '\n';
            ++i;
            continue;
        } // a table's column separator
        out += c;
        ++i;
    }
    return out;
}

std::string markdown_text(const std::string& md) {
    std::string out;
    for (std::size_t i = 0; i < md.size();) {
        if (md.compare(i, 7, "<a id=\"") == 0) { // an anchor: <a id="…"></a>
            std::size_t end = md.find("</a>", i);
            if (end != std::string::npos) {
                out += ' ';
                i = end + 4;
                continue;
            }
        }
        if (md.compare(i, 4, "<br>") == 0) {
            out += '\n';
            i += 4;
            continue;
        }
        if (md.compare(i, 5, "<sup>") == 0 || md.compare(i, 5, "<sub>") == 0) {
            i += 5;
            continue;
        }
        if (md.compare(i, 6, "</sup>") == 0 || md.compare(i, 6, "</sub>") == 0) {
            i += 6;
            continue;
        }
        if (md.compare(i, 3, "](<") == 0) { // a link destination
            std::size_t end = md.find(">)", i);
            if (end != std::string::npos) {
                out += ' ';
                i = end + 2;
                continue;
            }
        }
        if (md[i] == '\\' && i + 1 < md.size()) {
            out += md[i + 1];
            i += 2;
            continue;
        }
        if (md[i] == '*' || md[i] == '~') {
            ++i;
            continue;
        } // emphasis: the words run through it
        out += md[i++];
    }
    return out;
}

xmlNode* first_tei_child(xmlNode* parent, const char* name) {
    for (xmlNode* c = parent ? parent->children : nullptr; c; c = c->next)
        if (is_tei(c, name)) return c;
    return nullptr;
}

} // namespace

void add_words(const std::string& s, WordCounts& counts, bool split_digits) {
    std::string word;
    bool last_digit = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        unsigned cp = next_code_point(s, i);
        if (is_word_code_point(cp)) {
            const bool digit = cp >= '0' && cp <= '9';
            if (split_digits && !word.empty() && digit != last_digit) {
                ++counts[word];
                word.clear();
            }
            last_digit = digit;
            word.append(s, start, i - start);
            continue;
        }
        if (!word.empty()) ++counts[word];
        word.clear();
    }
    if (!word.empty()) ++counts[word];
}

WordCounts tei_words(const xmlNode* node, const TeiWordOptions& options) {
    TeiWalk walk{options, {}, 0};
    walk.walk(node);
    WordCounts counts;
    add_words(walk.text, counts, options.split_digits);
    return counts;
}

std::set<std::string> allowed_extra_words(const xmlNode* node, const std::string& format) {
    std::set<std::string> out;
    long unnumbered = 0;
    collect_labels(node, out, unnumbered);
    static const std::map<std::string, std::vector<std::string>> vocabulary = {
        {"html", {"Page", "Notes", "image", "sic"}},
        {"latex", {"Page", "image", "sic", "figure"}},
        {"pdf", {"Page", "image", "sic", "figure", "Subject"}},
        {"markdown", {"Page", "image", "sic", "star", "dagger", "ddagger", "section"}},
        {"text", {"Page"}}};
    if (auto v = vocabulary.find(format); v != vocabulary.end()) out.insert(v->second.begin(), v->second.end());
    return out;
}

WordCounts output_words(const std::string& format, const std::string& output) {
    WordCounts counts;
    if (format == "html") {
        htmlDocPtr doc =
            htmlReadMemory(output.data(), static_cast<int>(output.size()), "out.html", "UTF-8",
                           HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER);
        if (!doc) return counts;
        std::string text;
        html_text(xmlDocGetRootElement(doc), text);
        xmlFreeDoc(doc);
        add_words(text, counts);
    } else if (format == "latex") {
        add_words(latex_text(output), counts);
    } else if (format == "markdown") {
        add_words(markdown_text(output), counts);
    } else {
        add_words(output, counts);
    }
    return counts;
}

WordCounts pdf_words(const std::string& raw) {
    // Without the page labels of the margin ("[Page 25]"): they can stand between the two
    // halves of a word TeX hyphenated.
    std::string text;
    for (std::size_t i = 0; i < raw.size();) {
        if (raw.compare(i, 6, "[Page ") == 0) {
            std::size_t close = raw.find(']', i);
            if (close != std::string::npos && close - i < 40) {
                while (!text.empty() && text.back() == ' ') text.pop_back();
                i = close + 1;
                continue;
            }
        }
        // The page number at the foot of a page, before the form feed that ends it: a word
        // hyphenated across two pages has it between its halves.
        if (raw[i] == '\n') {
            std::size_t j = i + 1;
            while (j < raw.size() && std::isdigit(static_cast<unsigned char>(raw[j]))) ++j;
            if (j > i + 1 && j + 1 < raw.size() && raw[j] == '\n' && raw[j + 1] == '\f') {
                text += "\n\f";
                i = j + 2;
                continue;
            }
        }
        text += raw[i++];
    }
    WordCounts counts;
    add_words(text, counts, true);
    // Words hyphenated at a line end, joined: the letters before "-\n" and after it; a word
    // hyphenated at the foot of a page goes on after the page's footnotes and its number: its
    // first half is also joined with the first word of the next page.
    auto letter = [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    };
    for (std::size_t at = text.find("-\n"); at != std::string::npos; at = text.find("-\n", at + 2)) {
        std::size_t start = at;
        while (start > 0 && letter(text[start - 1])) --start;
        if (start == at) continue;
        const std::string left = text.substr(start, at - start);
        std::size_t end = at + 2;
        if (end < text.size() && text[end] == '\f') ++end; // a hyphen at the foot of a page
        const std::size_t right = end;
        while (end < text.size() && letter(text[end])) ++end;
        if (end > right) add_words(left + text.substr(right, end - right), counts, true);
        std::size_t ff = text.find('\f', at);
        if (ff != std::string::npos) {
            std::size_t next = ff + 1;
            while (next < text.size() && letter(text[next])) ++next;
            if (next > ff + 1 && std::islower(static_cast<unsigned char>(text[ff + 1])))
                add_words(left + text.substr(ff + 1, next - ff - 1), counts, true);
        }
    }
    return counts;
}

WordCheck compare_words(const WordCounts& tei, const WordCounts& output, const std::set<std::string>& allowed) {
    WordCheck check;
    for (const auto& [word, n] : tei) {
        check.tei_words += n;
        auto it = output.find(word);
        long m = it == output.end() ? 0 : it->second;
        check.kept += std::min(n, m);
        if (m < n) check.lost.push_back(word + " (TEI " + std::to_string(n) + ", output " + std::to_string(m) + ")");
    }
    for (const auto& [word, m] : output) {
        auto it = tei.find(word);
        long n = it == tei.end() ? 0 : it->second;
        if (m > n && !allowed.count(word))
            check.invented.push_back(word + " (TEI " + std::to_string(n) + ", output " + std::to_string(m) + ")");
    }
    return check;
}

xml::XmlDocPtr standalone_document(xmlDoc* volume, const xmlNode* div) {
    xmlNode* root = xmlDocGetRootElement(volume);
    if (!root || !div) return nullptr;
    xml::XmlDocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
    xmlNode* new_root = xmlDocCopyNode(root, doc.get(), 2); // attributes and namespaces
    if (!new_root) return nullptr;
    xmlDocSetRootElement(doc.get(), new_root);
    if (xmlNode* header = first_tei_child(root, "teiHeader"))
        xmlAddChild(new_root, xmlDocCopyNode(header, doc.get(), 1));
    xmlNs* ns = xmlSearchNsByHref(doc.get(), new_root, reinterpret_cast<const xmlChar*>(k_tei_ns));
    xmlNode* text = xmlNewChild(new_root, ns, reinterpret_cast<const xmlChar*>("text"), nullptr);
    xmlNode* body = xmlNewChild(text, ns, reinterpret_cast<const xmlChar*>("body"), nullptr);
    xmlAddChild(body, xmlDocCopyNode(const_cast<xmlNode*>(div), doc.get(), 1));
    return doc;
}

std::vector<xmlNode*> document_divisions(xmlDoc* doc) {
    std::vector<xmlNode*> out;
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    if (!ctx) return out;
    xmlXPathRegisterNs(ctx, reinterpret_cast<const xmlChar*>("tei"), reinterpret_cast<const xmlChar*>(k_tei_ns));
    xmlXPathObjectPtr r =
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>("//tei:text//tei:div[@type='document']"), ctx);
    if (r && r->nodesetval)
        for (int i = 0; i < r->nodesetval->nodeNr; ++i) out.push_back(r->nodesetval->nodeTab[i]);
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return out;
}

} // namespace teipress::test
