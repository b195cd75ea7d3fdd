// SVRL → diagnostics, and SVRL locations: the reports of a Schematron run located in the
// validated document, in time linear in the document and the number of reports.
#include "validate/libxml_helpers.h"
#include "validate/node_positions.h"
#include "validate/schematron_rules.h"

#include <cstdlib>
#include <libxml/xpath.h>

namespace teipress::validate {

namespace {

constexpr const char* k_svrl_ns = "http://purl.oclc.org/dsdl/svrl";

bool is_report(const xmlNode* n) {
    return is_element(n, k_svrl_ns, "failed-assert") || is_element(n, k_svrl_ns, "successful-report");
}

// The node a report's teipress-node number names; null when it has none or it is out of range.
const xmlNode* numbered_node(const xmlNode* report, const SchematronRun& run) {
    const std::string number = attribute_value(report, "teipress-node");
    if (number.empty()) return nullptr;
    char* end = nullptr;
    const long long n = std::strtoll(number.c_str(), &end, 10);
    if (*end != '\0' || n < 0 || static_cast<unsigned long long>(n) >= run.nodes.size()) return nullptr;
    return run.nodes[static_cast<std::size_t>(n)];
}

} // namespace

std::vector<Diagnostic> svrl_diagnostics(const SchematronRun& run, xmlDoc* doc, const SourceText& source) {
    std::vector<Diagnostic> out;
    const xmlNode* root = run.svrl ? xmlDocGetRootElement(run.svrl.get()) : nullptr;
    if (!root) return out;
    std::vector<const xmlNode*> nodes;
    xmlXPathContextPtr xpath = nullptr;
    for (const xmlNode* n = root->children; n; n = n->next) {
        if (!is_report(n)) continue;
        Diagnostic d;
        d.file = source.name();
        d.severity = severity_of_role(attribute_value(n, "role"));
        d.rule_id = attribute_value(n, "id");
        if (d.rule_id.empty()) d.rule_id = "schematron";
        for (const xmlNode* c = n->children; c; c = c->next)
            if (is_element(c, k_svrl_ns, "text")) d.message = normalize_space(text_content(c));
        if (d.message.empty()) d.message = "rule " + d.rule_id + " failed: " + attribute_value(n, "test");
        const xmlNode* node = numbered_node(n, run);
        // SVRL from elsewhere names its node by an XPath only (slower: each step is a search).
        const std::string location = node ? std::string() : attribute_value(n, "location");
        if (!location.empty()) {
            if (!xpath) xpath = xmlXPathNewContext(doc);
            xmlXPathObjectPtr found =
                xpath ? xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(location.c_str()), xpath) : nullptr;
            if (found && found->type == XPATH_NODESET && found->nodesetval && found->nodesetval->nodeNr > 0)
                node = found->nodesetval->nodeTab[0];
            xmlXPathFreeObject(found);
        }
        nodes.push_back(node);
        out.push_back(std::move(d));
    }
    if (xpath) xmlXPathFreeContext(xpath);
    NodePositions positions(doc, source);
    const auto found = positions.positions_of(nodes);
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].line = found[i].line > 0 ? found[i].line : 1;
        out[i].column = found[i].column > 0 ? found[i].column : 1;
    }
    return out;
}

void write_svrl_locations(SchematronRun& run, NodePositions& positions) {
    xmlNode* root = run.svrl ? xmlDocGetRootElement(run.svrl.get()) : nullptr;
    for (xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
        if (!is_report(n)) continue;
        const xmlNode* node = numbered_node(n, run);
        xmlUnsetProp(n, reinterpret_cast<const xmlChar*>("teipress-node"));
        xmlSetProp(n, reinterpret_cast<const xmlChar*>("location"),
                   reinterpret_cast<const xmlChar*>(positions.xpath_of(node).c_str()));
    }
}

} // namespace teipress::validate
