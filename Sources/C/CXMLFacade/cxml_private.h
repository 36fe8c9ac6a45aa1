// Internal to CXMLFacade: shared by its .c files, never seen by Swift (it is outside include/).
#ifndef CXML_PRIVATE_H
#define CXML_PRIVATE_H

#include <stddef.h>
#include <libxml/tree.h>

/// Prepares the calling thread for a libxml2 call: runs xmlInitParser() once per process, installs the silent
/// capturing error handlers on this thread (libxml2 2.9 keeps them per thread) and clears the captured message.
void cxml_enter(void);
/// Copies the message captured since cxml_enter (or `fallback` if libxml2 reported none) into `error`.
void cxml_copy_error(char *error, size_t capacity, const char *fallback);

/// `expression` with each `//name[…]` step whose predicates do not depend on position written as
/// `/descendant::name[…]` (same nodes, one walk instead of two); NULL when there is none. Free with free().
char *cxml_descendant_steps(const char *expression);

static inline xmlNodePtr cxml_unwrap(const void *node) { return (xmlNodePtr)node; }

#endif
