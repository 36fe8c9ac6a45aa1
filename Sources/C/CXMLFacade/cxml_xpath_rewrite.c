// Rewrites `//name[predicate]` steps to `/descendant::name[predicate]` before compiling, where the two provably select
// the same nodes. libxml2 2.9 makes that rewrite itself only for steps without predicates; with one, it first gathers
// every node of the document (descendant-or-self::node()) into a node-set and then walks the children of each, which
// cost about twice the single walk on the agency files' selectors (nearly all of the form `//div[class test]`).
//
// `//` abbreviates `/descendant-or-self::node()/`, so `//x[p]` is `child::x[p]` of every node of the subtree. That is
// `descendant::x[p]` unless p depends on the position of x among its siblings (`[1]`, `[last()]`, `[position() > 2]`,
// any number-valued predicate): positions count along the axis. So a step is rewritten only when each of its
// predicates is, by its form, a boolean or a node-set that does not call position() or last().
#include "cxml_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cxml_name_start(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
}

static int cxml_name_char(unsigned char c) {
    return cxml_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

static int cxml_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The end of the string literal opening at `p` (just past its closing quote), or NULL if it is not closed.
static const char *cxml_literal_end(const char *p) {
    const char *close = strchr(p + 1, *p);
    return close != NULL ? close + 1 : NULL;
}

/// The end of the bracketed group opening at `p` (`[` or `(`), just past its closing bracket; NULL if unbalanced.
static const char *cxml_group_end(const char *p) {
    int depth = 0;
    while (*p != 0) {
        if (*p == '\'' || *p == '"') {
            p = cxml_literal_end(p);
            if (p == NULL) return NULL;
            continue;
        }
        if (*p == '[' || *p == '(') depth++;
        if (*p == ']' || *p == ')') {
            depth--;
            if (depth == 0) return p + 1;
        }
        p++;
    }
    return NULL;
}

/// Whether `[start, end)` calls position() or last() or reads a variable anywhere, nested groups included.
static int cxml_reads_position(const char *start, const char *end) {
    const char *p = start;
    while (p < end) {
        if (*p == '\'' || *p == '"') {
            p = cxml_literal_end(p);
            if (p == NULL || p > end) return 1;
            continue;
        }
        if (*p == '$') return 1;
        if (cxml_name_start((unsigned char)*p) && (p == start || !cxml_name_char((unsigned char)p[-1]))) {
            const char *name = p;
            while (p < end && cxml_name_char((unsigned char)*p)) p++;
            size_t length = (size_t)(p - name);
            const char *after = p;
            while (after < end && cxml_space((unsigned char)*after)) after++;
            int is_position = length == 8 && strncmp(name, "position", 8) == 0;
            int is_last = length == 4 && strncmp(name, "last", 4) == 0;
            if (after < end && *after == '(' && (is_position || is_last)) return 1;
            continue;
        }
        p++;
    }
    return 0;
}

/// Whether `[start, end)` (a predicate's expression, trimmed) is a relative location path of plain steps: names,
/// `*`, `.`, `..`, `@name`, `axis::name`, each with predicates of any form (they have their own context). Such a
/// path is a node-set, true when not empty.
static int cxml_is_plain_path(const char *start, const char *end) {
    const char *p = start;
    int expect_step = 1;
    while (p < end) {
        if (expect_step) {
            if (*p == '.') {
                p++;
                if (p < end && *p == '.') p++;
            } else {
                if (*p == '@') p++;
                if (p < end && *p == '*') {
                    p++;
                } else if (p < end && cxml_name_start((unsigned char)*p)) {
                    while (p < end && cxml_name_char((unsigned char)*p)) p++;
                    if (p + 1 < end && p[0] == ':' && p[1] == ':') {
                        p += 2;
                        if (p < end && *p == '*') {
                            p++;
                        } else if (p < end && cxml_name_start((unsigned char)*p)) {
                            while (p < end && cxml_name_char((unsigned char)*p)) p++;
                        } else {
                            return 0;
                        }
                    }
                } else {
                    return 0;
                }
            }
            // A node-type test or function call (`text()`, `count(x)`) is not a plain step.
            if (p < end && *p == '(') return 0;
            while (p < end && *p == '[') {
                const char *close = cxml_group_end(p);
                if (close == NULL || close > end) return 0;
                p = close;
            }
            expect_step = 0;
        } else {
            if (*p != '/') return 0;
            p++;
            if (p < end && *p == '/') p++;
            expect_step = 1;
        }
    }
    return !expect_step;
}

/// Whether a predicate's value is, by its form, a boolean: it has an `or`, `and` or comparison outside any group (the
/// operators that bind loosest, so they are the expression's own), or it is one call of a boolean function.
static int cxml_is_boolean(const char *start, const char *end) {
    const char *p = start;
    int after_operand = 0;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c == '\'' || c == '"') {
            p = cxml_literal_end(p);
            if (p == NULL || p > end) return 0;
            after_operand = 1;
            continue;
        }
        if (c == '[' || c == '(') {
            p = cxml_group_end(p);
            if (p == NULL || p > end) return 0;
            after_operand = 1;
            continue;
        }
        if (c == '=' || c == '<' || c == '>') return 1;
        if (cxml_name_start(c)) {
            const char *name = p;
            while (p < end && cxml_name_char((unsigned char)*p)) p++;
            size_t length = (size_t)(p - name);
            // After an operand, `or` and `and` are operators (XPath 1.0 §3.7); elsewhere they are element names.
            if (after_operand && ((length == 2 && strncmp(name, "or", 2) == 0)
                                     || (length == 3 && strncmp(name, "and", 3) == 0))) {
                return 1;
            }
            after_operand = 1;
            continue;
        }
        if (cxml_space(c)) {
            p++;
            continue;
        }
        after_operand = c == '*' || c == '.' || (c >= '0' && c <= '9');
        p++;
    }
    static const char *const functions[] = {
        "contains", "starts-with", "not", "boolean", "true", "false", "lang", "cxml-has-class", "cxml-squeezed-equals",
    };
    for (size_t index = 0; index < sizeof functions / sizeof functions[0]; index++) {
        size_t length = strlen(functions[index]);
        if ((size_t)(end - start) <= length || strncmp(start, functions[index], length) != 0) continue;
        const char *open = start + length;
        while (open < end && cxml_space((unsigned char)*open)) open++;
        if (open < end && *open == '(' && cxml_group_end(open) == end) return 1;
    }
    return 0;
}

/// Whether the predicate `[start, end)` (without its brackets) gives the same answer at every position.
static int cxml_position_free(const char *start, const char *end) {
    while (start < end && cxml_space((unsigned char)*start)) start++;
    while (end > start && cxml_space((unsigned char)end[-1])) end--;
    if (start == end || cxml_reads_position(start, end)) return 0;
    return cxml_is_boolean(start, end) || cxml_is_plain_path(start, end);
}

/// Past the predicates at `q` (spaces skipped) when each is position-free, NULL when one is not.
static const char *cxml_position_free_predicates(const char *q) {
    while (cxml_space((unsigned char)*q)) q++;
    while (*q == '[') {
        const char *close = cxml_group_end(q);
        if (close == NULL || !cxml_position_free(q + 1, close - 1)) return NULL;
        q = close;
        while (cxml_space((unsigned char)*q)) q++;
    }
    return q;
}

/// If `p` (just past a `//`) starts a child step `name[…]…` whose predicates are all position-free, the end of that
/// step's name (where `/descendant::` ends the rewritten text); else NULL.
static const char *cxml_rewritable_step(const char *p) {
    const char *name = p;
    if (*p == '*') {
        p++;
    } else if (cxml_name_start((unsigned char)*p)) {
        while (cxml_name_char((unsigned char)*p)) p++;
        // `prefix:name` is a name test; `axis::` is an explicit axis and is left alone.
        if (p[0] == ':' && p[1] != ':' && cxml_name_start((unsigned char)p[1])) {
            p++;
            while (cxml_name_char((unsigned char)*p)) p++;
        }
    } else {
        return NULL;
    }
    const char *name_end = p;
    if (name_end == name) return NULL;
    const char *q = p;
    while (cxml_space((unsigned char)*q)) q++;
    if (*q != '[') return NULL;  // no predicate: libxml2 rewrites the step itself; `(`: a node-type test; `::` an axis
    return cxml_position_free_predicates(q) != NULL ? name_end : NULL;
}

char *cxml_descendant_steps(const char *expression) {
    static const char axis[] = "/descendant::";
    size_t count = 0;
    for (const char *p = expression; *p != 0;) {
        if (*p == '\'' || *p == '"') {
            p = cxml_literal_end(p);
            if (p == NULL) return NULL;
            continue;
        }
        if (p[0] == '/' && p[1] == '/' && cxml_rewritable_step(p + 2) != NULL) count++;
        p++;
    }
    if (count == 0) return NULL;
    size_t length = strlen(expression);
    char *out = malloc(length + count * (sizeof axis - 3) + 1);
    if (out == NULL) return NULL;
    char *w = out;
    for (const char *p = expression; *p != 0;) {
        if (*p == '\'' || *p == '"') {
            const char *end = cxml_literal_end(p);
            memcpy(w, p, (size_t)(end - p));
            w += end - p;
            p = end;
            continue;
        }
        if (p[0] == '/' && p[1] == '/' && cxml_rewritable_step(p + 2) != NULL) {
            memcpy(w, axis, sizeof axis - 1);
            w += sizeof axis - 1;
            p += 2;
            continue;
        }
        *w++ = *p++;
    }
    *w = 0;
    return out;
}

/// If `p` (just past a leading `//`) starts a step `name` or `*` with no predicate or only position-free ones, and
/// the step ends the path or is followed by `/`, `|`, `)` or `]`, the end of its name; else NULL. Prefixed names,
/// axes and node-type tests (`text()`) are left alone.
static const char *cxml_indexable_step(const char *p) {
    if (*p == '*') {
        p++;
    } else if (cxml_name_start((unsigned char)*p)) {
        while (cxml_name_char((unsigned char)*p)) p++;
    } else {
        return NULL;
    }
    const char *q = cxml_position_free_predicates(p);
    if (q == NULL || (*q != 0 && *q != '/' && *q != '|' && *q != ')' && *q != ']')) return NULL;
    return p;
}

static const char *cxml_skip_spaces(const char *p) {
    while (cxml_space((unsigned char)*p)) p++;
    return p;
}

/// Writes `, 'op', 'attribute', ` and the literal `[value, value_end)` (quotes included) at `*w`.
static void cxml_write_test(char **w, char op, const char *attribute, size_t attribute_length, const char *value,
                            const char *value_end) {
    *w += sprintf(*w, ", '%c', '%.*s', ", op, (int)attribute_length, attribute);
    memcpy(*w, value, (size_t)(value_end - value));
    *w += value_end - value;
}

/// If `p` starts a first predicate the index functions answer themselves, writes the test's arguments
/// `, 'op', 'attribute', 'value'` at `*w` and returns the end of the predicate; else returns `p`. The forms:
/// `[cxml-has-class(@class, 'word')]` (a class test as `cxml_class_tests` writes it; op `~`),
/// `[contains(@a, 'v')]` (`c`), `[starts-with(@a, 'v')]` (`s`), `[@a = 'v']` (`=`) and `[contains(., 'v')]` (`t`,
/// no attribute), spaces allowed between tokens, either quote. Each node of a step pays libxml2's whole predicate
/// machinery for such a test (an attribute node-set, a copied string, a boolean); the index reads the attribute in
/// place.
static const char *cxml_test_arguments(const char *p, char **w) {
    static const char class_test[] = "[cxml-has-class(@class, '";
    if (strncmp(p, class_test, sizeof class_test - 1) == 0) {
        const char *word = p + sizeof class_test - 1;
        const char *word_end = strchr(word, '\'');
        if (word_end == NULL || strncmp(word_end, "')]", 3) != 0) return p;
        cxml_write_test(w, '~', "class", 5, word - 1, word_end + 1);
        return word_end + 3;
    }
    if (*p != '[') return p;
    const char *q = cxml_skip_spaces(p + 1);
    char op;
    if (strncmp(q, "contains(", 9) == 0) {
        op = 'c';
        q = cxml_skip_spaces(q + 9);
    } else if (strncmp(q, "starts-with(", 12) == 0) {
        op = 's';
        q = cxml_skip_spaces(q + 12);
    } else {
        op = '=';
    }
    const char *attribute = q;
    size_t attribute_length = 0;
    if (op == 'c' && *q == '.' && *cxml_skip_spaces(q + 1) == ',') {
        op = 't';  // `contains(., 'v')`: the element's text
        q = cxml_skip_spaces(q + 1);
    } else {
        if (*q != '@' || !cxml_name_start((unsigned char)q[1])) return p;
        attribute = ++q;
        while (cxml_name_char((unsigned char)*q)) q++;
        attribute_length = (size_t)(q - attribute);
        if (*q == ':') return p;  // a prefixed name: left to libxml2
        q = cxml_skip_spaces(q);
    }
    if (*q != (op == '=' ? '=' : ',')) return p;
    q = cxml_skip_spaces(q + 1);
    if (*q != '\'' && *q != '"') return p;
    const char *value = q;
    const char *value_end = cxml_literal_end(q);
    if (value_end == NULL) return p;
    q = cxml_skip_spaces(value_end);
    if (op != '=') {
        if (*q != ')') return p;
        q = cxml_skip_spaces(q + 1);
    }
    if (*q != ']') return p;
    cxml_write_test(w, op, attribute, attribute_length, value, value_end);
    return q + 1;
}

char *cxml_indexed_steps(const char *expression) {
    static const char call[] = "cxml-within(/, '";
    static const char within[] = "cxml-within(";
    size_t length = strlen(expression);
    // Each rewrite turns `//x` into `cxml-within(/, 'x')` (16 bytes longer) or wraps what precedes it as
    // `cxml-within(…, 'x')` (15), and a test it answers into its arguments (`[@a='v']` → `, '=', 'a', 'v'`, 7 longer;
    // the other forms grow less or shrink): room for 32 per `//` is enough.
    size_t capacity = length + 1;
    for (const char *p = expression; *p != 0; p++) {
        if (p[0] == '/' && p[1] == '/') capacity += 32;
    }
    char *out = malloc(capacity);
    if (out == NULL) return NULL;
    char *w = out;
    int rewritten = 0;
    int branch_start = 1;  // at the start of the expression or just past a `|`, spaces aside
    for (const char *p = expression; *p != 0;) {
        if (*p == '\'' || *p == '"') {
            const char *end = cxml_literal_end(p);
            if (end == NULL) {
                free(out);
                return NULL;
            }
            memcpy(w, p, (size_t)(end - p));
            w += end - p;
            p = end;
            branch_start = 0;
            continue;
        }
        const char *name_end = branch_start && p[0] == '/' && p[1] == '/' ? cxml_indexable_step(p + 2) : NULL;
        if (name_end != NULL) {
            char *opening = w;
            memcpy(w, call, sizeof call - 1);
            w += sizeof call - 1;
            memcpy(w, p + 2, (size_t)(name_end - (p + 2)));
            w += name_end - (p + 2);
            *w++ = '\'';
            // A first predicate that is a simple attribute test is answered by the index too.
            p = cxml_test_arguments(name_end, &w);
            *w++ = ')';
            // Each following `//name…` step of the path (`//div[…]//li`) takes the elements of that name from the
            // index too, keeping those inside the nodes so far, instead of walking every one of those subtrees:
            // `cxml-within(cxml-within(/, 'div')[…], 'li')`. Its predicates, position-free, filter the same nodes.
            for (;;) {
                const char *step = cxml_position_free_predicates(p);
                const char *next_end = step != NULL && step[0] == '/' && step[1] == '/'
                                           ? cxml_indexable_step(step + 2)
                                           : NULL;
                if (next_end == NULL) break;
                memcpy(w, p, (size_t)(step - p));
                w += step - p;
                memmove(opening + sizeof within - 1, opening, (size_t)(w - opening));
                memcpy(opening, within, sizeof within - 1);
                w += sizeof within - 1;
                memcpy(w, ", '", 3);
                w += 3;
                memcpy(w, step + 2, (size_t)(next_end - (step + 2)));
                w += next_end - (step + 2);
                *w++ = '\'';
                p = cxml_test_arguments(next_end, &w);
                *w++ = ')';
            }
            rewritten = 1;
            branch_start = 0;
            continue;
        }
        if (*p == '|') {
            branch_start = 1;
        } else if (!cxml_space((unsigned char)*p)) {
            branch_start = 0;
        }
        *w++ = *p++;
    }
    *w = 0;
    if (!rewritten) {
        free(out);
        return NULL;
    }
    return out;
}
