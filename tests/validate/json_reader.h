// A small JSON reader for the tests of the JSON and SARIF reports: parses the whole text
// strictly (RFC 8259) into a tree, or reports where it failed.
#pragma once

#include <cctype>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace teipress::validate::test {

struct Json {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Json> array;
    std::map<std::string, Json> object;

    // The member named key; throws when this is not an object holding it.
    const Json& operator[](const std::string& key) const {
        auto it = object.find(key);
        if (kind != Object || it == object.end()) throw std::runtime_error("no member " + key);
        return it->second;
    }
    // The element at i; throws when out of range.
    const Json& operator[](std::size_t i) const { return array.at(i); }
    bool has(const std::string& key) const { return kind == Object && object.count(key); }
};

class JsonReader {
  public:
    // Parses text; throws std::runtime_error naming the offset of the first error.
    static Json parse(const std::string& text) {
        JsonReader r(text);
        r.space();
        Json v = r.value();
        r.space();
        if (r.m_at != text.size()) r.fail("text after the value");
        return v;
    }

  private:
    explicit JsonReader(const std::string& t) : m_text(t) {}
    [[noreturn]] void fail(const std::string& what) {
        throw std::runtime_error("JSON error at offset " + std::to_string(m_at) + ": " + what);
    }
    void space() {
        while (m_at < m_text.size() &&
               (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r' || m_text[m_at] == '\t'))
            ++m_at;
    }
    bool take(char c) {
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    void expect(const char* word) {
        for (const char* p = word; *p; ++p)
            if (!take(*p)) fail(std::string("expected ") + word);
    }
    Json value() {
        Json v;
        if (m_at >= m_text.size()) fail("unexpected end");
        char c = m_text[m_at];
        if (c == '{') {
            v.kind = Json::Object;
            ++m_at;
            space();
            if (take('}')) return v;
            do {
                space();
                if (m_at >= m_text.size() || m_text[m_at] != '"') fail("expected a key");
                std::string key = string();
                space();
                if (!take(':')) fail("expected ':'");
                space();
                if (v.object.count(key)) fail("duplicate key " + key);
                v.object[key] = value();
                space();
            } while (take(','));
            if (!take('}')) fail("expected '}'");
        } else if (c == '[') {
            v.kind = Json::Array;
            ++m_at;
            space();
            if (take(']')) return v;
            do {
                space();
                v.array.push_back(value());
                space();
            } while (take(','));
            if (!take(']')) fail("expected ']'");
        } else if (c == '"') {
            v.kind = Json::String;
            v.string = string();
        } else if (c == 't') {
            expect("true");
            v.kind = Json::Bool;
            v.boolean = true;
        } else if (c == 'f') {
            expect("false");
            v.kind = Json::Bool;
        } else if (c == 'n') {
            expect("null");
        } else {
            std::size_t start = m_at;
            take('-');
            if (m_at >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_at])))
                fail("expected a value");
            while (m_at < m_text.size() &&
                   (std::isdigit(static_cast<unsigned char>(m_text[m_at])) || m_text[m_at] == '.' ||
                    m_text[m_at] == 'e' || m_text[m_at] == 'E' || m_text[m_at] == '+' || m_text[m_at] == '-'))
                ++m_at;
            v.kind = Json::Number;
            v.number = std::stod(m_text.substr(start, m_at - start));
        }
        return v;
    }
    std::string string() {
        std::string out;
        ++m_at; // the opening quote
        while (true) {
            if (m_at >= m_text.size()) fail("unterminated string");
            char c = m_text[m_at++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_at >= m_text.size()) fail("unterminated escape");
            char e = m_text[m_at++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (m_at + 4 > m_text.size()) fail("short \\u escape");
                unsigned cp = std::stoul(m_text.substr(m_at, 4), nullptr, 16);
                m_at += 4;
                if (cp < 0x80)
                    out += static_cast<char>(cp);
                else if (cp < 0x800) {
                    out += static_cast<char>(0xC0 | (cp >> 6));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                break;
            }
            default: fail("bad escape");
            }
        }
    }
    const std::string& m_text;
    std::size_t m_at = 0;
};

} // namespace teipress::validate::test
