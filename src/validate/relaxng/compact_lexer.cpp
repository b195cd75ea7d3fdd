#include "validate/relaxng/compact_lexer.h"

#include <array>
#include <cstdio>

namespace teipress::validate::relaxng {

namespace {

// The code point at text[i] (valid UTF-8) and its length in bytes.
std::uint32_t decode_at(std::string_view text, std::size_t i, std::size_t& len) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    std::uint32_t cp;
    if (c < 0xE0) {
        len = 2;
        cp = c & 0x1F;
    } else if (c < 0xF0) {
        len = 3;
        cp = c & 0x0F;
    } else {
        len = 4;
        cp = c & 0x07;
    }
    for (std::size_t k = 1; k < len && i + k < text.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return cp;
}

// NameStartChar of XML 1.0 (fifth edition) without ':'.
bool is_name_start(std::uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
           (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool is_name_char(std::uint32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.';
    return is_name_start(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

// The end of the NCName beginning at i (i itself when no name begins there).
std::size_t scan_ncname(std::string_view text, std::size_t i) {
    std::size_t len = 0;
    if (i >= text.size() || !is_name_start(decode_at(text, i, len))) return i;
    i += len;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (!is_name_char(c)) break;
            ++i;
            continue;
        }
        if (!is_name_char(decode_at(text, i, len))) break;
        i += len;
    }
    return i;
}

struct KeywordEntry {
    std::string_view text;
    Keyword keyword;
};

constexpr std::array<KeywordEntry, 19> k_keywords{{
    {"attribute", Keyword::Attribute}, {"default", Keyword::Default},
    {"datatypes", Keyword::Datatypes}, {"div", Keyword::Div},
    {"element", Keyword::Element},     {"empty", Keyword::Empty},
    {"external", Keyword::External},   {"grammar", Keyword::Grammar},
    {"include", Keyword::Include},     {"inherit", Keyword::Inherit},
    {"list", Keyword::List},           {"mixed", Keyword::Mixed},
    {"namespace", Keyword::Namespace}, {"notAllowed", Keyword::NotAllowed},
    {"parent", Keyword::Parent},       {"start", Keyword::Start},
    {"string", Keyword::String},       {"text", Keyword::Text},
    {"token", Keyword::Token},
}};

Keyword keyword_of(std::string_view name) {
    if (name.size() < 3 || name.size() > 10) return Keyword::None;
    // Most names are not keywords: compare only with the keywords of the same first letter.
    const char c = name[0];
    if (c < 'a' || c > 't') return Keyword::None;
    for (const auto& k : k_keywords)
        if (k.text[0] == c && k.text == name) return k.keyword;
    return Keyword::None;
}

// What follows "#" or "##" on a comment line, without the '#'s and one space (as jing keeps it).
std::string_view comment_line_text(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == '#') ++i;
    if (i < line.size() && line[i] == ' ') ++i;
    return line.substr(i);
}

class Lexer {
  public:
    explicit Lexer(const CompactSource& source) : m_source(source), m_text(source.text()) {}

    Result<Tokens> run() {
        const std::size_t n = m_text.size();
        std::size_t i = 0;
        std::uint32_t comments_first = 0;
        for (;;) {
            // Separators and comments.
            while (i < n) {
                char c = m_text[i];
                if (c == ' ' || c == '\t' || c == '\n') {
                    ++i;
                } else if (c == '#' && !(i + 1 < n && m_text[i + 1] == '#')) {
                    i = comment(i);
                } else {
                    break;
                }
            }
            Token t;
            t.offset = static_cast<std::uint32_t>(i);
            t.line = line_of(i);
            t.comments_first = comments_first;
            t.comments_last = static_cast<std::uint32_t>(m_out.comments.size());
            comments_first = t.comments_last;
            if (i >= n) {
                t.kind = TokenKind::End;
                m_out.tokens.push_back(t);
                return std::move(m_out);
            }
            auto end = token(i, t);
            if (!end) return end.error();
            i = *end;
            t.length = static_cast<std::uint32_t>(i - t.offset);
            m_out.tokens.push_back(t);
        }
    }

  private:
    std::uint32_t line_of(std::size_t offset) {
        const auto& starts = m_source.line_starts();
        while (m_line_cursor < starts.size() && starts[m_line_cursor] <= offset) ++m_line_cursor;
        return static_cast<std::uint32_t>(m_line_cursor + 1);
    }

    std::size_t line_end(std::size_t i) const {
        auto e = m_text.find('\n', i);
        return e == std::string_view::npos ? m_text.size() : e;
    }

    // If the line after the newline at i (after blanks) begins with the given marker ("#" not
    // followed by '#', or "##"), returns where that marker begins; else npos.
    std::size_t continuation(std::size_t newline, bool documentation) const {
        if (newline >= m_text.size()) return std::string_view::npos;
        std::size_t j = newline + 1;
        while (j < m_text.size() && (m_text[j] == ' ' || m_text[j] == '\t')) ++j;
        bool doc = m_text.compare(j, 2, "##") == 0;
        if (j < m_text.size() && m_text[j] == '#' && doc == documentation) return j;
        return std::string_view::npos;
    }

    // A comment beginning at i and the comment lines right below it; returns where it ends.
    std::size_t comment(std::size_t i) {
        Comment c;
        c.line = line_of(i);
        std::size_t e = line_end(i);
        c.text = comment_line_text(m_text.substr(i, e - i));
        for (std::size_t next; (next = continuation(e, false)) != std::string_view::npos;) {
            e = line_end(next);
            c.text += '\n';
            c.text += comment_line_text(m_text.substr(next, e - next));
        }
        m_out.comments.push_back(std::move(c));
        return e;
    }

    Result<std::size_t> token(std::size_t i, Token& t) {
        const std::size_t n = m_text.size();
        char c = m_text[i];
        auto single = [&](TokenKind k) -> Result<std::size_t> {
            t.kind = k;
            return i + 1;
        };
        switch (c) {
        case '{': return single(TokenKind::LeftBrace);
        case '}': return single(TokenKind::RightBrace);
        case '(': return single(TokenKind::LeftParen);
        case ')': return single(TokenKind::RightParen);
        case '[': return single(TokenKind::LeftBracket);
        case ']': return single(TokenKind::RightBracket);
        case ',': return single(TokenKind::Comma);
        case '?': return single(TokenKind::Question);
        case '*': return single(TokenKind::Star);
        case '+': return single(TokenKind::Plus);
        case '-': return single(TokenKind::Minus);
        case '~': return single(TokenKind::Tilde);
        case '=': return single(TokenKind::Equals);
        case '|':
            if (i + 1 < n && m_text[i + 1] == '=') {
                t.kind = TokenKind::ChoiceAssign;
                return i + 2;
            }
            return single(TokenKind::Pipe);
        case '&':
            if (i + 1 < n && m_text[i + 1] == '=') {
                t.kind = TokenKind::InterleaveAssign;
                return i + 2;
            }
            return single(TokenKind::Ampersand);
        case '>':
            if (i + 1 < n && m_text[i + 1] == '>') {
                t.kind = TokenKind::Follow;
                return i + 2;
            }
            return m_source.error_at(i, "unexpected '>'; a following annotation begins with '>>'");
        case '"':
        case '\'': return literal(i, t);
        case '#': return documentation(i, t);
        case '\\': {
            std::size_t e = scan_ncname(m_text, i + 1);
            if (e == i + 1)
                return m_source.error_at(i,
                                         "'\\' must be followed by a name (a keyword used as an "
                                         "identifier) or by x{…} (a character escape)");
            t.kind = TokenKind::EscapedIdentifier;
            return e;
        }
        default: break;
        }
        std::size_t e = scan_ncname(m_text, i);
        if (e == i) {
            std::size_t len = 0;
            std::uint32_t cp = decode_at(m_text, i, len);
            char buf[40];
            if (cp >= 0x21 && cp < 0x7F)
                std::snprintf(buf, sizeof buf, "character '%c'", static_cast<char>(cp));
            else
                std::snprintf(buf, sizeof buf, "character U+%04X", static_cast<unsigned>(cp));
            return m_source.error_at(i, std::string(buf) + " cannot begin a token here");
        }
        if (e < n && m_text[e] == ':') {
            if (e + 1 < n && m_text[e + 1] == '*') {
                t.kind = TokenKind::NsName;
                return e + 2;
            }
            std::size_t e2 = scan_ncname(m_text, e + 1);
            if (e2 == e + 1)
                return m_source.error_at(e, "':' after \"" + std::string(m_text.substr(i, e - i)) +
                                                "\" must be followed by a name or '*'");
            t.kind = TokenKind::CName;
            return e2;
        }
        t.keyword = keyword_of(m_text.substr(i, e - i));
        t.kind = t.keyword == Keyword::None ? TokenKind::Identifier : TokenKind::Keyword;
        return e;
    }

    Result<std::size_t> literal(std::size_t i, Token& t) {
        const char q = m_text[i];
        t.kind = TokenKind::Literal;
        if (i + 2 < m_text.size() && m_text[i + 1] == q && m_text[i + 2] == q) {
            auto close = m_text.find(std::string_view(q == '"' ? "\"\"\"" : "'''"), i + 3);
            if (close == std::string_view::npos)
                return m_source.error_at(i, std::string("unterminated literal: no closing ") + std::string(3, q) +
                                                " for the one opened here");
            return close + 3;
        }
        for (std::size_t j = i + 1;;) {
            // The closing quote, unless a newline comes first.
            std::size_t close = m_text.find(q, j);
            std::size_t newline =
                m_text.substr(0, close == std::string_view::npos ? m_text.size() : close).find('\n', j);
            if (newline == std::string_view::npos) {
                if (close != std::string_view::npos) return close + 1;
                return m_source.error_at(i, std::string("unterminated literal: no closing ") + q +
                                                " for the one opened here");
            }
            j = newline;
            if (!m_source.is_escaped_newline(j))
                return m_source.error_at(i, std::string("unterminated literal: a literal in ") + q + "…" + q +
                                                " ends on its line (use " + std::string(3, q) + "…" +
                                                std::string(3, q) + " for several lines, or ~ to join literals)");
            ++j;
        }
    }

    // ## lines, with the ## lines right below them (a blank line ends the documentation).
    Result<std::size_t> documentation(std::size_t i, Token& t) {
        t.kind = TokenKind::Documentation;
        std::size_t e = line_end(i);
        std::string text(comment_line_text(m_text.substr(i, e - i)));
        for (std::size_t next; (next = continuation(e, true)) != std::string_view::npos;) {
            e = line_end(next);
            text += '\n';
            text += comment_line_text(m_text.substr(next, e - next));
        }
        t.string_index = static_cast<std::uint32_t>(m_out.strings.size());
        m_out.strings.push_back(std::move(text));
        return e;
    }

    const CompactSource& m_source;
    std::string_view m_text;
    std::size_t m_line_cursor = 0;
    Tokens m_out;
};

} // namespace

Result<Tokens> tokenize(const CompactSource& source) {
    return Lexer(source).run();
}

std::string_view token_name(const CompactSource& source, const Token& t) {
    std::string_view s = std::string_view(source.text()).substr(t.offset, t.length);
    if (t.kind == TokenKind::EscapedIdentifier) s.remove_prefix(1);
    return s;
}

std::string_view literal_value(const CompactSource& source, const Token& t) {
    std::string_view s = std::string_view(source.text()).substr(t.offset, t.length);
    std::size_t q = s.size() >= 6 && s[1] == s[0] && s[2] == s[0] ? 3 : 1;
    return s.substr(q, s.size() - 2 * q);
}

std::string_view keyword_text(Keyword k) {
    for (const auto& e : k_keywords)
        if (e.keyword == k) return e.text;
    return {};
}

std::string describe_token(const CompactSource& source, const Token& t) {
    std::string_view s = std::string_view(source.text()).substr(t.offset, t.length);
    std::string out;
    auto quoted = [&](const char* what, char q) {
        out = what;
        out += q;
        out.append(s);
        out += q;
        return out;
    };
    switch (t.kind) {
    case TokenKind::End: return "end of file";
    case TokenKind::Identifier:
    case TokenKind::EscapedIdentifier: return quoted("identifier ", '"');
    case TokenKind::Keyword: return quoted("keyword ", '"');
    case TokenKind::CName: return quoted("name ", '"');
    case TokenKind::NsName: return quoted("", '"');
    case TokenKind::Literal: return "a literal";
    case TokenKind::Documentation: return "a documentation comment (##)";
    default: return quoted("", '\'');
    }
}

} // namespace teipress::validate::relaxng
