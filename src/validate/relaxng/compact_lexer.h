// The tokens of a compact-syntax schema (RELAX NG Compact Syntax, appendix A.2.5), with the
// comments between them kept for the translation.
#pragma once

#include "core/result.h"
#include "validate/relaxng/compact_source.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace teipress::validate::relaxng {

enum class TokenKind : std::uint8_t {
    End,               // end of the text
    Identifier,        // an NCName that is not a keyword
    Keyword,           // one of the 19 keywords (see Keyword)
    EscapedIdentifier, // \NCName (a keyword used as an identifier)
    CName,             // prefix:local
    NsName,            // prefix:*
    Literal,           // one literal segment: "…", '…', """…""", '''…'''
    Documentation,     // ## lines (adjacent ones merged)
    Equals,            // =
    ChoiceAssign,      // |=
    InterleaveAssign,  // &=
    LeftBrace,         // {
    RightBrace,        // }
    LeftParen,         // (
    RightParen,        // )
    LeftBracket,       // [
    RightBracket,      // ]
    Comma,             // ,
    Ampersand,         // &
    Pipe,              // |
    Question,          // ?
    Star,              // *
    Plus,              // +
    Minus,             // -
    Tilde,             // ~
    Follow,            // >>
};

enum class Keyword : std::uint8_t {
    None,
    Attribute,
    Default,
    Datatypes,
    Div,
    Element,
    Empty,
    External,
    Grammar,
    Include,
    Inherit,
    List,
    Mixed,
    Namespace,
    NotAllowed,
    Parent,
    Start,
    String,
    Text,
    Token,
};

struct Token {
    TokenKind kind = TokenKind::End;
    Keyword keyword = Keyword::None;
    std::uint32_t offset = 0; // in CompactSource::text()
    std::uint32_t length = 0;
    std::uint32_t line = 1;
    // The comments (# …) written before this token: indexes [first, last) in Tokens::comments.
    std::uint32_t comments_first = 0;
    std::uint32_t comments_last = 0;
    // Documentation: index of its text in Tokens::strings.
    std::uint32_t string_index = 0;
};

// A comment (# lines, adjacent ones merged with '\n'), its text after "# ".
struct Comment {
    std::string text;
    std::uint32_t line = 1;
};

struct Tokens {
    std::vector<Token> tokens; // the last one is End
    std::vector<Comment> comments;
    std::vector<std::string> strings; // documentation texts
};

// Cuts the source into tokens (longest match). Errors (FILE:LINE:COL): a character that begins
// no token, an unterminated literal, a newline inside a literal delimited by one quote, a lone
// '>' or '\' or ':'.
Result<Tokens> tokenize(const CompactSource& source);

// The characters of a name token: the NCName, without the '\' of an escaped identifier.
std::string_view token_name(const CompactSource& source, const Token& t);
// The value of a literal token (between its delimiters).
std::string_view literal_value(const CompactSource& source, const Token& t);
// How a token reads in a message: 'element', identifier "foo", a literal, end of file.
std::string describe_token(const CompactSource& source, const Token& t);
// The keyword's text ("notAllowed"); empty for Keyword::None.
std::string_view keyword_text(Keyword k);

} // namespace teipress::validate::relaxng
