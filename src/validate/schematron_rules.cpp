#include "validate/schematron_rules.h"

#include "xml/printf_message.h"
#include "xml/xslt_security.h"

#include "core/input_file.h"
#include "validate/tei_input.h"

#include <cstdarg>
#include <cstdio>
#include <libxml/xpath.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

namespace teipress::validate {

namespace {

constexpr const char* k_sch_ns = "http://purl.oclc.org/dsdl/schematron";

// Collects libxslt's messages (xsl:message, XPath and compile errors) of one context.
struct XsltMessages {
    std::string text;
};

[[gnu::format(printf, 2, 3)]] void on_xslt_message(void* user, const char* format, ...) {
    auto* m = static_cast<XsltMessages*>(user);
    va_list args;
    va_start(args, format);
    m->text += xml::format_printf_message(format, args);
    va_end(args);
}

// The first message of libxslt's output, on one line (an XPath error spans three: the
// message, the expression, a caret).
std::string first_line(const std::string& s) {
    std::string out;
    int lines = 0;
    std::size_t start = 0;
    while (start < s.size() && lines < 2) {
        std::size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        std::string line = s.substr(start, end - start);
        start = end + 1;
        if (line.find_first_not_of(" ^") == std::string::npos) continue;
        if (!out.empty()) out += ": ";
        out += line;
        ++lines;
        if (line.rfind("XPath error", 0) != 0) break; // only XPath errors add the expression
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out.empty() ? std::string("unknown error") : out;
}

std::string normalize_space(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string prop(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

std::string content(const xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
}

bool is_named(const xmlNode* n, const char* ns, const char* local) {
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, reinterpret_cast<const xmlChar*>(ns)) &&
           xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(local));
}

Severity severity_of_role(const std::string& role) {
    if (role == "warning" || role == "warn" || role == "info" || role == "information")
        return Severity::Warning;
    return Severity::Error;
}

// The asserts and reports of the schema with their pattern's title.
void collect_rules(const xmlNode* n, const std::string& pattern_title, std::vector<RuleInfo>& out) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        std::string title = pattern_title;
        if (is_named(n, k_sch_ns, "pattern")) {
            for (const xmlNode* c = n->children; c; c = c->next)
                if (is_named(c, k_sch_ns, "title")) title = normalize_space(content(c));
        }
        if (is_named(n, k_sch_ns, "assert") || is_named(n, k_sch_ns, "report")) {
            std::string role = prop(n, "role");
            if (role.empty() && n->parent) role = prop(n->parent, "role");
            std::string id = prop(n, "id");
            if (id.empty() && n->parent) id = prop(n->parent, "id");
            RuleInfo r{id.empty() ? std::string("schematron") : id, severity_of_role(role),
                       (title.empty() ? std::string() : title + ": ") + normalize_space(content(n))};
            out.push_back(std::move(r));
            continue;
        }
        collect_rules(n->children, title, out);
    }
}

// A stylesheet from a parsed document; the stylesheet owns doc on success. libxslt reports
// compile errors only through its process-wide handler, so it is set for this call alone
// (compilation happens once, before any worker thread runs).
xsltStylesheetPtr compile_stylesheet(xmlDocPtr doc, XsltMessages& messages) {
    // Whatever handlers were set before are restored afterwards.
    const xmlGenericErrorFunc old_xslt = xsltGenericError;
    void* const old_xslt_context = xsltGenericErrorContext;
    const xmlGenericErrorFunc old_xml = xmlGenericError;
    void* const old_xml_context = xmlGenericErrorContext;
    xsltSetGenericErrorFunc(&messages, on_xslt_message);
    xmlSetGenericErrorFunc(&messages, on_xslt_message); // XPath compile errors
    xsltStylesheetPtr style = xsltParseStylesheetDoc(doc);
    xmlSetGenericErrorFunc(old_xml_context, old_xml);
    if (style && style->errors > 0) {
        style->doc = nullptr; // leave doc to the caller, who frees it
        xsltFreeStylesheet(style);
        style = nullptr;
    }
    xsltSetGenericErrorFunc(old_xslt_context, old_xslt);
    return style;
}

// Applies style to doc (with params, a null-terminated name/XPath list, or null) with errors
// routed to messages; null on failure.
xmlDocPtr apply(xsltStylesheetPtr style, xmlDocPtr doc, XsltMessages& messages,
                const char** params = nullptr) {
    xsltTransformContextPtr ctxt = xsltNewTransformContext(style, doc);
    if (!ctxt) return nullptr;
    xsltSetTransformErrorFunc(ctxt, &messages, on_xslt_message);
    xml::SecurityPrefsPtr prefs = xml::make_security_prefs();
    if (!xml::secure_transform_context(ctxt, prefs.get())) {
        xsltFreeTransformContext(ctxt);
        return nullptr;
    }
    xmlDocPtr result = xsltApplyStylesheetUser(style, doc, params, nullptr, nullptr, ctxt);
    const bool failed = ctxt->state != XSLT_STATE_OK;
    xsltFreeTransformContext(ctxt);
    if (failed && result) {
        xmlFreeDoc(result);
        result = nullptr;
    }
    return result;
}

} // namespace

Result<std::shared_ptr<const SchematronRules>> SchematronRules::compile(const std::string& sch_path,
                                                                        const std::string& compiler_path) {
    // The compiler stylesheet.
    auto compiler_bytes = read_file_bytes(compiler_path);
    if (!compiler_bytes) return compiler_bytes.error();
    std::vector<Diagnostic> errors;
    xml::XmlDocPtr compiler_doc = parse_xml(compiler_path, *compiler_bytes, errors);
    if (!compiler_doc) return errors.front();
    XsltMessages messages;
    xsltStylesheetPtr compiler = compile_stylesheet(compiler_doc.get(), messages);
    if (!compiler)
        return Diagnostic{Severity::Error, compiler_path, 1, 1,
                          "the Schematron compiler does not compile: " + first_line(messages.text), {}};
    compiler_doc.release(); // owned by the stylesheet now
    std::unique_ptr<xsltStylesheet, void (*)(xsltStylesheetPtr)> compiler_owner(compiler, xsltFreeStylesheet);

    // The schema.
    auto sch_bytes = read_file_bytes(sch_path);
    if (!sch_bytes) return sch_bytes.error();
    xml::XmlDocPtr sch = parse_xml(sch_path, *sch_bytes, errors);
    if (!sch) {
        Diagnostic d = errors.front();
        d.message = "rules are not well-formed XML: " + d.message;
        return d;
    }
    const xmlNode* root = xmlDocGetRootElement(sch.get());
    if (!is_named(root, k_sch_ns, "schema"))
        return Diagnostic{Severity::Error, sch_path, 1, 1,
                          "not an ISO Schematron schema: the root element must be schema in the "
                          "namespace http://purl.oclc.org/dsdl/schematron", {}};

    std::shared_ptr<SchematronRules> rules(new SchematronRules());
    rules->m_path = sch_path;
    collect_rules(root->children, "", rules->m_rules);

    messages.text.clear();
    xmlDocPtr compiled = apply(compiler, sch.get(), messages);
    if (!compiled)
        return Diagnostic{Severity::Error, sch_path, 1, 1,
                          "rules do not compile: " + first_line(messages.text), {}};
    messages.text.clear();
    rules->m_stylesheet = compile_stylesheet(compiled, messages);
    if (!rules->m_stylesheet) {
        xmlFreeDoc(compiled);
        return Diagnostic{Severity::Error, sch_path, 1, 1,
                          "rules do not compile: " + first_line(messages.text), {}};
    }
    return std::shared_ptr<const SchematronRules>(std::move(rules));
}

SchematronRules::~SchematronRules() {
    if (m_stylesheet) xsltFreeStylesheet(m_stylesheet);
}

xml::XmlDocPtr SchematronRules::run(xmlDoc* doc, const SourceText& source,
                                    std::vector<Diagnostic>& out, bool fired_rules) const {
    XsltMessages messages;
    const char* params[] = {"teipress-fired-rules", "true()", nullptr};
    xmlDocPtr svrl = apply(m_stylesheet, doc, messages, fired_rules ? params : nullptr);
    if (!svrl) {
        out.push_back({Severity::Error, source.name(), 1, 1,
                       "the Schematron rules failed on this document: " + first_line(messages.text),
                       "schematron"});
        return nullptr;
    }
    return xml::XmlDocPtr(svrl);
}

std::string SchematronRules::serialize(xmlDoc* svrl) const {
    xmlChar* buf = nullptr;
    int len = 0;
    if (xsltSaveResultToString(&buf, &len, svrl, m_stylesheet) != 0 || !buf) return {};
    std::string s(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
    xmlFree(buf);
    return s;
}

std::vector<Diagnostic> svrl_diagnostics(xmlDoc* svrl, xmlDoc* doc, const SourceText& source) {
    constexpr const char* k_svrl_ns = "http://purl.oclc.org/dsdl/svrl";
    std::vector<Diagnostic> out;
    const xmlNode* root = xmlDocGetRootElement(svrl);
    if (!root) return out;
    xmlXPathContextPtr xpath = xmlXPathNewContext(doc);
    for (const xmlNode* n = root->children; n; n = n->next) {
        if (!is_named(n, k_svrl_ns, "failed-assert") && !is_named(n, k_svrl_ns, "successful-report"))
            continue;
        Diagnostic d;
        d.file = source.name();
        d.severity = severity_of_role(prop(n, "role"));
        d.rule_id = prop(n, "id");
        if (d.rule_id.empty()) d.rule_id = "schematron";
        for (const xmlNode* c = n->children; c; c = c->next)
            if (is_named(c, k_svrl_ns, "text")) d.message = normalize_space(content(c));
        if (d.message.empty()) d.message = "rule " + d.rule_id + " failed: " + prop(n, "test");
        const std::string location = prop(n, "location");
        SourcePosition pos{0, 0};
        if (xpath && !location.empty()) {
            xmlXPathObjectPtr found =
                xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(location.c_str()), xpath);
            if (found && found->type == XPATH_NODESET && found->nodesetval &&
                found->nodesetval->nodeNr > 0)
                pos = source.position_of(found->nodesetval->nodeTab[0]);
            xmlXPathFreeObject(found);
        }
        d.line = pos.line > 0 ? pos.line : 1;
        d.column = pos.column > 0 ? pos.column : 1;
        out.push_back(std::move(d));
    }
    if (xpath) xmlXPathFreeContext(xpath);
    return out;
}

} // namespace teipress::validate
