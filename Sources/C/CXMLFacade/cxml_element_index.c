// The elements of a document by name, for `//name…` steps at the start of an expression (see cxml_indexed_steps).
//
// A detail page runs a dozen selectors, most of them `//div[class test]…`, and each was a walk of the whole tree:
// on pages with little markup those walks cost more than the rest of the reading. One walk on the first such
// query fills this index; every later one reads the elements of its name from it. Documents are never changed
// after parsing and are used by one thread at a time (HTMLDocument is not Sendable), so the index, kept in the
// document's `_private` field, needs no lock and never goes stale.
#include "cxml_private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

typedef struct {
    const xmlChar *name;  // NULL for an empty slot
    xmlNodePtr *nodes;
    size_t count;
    size_t capacity;
} cxml_name_list;

typedef struct {
    cxml_name_list *slots;  // open addressing, a power of two, at most half full
    size_t slot_count;
    size_t used;
    cxml_name_list all;
    const xmlChar *last_name;  // the name of the element indexed last, and its slot: runs of `td`, `li`, `p`
    size_t last_slot;          // skip the hash
} cxml_element_index;

static size_t cxml_name_hash(const xmlChar *name) {
    uint64_t hash = 1469598103934665603ULL;
    for (const xmlChar *byte = name; *byte != 0; byte++) hash = (hash ^ *byte) * 1099511628211ULL;
    return (size_t)hash;
}

static int cxml_list_append(cxml_name_list *list, xmlNodePtr node) {
    if (list->count == list->capacity) {
        size_t capacity = list->capacity == 0 ? 8 : list->capacity * 2;
        xmlNodePtr *nodes = realloc(list->nodes, capacity * sizeof *nodes);
        if (nodes == NULL) return 0;
        list->nodes = nodes;
        list->capacity = capacity;
    }
    list->nodes[list->count++] = node;
    return 1;
}

/// The slot of `name` in `slots`: its list, or the empty slot where it goes.
static cxml_name_list *cxml_slot_of(cxml_name_list *slots, size_t slot_count, const xmlChar *name) {
    size_t slot = cxml_name_hash(name) & (slot_count - 1);
    while (slots[slot].name != NULL && slots[slot].name != name && !xmlStrEqual(slots[slot].name, name)) {
        slot = (slot + 1) & (slot_count - 1);
    }
    return &slots[slot];
}

static int cxml_grow(cxml_element_index *index) {
    size_t slot_count = index->slot_count * 2;
    cxml_name_list *slots = calloc(slot_count, sizeof *slots);
    if (slots == NULL) return 0;
    for (size_t old = 0; old < index->slot_count; old++) {
        if (index->slots[old].name != NULL) *cxml_slot_of(slots, slot_count, index->slots[old].name) = index->slots[old];
    }
    free(index->slots);
    index->slots = slots;
    index->slot_count = slot_count;
    index->last_name = NULL;  // slots moved
    return 1;
}

static int cxml_index_element(cxml_element_index *index, xmlNodePtr node) {
    if (!cxml_list_append(&index->all, node)) return 0;
    // A name test without a prefix matches elements in no namespace only (as libxml2 tests it); `*` matches all.
    if (node->ns != NULL || node->name == NULL) return 1;
    if (node->name == index->last_name) return cxml_list_append(&index->slots[index->last_slot], node);
    if (2 * (index->used + 1) > index->slot_count && !cxml_grow(index)) return 0;
    cxml_name_list *list = cxml_slot_of(index->slots, index->slot_count, node->name);
    if (list->name == NULL) {
        list->name = node->name;
        index->used++;
    }
    index->last_name = node->name;
    index->last_slot = (size_t)(list - index->slots);
    return cxml_list_append(list, node);
}

static void cxml_index_free(cxml_element_index *index) {
    if (index == NULL) return;
    for (size_t slot = 0; slot < index->slot_count; slot++) free(index->slots[slot].nodes);
    free(index->slots);
    free(index->all.nodes);
    free(index);
}

/// Every element under the document in document order (a preorder walk of element children; HTML documents hold
/// elements nowhere else). NULL when out of memory.
static cxml_element_index *cxml_index_build(xmlDocPtr doc) {
    cxml_element_index *index = calloc(1, sizeof *index);
    if (index == NULL) return NULL;
    index->slot_count = 64;
    index->slots = calloc(index->slot_count, sizeof *index->slots);
    if (index->slots == NULL) {
        free(index);
        return NULL;
    }
    xmlNodePtr node = doc->children;
    while (node != NULL) {
        int is_element = node->type == XML_ELEMENT_NODE;
        if (is_element && !cxml_index_element(index, node)) {
            cxml_index_free(index);
            return NULL;
        }
        if (is_element && node->children != NULL) {
            node = node->children;
            continue;
        }
        while (node != NULL && node->next == NULL) {
            node = node->parent;
            if (node == (xmlNodePtr)doc) node = NULL;
        }
        if (node != NULL) node = node->next;
    }
    return index;
}

void cxml_element_index_free(xmlDocPtr doc) {
    if (doc == NULL || doc->_private == NULL) return;
    cxml_index_free(doc->_private);
    doc->_private = NULL;
}

/// A test on an element's attribute that the index functions apply themselves (see `cxml_test_arguments`):
/// `op` is `~` (the value has the word), `c` (contains), `s` (starts with) or `=` (equals); 0 for no test.
typedef struct {
    char op;
    xmlChar *attribute;
    xmlChar *value;
} cxml_attribute_test;

/// Whether the element passes the test, as XPath answers `contains(@a, 'v')`, `starts-with(@a, 'v')`, `@a = 'v'` or
/// `cxml-has-class(@a, 'v')`: the first attribute named `a` in no namespace is the one converted to a string (an
/// element without it reads as ""); `=` holds if any such attribute equals. Values are read in place when they are
/// one text node, as nearly all are.
static int cxml_passes(xmlNodePtr element, const cxml_attribute_test *test) {
    if (test->op == 0) return 1;
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
                && strchr("~cs=", op[0]) != NULL;
    if (valid) test->op = (char)op[0];
    xmlFree(op);
    return valid;
}

static void cxml_free_test(cxml_attribute_test *test) {
    xmlFree(test->attribute);
    xmlFree(test->value);
}

/// The index of the context's document, built on first use; NULL when out of memory.
static cxml_element_index *cxml_index_of(xmlDocPtr doc) {
    if (doc->_private == NULL) doc->_private = cxml_index_build(doc);
    return doc->_private;
}

/// The indexed elements named `name` (every element for `*`).
static const cxml_name_list *cxml_named(cxml_element_index *index, const xmlChar *name) {
    if (xmlStrEqual(name, (const xmlChar *)"*")) return &index->all;
    return cxml_slot_of(index->slots, index->slot_count, name);
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

void cxml_elements_function(xmlXPathParserContextPtr parser, int arguments) {
    if (arguments != 1 && arguments != 4) {
        xmlXPathSetArityError(parser);
        return;
    }
    cxml_attribute_test test;
    int valid = cxml_pop_test(parser, arguments == 4, &test);
    xmlChar *name = xmlXPathPopString(parser);
    xmlDocPtr doc = parser->context->doc;
    if (!valid || name == NULL || doc == NULL) {
        xmlFree(name);
        cxml_free_test(&test);
        xmlXPathErr(parser, XPATH_INVALID_OPERAND);
        return;
    }
    cxml_element_index *index = cxml_index_of(doc);
    const cxml_name_list *list = index != NULL ? cxml_named(index, name) : NULL;
    xmlFree(name);
    xmlNodeSetPtr set = list != NULL ? cxml_node_set(list->count) : NULL;
    if (set == NULL) {
        cxml_free_test(&test);
        xmlXPathErr(parser, XPATH_MEMORY_ERROR);
        return;
    }
    for (size_t position = 0; position < list->count; position++) {
        if (cxml_passes(list->nodes[position], &test)) set->nodeTab[set->nodeNr++] = list->nodes[position];
    }
    cxml_free_test(&test);
    valuePush(parser, xmlXPathWrapNodeSet(set));
}

/// Marks the elements of the set `within` looks inside (in their `_private` field, which nothing else uses: the
/// facade reads a document on one thread at a time). The mark is the index itself, so it cannot be mistaken.
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
    cxml_element_index *index = cxml_index_of(doc);
    const cxml_name_list *list = index != NULL ? cxml_named(index, name) : NULL;
    xmlFree(name);
    int any = outer != NULL && outer->nodeNr > 0;
    xmlNodeSetPtr set = list != NULL ? cxml_node_set(any ? list->count : 0) : NULL;
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
        cxml_mark(outer, index);
        for (size_t position = 0; position < list->count; position++) {
            xmlNodePtr candidate = list->nodes[position];
            int inside = everything;
            for (xmlNodePtr parent = candidate->parent; !inside && parent != NULL; parent = parent->parent) {
                if (parent->type != XML_ELEMENT_NODE) break;
                inside = parent->_private == index;
            }
            if (inside && cxml_passes(candidate, &test)) set->nodeTab[set->nodeNr++] = candidate;
        }
        cxml_mark(outer, NULL);
    }
    cxml_free_test(&test);
    xmlXPathFreeNodeSet(outer);
    valuePush(parser, xmlXPathWrapNodeSet(set));
}
