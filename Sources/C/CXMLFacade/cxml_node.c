// Reading nodes: names, text, attributes, element navigation and HTML serialisation.
#include "CXMLFacade.h"
#include "cxml_private.h"

#include <string.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlIO.h>

const char *cxml_node_name(const cxml_node *node) {
    xmlNodePtr raw = cxml_unwrap(node);
    if (raw == NULL || raw->type == XML_DOCUMENT_NODE || raw->type == XML_HTML_DOCUMENT_NODE) {
        return NULL;
    }
    return (const char *)raw->name;
}

char *cxml_node_text(const cxml_node *node) {
    if (node == NULL) {
        return NULL;
    }
    cxml_enter();
    return (char *)xmlNodeGetContent(cxml_unwrap(node));
}

char *cxml_node_attribute(const cxml_node *node, const char *name) {
    xmlNodePtr raw = cxml_unwrap(node);
    if (raw == NULL || name == NULL || raw->type != XML_ELEMENT_NODE) {
        return NULL;
    }
    cxml_enter();
    return (char *)xmlGetProp(raw, (const xmlChar *)name);
}

cxml_node *cxml_node_first_attribute(const cxml_node *node) {
    xmlNodePtr raw = cxml_unwrap(node);
    if (raw == NULL || raw->type != XML_ELEMENT_NODE) {
        return NULL;
    }
    return (cxml_node *)raw->properties;
}

cxml_node *cxml_attribute_next(const cxml_node *attribute) {
    xmlNodePtr raw = cxml_unwrap(attribute);
    if (raw == NULL || raw->type != XML_ATTRIBUTE_NODE) {
        return NULL;
    }
    return (cxml_node *)((xmlAttrPtr)raw)->next;
}

cxml_node *cxml_node_first_element_child(const cxml_node *node) {
    xmlNodePtr raw = cxml_unwrap(node);
    if (raw == NULL || raw->type == XML_ATTRIBUTE_NODE) {
        return NULL;
    }
    return (cxml_node *)xmlFirstElementChild(raw);
}

cxml_node *cxml_node_next_element_sibling(const cxml_node *node) {
    xmlNodePtr raw = cxml_unwrap(node);
    if (raw == NULL || raw->type == XML_ATTRIBUTE_NODE) {
        return NULL;
    }
    return (cxml_node *)xmlNextElementSibling(raw);
}

char *cxml_node_html(const cxml_node *node, int inner, size_t *length) {
    xmlNodePtr raw = cxml_unwrap(node);
    if (length != NULL) {
        *length = 0;
    }
    if (raw == NULL) {
        return NULL;
    }
    cxml_enter();
    xmlOutputBufferPtr out = xmlAllocOutputBuffer(NULL);
    if (out == NULL) {
        return NULL;
    }
    // format = 0: serialise exactly what is there, without the indentation newlines htmlNodeDump would add.
    if (inner) {
        for (xmlNodePtr child = raw->children; child != NULL; child = child->next) {
            htmlNodeDumpFormatOutput(out, raw->doc, child, "UTF-8", 0);
        }
    } else {
        htmlNodeDumpFormatOutput(out, raw->doc, raw, "UTF-8", 0);
    }
    xmlOutputBufferFlush(out);
    const xmlChar *content = xmlOutputBufferGetContent(out);
    size_t size = xmlOutputBufferGetSize(out);
    char *copy = (char *)xmlMalloc(size + 1);
    if (copy != NULL) {
        if (size > 0 && content != NULL) {
            memcpy(copy, content, size);
        }
        copy[size] = '\0';
        if (length != NULL) {
            *length = size;
        }
    }
    xmlOutputBufferClose(out);
    return copy;
}
