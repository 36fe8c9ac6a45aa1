// Process-wide libxml2 initialisation and per-thread error capture.
//
// HTML_PARSE_NOERROR silences only the parser: XPath errors go through xmlGenericError/xmlStructuredError and are
// printed to stderr unless a handler is installed. In libxml2 2.9.14 (threads enabled) both are per-thread globals,
// so they are set on every entry point and also made the default for threads created later.
#include "cxml_private.h"

#include <pthread.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#define CXML_MESSAGE_CAPACITY 512

static pthread_once_t cxml_once = PTHREAD_ONCE_INIT;
static _Thread_local char cxml_last_message[CXML_MESSAGE_CAPACITY];

static void cxml_capture_structured(void *context, xmlErrorPtr error) {
    (void)context;
    if (error == NULL || error->message == NULL) {
        return;
    }
    size_t length = strlen(error->message);
    while (length > 0 && (error->message[length - 1] == '\n' || error->message[length - 1] == ' ')) {
        length--;
    }
    if (length >= CXML_MESSAGE_CAPACITY) {
        length = CXML_MESSAGE_CAPACITY - 1;
    }
    memcpy(cxml_last_message, error->message, length);
    cxml_last_message[length] = '\0';
}

static void cxml_discard_generic(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void cxml_initialise(void) {
    xmlInitParser();
    xmlThrDefSetGenericErrorFunc(NULL, cxml_discard_generic);
    xmlThrDefSetStructuredErrorFunc(NULL, cxml_capture_structured);
}

void cxml_enter(void) {
    pthread_once(&cxml_once, cxml_initialise);
    xmlSetGenericErrorFunc(NULL, cxml_discard_generic);
    xmlSetStructuredErrorFunc(NULL, cxml_capture_structured);
    cxml_last_message[0] = '\0';
}

void cxml_copy_error(char *error, size_t capacity, const char *fallback) {
    if (error == NULL || capacity == 0) {
        return;
    }
    const char *message = cxml_last_message[0] != '\0' ? cxml_last_message : fallback;
    size_t length = strlen(message);
    if (length >= capacity) {
        length = capacity - 1;
    }
    memcpy(error, message, length);
    error[length] = '\0';
}

void cxml_free(void *pointer) {
    if (pointer != NULL) {
        xmlFree(pointer);
    }
}
