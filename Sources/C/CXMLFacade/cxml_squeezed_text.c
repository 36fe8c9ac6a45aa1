// `translate(normalize-space(.), ' ', '') = 'label'`: how a label cell is found whatever spaces it is written with
// (`공 모 유 형`). libxml2 copies each cell's whole text, normalizes it and translates it before comparing; body tables
// run it for every cell of a page. `cxml-squeezed-equals(., 'label')` answers the same while walking the cell's text,
// and stops at the first byte that differs.
#include "cxml_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cxml_blank(xmlChar byte) {
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

/// Compares `text` with the rest of `*expected`, blanks of `text` skipped; advances `*expected`. 0 on a difference.
static int cxml_squeezed_prefix(const xmlChar *text, const xmlChar **expected) {
    for (; *text != 0; text++) {
        if (cxml_blank(*text)) continue;
        if (**expected != *text) return 0;
        (*expected)++;
    }
    return 1;
}

/// Whether the node's string value without blanks is `expected`.
static int cxml_squeezed_equals_node(xmlNodePtr node, const xmlChar *expected) {
    if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE && node->type != XML_HTML_DOCUMENT_NODE) {
        xmlChar *value = xmlXPathCastNodeToString(node);
        int equal = value != NULL && cxml_squeezed_prefix(value, &expected) && *expected == 0;
        xmlFree(value);
        return equal;
    }
    // The text and CDATA descendants in document order: what an element's string value concatenates.
    xmlNodePtr current = node->children;
    while (current != NULL) {
        if ((current->type == XML_TEXT_NODE || current->type == XML_CDATA_SECTION_NODE) && current->content != NULL) {
            if (!cxml_squeezed_prefix(current->content, &expected)) return 0;
        }
        if (current->type == XML_ELEMENT_NODE && current->children != NULL) {
            current = current->children;
            continue;
        }
        while (current != NULL && current != node && current->next == NULL) current = current->parent;
        if (current == NULL || current == node) break;
        current = current->next;
    }
    return *expected == 0;
}

void cxml_squeezed_equals_function(xmlXPathParserContextPtr parser, int arguments) {
    if (arguments != 2) {
        xmlXPathSetArityError(parser);
        return;
    }
    xmlChar *expected = xmlXPathPopString(parser);
    xmlNodeSetPtr nodes = expected != NULL ? xmlXPathPopNodeSet(parser) : NULL;
    if (expected == NULL || parser->error != XPATH_EXPRESSION_OK) {
        xmlFree(expected);
        xmlXPathFreeNodeSet(nodes);
        if (parser->error == XPATH_EXPRESSION_OK) xmlXPathErr(parser, XPATH_INVALID_OPERAND);
        return;
    }
    // A node-set's string value is its first node's (in document order); an empty one's is "".
    int equal;
    if (nodes == NULL || nodes->nodeNr == 0) {
        equal = expected[0] == 0;
    } else {
        if (nodes->nodeNr > 1) xmlXPathNodeSetSort(nodes);
        equal = cxml_squeezed_equals_node(nodes->nodeTab[0], expected);
    }
    xmlFree(expected);
    xmlXPathFreeNodeSet(nodes);
    valuePush(parser, xmlXPathNewBoolean(equal));
}

char *cxml_squeezed_tests(const char *expression) {
    static const char idiom[] = "translate(normalize-space(.), ' ', '')='";
    if (strstr(expression, idiom) == NULL) return NULL;
    // `cxml-squeezed-equals(., '…')` is shorter than the idiom it replaces.
    char *out = malloc(strlen(expression) + 1);
    if (out == NULL) return NULL;
    char *w = out;
    const char *cursor = expression;
    const char *match;
    while ((match = strstr(cursor, idiom)) != NULL) {
        const char *label = match + sizeof idiom - 1;
        const char *label_end = strchr(label, '\'');
        memcpy(w, cursor, (size_t)(match - cursor));
        w += match - cursor;
        if (label_end == NULL) {
            cursor = match;
            break;
        }
        w += sprintf(w, "cxml-squeezed-equals(., '%.*s')", (int)(label_end - label), label);
        cursor = label_end + 1;
    }
    strcpy(w, cursor);
    return out;
}
