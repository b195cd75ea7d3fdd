#include "validate/relaxng/compact_parser.h"

#include <optional>
#include <set>
#include <unordered_map>

namespace teipress::validate::relaxng {

namespace {

constexpr std::string_view k_xml_ns = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view k_xmlns_ns = "http://www.w3.org/2000/xmlns";
constexpr std::string_view k_xsd_datatypes = "http://www.w3.org/2001/XMLSchema-datatypes";
constexpr std::string_view k_rng_ns = "http://relaxng.org/ns/structure/1.0";
constexpr std::string_view k_annotations_ns = "http://relaxng.org/ns/compatibility/annotations/1.0";

// Name-class contexts that restrict what an except may hold (RELAX NG section 4.16).
constexpr int k_in_any_name_except = 1;
constexpr int k_in_ns_name_except = 2;

// Initial annotations: attributes for the annotated element, and elements (documentation
// first) for its first children.
struct Annotations {
    std::uint32_t first_attribute = k_no_node;
    std::uint32_t last_attribute = k_no_node;
    NodeList elements;
    bool empty() const { return first_attribute == k_no_node && elements.empty(); }
};

// Whether a RELAX NG element of this name may hold annotation elements (value, param and name
// hold only a string: their annotation elements follow them instead).
bool holds_elements(std::string_view rng_name) {
    return rng_name != "value" && rng_name != "param" && rng_name != "name";
}

// An absolute URI without a fragment, or "" (RELAX NG section 3, datatypeLibrary).
bool is_datatypes_uri(std::string_view s) {
    if (s.empty()) return true;
    if (s.find('#') != std::string_view::npos) return false;
    auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!letter(s[0])) return false;
    for (std::size_t i = 1; i < colon; ++i) {
        char c = s[i];
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
    }
    return true;
}

std::string str(std::string_view s) {
    return std::string(s);
}

class Parser {
  public:
    Parser(std::shared_ptr<const CompactSource> source, const Tokens& tokens)
        : m_source(*source), m_text(source->text()), m_tokens(tokens.tokens), m_comments(tokens.comments),
          m_strings(tokens.strings) {
        m_schema.source = std::move(source);
    }

    Result<CompactSchema> run() {
        if (!parse_top()) return *m_error;
        return std::move(m_schema);
    }

  private:
    // ---- tokens, errors, nodes, comments ----

    const Token& tok() const { return m_tokens[m_pos]; }
    const Token& peek() const { return m_tokens[std::min(m_pos + 1, m_tokens.size() - 1)]; }
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

    Ast& ast() { return m_schema.ast; }
    AstNode& node(NodeId id) { return m_schema.ast[id]; }

    // A new RELAX NG element at the current token.
    NodeId rng(std::string_view local) {
        AstNode n;
        n.name = local;
        n.line = tok().line;
        n.offset = tok().offset;
        return ast().add(n);
    }
    NodeId text_node(AstNode::Kind kind, std::string_view text, std::uint32_t line) {
        AstNode n;
        n.kind = kind;
        n.text = text;
        n.line = line;
        return ast().add(n);
    }
    void add_attribute(NodeId n, std::string_view local, std::string_view value) {
        ast().add_attribute(n, AstAttribute{{}, {}, local, value});
    }

    // Appends to into the comments not yet placed that come before the token `upto`.
    void place_comments(NodeList& into, const Token& upto) {
        for (; m_placed < upto.comments_last; ++m_placed) {
            const Comment& c = m_comments[m_placed];
            ast().append(into, text_node(AstNode::Kind::Comment, ast().keep(c.text), c.line));
        }
    }

    // Guards one level of nesting.
    struct Depth {
        explicit Depth(Parser& p) : m_p(p) { ++m_p.m_depth; }
        ~Depth() { --m_p.m_depth; }
        bool ok() {
            if (m_p.m_depth <= k_max_compact_nesting) return true;
            return m_p.fail("nesting deeper than " + std::to_string(k_max_compact_nesting) + " levels");
        }
        Parser& m_p;
    };

    // ---- names and literals ----

    bool is_name_token() const {
        return at(TokenKind::Identifier) || at(TokenKind::Keyword) || at(TokenKind::EscapedIdentifier);
    }

    // literal ("~" literal)*: a view of the text, or of a string the tree keeps when joined.
    bool parse_literal(std::string_view& out, const char* what) {
        if (!at(TokenKind::Literal)) return expected(what);
        out = literal_value(m_source, tok());
        advance();
        if (!at(TokenKind::Tilde)) return true;
        std::string joined(out);
        while (at(TokenKind::Tilde)) {
            advance();
            if (!at(TokenKind::Literal)) return expected("a literal after '~'");
            joined.append(literal_value(m_source, tok()));
            advance();
        }
        out = ast().keep(std::move(joined));
        return true;
    }

    // The namespace bound to prefix (the token at offset, for the message).
    bool lookup_namespace(std::string_view prefix, std::size_t offset, NamespaceRef& out) {
        if (prefix == "xml") {
            out = NamespaceRef::of(k_xml_ns);
            return true;
        }
        auto it = m_namespaces.find(prefix);
        if (it == m_namespaces.end())
            return fail_at(offset, "undeclared namespace prefix \"" + str(prefix) + "\" (declare it: namespace " +
                                       str(prefix) + " = \"URI\")");
        out = it->second;
        return true;
    }

    bool lookup_datatypes(std::string_view prefix, std::size_t offset, std::string_view& out) {
        auto it = m_datatypes.find(prefix);
        if (it != m_datatypes.end()) {
            out = it->second;
            return true;
        }
        if (prefix == "xsd") {
            out = k_xsd_datatypes;
            return true;
        }
        return fail_at(offset, "undeclared datatypes prefix \"" + str(prefix) + "\" (declare it: datatypes " +
                                   str(prefix) + " = \"URI\")");
    }

    // A CName token's prefix and local part.
    std::pair<std::string_view, std::string_view> split_cname() const {
        std::string_view s = name();
        auto colon = s.find(':');
        return {s.substr(0, colon), s.substr(colon + 1)};
    }

    // ---- declarations ----

    bool parse_top() {
        while (at_keyword(Keyword::Namespace) || at_keyword(Keyword::Default) || at_keyword(Keyword::Datatypes)) {
            place_comments(m_schema.before, tok());
            if (!parse_declaration()) return false;
        }
        m_schema.annotations_prefix = annotations_prefix();
        if (top_level_is_grammar()) {
            // The grammar a file of definitions stands for begins with the file.
            AstNode g;
            g.name = "grammar";
            NodeId grammar = ast().add(g);
            if (!parse_grammar_body(grammar, false, TokenKind::End)) return false;
            m_schema.root = grammar;
            return true;
        }
        NodeList elements;
        if (!parse_pattern(nullptr, elements)) return false;
        if (!at(TokenKind::End)) return fail("unexpected " + found() + " after the pattern");
        place_comments(elements, tok());
        // Constraint "single element": annotations after a top-level pattern would make the
        // translation a sequence of elements.
        for (NodeId id = elements.first, next; id != k_no_node; id = next) {
            next = node(id).next;
            if (node(id).kind == AstNode::Kind::Comment) {
                // Comments after the root go inside it: libxml2 takes a comment after a root
                // that is not a grammar for a second pattern.
                if (m_schema.root == k_no_node)
                    ast().append(m_schema.before, id);
                else if (holds_elements(node(m_schema.root).name))
                    ast().append(node(m_schema.root).children, id);
                else
                    ast().append(m_schema.after, id);
            } else if (m_schema.root == k_no_node) {
                m_schema.root = id;
                node(id).next = k_no_node;
            } else {
                return fail_at(node(id).offset,
                               "a schema that is one pattern must translate to one element; this "
                               "annotation would follow it (put the pattern and its annotation in "
                               "parentheses)");
            }
        }
        return true;
    }

    bool parse_declaration() {
        const Token& first = tok();
        if (at_keyword(Keyword::Datatypes)) {
            advance();
            if (!is_name_token()) return expected("a prefix after \"datatypes\"");
            std::string_view prefix = name();
            std::size_t prefix_offset = tok().offset;
            advance();
            if (!expect(TokenKind::Equals, "'='")) return false;
            std::string_view uri;
            std::size_t uri_offset = tok().offset;
            if (!parse_literal(uri, "a literal (the datatype library URI)")) return false;
            if (m_datatypes.count(prefix))
                return fail_at(prefix_offset, "datatypes prefix \"" + str(prefix) + "\" is declared twice");
            if (prefix == "xsd" && uri != k_xsd_datatypes)
                return fail_at(prefix_offset,
                               "the datatypes prefix \"xsd\" can only be bound to " + str(k_xsd_datatypes));
            if (!is_datatypes_uri(uri))
                return fail_at(uri_offset, "\"" + str(uri) +
                                               "\" is not a datatype library URI (an "
                                               "absolute URI without a fragment, or \"\")");
            m_datatypes.emplace(prefix, uri);
            return true;
        }
        bool is_default = at_keyword(Keyword::Default);
        advance();
        if (is_default) {
            if (!at_keyword(Keyword::Namespace)) return expected("\"namespace\" after \"default\"");
            advance();
        }
        std::optional<std::string_view> prefix;
        std::size_t prefix_offset = tok().offset;
        if (is_name_token()) {
            prefix = name();
            advance();
        } else if (!is_default) {
            return expected("a prefix after \"namespace\"");
        }
        if (!expect(TokenKind::Equals, "'='")) return false;
        NamespaceRef ns;
        if (at_keyword(Keyword::Inherit)) {
            advance();
        } else {
            std::string_view uri;
            if (!parse_literal(uri, "a literal (the namespace URI) or \"inherit\"")) return false;
            ns = NamespaceRef::of(uri);
        }
        if (is_default) {
            if (m_default_declared) return fail_at(first.offset, "the default namespace is declared twice");
            m_default_declared = true;
            if (!ns.inherit && ns.uri == k_xml_ns)
                return fail_at(first.offset, "the namespace " + str(k_xml_ns) + " cannot be the default namespace");
            m_schema.default_namespace = ns;
        }
        if (prefix) return declare_prefix(*prefix, prefix_offset, ns);
        return true;
    }

    bool declare_prefix(std::string_view prefix, std::size_t offset, const NamespaceRef& ns) {
        if (prefix == "xmlns") return fail_at(offset, "the prefix \"xmlns\" cannot be declared");
        bool is_xml_uri = !ns.inherit && ns.uri == k_xml_ns;
        if (prefix == "xml" && !is_xml_uri)
            return fail_at(offset,
                           "the prefix \"xml\" is bound to " + str(k_xml_ns) + " and cannot be bound to anything else");
        if (prefix != "xml" && is_xml_uri)
            return fail_at(offset, "the namespace " + str(k_xml_ns) + " can only have the prefix \"xml\"");
        if (!m_namespaces.emplace(prefix, ns).second)
            return fail_at(offset, "namespace prefix \"" + str(prefix) + "\" is declared twice");
        if (prefix != "xml" && !ns.inherit && !ns.uri.empty()) m_schema.namespaces.emplace_back(prefix, ns.uri);
        return true;
    }

    // The prefix of a:documentation: one declared for the annotations namespace, else "a"
    // (or "aa", "aaa"… when "a" is taken).
    std::string_view annotations_prefix() {
        for (const auto& [prefix, uri] : m_schema.namespaces)
            if (uri == k_annotations_ns) return prefix;
        std::string p = "a";
        while (m_namespaces.count(p)) p += 'a';
        return ast().keep(std::move(p));
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
        bool assign = next.kind == TokenKind::Equals || next.kind == TokenKind::ChoiceAssign ||
                      next.kind == TokenKind::InterleaveAssign;
        switch (t.kind) {
        case TokenKind::End: return true;
        case TokenKind::Keyword:
            // A keyword before '=' is a definition that forgot its '\' (reported as such).
            return t.keyword == Keyword::Start || t.keyword == Keyword::Div || t.keyword == Keyword::Include || assign;
        case TokenKind::Identifier:
        case TokenKind::EscapedIdentifier: return assign || (!annotated && next.kind == TokenKind::LeftBracket);
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
            NodeId id = ast().add(doc);
            const std::string& text = m_strings[tok().string_index];
            if (!text.empty())
                ast().append(node(id).children, text_node(AstNode::Kind::Text, ast().keep(text), tok().line));
            ast().append(a.elements, id);
            advance();
        }
        if (!at(TokenKind::LeftBracket)) return true;
        advance();
        std::set<std::pair<std::string_view, std::string_view>> seen;
        while (at(TokenKind::CName) && peek().kind == TokenKind::Equals) {
            if (!parse_annotation_attribute(false, a.first_attribute, a.last_attribute, seen)) return false;
        }
        while (!at(TokenKind::RightBracket)) {
            if (is_name_token() && peek().kind == TokenKind::Equals)
                return fail("an annotation attribute needs a prefixed name (prefix:" + str(name()) +
                            "); attributes come before elements");
            if (!is_name_token() && !at(TokenKind::CName))
                return expected(
                    "an annotation attribute (prefix:name = \"value\"), an annotation "
                    "element (name [ … ]) or ']'");
            if (!parse_annotation_element(false, a.elements)) return false;
        }
        advance();
        return true;
    }

    // name "=" literal, appended to the attribute list [first, last]; nested: inside an
    // annotation element (unprefixed names allowed).
    bool parse_annotation_attribute(bool nested, std::uint32_t& first, std::uint32_t& last,
                                    std::set<std::pair<std::string_view, std::string_view>>& seen) {
        AstAttribute attr;
        std::size_t offset = tok().offset;
        std::string_view written = name();
        if (at(TokenKind::CName)) {
            auto [prefix, local] = split_cname();
            NamespaceRef ns;
            if (!lookup_namespace(prefix, offset, ns)) return false;
            if (ns.inherit)
                return fail_at(offset, "annotation attribute \"" + str(written) +
                                           "\": the namespace "
                                           "of an annotation cannot be inherit");
            if (ns.uri.empty() && !nested)
                return fail_at(offset, "annotation attribute \"" + str(written) +
                                           "\" must be in a "
                                           "namespace (its prefix is bound to \"\")");
            if (ns.uri == k_rng_ns && !nested)
                return fail_at(offset, "annotation attribute \"" + str(written) +
                                           "\" cannot be in "
                                           "the RELAX NG namespace");
            if (ns.uri == k_xmlns_ns)
                return fail_at(offset, "annotation attribute \"" + str(written) +
                                           "\" cannot be in "
                                           "the xmlns namespace");
            attr.ns = ns.uri;
            if (!ns.uri.empty()) attr.prefix = prefix;
            attr.local = local;
        } else {
            attr.local = written;
            if (attr.local == "xmlns") return fail_at(offset, "\"xmlns\" cannot be an annotation attribute");
        }
        if (!seen.emplace(attr.ns, attr.local).second)
            return fail_at(offset, "duplicate annotation attribute \"" + str(written) + "\"");
        advance();
        if (!expect(TokenKind::Equals, "'='")) return false;
        if (!parse_literal(attr.value, "a literal (the attribute's value)")) return false;
        ast().append_attribute(first, last, attr);
        return true;
    }

    // name "[" attribute* (literal ("~" literal)* | element)* "]"
    bool parse_annotation_element(bool nested, NodeList& out) {
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
                return fail("annotation element \"" + str(name()) +
                            "\": the namespace of an annotation cannot be inherit");
            if (ns.uri == k_rng_ns && !nested)
                return fail("annotation element \"" + str(name()) + "\" cannot be in the RELAX NG namespace");
            e.ns = ns.uri;
            if (!ns.uri.empty()) e.prefix = prefix;
            e.name = local;
        } else if (is_name_token()) {
            e.name = name();
        } else {
            return expected("an annotation element name");
        }
        NodeId id = ast().add(e);
        advance();
        if (!expect(TokenKind::LeftBracket, "'[' after the annotation element's name")) return false;
        std::set<std::pair<std::string_view, std::string_view>> seen;
        while ((is_name_token() || at(TokenKind::CName)) && peek().kind == TokenKind::Equals) {
            std::uint32_t first = node(id).first_attribute, last = node(id).last_attribute;
            if (!parse_annotation_attribute(true, first, last, seen)) return false;
            node(id).first_attribute = first;
            node(id).last_attribute = last;
        }
        // Literals side by side are one text (a view of the schema while there is one).
        NodeList content;
        std::string_view run;
        std::string joined;
        bool in_run = false, owned = false;
        std::uint32_t run_line = 0;
        auto flush = [&] {
            if (in_run && !run.empty())
                ast().append(content,
                             text_node(AstNode::Kind::Text, owned ? ast().keep(std::move(joined)) : run, run_line));
            in_run = owned = false;
        };
        for (;;) {
            if (tok().comments_last > m_placed) flush();
            place_comments(content, tok());
            if (at(TokenKind::Literal)) {
                std::uint32_t line = tok().line;
                std::string_view text;
                if (!parse_literal(text, "a literal")) return false;
                if (!in_run) {
                    in_run = true;
                    run = text;
                    run_line = line;
                } else {
                    if (!owned) joined.assign(run);
                    owned = true;
                    joined.append(text);
                    run = joined;
                }
            } else if ((is_name_token() || at(TokenKind::CName)) && peek().kind == TokenKind::LeftBracket) {
                flush();
                if (!parse_annotation_element(true, content)) return false;
            } else {
                break;
            }
        }
        flush();
        node(id).children = content;
        if (!at(TokenKind::RightBracket)) {
            if ((is_name_token() || at(TokenKind::CName)) && peek().kind == TokenKind::Equals)
                return fail("the attributes of an annotation element come before its content");
            return expected("a literal, an annotation element or ']'");
        }
        advance();
        ast().append(out, id);
        return true;
    }

    // applyAnnotations: attributes onto the node; elements as its first children, or after it
    // when it holds only a string (value, param, name). Appends the result to out.
    void apply_annotations(Annotations& a, NodeId id, NodeList& out) {
        if (!a.empty()) node(id).annotated = true;
        ast().append_attributes(id, a.first_attribute, a.last_attribute);
        a.first_attribute = a.last_attribute = k_no_node;
        ast().append(out, id);
        if (a.elements.empty()) return;
        if (holds_elements(node(id).name)) {
            NodeList children = a.elements;
            ast().append(children, node(id).children);
            node(id).children = children;
        } else {
            ast().append(out, a.elements);
        }
        a.elements = NodeList{};
    }

    // annotation elements after ">>", appended to out.
    bool parse_follow_annotations(NodeList& out) {
        while (at(TokenKind::Follow)) {
            advance();
            if (!is_name_token() && !at(TokenKind::CName)) return expected("an annotation element after '>>'");
            if (!parse_annotation_element(false, out)) return false;
        }
        return true;
    }

    // ---- grammar content ----

    // (annotationElement | annotations component)* up to closer (not consumed) into the
    // children of container; include: inside include {…}.
    bool parse_grammar_body(NodeId container, bool include, TokenKind closer) {
        Depth depth(*this);
        if (!depth.ok()) return false;
        NodeList body;
        for (;;) {
            place_comments(body, tok());
            if (at(closer)) break;
            if ((at(TokenKind::Identifier) || at(TokenKind::EscapedIdentifier) || at(TokenKind::CName)) &&
                peek().kind == TokenKind::LeftBracket) {
                if (!parse_annotation_element(false, body)) return false;
                continue;
            }
            std::size_t annotations_offset = tok().offset;
            Annotations a;
            if (!parse_annotations(a)) return false;
            if (at(closer))
                return fail_at(annotations_offset,
                               "this annotation is followed by no definition, \"start\", "
                               "\"div\" or \"include\" to annotate");
            NodeId component = k_no_node;
            if (at_keyword(Keyword::Start) || at(TokenKind::Identifier) || at(TokenKind::EscapedIdentifier)) {
                if (!parse_definition(component)) return false;
            } else if (at_keyword(Keyword::Div)) {
                component = rng("div");
                advance();
                if (!expect(TokenKind::LeftBrace, "'{' after \"div\"")) return false;
                if (!parse_grammar_body(component, include, TokenKind::RightBrace)) return false;
                advance();
            } else if (at_keyword(Keyword::Include) && !include) {
                if (!parse_include(component)) return false;
            } else if (at_keyword(Keyword::Include)) {
                return fail("an include cannot be inside the body of an include");
            } else if (at(TokenKind::Keyword) &&
                       (peek().kind == TokenKind::Equals || peek().kind == TokenKind::ChoiceAssign ||
                        peek().kind == TokenKind::InterleaveAssign)) {
                return fail("\"" + str(name()) +
                            "\" is a keyword: a definition of that name is "
                            "written \\" +
                            str(name()));
            } else if (at(TokenKind::RightBrace) || at(TokenKind::End)) {
                return expected(closer == TokenKind::End ? std::string("end of file") : std::string("'}'"));
            } else {
                return expected(std::string("a definition (name = pattern), \"start\", \"div\"") +
                                (include ? "" : ", \"include\"") + " or an annotation element");
            }
            apply_annotations(a, component, body);
        }
        ast().append(node(container).children, body);
        return true;
    }

    // "start" assignOp pattern | identifier assignOp pattern
    bool parse_definition(NodeId& out) {
        bool start = at_keyword(Keyword::Start);
        NodeId def = rng(start ? "start" : "define");
        if (!start) add_attribute(def, "name", name());
        advance();
        if (at(TokenKind::ChoiceAssign))
            add_attribute(def, "combine", "choice");
        else if (at(TokenKind::InterleaveAssign))
            add_attribute(def, "combine", "interleave");
        else if (!at(TokenKind::Equals))
            return expected(start ? "'=', '|=' or '&=' after \"start\""
                                  : "'=', '|=' or '&=' after the name of a definition");
        advance();
        NodeList body;
        if (!parse_pattern(nullptr, body)) return false;
        if (!start) unwrap_group(body);
        node(def).children = body;
        out = def;
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

    bool parse_href(std::string_view& href) {
        std::size_t offset = tok().offset;
        if (!parse_literal(href, "a literal (the schema's URI)")) return false;
        if (href.find('#') != std::string_view::npos)
            return fail_at(offset,
                           "the URI of an include or external must not have a fragment "
                           "identifier (#…)");
        return true;
    }

    // "include" literal inherit? ("{" includeContent* "}")?
    bool parse_include(NodeId& out) {
        NodeId inc = rng("include");
        advance();
        std::string_view href;
        if (!parse_href(href)) return false;
        add_attribute(inc, "href", href);
        NamespaceRef target;
        if (!parse_inherit(target)) return false;
        node(inc).target = target;
        if (at(TokenKind::LeftBrace)) {
            advance();
            if (!parse_grammar_body(inc, true, TokenKind::RightBrace)) return false;
            advance();
        }
        out = inc;
        return true;
    }

    // ---- patterns ----

    // The first RELAX NG element of list (its pattern; the others are annotations, comments).
    NodeId first_rng(const NodeList& list) {
        for (NodeId id = list.first; id != k_no_node; id = node(id).next)
            if (node(id).kind == AstNode::Kind::Rng) return id;
        return k_no_node;
    }

    // A pattern: particles joined by one kind of operator, appended to out. paren: the initial
    // annotations of the parentheses around it (applied to the whole), or null.
    bool parse_pattern(Annotations* paren, NodeList& out) {
        Depth depth(*this);
        if (!depth.ok()) return false;
        std::uint32_t line = tok().line, offset = tok().offset;
        NodeList first;
        bool repeated = false;
        std::optional<std::size_t> except;
        if (!parse_particle(first, repeated, except)) return false;
        TokenKind op = tok().kind;
        if (op != TokenKind::Pipe && op != TokenKind::Ampersand && op != TokenKind::Comma) {
            if (!paren || paren->empty()) {
                ast().append(out, first);
            } else if (repeated) {
                // [a] (p*): the annotations go on the repetition itself.
                NodeId rep = first_rng(first);
                Annotations& a = *paren;
                node(rep).annotated = true;
                ast().append_attributes(rep, a.first_attribute, a.last_attribute);
                NodeList children = a.elements;
                ast().append(children, node(rep).children);
                node(rep).children = children;
                a = Annotations{};
                ast().append(out, first);
            } else {
                NodeId group = ast().add(AstNode{});
                node(group).name = "group";
                node(group).line = line;
                node(group).offset = offset;
                node(group).children = first;
                apply_annotations(*paren, group, out);
            }
            return true;
        }
        if (except) return except_needs_parentheses(*except);
        NodeId combined = ast().add(AstNode{});
        node(combined).name = op == TokenKind::Pipe ? "choice" : op == TokenKind::Ampersand ? "interleave" : "group";
        node(combined).line = line;
        node(combined).offset = offset;
        NodeList members = first;
        while (at(op)) {
            advance();
            bool r = false;
            std::optional<std::size_t> ex;
            if (!parse_particle(members, r, ex)) return false;
            if (ex) return except_needs_parentheses(*ex);
        }
        node(combined).children = members;
        if (at(TokenKind::Pipe) || at(TokenKind::Ampersand) || at(TokenKind::Comma))
            return fail("'" + str(token_name(m_source, tok())) + "' cannot follow '" +
                        (op == TokenKind::Pipe        ? "|"
                         : op == TokenKind::Ampersand ? "&"
                                                      : ",") +
                        "' without parentheses: the compact syntax has no operator precedence");
        if (paren && !paren->empty())
            apply_annotations(*paren, combined, out);
        else
            ast().append(out, combined);
        return true;
    }

    bool except_needs_parentheses(std::size_t offset) {
        return fail_at(offset,
                       "a datatype with '-' (except) must be in parentheses when it is "
                       "repeated or combined with other patterns");
    }

    // annotatedPrimary ("*" | "+" | "?")? followAnnotations, appended to out. repeated: whether
    // it is repeated; except: where the '-' of a datatype except is, when the primary is one.
    bool parse_particle(NodeList& out, bool& repeated, std::optional<std::size_t>& except) {
        NodeList primary;
        if (!parse_annotated_primary(primary, except)) return false;
        const char* kind = at(TokenKind::Star)       ? "zeroOrMore"
                           : at(TokenKind::Plus)     ? "oneOrMore"
                           : at(TokenKind::Question) ? "optional"
                                                     : nullptr;
        if (!kind) {
            ast().append(out, primary);
            return true;
        }
        if (except) return except_needs_parentheses(*except);
        NodeId pattern = first_rng(primary);
        AstNode r;
        r.name = kind;
        r.line = pattern != k_no_node ? node(pattern).line : tok().line;
        r.offset = pattern != k_no_node ? node(pattern).offset : tok().offset;
        NodeId rep = ast().add(r);
        unwrap_group(primary);
        node(rep).children = primary;
        advance();
        repeated = true;
        ast().append(out, rep);
        return parse_follow_annotations(out);
    }

    // annotations primary followAnnotations
    bool parse_annotated_primary(NodeList& out, std::optional<std::size_t>& except) {
        place_comments(out, tok());
        Annotations a;
        if (!parse_annotations(a)) return false;
        if (!parse_primary(a, out, except)) return false;
        return parse_follow_annotations(out);
    }

    bool parse_primary(Annotations& a, NodeList& out, std::optional<std::size_t>& except) {
        const Token& t = tok();
        switch (t.kind) {
        case TokenKind::Keyword:
            switch (t.keyword) {
            case Keyword::Element:
            case Keyword::Attribute: return parse_element_or_attribute(a, out);
            case Keyword::List:
            case Keyword::Mixed: {
                NodeId n = rng(t.keyword == Keyword::List ? "list" : "mixed");
                advance();
                NodeList body;
                if (!parse_braced_pattern(body)) return false;
                unwrap_group(body);
                node(n).children = body;
                apply_annotations(a, n, out);
                return true;
            }
            case Keyword::Grammar: {
                NodeId n = rng("grammar");
                advance();
                if (!expect(TokenKind::LeftBrace, "'{' after \"grammar\"")) return false;
                if (!parse_grammar_body(n, false, TokenKind::RightBrace)) return false;
                advance();
                apply_annotations(a, n, out);
                return true;
            }
            case Keyword::External: {
                NodeId n = rng("externalRef");
                advance();
                std::string_view href;
                if (!parse_href(href)) return false;
                add_attribute(n, "href", href);
                NamespaceRef target;
                if (!parse_inherit(target)) return false;
                node(n).target = target;
                apply_annotations(a, n, out);
                return true;
            }
            case Keyword::Parent: {
                NodeId n = rng("parentRef");
                advance();
                if (!at(TokenKind::Identifier) && !at(TokenKind::EscapedIdentifier))
                    return expected("the name of a definition after \"parent\"");
                add_attribute(n, "name", name());
                advance();
                apply_annotations(a, n, out);
                return true;
            }
            case Keyword::Empty:
            case Keyword::Text:
            case Keyword::NotAllowed: {
                NodeId n = rng(keyword_text(t.keyword));
                advance();
                apply_annotations(a, n, out);
                return true;
            }
            case Keyword::String:
            case Keyword::Token: return parse_datatype(a, out, except);
            default:
                return fail("expected a pattern, found " + found() +
                            (t.keyword == Keyword::Start || t.keyword == Keyword::Div || t.keyword == Keyword::Include
                                 ? " (grammar content cannot be inside a pattern; is a '}' or "
                                   "')' missing?)"
                                 : " (a keyword used as a name is written \\" + str(keyword_text(t.keyword)) + ")"));
            }
        case TokenKind::CName: return parse_datatype(a, out, except);
        case TokenKind::Literal: {
            NodeId n = rng("value");
            std::string_view value;
            if (!parse_literal(value, "a literal")) return false;
            node(n).text = value;
            apply_annotations(a, n, out);
            return true;
        }
        case TokenKind::Identifier:
        case TokenKind::EscapedIdentifier: {
            NodeId n = rng("ref");
            add_attribute(n, "name", name());
            advance();
            apply_annotations(a, n, out);
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
    bool parse_braced_pattern(NodeList& out) {
        if (!expect(TokenKind::LeftBrace, "'{'")) return false;
        if (!parse_pattern(nullptr, out)) return false;
        place_comments(out, tok());
        return expect(TokenKind::RightBrace, "'}'");
    }

    bool parse_element_or_attribute(Annotations& a, NodeList& out) {
        bool is_element = at_keyword(Keyword::Element);
        NodeId n = rng(is_element ? "element" : "attribute");
        advance();
        NodeList name_class;
        if (!parse_name_class(is_element, 0, nullptr, name_class)) return false;
        const AstNode& first = node(name_class.first);
        node(n).simple_name =
            name_class.first == name_class.last && first.is("name") && first.first_attribute == k_no_node;
        node(n).name_class = name_class.first;
        NodeList body;
        if (!parse_braced_pattern(body)) return false;
        if (is_element) {
            unwrap_group(body);
        } else if (body.first == body.last && node(body.first).is("text") && !node(body.first).annotated &&
                   node(body.first).children.empty()) {
            // attribute x { text }: text is the content of an attribute without a pattern.
            body = NodeList{};
        }
        NodeList children = name_class;
        ast().append(children, body);
        node(n).children = children;
        apply_annotations(a, n, out);
        return true;
    }

    // datatypeName (literal | ("{" param* "}")? ("-" leadAnnotatedPrimary)?)
    bool parse_datatype(Annotations& a, NodeList& out, std::optional<std::size_t>& except) {
        const Token& t = tok();
        std::string_view library, type;
        if (t.kind == TokenKind::CName) {
            auto [prefix, local] = split_cname();
            if (!lookup_datatypes(prefix, t.offset, library)) return false;
            type = local;
        } else {
            type = keyword_text(t.keyword);
        }
        NodeId n = rng("value");
        node(n).has_library = true;
        node(n).library = library;
        add_attribute(n, "type", type);
        advance();
        if (at(TokenKind::Literal)) {
            std::string_view value;
            if (!parse_literal(value, "a literal")) return false;
            node(n).text = value;
            apply_annotations(a, n, out);
            return true;
        }
        node(n).name = "data";
        NodeList children;
        if (at(TokenKind::LeftBrace)) {
            advance();
            while (!at(TokenKind::RightBrace)) {
                place_comments(children, tok());
                Annotations pa;
                if (!parse_annotations(pa)) return false;
                if (!is_name_token()) return expected("a parameter (name = \"value\") or '}'");
                NodeId param = rng("param");
                add_attribute(param, "name", name());
                advance();
                if (!expect(TokenKind::Equals, "'=' after the parameter's name")) return false;
                std::string_view value;
                if (!parse_literal(value, "a literal (the parameter's value)")) return false;
                node(param).text = value;
                apply_annotations(pa, param, children);
            }
            place_comments(children, tok());
            advance();
        }
        if (at(TokenKind::Minus)) {
            except = tok().offset;
            NodeId ex = rng("except");
            advance();
            Annotations ea;
            if (!parse_annotations(ea)) return false;
            std::optional<std::size_t> inner;
            NodeList operand;
            if (!parse_primary(ea, operand, inner)) return false;
            if (inner) return except_needs_parentheses(*inner);
            node(ex).children = flatten_choice(operand);
            ast().append(children, ex);
        }
        node(n).children = children;
        apply_annotations(a, n, out);
        return true;
    }

    // The content of an except: a lone choice without annotations gives its alternatives
    // directly (an except is a choice already), as trang writes it.
    NodeList flatten_choice(NodeList list) {
        if (list.first == list.last && node(list.first).is("choice") && !node(list.first).annotated)
            return node(list.first).children;
        return list;
    }

    // The content of an element (after its name class), define, repetition, list or mixed: a
    // lone group without annotations gives its members directly (the content is a group
    // already), as trang writes it.
    void unwrap_group(NodeList& list) {
        NodeId group = k_no_node, before = k_no_node, prev = k_no_node;
        for (NodeId id = list.first; id != k_no_node; prev = id, id = node(id).next) {
            const AstNode& c = node(id);
            if (c.kind == AstNode::Kind::Comment) continue;
            if (group != k_no_node || !c.is("group") || c.annotated) return;
            group = id;
            before = prev;
        }
        if (group == k_no_node) return;
        NodeList members = node(group).children;
        if (members.empty()) return;
        NodeId after = node(group).next;
        if (before == k_no_node)
            list.first = members.first;
        else
            node(before).next = members.first;
        node(members.last).next = after;
        if (list.last == group) list.last = members.last;
    }

    // ---- name classes ----

    // A name class appended to out; paren: the annotations of the parentheses around it, or
    // null.
    bool parse_name_class(bool is_element, int context, Annotations* paren, NodeList& out) {
        Depth depth(*this);
        if (!depth.ok()) return false;
        Annotations a;
        if (!parse_annotations(a)) return false;
        NodeList first;
        std::uint32_t line = tok().line, offset = tok().offset;
        if (at(TokenKind::Star) || at(TokenKind::NsName)) {
            NodeId open;
            if (!parse_open_name_class(context, open)) return false;
            if (at(TokenKind::Minus)) {
                bool any = node(open).is("anyName");
                NodeId ex = rng("except");
                advance();
                NodeList inner;
                if (!parse_basic_name_class(is_element, context | (any ? k_in_any_name_except : k_in_ns_name_except),
                                            inner))
                    return false;
                node(ex).children = flatten_choice(inner);
                ast().append(node(open).children, ex);
                apply_annotations(a, open, first);
                if (!parse_follow_annotations(first)) return false;
                if (at(TokenKind::Pipe))
                    return fail(
                        "a name class with '-' (except) must be in parentheses to be "
                        "combined with '|'");
                if (at(TokenKind::Minus)) return fail("an except inside an except must be in parentheses");
                finish_name_class(paren, first, line, offset, out);
                return true;
            }
            apply_annotations(a, open, first);
        } else if (!parse_primary_name_class(is_element, context, a, first)) {
            return false;
        }
        if (!parse_follow_annotations(first)) return false;
        if (!at(TokenKind::Pipe)) {
            finish_name_class(paren, first, line, offset, out);
            return true;
        }
        NodeList alternatives = first;
        while (at(TokenKind::Pipe)) {
            advance();
            if (!parse_basic_name_class(is_element, context, alternatives)) return false;
            if (!parse_follow_annotations(alternatives)) return false;
        }
        if (at(TokenKind::Minus))
            return fail(
                "a name class with '-' (except) must be in parentheses to be combined "
                "with '|'");
        AstNode c;
        c.name = "choice";
        c.line = line;
        c.offset = offset;
        c.children = alternatives;
        NodeId choice = ast().add(c);
        if (paren && !paren->empty())
            apply_annotations(*paren, choice, out);
        else
            ast().append(out, choice);
        return true;
    }

    // applyAnnotationsChoice: the annotations of parentheses around a name class that is not a
    // choice are kept on a choice of one.
    void finish_name_class(Annotations* paren, NodeList nodes, std::uint32_t line, std::uint32_t offset,
                           NodeList& out) {
        if (paren && !paren->empty()) {
            AstNode c;
            c.name = "choice";
            c.line = line;
            c.offset = offset;
            c.children = nodes;
            apply_annotations(*paren, ast().add(c), out);
        } else {
            ast().append(out, nodes);
        }
    }

    // "*" or prefix:* (without except), checked against the except it is in.
    bool parse_open_name_class(int context, NodeId& out) {
        if (at(TokenKind::Star)) {
            if (context & k_in_ns_name_except) return fail("an except of prefix:* cannot contain '*'");
            if (context & k_in_any_name_except) return fail("an except of '*' cannot contain '*'");
            out = rng("anyName");
        } else {
            if (context & k_in_ns_name_except) return fail("an except of prefix:* cannot contain another prefix:*");
            std::string_view s = name();
            NamespaceRef target;
            if (!lookup_namespace(s.substr(0, s.size() - 2), tok().offset, target)) return false;
            out = rng("nsName");
            node(out).target = target;
        }
        advance();
        return true;
    }

    // annotations (name | prefix:name | "(" nameClass ")" | prefix:* | "*")
    bool parse_basic_name_class(bool is_element, int context, NodeList& out) {
        Annotations a;
        if (!parse_annotations(a)) return false;
        if (at(TokenKind::Star) || at(TokenKind::NsName)) {
            NodeId open;
            if (!parse_open_name_class(context, open)) return false;
            apply_annotations(a, open, out);
            return true;
        }
        return parse_primary_name_class(is_element, context, a, out);
    }

    bool parse_primary_name_class(bool is_element, int context, Annotations& a, NodeList& out) {
        if (at(TokenKind::LeftParen)) {
            advance();
            if (!parse_name_class(is_element, context, &a, out)) return false;
            return expect(TokenKind::RightParen, "')'");
        }
        NamespaceRef target;
        std::string_view local;
        if (at(TokenKind::CName)) {
            auto [prefix, l] = split_cname();
            if (!lookup_namespace(prefix, tok().offset, target)) return false;
            local = l;
        } else if (is_name_token()) {
            // An unprefixed name: the default namespace for an element, none for an attribute.
            target = is_element ? m_schema.default_namespace : NamespaceRef::of("");
            local = name();
        } else {
            return expected("a name class (a name, prefix:*, '*' or '(')");
        }
        NodeId n = rng("name");
        node(n).target = target;
        node(n).text = local;
        advance();
        apply_annotations(a, n, out);
        return true;
    }

    const CompactSource& m_source;
    std::string_view m_text;
    const std::vector<Token>& m_tokens;
    const std::vector<Comment>& m_comments;
    const std::vector<std::string>& m_strings;
    std::size_t m_pos = 0;
    std::uint32_t m_placed = 0; // comments placed in the tree so far
    int m_depth = 0;
    std::optional<Diagnostic> m_error;
    CompactSchema m_schema;
    std::unordered_map<std::string_view, NamespaceRef> m_namespaces;
    std::unordered_map<std::string_view, std::string_view> m_datatypes;
    bool m_default_declared = false;
};

} // namespace

Result<CompactSchema> parse_compact(std::shared_ptr<const CompactSource> source, const Tokens& tokens) {
    return Parser(std::move(source), tokens).run();
}

} // namespace teipress::validate::relaxng
