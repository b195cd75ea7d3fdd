// SchemaReader, grammars: start and define with combine (4.17), nested grammars and parentRef
// (4.18), div (4.11), include with overrides (4.7) and externalRef (4.6), each referenced file
// read through read_grammar_document, relative to the file that names it (4.5).
#include "validate/relaxng/schema_reader.h"

#include "validate/relaxng/href.h"
#include "validate/relaxng/schema_nodes.h"

#include <algorithm>
#include <filesystem>

namespace teipress::validate::relaxng {

namespace {

using namespace schema_nodes;

std::string canonical(const std::string& path) {
    std::error_code ec;
    auto p = std::filesystem::weakly_canonical(path, ec);
    return ec ? path : p.string();
}

} // namespace

const Pattern* SchemaReader::read_schema(std::uint32_t file) {
    const GrammarDocument& g = m_session.file(file);
    const xmlNode* root = xmlDocGetRootElement(g.doc.get());
    Context cx;
    cx.base = m_texts.intern(g.path);
    cx.file = file;
    if (!root) {
        m_session.error(g.path, "the schema has no root element");
        return m_builder.error();
    }
    if (!is_rng(root)) {
        const std::string ns = root->ns && root->ns->href ? cc(root->ns->href) : "";
        if (ns.rfind("http://relaxng.org/ns/structure/", 0) == 0)
            error(root, cx,
                  "namespace URI has wrong version: expected \"" + std::string(k_rng_ns) + "\" but got \"" + ns + "\"");
        else
            error(root, cx, "namespace URI of document element must be \"" + std::string(k_rng_ns) + "\"");
        return m_builder.error();
    }
    m_open_files.push_back(canonical(g.path));
    const Pattern* p = pattern(root, cx);
    m_open_files.pop_back();
    return p;
}

long SchemaReader::open_referenced_file(const xmlNode* e, const Context& cx, const std::string& href) {
    if (!is_valid_uri_reference(href)) {
        error(e, cx, "\"" + href + "\" is not a valid URI reference according to RFC 2396");
        return -1;
    }
    if (href.find('#') != std::string::npos) {
        error(e, cx, "fragment identifier in the value of \"href\" attribute: it must name a whole file");
        return -1;
    }
    if (has_uri_scheme(href) || has_uri_scheme(text(cx.base))) {
        const std::string url = has_uri_scheme(href) ? href : text(cx.base);
        error(e, cx,
              "\"" + href + "\" refers to a URL (" + url +
                  "): teipress reads grammars from local files only and never fetches the network");
        return -1;
    }
    const auto path = resolve_reference(text(cx.base), href);
    if (!path) return -1;
    const std::string key = canonical(*path);
    if (std::find(m_open_files.begin(), m_open_files.end(), key) != m_open_files.end()) {
        error(e, cx, "recursive inclusion of URL \"" + *path + "\"");
        return -1;
    }
    auto doc = read_grammar_document(*path);
    if (!doc) {
        Diagnostic d = doc.error();
        if (d.message.rfind("cannot open file", 0) == 0 || d.message.rfind("is a directory", 0) == 0 ||
            d.message.rfind("the RELAX NG compact syntax", 0) == 0)
            error(e, cx, "cannot read \"" + *path + "\" (href \"" + href + "\"): " + d.message);
        else
            m_session.error(std::move(d));
        return -1;
    }
    return static_cast<long>(m_session.add_file(std::move(*doc)));
}

const Pattern* SchemaReader::external_ref(const xmlNode* e, const Context& cx) {
    const xmlAttr* h = find_attribute(e, "href");
    if (!h) {
        error(e, cx, "missing \"href\" attribute");
        return m_builder.error();
    }
    auto kids = rng_children(e, cx, false);
    if (!kids.empty())
        error(kids[0], cx, "found \"" + std::string(cc(kids[0]->name)) + "\" element but expected empty content");
    const long index = open_referenced_file(e, cx, attribute_text(h));
    if (index < 0) return m_builder.error();
    const GrammarDocument& f = m_session.file(static_cast<std::uint32_t>(index));
    Context fcx;
    fcx.ns = cx.ns;
    fcx.base = m_texts.intern(f.path);
    fcx.grammar = cx.grammar;
    fcx.file = static_cast<std::uint32_t>(index);
    const xmlNode* root = xmlDocGetRootElement(f.doc.get());
    if (!is_rng(root)) {
        if (root)
            error(root, fcx, "namespace URI of document element must be \"" + std::string(k_rng_ns) + "\"");
        else
            m_session.error(f.path, "the schema has no root element");
        return m_builder.error();
    }
    m_open_files.push_back(canonical(f.path));
    const Pattern* p = pattern(root, fcx);
    m_open_files.pop_back();
    return p;
}

SchemaReader::Definition& SchemaReader::lookup(Grammar& g, const std::string& name) {
    auto [it, added] = g.defines.try_emplace(name);
    if (added) {
        Pattern proto;
        proto.kind = PatternKind::Ref;
        proto.ref_index = static_cast<std::uint32_t>(m_ref_names.size());
        m_ref_names.push_back(name);
        it->second.ref = m_builder.store().add_unique(proto);
    }
    return it->second;
}

const Pattern* SchemaReader::grammar_pattern(const xmlNode* e, const Context& cx) {
    Grammar& g = m_grammars.emplace_back();
    g.parent = cx.grammar;
    Context gcx = cx;
    gcx.grammar = &g;
    grammar_content(e, g, gcx, nullptr);
    return end_grammar(g, e, gcx);
}

const Pattern* SchemaReader::end_grammar(Grammar& g, const xmlNode* e, const Context& cx) {
    for (auto& [name, d] : g.defines) {
        if (!d.body) {
            m_session.error(d.first_ref, "reference to undefined pattern \"" + name + "\"");
            d.body = m_builder.error();
        }
        d.ref->p1 = d.body;
    }
    if (!g.start.body) {
        error(e, cx, "missing \"start\" element");
        return m_builder.error();
    }
    return g.start.body;
}

void SchemaReader::define(Definition& d, const std::string& name, Combine combine, const Pattern* body,
                          const xmlNode* e, const Context& cx) {
    switch (d.replacement) {
    case Replacement::Keep:
        if (combine == Combine::None) {
            if (d.implicit_combine)
                error(e, cx,
                      name.empty() ? "multiple definitions of start without \"combine\" attribute"
                                   : "multiple definitions of \"" + name + "\" without \"combine\" attribute");
            else
                d.implicit_combine = true;
        } else {
            if (d.combine != Combine::None && d.combine != combine)
                error(e, cx,
                      name.empty() ? "conflicting values of \"combine\" attribute for definition of start"
                                   : "conflicting values of \"combine\" attribute for definition of \"" + name + "\"");
            d.combine = combine;
        }
        if (!d.body)
            d.body = body;
        else if (d.combine == Combine::Interleave)
            d.body = m_builder.interleave(d.body, body);
        else
            d.body = m_builder.choice(d.body, body);
        break;
    case Replacement::Require: d.replacement = Replacement::Ignore; break;
    case Replacement::Ignore: break;
    }
}

void SchemaReader::grammar_content(const xmlNode* e, Grammar& g, const Context& cx,
                                   std::vector<Definition*>* overrides) {
    auto combine_of = [&](const xmlNode* k, const Context& kcx) {
        const xmlAttr* c = find_attribute(k, "combine");
        if (!c) return Combine::None;
        const std::string v = trim(attribute_text(c));
        if (v == "choice") return Combine::Choice;
        if (v == "interleave") return Combine::Interleave;
        error(k, kcx, "bad value \"" + v + "\" for \"combine\" attribute; value must be \"choice\" or \"interleave\"");
        return Combine::None;
    };
    for (const xmlNode* k : rng_children(e, cx, false)) {
        const std::string name = cc(k->name);
        if (name == "start") {
            Context kcx = enter(k, cx, "combine");
            const Combine combine = combine_of(k, kcx);
            auto kids = rng_children(k, kcx, false);
            const Pattern* body = m_builder.error();
            if (kids.empty())
                error(k, kcx, "missing children: \"start\" needs a pattern");
            else if (kids.size() > 1)
                error(kids[1], kcx, "\"start\" pattern must contain at most one pattern");
            else
                body = pattern(kids[0], kcx);
            define(g.start, "", combine, body, k, kcx);
            if (overrides) overrides->push_back(&g.start);
        } else if (name == "define") {
            Context kcx = enter(k, cx, "name combine");
            const Combine combine = combine_of(k, kcx);
            const xmlAttr* n = find_attribute(k, "name");
            if (!n) {
                error(k, kcx, "missing \"name\" attribute");
                continue;
            }
            const std::string dname = trim(attribute_text(n));
            if (dname.empty() || xmlValidateNCName(xc(dname.c_str()), 0) != 0) {
                error(k, kcx, "\"" + dname + "\" is not a valid local name");
                continue;
            }
            const Pattern* body = pattern_children(k, nullptr, kcx, Fold::Group);
            Definition& d = lookup(g, dname);
            define(d, dname, combine, body, k, kcx);
            if (overrides) overrides->push_back(&d);
        } else if (name == "div") {
            grammar_content(k, g, enter(k, cx, ""), overrides);
        } else if (name == "include" && !overrides) {
            include(k, g, enter(k, cx, "href"));
        } else {
            error(k, cx,
                  overrides ? "found \"" + name + "\" element but expected \"define\" or \"start\" or \"div\" element"
                            : "found \"" + name +
                                  "\" element but expected \"define\" or \"start\" or \"include\" or \"div\" element");
        }
    }
}

void SchemaReader::include(const xmlNode* e, Grammar& g, const Context& cx) {
    const xmlAttr* h = find_attribute(e, "href");
    std::vector<Definition*> overrides;
    grammar_content(e, g, cx, &overrides);
    if (!h) {
        error(e, cx, "missing \"href\" attribute");
        return;
    }
    const std::string href = attribute_text(h);
    const long index = open_referenced_file(e, cx, href);
    if (index < 0) return;
    const GrammarDocument& f = m_session.file(static_cast<std::uint32_t>(index));
    Context icx;
    icx.ns = cx.ns;
    icx.base = m_texts.intern(f.path);
    icx.grammar = &g;
    icx.file = static_cast<std::uint32_t>(index);
    const xmlNode* root = xmlDocGetRootElement(f.doc.get());
    if (!root) {
        m_session.error(f.path, "the schema has no root element");
        return;
    }
    if (!is_rng(root)) {
        error(root, icx, "namespace URI of document element must be \"" + std::string(k_rng_ns) + "\"");
        return;
    }
    if (!xmlStrEqual(root->name, xc("grammar"))) {
        error(root, icx, "found \"" + std::string(cc(root->name)) + "\" element but expected \"grammar\" element");
        return;
    }
    // The include's own definitions replace those of the included grammar (4.7).
    std::sort(overrides.begin(), overrides.end());
    overrides.erase(std::unique(overrides.begin(), overrides.end()), overrides.end());
    std::vector<Replacement> saved;
    for (Definition* o : overrides) {
        saved.push_back(o->replacement);
        o->replacement = Replacement::Require;
    }
    m_open_files.push_back(canonical(f.path));
    grammar_content(root, g, enter(root, icx, ""), nullptr);
    m_open_files.pop_back();
    for (std::size_t i = 0; i < overrides.size(); ++i) {
        Definition* o = overrides[i];
        if (o->replacement == Replacement::Require) {
            if (o == &g.start) {
                error(e, cx, "\"start\" in \"include\" does not override anything");
            } else {
                std::string name;
                for (const auto& [n, d] : g.defines)
                    if (&d == o) name = n;
                error(e, cx, "definition of \"" + name + "\" in \"include\" does not override anything");
            }
        }
        o->replacement = saved[i];
    }
}

} // namespace teipress::validate::relaxng
