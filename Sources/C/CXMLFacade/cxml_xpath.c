// XPath evaluation, result handed to the caller as an opaque object. Compiled expressions and the evaluation
// context are kept per thread: the same few dozen selectors run on every page, and compiling them and building a
// context (which registers every XPath function in a fresh hash) each time cost as much as evaluating them.
#include "CXMLFacade.h"
#include "cxml_private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdio.h>

/// Open addressing, at most three quarters full: the agency files hold a few hundred selectors, and a cache that
/// dropped one whenever another hashed to its slot recompiled selectors all through a run of mixed sources.
#define CXML_XPATH_CACHE_SLOTS 1024

typedef struct {
    char *expression;  // NULL for an empty slot
    uint64_t hash;
    xmlXPathCompExprPtr compiled;
} cxml_cached_expression;

// Per thread, so no locking: a thread evaluates one expression at a time, and libxml2 objects stay on the thread
// that made them. Emptied when full, else freed only with the process.
static __thread cxml_cached_expression cxml_cache[CXML_XPATH_CACHE_SLOTS];
static __thread size_t cxml_cached_count;
static __thread xmlXPathContextPtr cxml_context;

/// Every evaluation hashes its expression (selectors run to a hundred bytes and more, once per field per row), so
/// eight bytes at a time rather than one.
static uint64_t cxml_expression_hash(const char *expression) {
    size_t length = strlen(expression);
    uint64_t hash = 1469598103934665603ULL ^ length;
    size_t offset = 0;
    for (; offset + 8 <= length; offset += 8) {
        uint64_t word;
        memcpy(&word, expression + offset, 8);
        hash = (hash ^ word) * 1099511628211ULL;
        hash ^= hash >> 32;
    }
    for (; offset < length; offset++) hash = (hash ^ (unsigned char)expression[offset]) * 1099511628211ULL;
    return hash;
}

/// The slot holding `expression`, or the empty slot where it goes.
static cxml_cached_expression *cxml_slot(const char *expression, uint64_t hash) {
    size_t slot = (size_t)(hash % CXML_XPATH_CACHE_SLOTS);
    while (cxml_cache[slot].expression != NULL
           && (cxml_cache[slot].hash != hash || strcmp(cxml_cache[slot].expression, expression) != 0)) {
        slot = (slot + 1) % CXML_XPATH_CACHE_SLOTS;
    }
    return &cxml_cache[slot];
}

static void cxml_empty_cache(void) {
    for (size_t slot = 0; slot < CXML_XPATH_CACHE_SLOTS; slot++) {
        if (cxml_cache[slot].expression == NULL) continue;
        free(cxml_cache[slot].expression);
        xmlXPathFreeCompExpr(cxml_cache[slot].compiled);
        cxml_cache[slot].expression = NULL;
    }
    cxml_cached_count = 0;
}

int cxml_attribute_has_class(xmlNodePtr attribute, const xmlChar *name) {
    xmlNodePtr value = attribute->children;
    if (value != NULL && value->type == XML_TEXT_NODE && value->next == NULL) {
        return value->content != NULL && cxml_classes_contain(value->content, name);
    }
    xmlChar *converted = xmlNodeGetContent(attribute);
    int found = converted != NULL && cxml_classes_contain(converted, name);
    xmlFree(converted);
    return found;
}

int cxml_classes_contain(const xmlChar *classes, const xmlChar *name) {
    if (name[0] == 0) return 0;
    size_t length = strlen((const char *)name);
    const xmlChar *cursor = classes;
    while (*cursor != 0) {
        while (*cursor == ' ' || *cursor == '\t' || *cursor == '\n' || *cursor == '\r') cursor++;
        const xmlChar *start = cursor;
        while (*cursor != 0 && *cursor != ' ' && *cursor != '\t' && *cursor != '\n' && *cursor != '\r') cursor++;
        if ((size_t)(cursor - start) == length && memcmp(start, name, length) == 0) return 1;
    }
    return 0;
}

/// `cxml-has-class(@class, 'name')`: whether `name` is one of the whitespace-separated words of the first node's
/// value. What `contains(concat(' ', normalize-space(@class), ' '), ' name ')` computes, without the three string
/// allocations that idiom costs for every element a `//div[…]` step visits.
static void cxml_has_class(xmlXPathParserContextPtr parser, int arguments) {
    if (arguments != 2) {
        xmlXPathSetArityError(parser);
        return;
    }
    xmlChar *name = xmlXPathPopString(parser);
    xmlXPathObjectPtr value = valuePop(parser);
    // `@class` is a node-set of one attribute: read in place rather than converted to a string, since this runs for
    // every element a class-tested step visits. Anything else is converted as XPath converts it.
    int found = 0;
    if (name == NULL || value == NULL) {
        // nothing to test: not found
    } else if (value->type == XPATH_NODESET && value->nodesetval != NULL && value->nodesetval->nodeNr == 1
               && value->nodesetval->nodeTab[0]->type == XML_ATTRIBUTE_NODE) {
        found = cxml_attribute_has_class(value->nodesetval->nodeTab[0], name);
    } else {
        xmlChar *converted = xmlXPathCastToString(value);
        found = converted != NULL && cxml_classes_contain(converted, name);
        xmlFree(converted);
    }
    xmlFree(name);
    xmlXPathFreeObject(value);
    valuePush(parser, xmlXPathNewBoolean(found));
}

/// The class-test idiom agency files write, rewritten to `cxml-has-class` (same result, see above); NULL when the
/// expression has none. Only the exact form with a single-word class name is rewritten.
static char *cxml_class_tests(const char *expression) {
    static const char opening[] = "contains(concat(' ', normalize-space(@class), ' '), ' ";
    if (strstr(expression, opening) == NULL) {
        return NULL;
    }
    size_t length = strlen(expression);
    char *out = malloc(length + 1);
    if (out == NULL) {
        return NULL;
    }
    size_t written = 0;
    const char *cursor = expression;
    const char *match;
    while ((match = strstr(cursor, opening)) != NULL) {
        const char *name = match + strlen(opening);
        const char *end = name;
        while (*end != 0 && *end != ' ' && *end != '\'' && *end != '\t') end++;
        if (end == name || strncmp(end, " ')", 3) != 0) {
            size_t keep = (size_t)(name - cursor);
            memcpy(out + written, cursor, keep);
            written += keep;
            cursor = name;
            continue;
        }
        memcpy(out + written, cursor, (size_t)(match - cursor));
        written += (size_t)(match - cursor);
        written += (size_t)sprintf(out + written, "cxml-has-class(@class, '%.*s')", (int)(end - name), name);
        cursor = end + 3;
    }
    strcpy(out + written, cursor);
    return out;
}

char *cxml_xpath_rewrite(const char *expression) {
    char *squeezed = cxml_squeezed_tests(expression);
    const char *labelled = squeezed != NULL ? squeezed : expression;
    char *classes = cxml_class_tests(labelled);
    const char *source = classes != NULL ? classes : labelled;
    char *indexed = cxml_indexed_steps(source);
    const char *opened = indexed != NULL ? indexed : source;
    char *steps = cxml_descendant_steps(opened);
    char *rewritten = steps != NULL ? steps : strdup(opened);
    free(indexed);
    free(classes);
    free(squeezed);
    return rewritten;
}

/// The compiled form of `expression`, compiled once per thread; NULL if it does not compile. `*cached` tells whether
/// the cache keeps it (else the caller frees it after use).
static xmlXPathCompExprPtr cxml_compiled(const char *expression, int *cached) {
    uint64_t hash = cxml_expression_hash(expression);
    cxml_cached_expression *entry = cxml_slot(expression, hash);
    *cached = 0;
    if (entry->expression != NULL) {
        *cached = 1;
        return entry->compiled;
    }
    char *rewritten = cxml_xpath_rewrite(expression);
    xmlXPathCompExprPtr compiled = xmlXPathCompile((const xmlChar *)(rewritten != NULL ? rewritten : expression));
    free(rewritten);
    if (compiled == NULL) {
        return NULL;
    }
    char *copy = strdup(expression);
    if (copy == NULL) {
        return compiled;  // not cached: cxml_xpath_eval frees it after this one use
    }
    if (4 * (cxml_cached_count + 1) > 3 * CXML_XPATH_CACHE_SLOTS) {
        cxml_empty_cache();
        entry = cxml_slot(expression, hash);
    }
    entry->expression = copy;
    entry->hash = hash;
    entry->compiled = compiled;
    cxml_cached_count++;
    *cached = 1;
    return compiled;
}

/// The thread's evaluation context, made on first use; NULL when out of memory (with `error` written).
static xmlXPathContextPtr cxml_thread_context(char *error, size_t error_capacity) {
    if (cxml_context == NULL) {
        cxml_context = xmlXPathNewContext(NULL);
        if (cxml_context == NULL) {
            cxml_copy_error(error, error_capacity, "out of memory creating an XPath context");
            return NULL;
        }
        // libxml2's object cache: the temporary node-sets, strings and booleans of every step and predicate are
        // reused instead of allocated and freed each time (defaults: 100 of each kind).
        xmlXPathContextSetCache(cxml_context, 1, -1, 0);
        xmlXPathRegisterFunc(cxml_context, (const xmlChar *)"cxml-has-class", cxml_has_class);
        xmlXPathRegisterFunc(cxml_context, (const xmlChar *)"cxml-within", cxml_within_function);
        xmlXPathRegisterFunc(cxml_context, (const xmlChar *)"cxml-squeezed-equals", cxml_squeezed_equals_function);
    }
    return cxml_context;
}

static cxml_xpath_result *cxml_xpath_eval_compiled(
    cxml_doc *doc, cxml_node *context, const char *expression, int verbatim, char *error, size_t error_capacity) {
    cxml_enter();
    if (doc == NULL || expression == NULL) {
        cxml_copy_error(error, error_capacity, "no document or expression");
        return NULL;
    }
    if (cxml_thread_context(error, error_capacity) == NULL) {
        return NULL;
    }
    int cached = 0;
    xmlXPathCompExprPtr compiled =
        verbatim ? xmlXPathCompile((const xmlChar *)expression) : cxml_compiled(expression, &cached);
    if (compiled == NULL) {
        cxml_copy_error(error, error_capacity, "libxml2 could not compile the expression");
        return NULL;
    }
    xmlXPathContextPtr xpath = cxml_context;
    xpath->doc = (xmlDocPtr)doc;
    xpath->node = context != NULL ? cxml_unwrap(context) : (xmlNodePtr)doc;
    xpath->contextSize = -1;
    xpath->proximityPosition = -1;
    xmlXPathObjectPtr result = xmlXPathCompiledEval(compiled, xpath);
    xpath->doc = NULL;
    xpath->node = NULL;
    if (!cached) {
        xmlXPathFreeCompExpr(compiled);
    }
    if (result == NULL) {
        cxml_copy_error(error, error_capacity, "libxml2 could not evaluate the expression");
        return NULL;
    }
    return (cxml_xpath_result *)result;
}

cxml_xpath_result *cxml_xpath_eval(
    cxml_doc *doc, cxml_node *context, const char *expression, char *error, size_t error_capacity) {
    return cxml_xpath_eval_compiled(doc, context, expression, 0, error, error_capacity);
}

cxml_xpath_result *cxml_xpath_eval_verbatim(
    cxml_doc *doc, cxml_node *context, const char *expression, char *error, size_t error_capacity) {
    return cxml_xpath_eval_compiled(doc, context, expression, 1, error, error_capacity);
}

static xmlXPathObjectPtr cxml_object(const cxml_xpath_result *result) {
    return (xmlXPathObjectPtr)result;
}

cxml_xpath_kind cxml_xpath_result_kind(const cxml_xpath_result *result) {
    switch (cxml_object(result)->type) {
    case XPATH_NODESET:
        return CXML_XPATH_NODESET;
    case XPATH_BOOLEAN:
        return CXML_XPATH_BOOLEAN;
    case XPATH_NUMBER:
        return CXML_XPATH_NUMBER;
    case XPATH_STRING:
        return CXML_XPATH_STRING;
    default:
        return CXML_XPATH_UNSUPPORTED;
    }
}

size_t cxml_xpath_result_node_count(const cxml_xpath_result *result) {
    xmlXPathObjectPtr object = cxml_object(result);
    if (object->type != XPATH_NODESET || object->nodesetval == NULL || object->nodesetval->nodeNr < 0) {
        return 0;
    }
    return (size_t)object->nodesetval->nodeNr;
}

cxml_node *cxml_xpath_result_node(const cxml_xpath_result *result, size_t index) {
    if (index >= cxml_xpath_result_node_count(result)) {
        return NULL;
    }
    xmlNodePtr node = cxml_object(result)->nodesetval->nodeTab[index];
    if (node == NULL || node->type == XML_NAMESPACE_DECL) {
        return NULL;
    }
    return (cxml_node *)node;
}

int cxml_xpath_result_boolean(const cxml_xpath_result *result) {
    xmlXPathObjectPtr object = cxml_object(result);
    return object->type == XPATH_BOOLEAN ? object->boolval : 0;
}

double cxml_xpath_result_number(const cxml_xpath_result *result) {
    xmlXPathObjectPtr object = cxml_object(result);
    return object->type == XPATH_NUMBER ? object->floatval : 0.0;
}

const char *cxml_xpath_result_string(const cxml_xpath_result *result) {
    xmlXPathObjectPtr object = cxml_object(result);
    if (object->type != XPATH_STRING || object->stringval == NULL) {
        return "";
    }
    return (const char *)object->stringval;
}

void cxml_xpath_result_free(cxml_xpath_result *result) {
    if (result != NULL) {
        xmlXPathFreeObject(cxml_object(result));
    }
}
