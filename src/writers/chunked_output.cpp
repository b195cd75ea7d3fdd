#include "writers/chunked_output.h"

#include "xml/libxml_document.h"

#include <cstring>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <memory>
#include <set>

namespace teipress::writers {

namespace {

bool is_chunks_element(const xmlNode* node, const char* name) {
    return node && node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), k_chunks_namespace) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string attribute(xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string out = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return out;
}

// The one element child of chunk; null when there is none or more than one (whitespace and
// comments aside).
xmlNode* only_element(xmlNode* chunk) {
    xmlNode* found = nullptr;
    for (xmlNode* c = chunk->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            if (found) return nullptr;
            found = c;
        } else if (c->type == XML_TEXT_NODE) {
            for (const xmlChar* p = c->content; p && *p; ++p)
                if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') return nullptr;
        }
    }
    return found;
}

int append_to_string(void* context, const char* buffer, int len) {
    static_cast<std::string*>(context)->append(buffer, static_cast<std::size_t>(len));
    return len;
}

// Removes the declarations xmlns="" of element and its descendants (no element can be in that
// namespace: they only undo a default namespace of the chunk's ancestors, which HTML has not).
void drop_empty_default_namespaces(xmlNode* element) {
    for (xmlNs** ns = &element->nsDef; *ns;) {
        if (!(*ns)->prefix && (!(*ns)->href || !*(*ns)->href)) {
            xmlNs* gone = *ns;
            *ns = gone->next;
            gone->next = nullptr;
            xmlFreeNs(gone);
        } else {
            ns = &(*ns)->next;
        }
    }
    for (xmlNode* c = element->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) drop_empty_default_namespaces(c);
}

std::string html_of(xmlDoc* doc, xmlNode* element) {
    drop_empty_default_namespaces(element);
    std::string out = "<!DOCTYPE html>\n";
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(append_to_string, nullptr, &out, nullptr);
    htmlNodeDumpFormatOutput(buffer, doc, element, "UTF-8", 0);
    xmlOutputBufferClose(buffer);
    out += '\n';
    return out;
}

// The element as a document of its own: copying it into a new document declares on it every
// namespace it uses that an ancestor declared.
std::string xml_of(xmlNode* element) {
    xml::XmlDocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
    xmlNode* copy = xmlDocCopyNode(element, doc.get(), 1);
    xmlDocSetRootElement(doc.get(), copy);
    std::string out;
    xmlSaveCtxtPtr save = xmlSaveToIO(append_to_string, nullptr, &out, "UTF-8", 0);
    xmlSaveDoc(save, doc.get());
    xmlSaveClose(save);
    return out;
}

constexpr const char* k_xhtml_namespace = "http://www.w3.org/1999/xhtml";

// Puts element and every element under it that is in no namespace into ns.
void into_namespace(xmlNode* element, xmlNs* ns) {
    if (!element->ns) element->ns = ns;
    for (xmlNode* c = element->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) into_namespace(c, ns);
}

// The element as an XHTML document: the HTML layer's elements (in no namespace) put into the
// XHTML namespace, declared on the root; other namespaces (epub:type) declared there too.
std::string xhtml_of(xmlNode* element) {
    drop_empty_default_namespaces(element);
    xml::XmlDocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
    xmlNode* copy = xmlDocCopyNode(element, doc.get(), 1);
    xmlDocSetRootElement(doc.get(), copy);
    xmlNs* xhtml = xmlNewNs(copy, reinterpret_cast<const xmlChar*>(k_xhtml_namespace), nullptr);
    into_namespace(copy, xhtml);
    std::string out;
    xmlSaveCtxtPtr save = xmlSaveToIO(append_to_string, nullptr, &out, "UTF-8", 0);
    xmlSaveDoc(save, doc.get());
    xmlSaveClose(save);
    return out;
}

bool plain_name(const std::string& name) {
    if (name.empty() || name[0] == '.') return false;
    for (unsigned char c : name)
        if (!std::isalnum(c) && c != '-' && c != '_' && c != '.') return false;
    return true;
}

} // namespace

bool is_plain_relative_path(const std::string& href) {
    std::size_t start = 0;
    while (true) {
        std::size_t slash = href.find('/', start);
        if (!plain_name(href.substr(start, slash == std::string::npos ? std::string::npos : slash - start)))
            return false;
        if (slash == std::string::npos) return true;
        start = slash + 1;
    }
}

Result<std::vector<Chunk>> split_chunks(xmlDoc* result, const std::string& stylesheet) {
    auto error = [&](const std::string& message) { return Diagnostic{Severity::Error, stylesheet, 0, 0, message, {}}; };
    xmlNode* root = result ? xmlDocGetRootElement(result) : nullptr;
    if (!is_chunks_element(root, "chunks"))
        return error("the stylesheet's result is not <c:chunks xmlns:c=\"" + std::string(k_chunks_namespace) + "\">");
    std::vector<Chunk> chunks;
    std::set<std::string> seen;
    for (xmlNode* c = root->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (!is_chunks_element(c, "chunk")) return error("c:chunks holds an element that is not c:chunk");
        Chunk chunk;
        chunk.href = attribute(c, "href");
        if (!is_plain_relative_path(chunk.href))
            return error("a chunk's href must be a relative path of plain names, not '" + chunk.href + "'");
        if (!seen.insert(chunk.href).second) return error("two chunks have the href '" + chunk.href + "'");
        const std::string method = attribute(c, "method");
        if (method == "text") {
            xmlChar* text = xmlNodeGetContent(c);
            chunk.content = text ? reinterpret_cast<const char*>(text) : "";
            xmlFree(text);
        } else if (method == "html" || method == "xml" || method == "xhtml") {
            xmlNode* element = only_element(c);
            if (!element) return error("the chunk '" + chunk.href + "' must hold one element");
            chunk.content = method == "html"    ? html_of(result, element)
                            : method == "xhtml" ? xhtml_of(element)
                                                : xml_of(element);
        } else {
            return error("the chunk '" + chunk.href + "' has the method '" + method +
                         "' (expected html, xhtml, xml or text)");
        }
        chunks.push_back(std::move(chunk));
    }
    return chunks;
}

} // namespace teipress::writers
