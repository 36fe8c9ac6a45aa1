// Parsing and freeing documents.
#include "CXMLFacade.h"
#include "cxml_private.h"

#include <limits.h>
#include <libxml/HTMLparser.h>

cxml_doc *cxml_html_parse(const char *utf8, size_t length, const char *url, char *error, size_t error_capacity) {
    cxml_enter();
    if (length > INT_MAX) {
        cxml_copy_error(error, error_capacity, "document larger than 2 GiB");
        return NULL;
    }
    // RECOVER keeps tag soup; NOERROR/NOWARNING keep the parser quiet; NONET forbids fetching anything;
    // IGNORE_ENC together with the explicit "UTF-8" stops a <meta charset> from re-decoding our UTF-8.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_IGNORE_ENC;
    htmlDocPtr doc = htmlReadMemory(utf8 != NULL ? utf8 : "", (int)length, url, "UTF-8", options);
    if (doc == NULL) {
        cxml_copy_error(error, error_capacity, "libxml2 returned no document");
        return NULL;
    }
    return (cxml_doc *)doc;
}

void cxml_doc_free(cxml_doc *doc) {
    if (doc != NULL) {
        cxml_enter();
        cxml_element_index_free((xmlDocPtr)doc);
        xmlFreeDoc((xmlDocPtr)doc);
    }
}

cxml_node *cxml_doc_node(cxml_doc *doc) {
    return (cxml_node *)doc;
}

cxml_node *cxml_doc_root(cxml_doc *doc) {
    if (doc == NULL) {
        return NULL;
    }
    return (cxml_node *)xmlDocGetRootElement((xmlDocPtr)doc);
}
