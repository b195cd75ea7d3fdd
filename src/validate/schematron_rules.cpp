#include "validate/schematron_rules.h"

#include "xml/printf_message.h"
#include "xml/xslt_security.h"

#include "core/input_file.h"
#include "validate/libxml_helpers.h"
#include "validate/schematron_schema.h"
#include "validate/tei_input.h"

#include <cstdarg>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

namespace teipress::validate {

namespace {

constexpr const char* k_teipress_xslt_ns = "urn:teipress:schematron";

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

// What libxslt said when a compiled schema did not compile: its first message, and the
// expression it could not compile, quoted (libxml2 gives XPath errors without it).
std::string compile_failure(const std::string& s) {
    std::string out = first_line(s);
    for (std::size_t start = 0; start < s.size();) {
        std::size_t end = s.find('\n', start);
        if (end == std::string::npos) end = s.size();
        const std::string line = s.substr(start, end - start);
        start = end + 1;
        const std::size_t quote = line.find('\'');
        if (line.find("compile") != std::string::npos && quote != std::string::npos) {
            std::string expr = normalize_space(line.substr(quote));
            if (expr.size() > 160) {
                std::size_t cut = 160;
                while (cut > 0 && (static_cast<unsigned char>(expr[cut]) & 0xC0) == 0x80) --cut;
                expr = expr.substr(0, cut) + "…'";
            }
            out += ": " + expr;
            break;
        }
    }
    return out;
}

// The compiler's own refusal ("schematron: …") when it wrote one, else the first message.
std::string compiler_message(const std::string& s) {
    const std::size_t at = s.find("schematron: ");
    if (at == std::string::npos) return first_line(s);
    const std::size_t end = s.find('\n', at);
    return s.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

// The asserts and reports of the schema with their pattern's title.
void collect_rules(const xmlNode* n, const std::string& pattern_title, std::vector<RuleInfo>& out) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        std::string title = pattern_title;
        if (is_element(n, k_schematron_ns, "pattern")) {
            for (const xmlNode* c = n->children; c; c = c->next)
                if (is_element(c, k_schematron_ns, "title")) title = normalize_space(text_content(c));
        }
        if (is_element(n, k_schematron_ns, "assert") || is_element(n, k_schematron_ns, "report")) {
            std::string role = attribute_value(n, "role");
            if (role.empty() && n->parent) role = attribute_value(n->parent, "role");
            std::string id = attribute_value(n, "id");
            if (id.empty() && n->parent) id = attribute_value(n->parent, "id");
            if (id.empty() && n->parent && n->parent->parent) id = attribute_value(n->parent->parent, "id");
            out.push_back({id.empty() ? std::string("schematron") : id, severity_of_role(role),
                           (title.empty() ? std::string() : title + ": ") + normalize_space(text_content(n))});
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

// The nodes a run's tpx:node-ref() calls named, for the document the run is about.
struct NodeRefs {
    const xmlDoc* doc = nullptr;
    std::vector<const xmlNode*>* nodes = nullptr;
};

// tpx:node-ref(node-set): the number of the first node of the set in the run's list (which it
// joins), or -1 when the set is empty or its node is not of the validated document (a node
// of a document() would not outlive the run).
void node_ref_function(xmlXPathParserContextPtr ctxt, int nargs) {
    if (nargs != 1) {
        xmlXPathSetArityError(ctxt);
        return;
    }
    xmlXPathObjectPtr arg = valuePop(ctxt);
    if (!arg || arg->type != XPATH_NODESET) {
        xmlXPathFreeObject(arg);
        xmlXPathSetTypeError(ctxt);
        return;
    }
    xsltTransformContextPtr transform = xsltXPathGetTransformContext(ctxt);
    auto* refs = transform ? static_cast<NodeRefs*>(transform->_private) : nullptr;
    double number = -1;
    if (refs && arg->nodesetval && arg->nodesetval->nodeNr > 0) {
        const xmlNode* n = arg->nodesetval->nodeTab[0];
        // libxml2 hands out copies of namespace nodes whose "next" is their element.
        if (n && n->type == XML_NAMESPACE_DECL)
            n = reinterpret_cast<const xmlNode*>(reinterpret_cast<const xmlNs*>(n)->next);
        if (n && n->doc == refs->doc && n->type != XML_NAMESPACE_DECL) {
            refs->nodes->push_back(n);
            number = static_cast<double>(refs->nodes->size() - 1);
        }
    }
    xmlXPathFreeObject(arg);
    valuePush(ctxt, xmlXPathNewFloat(number));
}

// Applies style to doc (with params, a null-terminated name/XPath list, or null) with errors
// routed to messages; null on failure. With refs, tpx:node-ref() is available and fills it.
xmlDocPtr apply(xsltStylesheetPtr style, xmlDocPtr doc, XsltMessages& messages, const char** params = nullptr,
                NodeRefs* refs = nullptr) {
    xsltTransformContextPtr ctxt = xsltNewTransformContext(style, doc);
    if (!ctxt) return nullptr;
    xsltSetTransformErrorFunc(ctxt, &messages, on_xslt_message);
    xml::SecurityPrefsPtr prefs = xml::make_security_prefs();
    if (!xml::secure_transform_context(ctxt, prefs.get())) {
        xsltFreeTransformContext(ctxt);
        return nullptr;
    }
    if (refs) {
        ctxt->_private = refs;
        xsltRegisterExtFunction(ctxt, reinterpret_cast<const xmlChar*>("node-ref"),
                                reinterpret_cast<const xmlChar*>(k_teipress_xslt_ns), node_ref_function);
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

Severity severity_of_role(const std::string& role) {
    if (role == "warning" || role == "warn" || role == "info" || role == "information") return Severity::Warning;
    return Severity::Error;
}

Result<std::shared_ptr<const SchematronCompiler>> SchematronCompiler::load(const std::string& path) {
    auto bytes = read_file_bytes(path);
    if (!bytes) return bytes.error();
    std::vector<Diagnostic> errors;
    xml::XmlDocPtr doc = parse_xml(path, *bytes, errors);
    if (!doc) return errors.front();
    XsltMessages messages;
    xsltStylesheetPtr style = compile_stylesheet(doc.get(), messages);
    if (!style)
        return Diagnostic{
            Severity::Error, path, 1, 1, "the Schematron compiler does not compile: " + first_line(messages.text), {}};
    doc.release(); // owned by the stylesheet now
    std::shared_ptr<SchematronCompiler> compiler(new SchematronCompiler());
    compiler->m_path = path;
    compiler->m_stylesheet = style;
    return std::shared_ptr<const SchematronCompiler>(std::move(compiler));
}

SchematronCompiler::~SchematronCompiler() {
    if (m_stylesheet) xsltFreeStylesheet(m_stylesheet);
}

Result<xml::XmlDocPtr> SchematronCompiler::translate(xmlDoc* schema, const SchematronOptions& options) const {
    // The phase as an XPath string literal (a phase id holds no quote; anything else is
    // refused by the compiler as an unknown phase).
    const std::string phase = options.phase.find('\'') == std::string::npos ? "'" + options.phase + "'" : "'#DEFAULT'";
    const char* params[] = {"phase", phase.c_str(), nullptr};
    XsltMessages messages;
    xmlDocPtr compiled = apply(m_stylesheet, schema, messages, params);
    if (!compiled) return Diagnostic{Severity::Error, {}, 1, 1, compiler_message(messages.text), {}};
    return xml::XmlDocPtr(compiled);
}

Result<std::shared_ptr<const SchematronRules>> SchematronRules::compile(const std::string& sch_path,
                                                                        const std::string& compiler_path,
                                                                        const SchematronOptions& options) {
    auto compiler = SchematronCompiler::load(compiler_path);
    if (!compiler) return compiler.error();
    auto schema = load_schematron_schema(sch_path);
    if (!schema) return schema.error();
    return compile_document(schema->get(), sch_path, **compiler, options);
}

Result<std::shared_ptr<const SchematronRules>> SchematronRules::compile_document(xmlDoc* schema,
                                                                                 const std::string& name,
                                                                                 const SchematronCompiler& compiler,
                                                                                 const SchematronOptions& options) {
    const xmlNode* root = xmlDocGetRootElement(schema);
    if (!is_element(root, k_schematron_ns, "schema"))
        return Diagnostic{Severity::Error,
                          name,
                          1,
                          1,
                          "not an ISO Schematron schema: the root element must be schema in the "
                          "namespace http://purl.oclc.org/dsdl/schematron",
                          {}};
    if (auto bad_phase = check_phase(schema, name, options.phase)) return *bad_phase;
    int line = 1;
    if (auto missing = first_unrunnable_query(root, schema, line))
        return Diagnostic{Severity::Error, name, line, 1, "rules do not compile: " + *missing, {}};

    auto translated = compiler.translate(schema, options);
    if (!translated)
        return Diagnostic{Severity::Error, name, 1, 1, "rules do not compile: " + translated.error().message, {}};
    xmlDocPtr compiled = translated->release();
    // document('file') in a rule reads a file beside the schema.
    if (compiled->URL) xmlFree(const_cast<xmlChar*>(compiled->URL));
    compiled->URL = xmlStrdup(reinterpret_cast<const xmlChar*>(name.c_str()));

    std::shared_ptr<SchematronRules> rules(new SchematronRules());
    rules->m_path = name;
    collect_rules(root->children, "", rules->m_rules);
    XsltMessages messages;
    rules->m_stylesheet = compile_stylesheet(compiled, messages);
    if (!rules->m_stylesheet) {
        xmlFreeDoc(compiled);
        return Diagnostic{Severity::Error, name, 1, 1, "rules do not compile: " + compile_failure(messages.text), {}};
    }
    return std::shared_ptr<const SchematronRules>(std::move(rules));
}

SchematronRules::~SchematronRules() {
    if (m_stylesheet) xsltFreeStylesheet(m_stylesheet);
}

SchematronRun SchematronRules::run(xmlDoc* doc, const SourceText& source, std::vector<Diagnostic>& out,
                                   bool fired_rules) const {
    SchematronRun result;
    XsltMessages messages;
    NodeRefs refs{doc, &result.nodes};
    const char* params[] = {"teipress-node-ref", "true()", "teipress-fired-rules", fired_rules ? "true()" : "false()",
                            nullptr};
    xmlDocPtr svrl = apply(m_stylesheet, doc, messages, params, &refs);
    if (!svrl) {
        out.push_back({Severity::Error, source.name(), 1, 1,
                       "the Schematron rules failed on this document: " + first_line(messages.text), "schematron"});
        result.nodes.clear();
        return result;
    }
    result.svrl.reset(svrl);
    return result;
}

std::string SchematronRules::serialize(xmlDoc* svrl) const {
    xmlChar* buf = nullptr;
    int len = 0;
    if (xsltSaveResultToString(&buf, &len, svrl, m_stylesheet) != 0 || !buf) return {};
    std::string s(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
    xmlFree(buf);
    return s;
}

} // namespace teipress::validate
