#include "build/site_search.h"

#include <cctype>
#include <cstring>
#include <map>
#include <unordered_set>

namespace teipress::build {

namespace {

constexpr const char* k_tei = "http://www.tei-c.org/ns/1.0";
constexpr const char* k_xml = "http://www.w3.org/XML/1998/namespace";
constexpr const char* k_frus = "http://history.state.gov/frus/ns/1.0";

// Latin-1 Supplement and Latin Extended-A (U+00C0–U+017F) folded: the base letters, lower case;
// "" for a character that separates words (× ÷). Kept in step with FOLD in search.js.
// clang-format off
const char* const k_latin[] = {
    // U+00C0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};
// clang-format on
static_assert(sizeof k_latin / sizeof k_latin[0] == 0x180 - 0xC0);

// The code point at text[i] into c; its length in bytes (0: not UTF-8, which libxml2's text
// never is not).
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& c) {
    auto b = static_cast<unsigned char>(text[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > text.size()) return 0;
    c = len == 1 ? b : b & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        auto cont = static_cast<unsigned char>(text[i + k]);
        if ((cont & 0xC0) != 0x80) return 0;
        c = (c << 6) | (cont & 0x3F);
    }
    return len;
}

// c (below U+0800 here: Latin, Greek, Cyrillic) appended in UTF-8.
void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The folded form of one code point appended to word; false when it separates words.
bool fold_code_point(char32_t c, std::string& word) {
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            word += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            word += static_cast<char>(c);
        else
            return false;
        return true;
    }
    if (c >= 0xC0 && c < 0x180) {
        const char* f = k_latin[c - 0xC0];
        if (!*f) return false;
        word += f;
        return true;
    }
    // Latin Extended-B, Greek, Cyrillic: letters; capitals made small where it is one offset.
    if ((c >= 0x180 && c < 0x250) || (c >= 0x370 && c < 0x530)) {
        if (c >= 0x391 && c <= 0x3A9)
            c += 0x20;
        else if (c >= 0x410 && c <= 0x42F)
            c += 0x20;
        else if (c >= 0x400 && c <= 0x40F)
            c += 0x50;
        append_utf8(word, c);
        return true;
    }
    return false;
}

std::string prop(const xmlNode* node, const char* name, const char* ns = nullptr) {
    xmlChar* v = ns ? xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(ns))
                    : xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string out = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return out;
}

bool is_tei(const xmlNode* n, const char* name) {
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           std::strcmp(reinterpret_cast<const char*>(n->ns->href), k_tei) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool is_document(const xmlNode* n) {
    return is_tei(n, "div") && prop(n, "type") == "document";
}

// The text of node, notes left out, whitespace runs made one space, trimmed.
void plain_text(const xmlNode* node, std::string& out) {
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const xmlChar* p = c->content; p && *p; ++p) {
                bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
                if (!space)
                    out += static_cast<char>(*p);
                else if (!out.empty() && out.back() != ' ')
                    out += ' ';
            }
        } else if (c->type == XML_ELEMENT_NODE && !is_tei(c, "note")) {
            if (is_tei(c, "lb") && !out.empty() && out.back() != ' ') out += ' ';
            plain_text(c, out);
        }
    }
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    std::size_t start = s.find_first_not_of(' ');
    return start == std::string::npos ? "" : s.substr(start);
}

// The date of a document: its dateline's date/@when, else frus:doc-dateTime-min; the date part.
std::string document_date(const xmlNode* div) {
    std::string when;
    // The first date of a dateline of the document itself (in an opener or the div).
    auto find = [&](auto&& self, const xmlNode* n, int depth) -> void {
        for (const xmlNode* c = n->children; c && when.empty(); c = c->next) {
            if (c->type != XML_ELEMENT_NODE || is_document(c)) continue;
            if (is_tei(c, "dateline")) {
                for (const xmlNode* d = c->children; d && when.empty(); d = d->next)
                    if (is_tei(d, "date")) when = prop(d, "when");
            } else if (depth < 1 && is_tei(c, "opener")) {
                self(self, c, depth + 1);
            }
        }
    };
    find(find, div, 0);
    if (when.empty()) when = prop(div, "doc-dateTime-min", k_frus);
    return when.substr(0, std::min<std::size_t>(when.size(), 10));
}

void collect_words(const xmlNode* node, std::vector<std::string>& words, std::unordered_set<std::string>& seen) {
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            std::vector<std::string> found;
            fold_words(reinterpret_cast<const char*>(c->content), found);
            for (auto& w : found)
                if (seen.insert(w).second) words.push_back(std::move(w));
        } else if (c->type == XML_ELEMENT_NODE) {
            collect_words(c, words, seen);
        }
    }
}

void find_documents(const xmlNode* node, std::vector<SearchDocument>& out) {
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (is_tei(c, "teiHeader")) continue;
        if (!is_document(c)) {
            find_documents(c, out);
            continue;
        }
        SearchDocument d;
        d.id = prop(c, "id", k_xml);
        if (d.id.empty()) continue;
        d.href = page_of(d.id);
        d.n = prop(c, "n");
        for (const xmlNode* h = c->children; h; h = h->next) {
            if (!is_tei(h, "head")) continue;
            std::string title;
            plain_text(h, title);
            d.title = trimmed(title);
            break;
        }
        // "5. Title" → "Title"; the number is shown on its own.
        for (const std::string& prefix : {d.n + ". ", "No. " + d.n + ". "})
            if (!d.n.empty() && d.title.rfind(prefix, 0) == 0) d.title = d.title.substr(prefix.size());
        d.date = document_date(c);
        std::unordered_set<std::string> seen;
        collect_words(c, d.words, seen);
        out.push_back(std::move(d));
    }
}

void json_string(std::string& out, std::string_view s) {
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            static constexpr char k_hex[] = "0123456789abcdef";
            out += "\\u00";
            out += k_hex[c >> 4];
            out += k_hex[c & 15];
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
            // U+2028 and U+2029 end a line in older JavaScript.
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

} // namespace

void fold_words(std::string_view text, std::vector<std::string>& out) {
    std::string word;
    auto flush = [&] {
        if (word.size() > 1) out.push_back(word);
        word.clear();
    };
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = 0;
        std::size_t len = decode_utf8(text, i, c);
        if (len == 0) {
            flush();
            ++i;
            continue;
        }
        i += len;
        if (!fold_code_point(c, word)) flush();
    }
    flush();
}

std::string page_of(const std::string& id) {
    std::string name;
    for (unsigned char c : id)
        if (std::isalnum(c) || c == '_' || c == '.' || c == '-') name += static_cast<char>(c);
    return name + ".html";
}

std::vector<SearchDocument> search_documents(xmlDoc* volume) {
    std::vector<SearchDocument> out;
    if (xmlNode* root = xmlDocGetRootElement(volume)) find_documents(root, out);
    return out;
}

std::string search_index_script(const std::vector<SearchDocument>& documents) {
    std::map<std::string, std::vector<std::size_t>> postings;
    for (std::size_t i = 0; i < documents.size(); ++i)
        for (const auto& w : documents[i].words) postings[w].push_back(i);
    std::string out = "window.teipressSearchIndex = {\"documents\": [\n";
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const auto& d = documents[i];
        out += "[";
        json_string(out, d.id);
        out += ",";
        json_string(out, d.href);
        out += ",";
        json_string(out, d.n);
        out += ",";
        json_string(out, d.title);
        out += ",";
        json_string(out, d.date);
        out += i + 1 < documents.size() ? "],\n" : "]\n";
    }
    out += "],\n\"words\": {\n";
    bool first = true;
    for (const auto& [word, docs] : postings) {
        if (!first) out += ",\n";
        first = false;
        json_string(out, word);
        out += ":[";
        for (std::size_t k = 0; k < docs.size(); ++k) {
            if (k) out += ',';
            out += std::to_string(docs[k]);
        }
        out += ']';
    }
    out += "\n}};\n";
    return out;
}

} // namespace teipress::build
