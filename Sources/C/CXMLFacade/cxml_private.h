// Internal to CXMLFacade: shared by its .c files, never seen by Swift (it is outside include/).
#ifndef CXML_PRIVATE_H
#define CXML_PRIVATE_H

#include <stddef.h>
#include <libxml/tree.h>
#include <libxml/xpathInternals.h>

/// Prepares the calling thread for a libxml2 call: runs xmlInitParser() once per process, installs the silent
/// capturing error handlers on this thread (libxml2 2.9 keeps them per thread) and clears the captured message.
void cxml_enter(void);
/// Copies the message captured since cxml_enter (or `fallback` if libxml2 reported none) into `error`.
void cxml_copy_error(char *error, size_t capacity, const char *fallback);

/// `expression` with each `//name[…]` step whose predicates do not depend on position written as
/// `/descendant::name[…]` (same nodes, one walk instead of two); NULL when there is none. Free with free().
char *cxml_descendant_steps(const char *expression);

/// `expression` with each `//name…` step that opens the expression or a branch of a union (`… | //name…`) written as
/// `cxml-within(/, 'name')…` when its predicates do not depend on position: the elements come from the document's
/// index instead of a walk of the whole tree. The `//name…` steps that follow it, likewise position-free, become
/// `cxml-within(…, 'name')…`. NULL when there is none. Free with free().
char *cxml_indexed_steps(const char *expression);

/// Whether `name` (not empty) is one of the whitespace-separated words of `classes`: XPath's
/// `contains(concat(' ', normalize-space(@class), ' '), ' name ')` for a single-word name.
int cxml_classes_contain(const xmlChar *classes, const xmlChar *name);
/// The same of an attribute node's value: read in place when it is one text node, else as XPath converts it.
int cxml_attribute_has_class(xmlNodePtr attribute, const xmlChar *name);

/// Elements of a document, in document order: a view into its element index.
typedef struct {
    xmlNodePtr const *nodes;
    size_t count;
} cxml_element_span;
/// The elements of `doc` named `name` (in no namespace, as a name test matches them; every element for `*`), from
/// the document's index, built on the first call (see cxml_element_index.c). 0 when out of memory.
int cxml_elements_named(xmlDocPtr doc, const xmlChar *name, cxml_element_span *span);

/// `cxml-within(set, name)`: the elements named `name` (any element for `*`) inside a node of `set`, what
/// `set//name` selects, in document order, from the document's element index (see cxml_element_index.c); with the
/// document node as `set`, every such element. `cxml-within(set, name, op, attribute, value)`: those of them that
/// pass an attribute test (`op` `~` has the word, `c` contains, `s` starts with, `=` equals; `t`: the text
/// contains, no attribute), as `cxml_indexed_steps` writes it for a step's first predicate.
void cxml_within_function(xmlXPathParserContextPtr parser, int arguments);
/// `cxml-squeezed-equals(nodes, 'label')`: `translate(normalize-space(string(nodes)), ' ', '') = 'label'`, read
/// from the text in place (see cxml_squeezed_text.c).
void cxml_squeezed_equals_function(xmlXPathParserContextPtr parser, int arguments);
/// `expression` with each `translate(normalize-space(.), ' ', '')='label'` written as `cxml-squeezed-equals(.,
/// 'label')`; NULL when there is none. Free with free().
char *cxml_squeezed_tests(const char *expression);
/// Frees the document's element index, if one was built; before the document itself.
void cxml_element_index_free(xmlDocPtr doc);

static inline xmlNodePtr cxml_unwrap(const void *node) { return (xmlNodePtr)node; }

#endif
