// The XPath function that reads the element index (cxml_element_index.c): `cxml-within(set, 'name'…)` for the
// `//name…` steps of a path (its opening one with the document node, `/`, as the set), applying a step's first
// predicate itself when it is a plain attribute or text test (see cxml_indexed_steps).
#include "cxml_private.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

/// A test on an element's attribute that the index functions apply themselves (see `cxml_test_arguments`):
/// `op` is `~` (the value has the word), `c` (contains), `s` (starts with) or `=` (equals), or `t` (the element's
/// text contains the value; no attribute); 0 for no test.
typedef struct {
    char op;
    xmlChar *attribute;
    xmlChar *value;
} cxml_attribute_test;

/// Whether the element passes the test, as XPath answers `contains(@a, 'v')`, `starts-with(@a, 'v')`, `@a = 'v'` or
/// `cxml-has-class(@a, 'v')`: the first attribute named `a` in no namespace is the one converted to a string (an
/// element without it reads as ""); `=` holds if any such attribute equals. Values are read in place when they are
/// one text node, as nearly all are.
/// Whether the element's string value (its text and CDATA descendants, as XPath's `string(.)`) contains `needle`:
/// read in place when it is one such child, as in a `<script>` or a table cell.
static int cxml_text_contains(xmlNodePtr element, const xmlChar *needle) {
    xmlNodePtr child = element->children;
    if (child != NULL && child->next == NULL && child->content != NULL
        && (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)) {
        return strstr((const char *)child->content, (const char *)needle) != NULL;
    }
    xmlChar *content = xmlNodeGetContent(element);
    int found = strstr(content != NULL ? (const char *)content : "", (const char *)needle) != NULL;
    xmlFree(content);
    return found;
}

static int cxml_passes(xmlNodePtr element, const cxml_attribute_test *test) {
    if (test->op == 0) return 1;
    if (test->op == 't') return cxml_text_contains(element, test->value);
    for (xmlAttrPtr attribute = element->properties; attribute != NULL; attribute = attribute->next) {
        if (attribute->ns != NULL || !xmlStrEqual(attribute->name, test->attribute)) continue;
        if (test->op == '~') return cxml_attribute_has_class((xmlNodePtr)attribute, test->value);
        xmlNodePtr text = attribute->children;
        int in_place = text != NULL && text->type == XML_TEXT_NODE && text->next == NULL && text->content != NULL;
        xmlChar *converted = in_place ? NULL : xmlNodeGetContent((xmlNodePtr)attribute);
        const xmlChar *value = in_place ? text->content : converted != NULL ? converted : (const xmlChar *)"";
        int passes;
        switch (test->op) {
        case 'c':
            passes = xmlStrstr(value, test->value) != NULL;
            break;
        case 's':
            passes = xmlStrncmp(value, test->value, xmlStrlen(test->value)) == 0;
            break;
        default:
            passes = xmlStrEqual(value, test->value);
            break;
        }
        xmlFree(converted);
        if (passes || test->op != '=') return passes;
    }
    if (test->op == '=' || test->op == '~') return 0;
    return test->value[0] == 0;  // "" contains and starts with ""
}

/// Pops a test's three arguments (value, attribute, op) when `present`; 0 when they are not all strings.
static int cxml_pop_test(xmlXPathParserContextPtr parser, int present, cxml_attribute_test *test) {
    test->op = 0;
    test->attribute = NULL;
    test->value = NULL;
    if (!present) return 1;
    test->value = xmlXPathPopString(parser);
    test->attribute = xmlXPathPopString(parser);
    xmlChar *op = xmlXPathPopString(parser);
    int valid = test->value != NULL && test->attribute != NULL && op != NULL && op[0] != 0 && op[1] == 0
                && strchr("~cs=t", op[0]) != NULL;
    if (valid) test->op = (char)op[0];
    xmlFree(op);
    return valid;
}

static void cxml_free_test(cxml_attribute_test *test) {
    xmlFree(test->attribute);
    xmlFree(test->value);
}

/// An empty node-set with room for `capacity` nodes; NULL when out of memory.
static xmlNodeSetPtr cxml_node_set(size_t capacity) {
    xmlNodeSetPtr set = xmlXPathNodeSetCreate(NULL);
    if (set == NULL || capacity == 0) return set;
    set->nodeTab = xmlMalloc(capacity * sizeof *set->nodeTab);
    if (set->nodeTab == NULL) {
        xmlXPathFreeNodeSet(set);
        return NULL;
    }
    set->nodeMax = (int)capacity;
    return set;
}

/// What `within` marks the elements it looks inside with (in their `_private` field, which nothing else uses: the
/// facade reads a document on one thread at a time): an address nothing else has.
static const char cxml_inside_mark;

static void cxml_mark(xmlNodeSetPtr set, void *mark) {
    for (int position = 0; set != NULL && position < set->nodeNr; position++) {
        xmlNodePtr node = set->nodeTab[position];
        if (node->type == XML_ELEMENT_NODE) node->_private = mark;
    }
}

void cxml_within_function(xmlXPathParserContextPtr parser, int arguments) {
    if (arguments != 2 && arguments != 5) {
        xmlXPathSetArityError(parser);
        return;
    }
    cxml_attribute_test test;
    int valid = cxml_pop_test(parser, arguments == 5, &test);
    xmlChar *name = xmlXPathPopString(parser);
    xmlNodeSetPtr outer = valid && name != NULL ? xmlXPathPopNodeSet(parser) : NULL;
    xmlDocPtr doc = parser->context->doc;
    if (!valid || name == NULL || doc == NULL || parser->error != XPATH_EXPRESSION_OK) {
        xmlFree(name);
        cxml_free_test(&test);
        xmlXPathFreeNodeSet(outer);
        if (parser->error == XPATH_EXPRESSION_OK) xmlXPathErr(parser, XPATH_INVALID_OPERAND);
        return;
    }
    cxml_element_span named;
    int indexed = cxml_elements_named(doc, name, &named);
    xmlFree(name);
    int any = outer != NULL && outer->nodeNr > 0;
    xmlNodeSetPtr set = indexed ? cxml_node_set(any ? named.count : 0) : NULL;
    if (set == NULL) {
        cxml_free_test(&test);
        xmlXPathFreeNodeSet(outer);
        xmlXPathErr(parser, XPATH_MEMORY_ERROR);
        return;
    }
    // Every element is inside the document node; attributes, texts and namespaces hold no elements.
    int everything = 0;
    for (int position = 0; any && position < outer->nodeNr; position++) {
        xmlElementType type = outer->nodeTab[position]->type;
        if (type == XML_DOCUMENT_NODE || type == XML_HTML_DOCUMENT_NODE) everything = 1;
    }
    if (any) {
        void *mark = (void *)&cxml_inside_mark;
        cxml_mark(outer, mark);
        for (size_t position = 0; position < named.count; position++) {
            xmlNodePtr candidate = named.nodes[position];
            int inside = everything;
            for (xmlNodePtr parent = candidate->parent; !inside && parent != NULL; parent = parent->parent) {
                if (parent->type != XML_ELEMENT_NODE) break;
                inside = parent->_private == mark;
            }
            if (inside && cxml_passes(candidate, &test)) set->nodeTab[set->nodeNr++] = candidate;
        }
        cxml_mark(outer, NULL);
    }
    cxml_free_test(&test);
    xmlXPathFreeNodeSet(outer);
    valuePush(parser, xmlXPathWrapNodeSet(set));
}
