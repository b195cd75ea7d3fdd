#include "validate/relaxng/compact_parser.h"

#include <optional>
#include <set>
#include <unordered_map>

namespace teipress::validate::relaxng {

namespace {

constexpr const char* k_xml_ns = "http://www.w3.org/XML/1998/namespace";
constexpr const char* k_xmlns_ns = "http://www.w3.org/2000/xmlns";
constexpr const char* k_xsd_datatypes = "http://www.w3.org/2001/XMLSchema-datatypes";
constexpr const char* k_rng_ns = "http://relaxng.org/ns/structure/1.0";
constexpr const char* k_annotations_ns = "http://relaxng.org/ns/compatibility/annotations/1.0";

// Name-class contexts that restrict what an except may hold (RELAX NG section 4.16).
constexpr int k_in_any_name_except = 1;
constexpr int k_in_ns_name_except = 2;

// Initial annotations: attributes for the annotated element, and elements (documentation
// first) for its first children.
struct Annotations {
    std::vector<AstAttribute> attributes;
    std::vector<AstNode> elements;
    bool empty() const { return attributes.empty() && elements.empty(); }
};

// Whether a RELAX NG element of this name may hold annotation elements (value, param and name
// hold only a string: their annotation elements follow them instead).
bool holds_elements(const std::string& rng_name) {
    return rng_name != "value" && rng_name != "param" && rng_name != "name";
}

// An absolute URI without a fragment, or "" (RELAX NG section 3, datatypeLibrary).
bool is_datatypes_uri(const std::string& s) {
    if (s.empty()) return true;
    if (s.find('#') != std::string::npos) return false;
    auto colon = s.find(':');
    if (colon == std::string::npos || colon == 0) return false;
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!letter(s[0])) return false;
    for (std::size_t i = 1; i < colon; ++i) {
        char c = s[i];
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
    }
    return true;
}

class Parser {
  public:
    Parser(const CompactSource& source, const Tokens& tokens)
        : m_source(source), m_tokens(tokens.tokens), m_comments(tokens.comments),
          m_strings(tokens.strings) {}

    Result<CompactSchema> run() {
        if (!parse_top()) return *m_error;
        return std::move(m_schema);
    }

  private:
    // ---- tokens, errors, comments ----

    const Token& tok() const { return m_tokens[m_pos]; }
    const Token& peek(std::size_t k = 1) const {
        return m_tokens[std::min(m_pos + k, m_tokens.size() - 1)];
    }
    bool at(TokenKind k) const { return tok().kind == k; }
    bool at_keyword(Keyword k) const { return tok().kind == TokenKind::Keyword && tok().keyword == k; }
    void advance() {
        if (m_pos + 1 < m_tokens.size()) ++m_pos;
    }
    std::string_view name() const { return token_name(m_source, tok()); }
    std::string found() const { return describe_token(m_source, tok()); }

    bool fail_at(std::size_t offset, std::string message) {
        if (!m_error) m_error = m_source.error_at(offset, std::move(message));
        return false;
    }
    bool fail(std::string message) { return fail_at(tok().offset, std::move(message)); }
    bool expected(const std::string& what) { return fail("expected " + what + ", found " + found()); }
    bool expect(TokenKind k, const char* what) {
        if (!at(k)) return expected(what);
        advance();
        return true;
    }

    // Appends to into the comments not yet placed that come before the token `upto`.
    void place_comments(std::vector<AstNode>& into, const Token& upto) {
        for (; m_placed < upto.comments_last; ++m_placed) {
            const Comment& c = m_comments[m_placed];
            into.push_back(AstNode::text(c.text, c.line, AstNode::Kind::Comment));
        }
    }

    // Guards one level of nesting.
    struct Depth {
        explicit Depth(Parser& p) : m_p(p) { ++m_p.m_depth; }
        ~Depth() { --m_p.m_depth; }
        bool ok() {
            if (m_p.m_depth <= k_max_compact_nesting) return true;
            return m_p.fail("nesting deeper than " + std::to_string(k_max_compact_nesting) +
                            " levels");
        }
        Parser& m_p;
    };

    // ---- names and literals ----

    bool is_name_token() const {
        return at(TokenKind::Identifier) || at(TokenKind::Keyword) ||
               at(TokenKind::EscapedIdentifier);
    }

    // literal ("~" literal)*
    bool parse_literal(std::string& out, const char* what) {
        if (!at(TokenKind::Literal)) return expected(what);
        out.assign(literal_value(m_source, tok()));
        advance();
        while (at(TokenKind::Tilde)) {
            advance();
            if (!at(TokenKind::Literal)) return expected("a literal after '~'");
            out.append(literal_value(m_source, tok()));
            advance();
        }
        return true;
    }

    // The namespace bound to prefix (the token at offset, for the message).
    bool lookup_namespace(std::string_view prefix, std::size_t offset, NamespaceRef& out) {
        if (prefix == "xml") {
            out = NamespaceRef::of(k_xml_ns);
            return true;
        }
        auto it = m_namespaces.find(std::string(prefix));
        if (it == m_namespaces.end())
            return fail_at(offset, "undeclared namespace prefix \"" + std::string(prefix) +
                                       "\" (declare it: namespace " + std::string(prefix) +
                                       " = \"URI\")");
        out = it->second;
        return true;
    }

    bool lookup_datatypes(std::string_view prefix, std::size_t offset, std::string& out) {
        auto it = m_datatypes.find(std::string(prefix));
        if (it != m_datatypes.end()) {
            out = it->second;
            return true;
        }
        if (prefix == "xsd") {
            out = k_xsd_datatypes;
            return true;
        }
        return fail_at(offset, "undeclared datatypes prefix \"" + std::string(prefix) +
                                   "\" (declare it: datatypes " + std::string(prefix) +
                                   " = \"URI\")");
    }

    // A CName token's prefix and local part.
    std::pair<std::string_view, std::string_view> split_cname() const {
        std::string_view s = name();
        auto colon = s.find(':');
        return {s.substr(0, colon), s.substr(colon + 1)};
    }

    // ---- declarations ----

    bool parse_top() {
        m_datatypes.clear();
        while (at_keyword(Keyword::Namespace) || at_keyword(Keyword::Default) ||
               at_keyword(Keyword::Datatypes)) {
            place_comments(m_schema.before, tok());
            if (!parse_declaration()) return false;
        }
        m_schema.annotations_prefix = annotations_prefix();
        if (top_level_is_grammar()) {
            AstNode grammar = AstNode::rng("grammar", tok().line, tok().offset);
            if (!parse_grammar_body(grammar, false, TokenKind::End)) return false;
            m_schema.root = std::move(grammar);
            return true;
        }
        std::vector<AstNode> elements;
        if (!parse_pattern(nullptr, elements)) return false;
        if (!at(TokenKind::End)) return fail("unexpected " + found() + " after the pattern");
        place_comments(elements, tok());
        // Constraint "single element": annotations after a top-level pattern would make the
        // translation a sequence of elements.
        bool seen = false;
        for (auto& n : elements) {
            if (n.kind == AstNode::Kind::Comment) {
                // Comments after the root go inside it: libxml2 takes a comment after a root
                // that is not a grammar for a second pattern.
                if (seen && holds_elements(m_schema.root.name))
                    m_schema.root.children.push_back(std::move(n));
                else
                    (seen ? m_schema.after : m_schema.before).push_back(std::move(n));
            } else if (!seen) {
                m_schema.root = std::move(n);
                seen = true;
            } else {
                return fail_at(n.offset, "a schema that is one pattern must translate to one "
                                         "element; this annotation would follow it (put the "
                                         "pattern and its annotation in parentheses)");
            }
        }
        return true;
    }

    bool parse_declaration() {
        const Token& first = tok();
        bool is_default = at_keyword(Keyword::Default);
        if (at_keyword(Keyword::Datatypes)) {
            advance();
            if (!is_name_token()) return expected("a prefix after \"datatypes\"");
            std::string prefix(name());
            std::size_t prefix_offset = tok().offset;
            advance();
            if (!expect(TokenKind::Equals, "'='")) return false;
            std::string uri;
            std::size_t uri_offset = tok().offset;
            if (!parse_literal(uri, "a literal (the datatype library URI)")) return false;
            if (m_datatypes.count(prefix))
                return fail_at(prefix_offset, "datatypes prefix \"" + prefix + "\" is declared twice");
            if (prefix == "xsd" && uri != k_xsd_datatypes)
                return fail_at(prefix_offset, std::string("the datatypes prefix \"xsd\" can only be "
                                                          "bound to ") + k_xsd_datatypes);
            if (!is_datatypes_uri(uri))
                return fail_at(uri_offset, "\"" + uri + "\" is not a datatype library URI (an "
                                           "absolute URI without a fragment, or \"\")");
            m_datatypes.emplace(prefix, uri);
            return true;
        }
        advance();
        if (is_default) {
            if (!at_keyword(Keyword::Namespace)) return expected("\"namespace\" after \"default\"");
            advance();
        }
        std::optional<std::string> prefix;
        std::size_t prefix_offset = tok().offset;
        if (is_name_token()) {
            prefix = std::string(name());
            advance();
        } else if (!is_default) {
            return expected("a prefix after \"namespace\"");
        }
        if (!expect(TokenKind::Equals, "'='")) return false;
        NamespaceRef ns;
        if (at_keyword(Keyword::Inherit)) {
            advance();
        } else {
            std::string uri;
            if (!parse_literal(uri, "a literal (the namespace URI) or \"inherit\"")) return false;
            ns = NamespaceRef::of(std::move(uri));
        }
        if (is_default) {
            if (m_default_declared)
                return fail_at(first.offset, "the default namespace is declared twice");
            m_default_declared = true;
            if (!ns.inherit && ns.uri == k_xml_ns)
                return fail_at(first.offset, std::string("the namespace ") + k_xml_ns +
                                                 " cannot be the default namespace");
            m_schema.default_namespace = ns;
        }
        if (prefix) return declare_prefix(*prefix, prefix_offset, ns);
        return true;
    }

    bool declare_prefix(const std::string& prefix, std::size_t offset, const NamespaceRef& ns) {
        if (prefix == "xmlns") return fail_at(offset, "the prefix \"xmlns\" cannot be declared");
        bool is_xml_uri = !ns.inherit && ns.uri == k_xml_ns;
        if (prefix == "xml" && !is_xml_uri)
            return fail_at(offset, std::string("the prefix \"xml\" is bound to ") + k_xml_ns +
                                       " and cannot be bound to anything else");
        if (prefix != "xml" && is_xml_uri)
            return fail_at(offset, std::string("the namespace ") + k_xml_ns +
                                       " can only have the prefix \"xml\"");
        if (!m_namespaces.emplace(prefix, ns).second)
            return fail_at(offset, "namespace prefix \"" + prefix + "\" is declared twice");
        if (prefix != "xml" && !ns.inherit && !ns.uri.empty())
            m_schema.namespaces.emplace_back(prefix, ns.uri);
        return true;
    }

    // The prefix of a:documentation: one declared for the annotations namespace, else "a"
    // (or "aa", "aaa"… when "a" is taken).
    std::string annotations_prefix() const {
        for (const auto& [prefix, uri] : m_schema.namespaces)
            if (uri == k_annotations_ns) return prefix;
        std::string p = "a";
        while (m_namespaces.count(p)) p += 'a';
        return p;
    }

    // Whether the body is grammar content rather than one pattern (jing's lookahead): a
    // definition, start, div, include or grammar annotation, possibly after annotations.
    bool top_level_is_grammar() const {
        std::size_t k = m_pos;
        while (m_tokens[k].kind == TokenKind::Documentation) ++k;
        bool annotated = k != m_pos;
        if (m_tokens[k].kind == TokenKind::LeftBracket) {
            annotated = true;
            int depth = 0;
            for (; m_tokens[k].kind != TokenKind::End; ++k) {
                if (m_tokens[k].kind == TokenKind::LeftBracket) ++depth;
                if (m_tokens[k].kind == TokenKind::RightBracket && --depth == 0) break;
            }
            if (m_tokens[k].kind == TokenKind::End) return false;
            ++k;
        }
        const Token& t = m_tokens[k];
        const Token& next = m_tokens[std::min(k + 1, m_tokens.size() - 1)];
        switch (t.kind) {
        case TokenKind::End: return true;
        case TokenKind::Keyword:
            return t.keyword == Keyword::Start || t.keyword == Keyword::Div ||
                   t.keyword == Keyword::Include;
        case TokenKind::Identifier:
        case TokenKind::EscapedIdentifier:
            return next.kind == TokenKind::Equals || next.kind == TokenKind::ChoiceAssign ||
                   next.kind == TokenKind::InterleaveAssign ||
                   (!annotated && next.kind == TokenKind::LeftBracket);
        case TokenKind::CName: return !annotated && next.kind == TokenKind::LeftBracket;
        default: return false;
        }
    }

    // ---- annotations ----

    // documentation* ("[" annotationAttribute* annotationElement* "]")?
    bool parse_annotations(Annotations& a) {
        while (at(TokenKind::Documentation)) {
            AstNode doc;
            doc.kind = AstNode::Kind::Foreign;
            doc.name = "documentation";
            doc.ns = k_annotations_ns;
            doc.prefix = m_schema.annotations_prefix;
            doc.line = tok().line;
            doc.offset = tok().offset;
            const std::string& text = m_strings[tok().string_index];
            if (!text.empty()) doc.children.push_back(AstNode::text(text, tok().line));
            a.elements.push_back(std::move(doc));
            advance();
        }
        if (!at(TokenKind::LeftBracket)) return true;
        advance();
        std::set<std::pair<std::string, std::string>> seen;
        while (at(TokenKind::CName) && peek().kind == TokenKind::Equals) {
            if (!parse_annotation_attribute(false, a.attributes, seen)) return false;
        }
        while (!at(TokenKind::RightBracket)) {
            if (is_name_token() && peek().kind == TokenKind::Equals)
                return fail("an annotation attribute needs a prefixed name (prefix:" +
                            std::string(name()) + "); attributes come before elements");
            if (!is_name_token() && !at(TokenKind::CName))
                return expected("an annotation attribute (prefix:name = \"value\"), an annotation "
                                "element (name [ … ]) or ']'");
            if (!parse_annotation_element(false, a.elements)) return false;
        }
        advance();
        return true;
    }

    // name "=" literal; nested: inside an annotation element (unprefixed names allowed).
    bool parse_annotation_attribute(bool nested, std::vector<AstAttribute>& out,
                                    std::set<std::pair<std::string, std::string>>& seen) {
        AstAttribute attr;
        std::size_t offset = tok().offset;
        if (at(TokenKind::CName)) {
            auto [prefix, local] = split_cname();
            NamespaceRef ns;
            if (!lookup_namespace(prefix, offset, ns)) return false;
            std::string qname(name());
            if (ns.inherit)
                return fail_at(offset, "annotation attribute \"" + qname + "\": the namespace of "
                                       "an annotation cannot be inherit");
            if (ns.uri.empty() && !nested)
                return fail_at(offset, "annotation attribute \"" + qname + "\" must be in a "
                                       "namespace (its prefix is bound to \"\")");
            if (ns.uri == k_rng_ns && !nested)
                return fail_at(offset, "annotation attribute \"" + qname + "\" cannot be in the "
                                       "RELAX NG namespace");
            if (ns.uri == k_xmlns_ns)
                return fail_at(offset, "annotation attribute \"" + qname + "\" cannot be in the "
                                       "xmlns namespace");
            attr.ns = ns.uri;
            if (!ns.uri.empty()) attr.prefix = prefix;
            attr.local = local;
        } else {
            attr.local = name();
            if (attr.local == "xmlns")
                return fail_at(offset, "\"xmlns\" cannot be an annotation attribute");
        }
        if (!seen.emplace(attr.ns, attr.local).second)
            return fail_at(offset, "duplicate annotation attribute \"" + std::string(name()) + "\"");
        advance();
        if (!expect(TokenKind::Equals, "'='")) return false;
        if (!parse_literal(attr.value, "a literal (the attribute's value)")) return false;
        out.push_back(std::move(attr));
        return true;
    }

    // name "[" attribute* (literal ("~" literal)* | element)* "]"
    bool parse_annotation_element(bool nested, std::vector<AstNode>& out) {
        Depth depth(*this);
        if (!depth.ok()) return false;
        AstNode e;
        e.kind = AstNode::Kind::Foreign;
        e.line = tok().line;
        e.offset = tok().offset;
        if (at(TokenKind::CName)) {
            auto [prefix, local] = split_cname();
            NamespaceRef ns;
            if (!lookup_namespace(prefix, tok().offset, ns)) return false;
            if (ns.inherit)
                return fail("annotation element \"" + std::string(name()) +
                            "\": the namespace of an annotation cannot be inherit");
            if (ns.uri == k_rng_ns && !nested)
                return fail("annotation element \"" + std::string(name()) +
                            "\" cannot be in the RELAX NG namespace");
            e.ns = ns.uri;
            if (!ns.uri.empty()) e.prefix = prefix;
            e.name = local;
        } else if (is_name_token()) {
            e.name = name();
        } else {
            return expected("an annotation element name");
        }
        advance();
        if (!expect(TokenKind::LeftBracket, "'[' after the annotation element's name")) return false;
        std::set<std::pair<std::string, std::string>> seen;
        while ((is_name_token() || at(TokenKind::CName)) && peek().kind == TokenKind::Equals) {
            if (!parse_annotation_attribute(true, e.attributes, seen)) return false;
        }
        for (;;) {
            place_comments(e.children, tok());
            if (at(TokenKind::Literal)) {
                std::uint32_t line = tok().line;
                std::string text;
                if (!parse_literal(text, "a literal")) return false;
                if (!e.children.empty() && e.children.back().kind == AstNode::Kind::Text)
                    e.children.back().name += text;
                else if (!text.empty())
                    e.children.push_back(AstNode::text(std::move(text), line));
            } else if ((is_name_token() || at(TokenKind::CName)) &&
                       peek().kind == TokenKind::LeftBracket) {
                if (!parse_annotation_element(true, e.children)) return false;
            } else {
                break;
            }
        }
        if (!at(TokenKind::RightBracket)) {
            if ((is_name_token() || at(TokenKind::CName)) && peek().kind == TokenKind::Equals)
                return fail("the attributes of an annotation element come before its content");
            return expected("a literal, an annotation element or ']'");
        }
        advance();
        out.push_back(std::move(e));
        return true;
    }

    // applyAnnotations: attributes onto node; elements as its first children, or after it
    // when it holds only a string (value, param, name).
    static void apply_annotations(Annotations& a, AstNode node, std::vector<AstNode>& out) {
        if (!a.empty()) node.annotated = true;
        for (auto& attr : a.attributes) node.attributes.push_back(std::move(attr));
        a.attributes.clear();
        if (holds_elements(node.name)) {
            node.children.insert(node.children.begin(), std::make_move_iterator(a.elements.begin()),
                                 std::make_move_iterator(a.elements.end()));
            node.name_class_index += static_cast<std::uint32_t>(a.elements.size());
            a.elements.clear();
            out.push_back(std::move(node));
        } else {
            out.push_back(std::move(node));
            for (auto& e : a.elements) out.push_back(std::move(e));
            a.elements.clear();
        }
    }

    // annotation elements after ">>", appended to out.
    bool parse_follow_annotations(std::vector<AstNode>& out) {
        while (at(TokenKind::Follow)) {
            advance();
            if (!is_name_token() && !at(TokenKind::CName))
                return expected("an annotation element after '>>'");
            if (!parse_annotation_element(false, out)) return false;
        }
        return true;
    }

    // ---- grammar content ----

    // (annotationElement | annotations component)* up to closer; include: inside include {…}.
    bool parse_grammar_body(AstNode& container, bool include, TokenKind closer) {
        Depth depth(*this);
        if (!depth.ok()) return false;
        for (;;) {
            place_comments(container.children, tok());
            if (at(closer)) return true;
            if ((at(TokenKind::Identifier) || at(TokenKind::EscapedIdentifier) ||
                 at(TokenKind::CName)) &&
                peek().kind == TokenKind::LeftBracket) {
                if (!parse_annotation_element(false, container.children)) return false;
                continue;
            }
            Annotations a;
            if (!parse_annotations(a)) return false;
            std::vector<AstNode> component;
            if (at_keyword(Keyword::Start) || at(TokenKind::Identifier) ||
                at(TokenKind::EscapedIdentifier)) {
                if (!parse_definition(component)) return false;
            } else if (at_keyword(Keyword::Div)) {
                AstNode div = AstNode::rng("div", tok().line, tok().offset);
                advance();
                if (!expect(TokenKind::LeftBrace, "'{' after \"div\"")) return false;
                if (!parse_grammar_body(div, include, TokenKind::RightBrace)) return false;
                advance();
                component.push_back(std::move(div));
            } else if (at_keyword(Keyword::Include) && !include) {
                if (!parse_include(component)) return false;
            } else if (at_keyword(Keyword::Include)) {
                return fail("an include cannot be inside the body of an include");
            } else if (at(TokenKind::RightBrace) || at(TokenKind::End)) {
                return expected(closer == TokenKind::End ? std::string("end of file")
                                                         : std::string("'}'"));
            } else {
                return expected(std::string("a definition (name = pattern), \"start\", \"div\"") +
                                (include ? "" : ", \"include\"") + " or an annotation element");
            }
            apply_annotations(a, std::move(component.front()), container.children);
        }
    }

    // "start" assignOp pattern | identifier assignOp pattern
    bool parse_definition(std::vector<AstNode>& out) {
        bool start = at_keyword(Keyword::Start);
        AstNode def = AstNode::rng(start ? "start" : "define", tok().line, tok().offset);
        if (!start) def.attributes.push_back({"", "", "name", std::string(name())});
        advance();
        if (at(TokenKind::ChoiceAssign))
            def.attributes.push_back({"", "", "combine", "choice"});
        else if (at(TokenKind::InterleaveAssign))
            def.attributes.push_back({"", "", "combine", "interleave"});
        else if (!at(TokenKind::Equals))
            return expected(start ? "'=', '|=' or '&=' after \"start\""
                                  : "'=', '|=' or '&=' after the name of a definition");
        advance();
        if (!parse_pattern(nullptr, def.children)) return false;
        if (!start) unwrap_group(def, 0);
        out.push_back(std::move(def));
        return true;
    }

    // The namespace passed to an included or external schema: inherit = prefix, else the
    // default namespace.
    bool parse_inherit(NamespaceRef& out) {
        out = m_schema.default_namespace;
        if (!at_keyword(Keyword::Inherit)) return true;
        advance();
        if (!expect(TokenKind::Equals, "'=' after \"inherit\"")) return false;
        if (!is_name_token()) return expected("a namespace prefix after \"inherit =\"");
        if (!lookup_namespace(name(), tok().offset, out)) return false;
        advance();
        return true;
    }

    bool parse_href(std::string& href) {
        std::size_t offset = tok().offset;
        if (!parse_literal(href, "a literal (the schema's URI)")) return false;
        if (href.find('#') != std::string::npos)
            return fail_at(offset, "the URI of an include or external must not have a fragment "
                                   "identifier (#…)");
        return true;
    }

    // "include" literal inherit? ("{" includeContent* "}")?
    bool parse_include(std::vector<AstNode>& out) {
        AstNode inc = AstNode::rng("include", tok().line, tok().offset);
        advance();
        std::string href;
        if (!parse_href(href)) return false;
        inc.attributes.push_back({"", "", "href", std::move(href)});
        if (!parse_inherit(inc.target)) return false;
        if (at(TokenKind::LeftBrace)) {
            advance();
            if (!parse_grammar_body(inc, true, TokenKind::RightBrace)) return false;
            advance();
        }
        out.push_back(std::move(inc));
        return true;
    }

    // ---- patterns ----

    // A pattern: particles joined by one kind of operator. paren: the initial annotations of
    // the parentheses around it (applied to the whole), or null.
    bool parse_pattern(Annotations* paren, std::vector<AstNode>& out) {
        Depth depth(*this);
        if (!depth.ok()) return false;
        std::vector<AstNode> first;
        bool repeated = false;
        std::optional<std::size_t> except;
        std::uint32_t line = tok().line, offset = tok().offset;
        if (!parse_particle(first, repeated, except)) return false;
        TokenKind op = tok().kind;
        if (op != TokenKind::Pipe && op != TokenKind::Ampersand && op != TokenKind::Comma) {
            if (!paren || paren->empty()) {
                for (auto& n : first) out.push_back(std::move(n));
            } else if (repeated) {
                // [a] (p*): the annotations go on the repetition itself.
                for (auto& n : first) {
                    if (n.kind == AstNode::Kind::Rng) {
                        std::vector<AstNode> one;
                        apply_annotations(*paren, std::move(n), one);
                        n = std::move(one.front());
                        break;
                    }
                }
                for (auto& n : first) out.push_back(std::move(n));
            } else {
                AstNode group = AstNode::rng("group", line, offset);
                group.children = std::move(first);
                apply_annotations(*paren, std::move(group), out);
            }
            return true;
        }
        if (except) return except_needs_parentheses(*except);
        const char* kind = op == TokenKind::Pipe ? "choice"
                           : op == TokenKind::Ampersand ? "interleave"
                                                        : "group";
        AstNode node = AstNode::rng(kind, line, offset);
        node.children = std::move(first);
        while (at(op)) {
            advance();
            bool r = false;
            std::optional<std::size_t> ex;
            if (!parse_particle(node.children, r, ex)) return false;
            if (ex) return except_needs_parentheses(*ex);
        }
        if (at(TokenKind::Pipe) || at(TokenKind::Ampersand) || at(TokenKind::Comma))
            return fail("'" + std::string(token_name(m_source, tok())) + "' cannot follow '" +
                        (op == TokenKind::Pipe ? "|" : op == TokenKind::Ampersand ? "&" : ",") +
                        "' without parentheses: the compact syntax has no operator precedence");
        if (paren && !paren->empty())
            apply_annotations(*paren, std::move(node), out);
        else
            out.push_back(std::move(node));
        return true;
    }

    bool except_needs_parentheses(std::size_t offset) {
        return fail_at(offset, "a datatype with '-' (except) must be in parentheses when it is "
                               "repeated or combined with other patterns");
    }

    // annotatedPrimary ("*" | "+" | "?")? followAnnotations. repeated: whether it is repeated;
    // except: where the '-' of a datatype except is, when the primary is one.
    bool parse_particle(std::vector<AstNode>& out, bool& repeated,
                        std::optional<std::size_t>& except) {
        std::vector<AstNode> primary;
        if (!parse_annotated_primary(primary, except)) return false;
        const char* kind = at(TokenKind::Star)       ? "zeroOrMore"
                           : at(TokenKind::Plus)     ? "oneOrMore"
                           : at(TokenKind::Question) ? "optional"
                                                     : nullptr;
        if (!kind) {
            for (auto& n : primary) out.push_back(std::move(n));
            return true;
        }
        if (except) return except_needs_parentheses(*except);
        std::uint32_t line = tok().line, offset = tok().offset;
        for (const auto& n : primary)
            if (n.kind == AstNode::Kind::Rng) {
                line = n.line;
                offset = n.offset;
                break;
            }
        AstNode rep = AstNode::rng(kind, line, offset);
        rep.children = std::move(primary);
        unwrap_group(rep, 0);
        advance();
        repeated = true;
        out.push_back(std::move(rep));
        return parse_follow_annotations(out);
    }

    // annotations primary followAnnotations
    bool parse_annotated_primary(std::vector<AstNode>& out, std::optional<std::size_t>& except) {
        place_comments(out, tok());
        Annotations a;
        if (!parse_annotations(a)) return false;
        if (!parse_primary(a, out, except)) return false;
        return parse_follow_annotations(out);
    }

    bool parse_primary(Annotations& a, std::vector<AstNode>& out,
                       std::optional<std::size_t>& except) {
        const Token& t = tok();
        switch (t.kind) {
        case TokenKind::Keyword:
            switch (t.keyword) {
            case Keyword::Element:
            case Keyword::Attribute: return parse_element_or_attribute(a, out);
            case Keyword::List:
            case Keyword::Mixed: {
                AstNode node = AstNode::rng(t.keyword == Keyword::List ? "list" : "mixed",
                                            t.line, t.offset);
                advance();
                if (!parse_braced_pattern(node.children)) return false;
                unwrap_group(node, 0);
                apply_annotations(a, std::move(node), out);
                return true;
            }
            case Keyword::Grammar: {
                AstNode node = AstNode::rng("grammar", t.line, t.offset);
                advance();
                if (!expect(TokenKind::LeftBrace, "'{' after \"grammar\"")) return false;
                if (!parse_grammar_body(node, false, TokenKind::RightBrace)) return false;
                advance();
                apply_annotations(a, std::move(node), out);
                return true;
            }
            case Keyword::External: {
                AstNode node = AstNode::rng("externalRef", t.line, t.offset);
                advance();
                std::string href;
                if (!parse_href(href)) return false;
                node.attributes.push_back({"", "", "href", std::move(href)});
                if (!parse_inherit(node.target)) return false;
                apply_annotations(a, std::move(node), out);
                return true;
            }
            case Keyword::Parent: {
                AstNode node = AstNode::rng("parentRef", t.line, t.offset);
                advance();
                if (!at(TokenKind::Identifier) && !at(TokenKind::EscapedIdentifier))
                    return expected("the name of a definition after \"parent\"");
                node.attributes.push_back({"", "", "name", std::string(name())});
                advance();
                apply_annotations(a, std::move(node), out);
                return true;
            }
            case Keyword::Empty:
            case Keyword::Text:
            case Keyword::NotAllowed: {
                AstNode node = AstNode::rng(std::string(keyword_text(t.keyword)), t.line, t.offset);
                advance();
                apply_annotations(a, std::move(node), out);
                return true;
            }
            case Keyword::String:
            case Keyword::Token: return parse_datatype(a, out, except);
            default:
                return fail("expected a pattern, found " + found() +
                            (t.keyword == Keyword::Start || t.keyword == Keyword::Div ||
                                     t.keyword == Keyword::Include
                                 ? " (grammar content cannot be inside a pattern; is a '}' or "
                                   "')' missing?)"
                                 : std::string(" (a keyword used as a name is written \\") +
                                       std::string(keyword_text(t.keyword)) + ")"));
            }
        case TokenKind::CName: return parse_datatype(a, out, except);
        case TokenKind::Literal: {
            AstNode node = AstNode::rng("value", t.line, t.offset);
            std::string value;
            if (!parse_literal(value, "a literal")) return false;
            node.children.push_back(AstNode::text(std::move(value), t.line));
            apply_annotations(a, std::move(node), out);
            return true;
        }
        case TokenKind::Identifier:
        case TokenKind::EscapedIdentifier: {
            AstNode node = AstNode::rng("ref", t.line, t.offset);
            node.attributes.push_back({"", "", "name", std::string(name())});
            advance();
            apply_annotations(a, std::move(node), out);
            return true;
        }
        case TokenKind::LeftParen: {
            advance();
            if (!parse_pattern(&a, out)) return false;
            place_comments(out, tok());
            return expect(TokenKind::RightParen, "')'");
        }
        default: return expected("a pattern");
        }
    }

    // "{" pattern "}"
    bool parse_braced_pattern(std::vector<AstNode>& out) {
        if (!expect(TokenKind::LeftBrace, "'{'")) return false;
        if (!parse_pattern(nullptr, out)) return false;
        place_comments(out, tok());
        return expect(TokenKind::RightBrace, "'}'");
    }

    bool parse_element_or_attribute(Annotations& a, std::vector<AstNode>& out) {
        bool is_element = at_keyword(Keyword::Element);
        AstNode node = AstNode::rng(is_element ? "element" : "attribute", tok().line, tok().offset);
        advance();
        if (!parse_name_class(is_element, 0, nullptr, node.children)) return false;
        node.simple_name = node.children.size() == 1 && node.children[0].name == "name" &&
                           node.children[0].kind == AstNode::Kind::Rng &&
                           node.children[0].attributes.empty();
        std::size_t content = node.children.size();
        if (!parse_braced_pattern(node.children)) return false;
        if (is_element) {
            unwrap_group(node, content);
        } else if (node.children.size() == content + 1 && node.children[content].name == "text" &&
                   node.children[content].kind == AstNode::Kind::Rng &&
                   !node.children[content].annotated) {
            // attribute x { text }: text is the content of an attribute without a pattern.
            node.children.pop_back();
        }
        apply_annotations(a, std::move(node), out);
        return true;
    }

    // datatypeName (literal | ("{" param* "}")? ("-" leadAnnotatedPrimary)?)
    bool parse_datatype(Annotations& a, std::vector<AstNode>& out,
                        std::optional<std::size_t>& except) {
        const Token& t = tok();
        std::string library, type;
        if (t.kind == TokenKind::CName) {
            auto [prefix, local] = split_cname();
            if (!lookup_datatypes(prefix, t.offset, library)) return false;
            type = local;
        } else {
            type = keyword_text(t.keyword);
        }
        advance();
        if (at(TokenKind::Literal)) {
            AstNode value = AstNode::rng("value", t.line, t.offset);
            value.attributes.push_back({"", "", "type", type});
            value.library = library;
            std::string text;
            if (!parse_literal(text, "a literal")) return false;
            value.children.push_back(AstNode::text(std::move(text), t.line));
            apply_annotations(a, std::move(value), out);
            return true;
        }
        AstNode data = AstNode::rng("data", t.line, t.offset);
        data.attributes.push_back({"", "", "type", type});
        data.library = library;
        if (at(TokenKind::LeftBrace)) {
            advance();
            while (!at(TokenKind::RightBrace)) {
                place_comments(data.children, tok());
                Annotations pa;
                if (!parse_annotations(pa)) return false;
                if (!is_name_token()) return expected("a parameter (name = \"value\") or '}'");
                AstNode param = AstNode::rng("param", tok().line, tok().offset);
                param.attributes.push_back({"", "", "name", std::string(name())});
                advance();
                if (!expect(TokenKind::Equals, "'=' after the parameter's name")) return false;
                std::string value;
                if (!parse_literal(value, "a literal (the parameter's value)")) return false;
                param.children.push_back(AstNode::text(std::move(value), param.line));
                apply_annotations(pa, std::move(param), data.children);
            }
            place_comments(data.children, tok());
            advance();
        }
        if (at(TokenKind::Minus)) {
            except = tok().offset;
            AstNode ex = AstNode::rng("except", tok().line, tok().offset);
            advance();
            Annotations ea;
            if (!parse_annotations(ea)) return false;
            std::optional<std::size_t> inner;
            std::vector<AstNode> operand;
            if (!parse_primary(ea, operand, inner)) return false;
            if (inner) return except_needs_parentheses(*inner);
            ex.children = flatten_choice(std::move(operand));
            data.children.push_back(std::move(ex));
        }
        apply_annotations(a, std::move(data), out);
        return true;
    }

    // The content of an except: a lone choice without annotations gives its alternatives
    // directly (an except is a choice already), as trang writes it.
    static std::vector<AstNode> flatten_choice(std::vector<AstNode> nodes) {
        if (nodes.size() == 1 && nodes[0].kind == AstNode::Kind::Rng && nodes[0].name == "choice" &&
            !nodes[0].annotated)
            return std::move(nodes[0].children);
        return nodes;
    }

    // The content of an element (after its name class), define, repetition, list or mixed: a
    // lone group without annotations gives its members directly (the content is a group
    // already), as trang writes it.
    static void unwrap_group(AstNode& node, std::size_t first) {
        std::size_t group = node.children.size();
        for (std::size_t i = first; i < node.children.size(); ++i) {
            const AstNode& c = node.children[i];
            if (c.kind == AstNode::Kind::Comment) continue;
            if (group != node.children.size() || c.kind != AstNode::Kind::Rng || c.name != "group" ||
                c.annotated)
                return;
            group = i;
        }
        if (group == node.children.size()) return;
        std::vector<AstNode> members = std::move(node.children[group].children);
        node.children.erase(node.children.begin() + static_cast<std::ptrdiff_t>(group));
        node.children.insert(node.children.begin() + static_cast<std::ptrdiff_t>(group),
                             std::make_move_iterator(members.begin()),
                             std::make_move_iterator(members.end()));
    }

    // ---- name classes ----

    // A name class; paren: the annotations of the parentheses around it, or null.
    bool parse_name_class(bool is_element, int context, Annotations* paren,
                          std::vector<AstNode>& out) {
        Depth depth(*this);
        if (!depth.ok()) return false;
        Annotations a;
        if (!parse_annotations(a)) return false;
        std::vector<AstNode> first;
        std::uint32_t line = tok().line, offset = tok().offset;
        if (at(TokenKind::Star) || at(TokenKind::NsName)) {
            AstNode node;
            if (!parse_open_name_class(context, node)) return false;
            if (at(TokenKind::Minus)) {
                bool any = node.name == "anyName";
                AstNode ex = AstNode::rng("except", tok().line, tok().offset);
                advance();
                std::vector<AstNode> inner;
                if (!parse_basic_name_class(
                        is_element, context | (any ? k_in_any_name_except : k_in_ns_name_except),
                        inner))
                    return false;
                ex.children = flatten_choice(std::move(inner));
                node.children.push_back(std::move(ex));
                apply_annotations(a, std::move(node), first);
                if (!parse_follow_annotations(first)) return false;
                if (at(TokenKind::Pipe))
                    return fail("a name class with '-' (except) must be in parentheses to be "
                                "combined with '|'");
                if (at(TokenKind::Minus))
                    return fail("an except inside an except must be in parentheses");
                return finish_name_class(paren, std::move(first), line, offset, out);
            }
            apply_annotations(a, std::move(node), first);
        } else if (!parse_primary_name_class(is_element, context, a, first)) {
            return false;
        }
        if (!parse_follow_annotations(first)) return false;
        if (!at(TokenKind::Pipe)) return finish_name_class(paren, std::move(first), line, offset, out);
        AstNode choice = AstNode::rng("choice", line, offset);
        choice.children = std::move(first);
        while (at(TokenKind::Pipe)) {
            advance();
            if (!parse_basic_name_class(is_element, context, choice.children)) return false;
            if (!parse_follow_annotations(choice.children)) return false;
        }
        if (at(TokenKind::Minus))
            return fail("a name class with '-' (except) must be in parentheses to be combined "
                        "with '|'");
        if (paren && !paren->empty())
            apply_annotations(*paren, std::move(choice), out);
        else
            out.push_back(std::move(choice));
        return true;
    }

    // applyAnnotationsChoice: the annotations of parentheses around a name class that is not a
    // choice are kept on a choice of one.
    bool finish_name_class(Annotations* paren, std::vector<AstNode> nodes, std::uint32_t line,
                           std::uint32_t offset, std::vector<AstNode>& out) {
        if (paren && !paren->empty()) {
            AstNode choice = AstNode::rng("choice", line, offset);
            choice.children = std::move(nodes);
            apply_annotations(*paren, std::move(choice), out);
        } else {
            for (auto& n : nodes) out.push_back(std::move(n));
        }
        return true;
    }

    // "*" or prefix:* (without except), checked against the except it is in.
    bool parse_open_name_class(int context, AstNode& node) {
        if (at(TokenKind::Star)) {
            if (context & k_in_ns_name_except)
                return fail("an except of prefix:* cannot contain '*'");
            if (context & k_in_any_name_except)
                return fail("an except of '*' cannot contain '*'");
            node = AstNode::rng("anyName", tok().line, tok().offset);
        } else {
            if (context & k_in_ns_name_except)
                return fail("an except of prefix:* cannot contain another prefix:*");
            std::string_view s = name();
            node = AstNode::rng("nsName", tok().line, tok().offset);
            if (!lookup_namespace(s.substr(0, s.size() - 2), tok().offset, node.target))
                return false;
        }
        advance();
        return true;
    }

    // annotations (name | prefix:name | "(" nameClass ")" | prefix:* | "*")
    bool parse_basic_name_class(bool is_element, int context, std::vector<AstNode>& out) {
        Annotations a;
        if (!parse_annotations(a)) return false;
        if (at(TokenKind::Star) || at(TokenKind::NsName)) {
            AstNode node;
            if (!parse_open_name_class(context, node)) return false;
            apply_annotations(a, std::move(node), out);
            return true;
        }
        return parse_primary_name_class(is_element, context, a, out);
    }

    bool parse_primary_name_class(bool is_element, int context, Annotations& a,
                                  std::vector<AstNode>& out) {
        if (at(TokenKind::LeftParen)) {
            advance();
            if (!parse_name_class(is_element, context, &a, out)) return false;
            return expect(TokenKind::RightParen, "')'");
        }
        AstNode node = AstNode::rng("name", tok().line, tok().offset);
        if (at(TokenKind::CName)) {
            auto [prefix, local] = split_cname();
            if (!lookup_namespace(prefix, tok().offset, node.target)) return false;
            node.children.push_back(AstNode::text(std::string(local), tok().line));
        } else if (is_name_token()) {
            // An unprefixed name: the default namespace for an element, none for an attribute.
            node.target = is_element ? m_schema.default_namespace : NamespaceRef::of("");
            node.children.push_back(AstNode::text(std::string(name()), tok().line));
        } else {
            return expected("a name class (a name, prefix:*, '*' or '(')");
        }
        advance();
        apply_annotations(a, std::move(node), out);
        return true;
    }

    const CompactSource& m_source;
    const std::vector<Token>& m_tokens;
    const std::vector<Comment>& m_comments;
    const std::vector<std::string>& m_strings;
    std::size_t m_pos = 0;
    std::uint32_t m_placed = 0; // comments placed in the tree so far
    int m_depth = 0;
    std::optional<Diagnostic> m_error;
    CompactSchema m_schema;
    std::unordered_map<std::string, NamespaceRef> m_namespaces;
    std::unordered_map<std::string, std::string> m_datatypes;
    bool m_default_declared = false;
};

} // namespace

Result<CompactSchema> parse_compact(const CompactSource& source, const Tokens& tokens) {
    return Parser(source, tokens).run();
}

} // namespace teipress::validate::relaxng
