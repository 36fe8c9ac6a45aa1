// The elements of a document by name, for `//name…` steps (see cxml_indexed_steps and cxml_index_functions.c).
//
// A detail page runs a dozen selectors, most of them `//div[class test]…`, and each was a walk of the whole tree:
// on pages with little markup those walks cost more than the rest of the reading. One walk on the first such
// query fills this index; every later one reads the elements of its name from it. Documents are never changed
// after parsing and are used by one thread at a time (HTMLDocument is not Sendable), so the index, kept in the
// document's `_private` field, needs no lock and never goes stale.
//
// The walk is the whole cost of a page's first query, so it does little per element: it appends the element and
// the number of its name (found through a small cache keyed by the name's address: the parser interns names, so
// a page's few dozen names rarely need hashing); one counting pass afterwards groups the elements by name. A few
// allocations per document, not a growing list per name.
#include "cxml_private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// No name: elements in a namespace, which a name test without a prefix does not match (as libxml2 tests it).
#define CXML_NO_NAME UINT32_MAX

typedef struct {
    const xmlChar *name;
    size_t start;  // its elements are grouped[start ..< start + count]
    size_t count;
} cxml_name_entry;

typedef struct {
    xmlNodePtr *all;  // every element in document order
    size_t count;
    xmlNodePtr *grouped;  // the same elements grouped by name, each group in document order
    cxml_name_entry *names;
    uint32_t name_count;
    uint32_t name_capacity;
    uint32_t *table;  // name number + 1 by the name's hash (0: empty); a power of two, at most half full
    size_t table_size;
} cxml_element_index;

/// The last names seen, by address: nearly every element's name is found here without hashing.
typedef struct {
    const xmlChar *name;
    uint32_t number;
} cxml_recent_name;

#define CXML_RECENT 64  // the top six bits of a mixed address pick the entry

static size_t cxml_name_hash(const xmlChar *name) {
    uint64_t hash = 1469598103934665603ULL;
    for (const xmlChar *byte = name; *byte != 0; byte++) hash = (hash ^ *byte) * 1099511628211ULL;
    return (size_t)hash;
}

/// The table slot of `name`: its number + 1, or the empty slot where it goes.
static uint32_t *cxml_table_slot(const cxml_element_index *index, const xmlChar *name) {
    size_t slot = cxml_name_hash(name) & (index->table_size - 1);
    while (index->table[slot] != 0 && !xmlStrEqual(index->names[index->table[slot] - 1].name, name)) {
        slot = (slot + 1) & (index->table_size - 1);
    }
    return &index->table[slot];
}

static int cxml_grow_table(cxml_element_index *index) {
    size_t size = index->table_size * 2;
    uint32_t *table = calloc(size, sizeof *table);
    if (table == NULL) return 0;
    free(index->table);
    index->table = table;
    index->table_size = size;
    for (uint32_t number = 0; number < index->name_count; number++) {
        *cxml_table_slot(index, index->names[number].name) = number + 1;
    }
    return 1;
}

/// The number of `name`, added when new; CXML_NO_NAME when out of memory.
static uint32_t cxml_name_number(cxml_element_index *index, const xmlChar *name) {
    uint32_t *slot = cxml_table_slot(index, name);
    if (*slot != 0) return *slot - 1;
    if (index->name_count == index->name_capacity) {
        uint32_t capacity = index->name_capacity * 2;
        cxml_name_entry *names = realloc(index->names, capacity * sizeof *names);
        if (names == NULL) return CXML_NO_NAME;
        index->names = names;
        index->name_capacity = capacity;
    }
    uint32_t number = index->name_count++;
    index->names[number] = (cxml_name_entry){.name = name, .start = 0, .count = 0};
    *slot = number + 1;
    if (2 * index->name_count > index->table_size && !cxml_grow_table(index)) return CXML_NO_NAME;
    return number;
}

static void cxml_index_free(cxml_element_index *index) {
    if (index == NULL) return;
    free(index->all);
    free(index->grouped);
    free(index->names);
    free(index->table);
    free(index);
}

/// Every element under the document in document order (a preorder walk of element children; HTML documents hold
/// elements nowhere else), with the number of each one's name in `numbers`. 0 when out of memory.
static int cxml_collect(cxml_element_index *index, xmlDocPtr doc, uint32_t **numbers) {
    size_t capacity = 512;
    index->all = malloc(capacity * sizeof *index->all);
    *numbers = malloc(capacity * sizeof **numbers);
    if (index->all == NULL || *numbers == NULL) return 0;
    cxml_recent_name recent[CXML_RECENT] = {{0}};
    xmlNodePtr node = doc->children;
    while (node != NULL) {
        if (node->type == XML_ELEMENT_NODE) {
            if (index->count == capacity) {
                capacity *= 2;
                xmlNodePtr *all = realloc(index->all, capacity * sizeof *all);
                if (all != NULL) index->all = all;
                uint32_t *grown = realloc(*numbers, capacity * sizeof *grown);
                if (grown != NULL) *numbers = grown;
                if (all == NULL || grown == NULL) return 0;
            }
            uint32_t number = CXML_NO_NAME;
            if (node->ns == NULL && node->name != NULL) {
                // Interned names lie side by side in the dictionary's pool: their addresses are mixed, not cut.
                uint64_t mixed = (uint64_t)(uintptr_t)node->name * 0x9E3779B97F4A7C15ULL;
                cxml_recent_name *entry = &recent[mixed >> 58];
                if (entry->name != node->name) {
                    entry->number = cxml_name_number(index, node->name);
                    if (entry->number == CXML_NO_NAME) return 0;
                    entry->name = node->name;
                }
                number = entry->number;
                index->names[number].count++;
            }
            index->all[index->count] = node;
            (*numbers)[index->count++] = number;
            if (node->children != NULL) {
                node = node->children;
                continue;
            }
        }
        while (node != NULL && node->next == NULL) {
            node = node->parent;
            if (node == (xmlNodePtr)doc) node = NULL;
        }
        if (node != NULL) node = node->next;
    }
    return 1;
}

/// The index of `doc`; NULL when out of memory.
static cxml_element_index *cxml_index_build(xmlDocPtr doc) {
    cxml_element_index *index = calloc(1, sizeof *index);
    if (index == NULL) return NULL;
    index->name_capacity = 64;
    index->names = malloc(index->name_capacity * sizeof *index->names);
    index->table_size = 128;
    index->table = calloc(index->table_size, sizeof *index->table);
    uint32_t *numbers = NULL;
    if (index->names == NULL || index->table == NULL || !cxml_collect(index, doc, &numbers)) {
        free(numbers);
        cxml_index_free(index);
        return NULL;
    }
    // Group by name: each name's elements start where the names before it end, and are laid down in order.
    size_t start = 0;
    for (uint32_t number = 0; number < index->name_count; number++) {
        index->names[number].start = start;
        start += index->names[number].count;
        index->names[number].count = 0;
    }
    index->grouped = malloc((start > 0 ? start : 1) * sizeof *index->grouped);
    if (index->grouped == NULL) {
        free(numbers);
        cxml_index_free(index);
        return NULL;
    }
    for (size_t position = 0; position < index->count; position++) {
        if (numbers[position] == CXML_NO_NAME) continue;
        cxml_name_entry *entry = &index->names[numbers[position]];
        index->grouped[entry->start + entry->count++] = index->all[position];
    }
    free(numbers);
    return index;
}

int cxml_elements_named(xmlDocPtr doc, const xmlChar *name, cxml_element_span *span) {
    if (doc->_private == NULL) doc->_private = cxml_index_build(doc);
    const cxml_element_index *index = doc->_private;
    if (index == NULL) return 0;
    if (xmlStrEqual(name, (const xmlChar *)"*")) {
        *span = (cxml_element_span){.nodes = index->all, .count = index->count};
        return 1;
    }
    uint32_t number = *cxml_table_slot(index, name);
    if (number == 0) {
        *span = (cxml_element_span){.nodes = NULL, .count = 0};
        return 1;
    }
    const cxml_name_entry *entry = &index->names[number - 1];
    *span = (cxml_element_span){.nodes = index->grouped + entry->start, .count = entry->count};
    return 1;
}

void cxml_element_index_free(xmlDocPtr doc) {
    if (doc == NULL || doc->_private == NULL) return;
    cxml_index_free(doc->_private);
    doc->_private = NULL;
}
