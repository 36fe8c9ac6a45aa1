// XPath evaluation: one short-lived xmlXPathContext per call, result handed to the caller as an opaque object.
#include "CXMLFacade.h"
#include "cxml_private.h"

#include <libxml/xpath.h>

cxml_xpath_result *cxml_xpath_eval(
    cxml_doc *doc, cxml_node *context, const char *expression, char *error, size_t error_capacity) {
    cxml_enter();
    if (doc == NULL || expression == NULL) {
        cxml_copy_error(error, error_capacity, "no document or expression");
        return NULL;
    }
    xmlXPathContextPtr xpath = xmlXPathNewContext((xmlDocPtr)doc);
    if (xpath == NULL) {
        cxml_copy_error(error, error_capacity, "out of memory creating an XPath context");
        return NULL;
    }
    xpath->node = context != NULL ? cxml_unwrap(context) : (xmlNodePtr)doc;
    xmlXPathObjectPtr result = xmlXPathEval((const xmlChar *)expression, xpath);
    xmlXPathFreeContext(xpath);
    if (result == NULL) {
        cxml_copy_error(error, error_capacity, "libxml2 could not evaluate the expression");
        return NULL;
    }
    return (cxml_xpath_result *)result;
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
