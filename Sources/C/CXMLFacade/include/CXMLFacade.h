// CXMLFacade: the only door to libxml2 in this package.
//
// Debian's libxml2 headers include the system ICU, whose types clash with Foundation's bundled ICU on a clean build.
// So no Swift module may see <libxml/...>: this header exposes only opaque handles and plain C types, and every
// libxml2 include lives in the .c files beside it. Every entry point initialises libxml2 once (pthread_once) and
// installs silent, capturing error handlers on the calling thread, so libxml2 never writes to stderr and its last
// message can be returned to the caller.
#ifndef CXMLFACADE_H
#define CXMLFACADE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__has_attribute)
#if __has_attribute(enum_extensibility)
#define CXML_CLOSED_ENUM __attribute__((enum_extensibility(closed)))
#endif
#endif
#ifndef CXML_CLOSED_ENUM
#define CXML_CLOSED_ENUM
#endif

// Nullability for Swift: pointers are non-null unless marked CXML_NULLABLE.
#if defined(__clang__)
#define CXML_NULLABLE _Nullable
#pragma clang assume_nonnull begin
#else
#define CXML_NULLABLE
#endif

/// A parsed HTML document (an xmlDoc). Owned by the caller; release with cxml_doc_free.
typedef struct cxml_doc cxml_doc;
/// A node inside a cxml_doc (element, attribute, text, comment or the document itself). Borrowed: valid while the
/// document that owns it is alive; never freed on its own.
typedef struct cxml_node cxml_node;
/// The result of one XPath evaluation (an xmlXPathObject). Owned by the caller; release with cxml_xpath_result_free.
/// Nodes read from it belong to the document, not to the result.
typedef struct cxml_xpath_result cxml_xpath_result;

/// What an XPath expression evaluated to.
typedef enum CXML_CLOSED_ENUM cxml_xpath_kind {
    CXML_XPATH_NODESET = 1,
    CXML_XPATH_BOOLEAN = 2,
    CXML_XPATH_NUMBER = 3,
    CXML_XPATH_STRING = 4,
    /// Anything else (XSLT result trees, XPointer ranges): not produced by plain XPath 1.0 on HTML.
    CXML_XPATH_UNSUPPORTED = 5,
} cxml_xpath_kind;

/// Frees a string returned by this facade (xmlFree; Swift 6 cannot reference libxml2's global `xmlFree` var).
void cxml_free(void *CXML_NULLABLE pointer);

/// Parses `length` bytes of UTF-8 HTML with libxml2's recovering HTML parser. The encoding is forced to UTF-8 (a
/// contradictory <meta charset> is ignored), the network is off and no diagnostics are printed. `url` may be NULL.
/// Returns NULL on failure and writes libxml2's last message (NUL-terminated, possibly truncated) to `error`.
cxml_doc *CXML_NULLABLE cxml_html_parse(
    const char *CXML_NULLABLE utf8, size_t length, const char *CXML_NULLABLE url, char *error, size_t error_capacity);
/// Frees a document and every node in it.
void cxml_doc_free(cxml_doc *CXML_NULLABLE doc);
/// The document node itself, usable as an XPath context ("//a" and ".//a" both search the whole document).
cxml_node *cxml_doc_node(cxml_doc *doc);
/// The root element (normally <html>), or NULL for a document without one.
cxml_node *CXML_NULLABLE cxml_doc_root(cxml_doc *doc);

/// Evaluates an XPath 1.0 expression with `context` as the context node (NULL means the document node).
/// Returns NULL on a syntax or evaluation error and writes libxml2's message to `error`.
cxml_xpath_result *CXML_NULLABLE cxml_xpath_eval(
    cxml_doc *doc, cxml_node *CXML_NULLABLE context, const char *expression, char *error, size_t error_capacity);
/// Like cxml_xpath_eval, but compiles `expression` exactly as written, without the facade's equivalent rewrites
/// (class tests, descendant steps) and without caching it: the reference the tests hold the rewrites to.
cxml_xpath_result *CXML_NULLABLE cxml_xpath_eval_verbatim(
    cxml_doc *doc, cxml_node *CXML_NULLABLE context, const char *expression, char *error, size_t error_capacity);
/// `expression` as cxml_xpath_eval compiles it, its equivalent rewrites made (free with cxml_free; NULL if out of
/// memory): for tests that check a rewrite is made, and for reading what a slow selector became.
char *CXML_NULLABLE cxml_xpath_rewrite(const char *expression);
cxml_xpath_kind cxml_xpath_result_kind(const cxml_xpath_result *result);
/// Number of entries in a node-set result (0 for other kinds or an empty set).
size_t cxml_xpath_result_node_count(const cxml_xpath_result *result);
/// The node at `index` of a node-set result, or NULL for entries that are not document nodes (XPath namespace
/// nodes are copies owned by the result and would dangle once it is freed).
cxml_node *CXML_NULLABLE cxml_xpath_result_node(const cxml_xpath_result *result, size_t index);
int cxml_xpath_result_boolean(const cxml_xpath_result *result);
double cxml_xpath_result_number(const cxml_xpath_result *result);
/// The string of a string result, borrowed from the result ("" for other kinds).
const char *cxml_xpath_result_string(const cxml_xpath_result *result);
void cxml_xpath_result_free(cxml_xpath_result *CXML_NULLABLE result);

/// The node's name (tag name lower-cased by the HTML parser, attribute name, "text", "comment"), borrowed from the
/// document; NULL for nodes without one.
const char *CXML_NULLABLE cxml_node_name(const cxml_node *node);
/// The node's text content with entities decoded (xmlNodeGetContent). Free with cxml_free. NULL if none.
char *CXML_NULLABLE cxml_node_text(const cxml_node *node);
/// The value of attribute `name` on an element, entities decoded. Free with cxml_free. NULL if absent.
char *CXML_NULLABLE cxml_node_attribute(const cxml_node *node, const char *name);
/// The first attribute of an element as a node (NULL if none or not an element); walk on with cxml_attribute_next.
cxml_node *CXML_NULLABLE cxml_node_first_attribute(const cxml_node *node);
cxml_node *CXML_NULLABLE cxml_attribute_next(const cxml_node *attribute);
/// Element children only (text and comments skipped).
cxml_node *CXML_NULLABLE cxml_node_first_element_child(const cxml_node *node);
cxml_node *CXML_NULLABLE cxml_node_next_element_sibling(const cxml_node *node);
/// Serialises the node as HTML (outer), or only its children (inner != 0). Returns a UTF-8 string of `*length` bytes
/// to free with cxml_free, or NULL if out of memory.
char *CXML_NULLABLE cxml_node_html(const cxml_node *node, int inner, size_t *CXML_NULLABLE length);
/// The text under the node as lines: block elements on their own lines, table cells apart by a space, inline tags
/// invisible; comments, scripts and styles left out; whitespace collapsed within lines, empty lines dropped. Returns a
/// UTF-8 string of `*length` bytes (free with cxml_free), or NULL if out of memory.
char *CXML_NULLABLE cxml_node_block_text(const cxml_node *node, size_t *length);

#if defined(__clang__)
#pragma clang assume_nonnull end
#endif

#ifdef __cplusplus
}
#endif

#endif
