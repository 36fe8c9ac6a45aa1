// The text of a subtree laid out as lines: what an announcement body reads as, without serialising it to HTML and
// scanning that again (the body of every detail page goes through here).
#include "CXMLFacade.h"
#include "cxml_private.h"

#include <libxml/globals.h>
#include <string.h>
#include <strings.h>

typedef struct {
    char *bytes;
    size_t length;
    size_t capacity;
    int failed;
} text_buffer;

static void buffer_append(text_buffer *buffer, const char *bytes, size_t length) {
    if (buffer->failed || length == 0) {
        return;
    }
    if (buffer->length + length + 1 > buffer->capacity) {
        size_t capacity = buffer->capacity == 0 ? 4096 : buffer->capacity;
        while (buffer->length + length + 1 > capacity) {
            capacity *= 2;
        }
        char *grown = xmlRealloc(buffer->bytes, capacity);
        if (grown == NULL) {
            buffer->failed = 1;
            return;
        }
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, bytes, length);
    buffer->length += length;
}

static const char *const line_breaking_tags[] = {
    "p", "br", "div", "tr", "li", "ul", "ol", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "dl",
    "dt", "dd", "section", "article", "header", "footer", "blockquote", "pre", "hr", "caption", NULL,
};

/// What an element leaves around its text: a line break for blocks, a space for table cells, nothing for inline
/// tags (so `제2025-<span>518</span>호` stays one word).
static const char *separator(const xmlChar *name) {
    if (name == NULL) {
        return "";
    }
    // Tags are compared only when their first letter matches: this runs at both ends of every element of a body.
    char first = (char)(name[0] | 0x20);
    for (size_t index = 0; line_breaking_tags[index] != NULL; index++) {
        if (line_breaking_tags[index][0] == first && strcasecmp((const char *)name, line_breaking_tags[index]) == 0) {
            return "\n";
        }
    }
    if (first == 't' && (strcasecmp((const char *)name, "td") == 0 || strcasecmp((const char *)name, "th") == 0)) {
        return " ";
    }
    return "";
}

static int is_skipped(const xmlChar *name) {
    return name != NULL && (name[0] | 0x20) == 's'
        && (strcasecmp((const char *)name, "script") == 0 || strcasecmp((const char *)name, "style") == 0);
}

/// Depth-first, iteratively (editor exports nest deeply): text and CDATA as they are, separators at both ends of
/// each element, nothing from comments, scripts and styles.
static void collect(xmlNodePtr top, text_buffer *buffer) {
    xmlNodePtr node = top->children;
    while (node != NULL) {
        int descend = 0;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content != NULL) {
                buffer_append(buffer, (const char *)node->content, strlen((const char *)node->content));
            }
        } else if (node->type == XML_ELEMENT_NODE && !is_skipped(node->name)) {
            const char *mark = separator(node->name);
            buffer_append(buffer, mark, strlen(mark));
            descend = node->children != NULL;
            if (!descend) {
                buffer_append(buffer, mark, strlen(mark));
            }
        }
        if (descend) {
            node = node->children;
            continue;
        }
        while (node != NULL && node != top && node->next == NULL) {
            node = node->parent;
            if (node != NULL && node != top && node->type == XML_ELEMENT_NODE) {
                const char *mark = separator(node->name);
                buffer_append(buffer, mark, strlen(mark));
            }
        }
        if (node == NULL || node == top) {
            break;
        }
        node = node->next;
    }
}

/// The byte length of a whitespace character at `bytes` (Unicode White_Space other than a line feed), else 0.
/// A CR before LF counts as whitespace too: the pair is one character that is not a line break.
static size_t whitespace_length(const unsigned char *bytes, size_t available) {
    unsigned char first = bytes[0];
    if (first == ' ' || first == '\t' || first == '\r' || first == '\v' || first == '\f') {
        return 1;
    }
    if (first == 0xC2 && available >= 2 && (bytes[1] == 0xA0 || bytes[1] == 0x85)) {
        return 2;
    }
    if (available >= 3) {
        unsigned int code = ((unsigned int)(first & 0x0F) << 12) | ((unsigned int)(bytes[1] & 0x3F) << 6)
            | (unsigned int)(bytes[2] & 0x3F);
        if ((first & 0xF0) == 0xE0
            && (code == 0x1680 || (code >= 0x2000 && code <= 0x200A) || code == 0x2028 || code == 0x2029
                || code == 0x202F || code == 0x205F || code == 0x3000)) {
            return 3;
        }
    }
    return 0;
}

/// Lines with their whitespace collapsed to single spaces and trimmed; empty lines dropped.
static char *layout(const text_buffer *raw, size_t *length) {
    char *out = xmlMalloc(raw->length + 1);
    if (out == NULL) {
        return NULL;
    }
    size_t written = 0;
    int pending_space = 0;
    int line_has_text = 0;
    const unsigned char *bytes = (const unsigned char *)raw->bytes;
    size_t index = 0;
    while (index < raw->length) {
        if (bytes[index] == '\n' && !(index > 0 && bytes[index - 1] == '\r')) {
            if (line_has_text) {
                out[written++] = '\n';
            }
            line_has_text = 0;
            pending_space = 0;
            index++;
            continue;
        }
        size_t space = bytes[index] == '\n' ? 1 : whitespace_length(bytes + index, raw->length - index);
        if (space > 0) {
            pending_space = line_has_text;
            index += space;
            continue;
        }
        if (pending_space) {
            out[written++] = ' ';
            pending_space = 0;
        }
        out[written++] = (char)bytes[index++];
        line_has_text = 1;
    }
    if (written > 0 && out[written - 1] == '\n') {
        written--;
    }
    out[written] = '\0';
    *length = written;
    return out;
}

char *cxml_node_block_text(const cxml_node *node, size_t *length) {
    xmlNodePtr raw = cxml_unwrap(node);
    *length = 0;
    if (raw == NULL) {
        return NULL;
    }
    text_buffer buffer = {NULL, 0, 0, 0};
    collect(raw, &buffer);
    if (buffer.failed) {
        xmlFree(buffer.bytes);
        return NULL;
    }
    if (buffer.length == 0) {
        char *empty = xmlMalloc(1);
        if (empty != NULL) {
            empty[0] = '\0';
        }
        return empty;
    }
    char *text = layout(&buffer, length);
    xmlFree(buffer.bytes);
    return text;
}
