/* SPDX-License-Identifier: EUPL-1.2 */
/* What every fuzz target shares: FUZZ_ASSERT, a strict JSON checker (RFC 8259) that keeps a flat
 * list of tokens for look-ups, and the invariants of helder's reports and answers. Pure C99 on the
 * public API only (include/helder/), like a vendor's code. A failed invariant prints what failed
 * and aborts, which libFuzzer and the replay driver report as a crash.
 *
 * Included by exactly one translation unit per target: every function is static. */
#ifndef HELDER_FUZZ_SUPPORT_H
#define HELDER_FUZZ_SUPPORT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"

#if defined(__GNUC__) || defined(__clang__)
#define FUZZ_UNUSED __attribute__((unused))
#else
#define FUZZ_UNUSED
#endif

#define FUZZ_ASSERT(cond)                                                                                             \
    do {                                                                                                              \
        if (!(cond)) fuzz_fail(#cond, __FILE__, __LINE__);                                                            \
    } while (0)

FUZZ_UNUSED static void fuzz_fail(const char *what, const char *file, int line) {
    fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, what);
    abort();
}

/* ---------------------------------------------------------------------------------------------
 * JSON: fj_parse accepts exactly the grammar of RFC 8259 (one value, whitespace around it; no
 * trailing commas, no comments, no leading zeros, no control characters or bad escapes in strings)
 * and records one token per value. Keys of an object are string tokens, each followed by its value.
 * UTF-8 is not checked here: callers run helder_utf8_validate on the whole document.
 */
typedef enum { FJ_NULL, FJ_FALSE, FJ_TRUE, FJ_NUMBER, FJ_STRING, FJ_ARRAY, FJ_OBJECT } fj_type;

typedef struct {
    fj_type type;
    size_t start, end; /* bytes of the value in the document; a string's include its quotes */
    size_t next;       /* index of the first token after this value and everything inside it */
    size_t count;      /* elements of an array, members (key-value pairs) of an object */
} fj_token;

typedef struct {
    const char *text;
    size_t len, pos;
    fj_token *tok;
    size_t n, cap;
} fj_doc;

#define FJ_NONE ((size_t)-1)
#define FJ_MAX_DEPTH 512

FUZZ_UNUSED static void fj_ws(fj_doc *d) {
    while (d->pos < d->len &&
           (d->text[d->pos] == ' ' || d->text[d->pos] == '\t' || d->text[d->pos] == '\n' || d->text[d->pos] == '\r'))
        ++d->pos;
}

FUZZ_UNUSED static size_t fj_push(fj_doc *d, fj_type type) {
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 64;
        d->tok = (fj_token *)realloc(d->tok, d->cap * sizeof *d->tok);
        if (!d->tok) abort();
    }
    d->tok[d->n].type = type;
    d->tok[d->n].start = d->pos;
    d->tok[d->n].end = d->pos;
    d->tok[d->n].count = 0;
    d->tok[d->n].next = 0;
    return d->n++;
}

FUZZ_UNUSED static int fj_hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

FUZZ_UNUSED static int fj_string(fj_doc *d) {
    size_t t = fj_push(d, FJ_STRING);
    ++d->pos; /* the opening quote */
    for (;;) {
        unsigned char c;
        if (d->pos >= d->len) return 0;
        c = (unsigned char)d->text[d->pos++];
        if (c == '"') break;
        if (c < 0x20) return 0;
        if (c != '\\') continue;
        if (d->pos >= d->len) return 0;
        c = (unsigned char)d->text[d->pos++];
        if (c == 'u') {
            int k;
            for (k = 0; k < 4; ++k)
                if (d->pos >= d->len || fj_hex(d->text[d->pos++]) < 0) return 0;
        } else if (!strchr("\"\\/bfnrt", c) || c == 0) {
            return 0;
        }
    }
    d->tok[t].end = d->pos;
    d->tok[t].next = d->n;
    return 1;
}

FUZZ_UNUSED static int fj_digits(fj_doc *d) {
    size_t from = d->pos;
    while (d->pos < d->len && d->text[d->pos] >= '0' && d->text[d->pos] <= '9') ++d->pos;
    return d->pos > from;
}

FUZZ_UNUSED static int fj_number(fj_doc *d) {
    size_t t = fj_push(d, FJ_NUMBER);
    if (d->text[d->pos] == '-') ++d->pos;
    if (d->pos < d->len && d->text[d->pos] == '0') ++d->pos;
    else if (!fj_digits(d)) return 0;
    if (d->pos < d->len && d->text[d->pos] == '.') {
        ++d->pos;
        if (!fj_digits(d)) return 0;
    }
    if (d->pos < d->len && (d->text[d->pos] == 'e' || d->text[d->pos] == 'E')) {
        ++d->pos;
        if (d->pos < d->len && (d->text[d->pos] == '+' || d->text[d->pos] == '-')) ++d->pos;
        if (!fj_digits(d)) return 0;
    }
    d->tok[t].end = d->pos;
    d->tok[t].next = d->n;
    return 1;
}

FUZZ_UNUSED static int fj_literal(fj_doc *d, const char *word, fj_type type) {
    size_t n = strlen(word), t = fj_push(d, type);
    if (d->len - d->pos < n || memcmp(d->text + d->pos, word, n) != 0) return 0;
    d->pos += n;
    d->tok[t].end = d->pos;
    d->tok[t].next = d->n;
    return 1;
}

FUZZ_UNUSED static int fj_value(fj_doc *d, int depth);

/* An array or an object: close is ']' or '}'. */
FUZZ_UNUSED static int fj_container(fj_doc *d, int depth, fj_type type, char close) {
    size_t t = fj_push(d, type);
    ++d->pos;
    fj_ws(d);
    if (d->pos < d->len && d->text[d->pos] == close) {
        ++d->pos;
    } else {
        for (;;) {
            fj_ws(d);
            if (type == FJ_OBJECT) {
                if (d->pos >= d->len || d->text[d->pos] != '"' || !fj_string(d)) return 0;
                fj_ws(d);
                if (d->pos >= d->len || d->text[d->pos] != ':') return 0;
                ++d->pos;
            }
            if (!fj_value(d, depth + 1)) return 0;
            d->tok[t].count++;
            fj_ws(d);
            if (d->pos >= d->len) return 0;
            if (d->text[d->pos] == ',') {
                ++d->pos;
                continue;
            }
            if (d->text[d->pos] != close) return 0;
            ++d->pos;
            break;
        }
    }
    d->tok[t].end = d->pos;
    d->tok[t].next = d->n;
    return 1;
}

FUZZ_UNUSED static int fj_value(fj_doc *d, int depth) {
    char c;
    if (depth > FJ_MAX_DEPTH) return 0;
    fj_ws(d);
    if (d->pos >= d->len) return 0;
    c = d->text[d->pos];
    switch (c) {
    case '{': return fj_container(d, depth, FJ_OBJECT, '}');
    case '[': return fj_container(d, depth, FJ_ARRAY, ']');
    case '"': return fj_string(d);
    case 't': return fj_literal(d, "true", FJ_TRUE);
    case 'f': return fj_literal(d, "false", FJ_FALSE);
    case 'n': return fj_literal(d, "null", FJ_NULL);
    default: return (c == '-' || (c >= '0' && c <= '9')) && fj_number(d);
    }
}

/* 1 when text is exactly one JSON value (with whitespace around it). Free d with fj_free either way. */
FUZZ_UNUSED static int fj_parse(fj_doc *d, const char *text, size_t len) {
    memset(d, 0, sizeof *d);
    d->text = text;
    d->len = len;
    if (!fj_value(d, 0)) return 0;
    fj_ws(d);
    return d->pos == d->len;
}

FUZZ_UNUSED static void fj_free(fj_doc *d) {
    free(d->tok);
    d->tok = NULL;
    d->n = d->cap = 0;
}

/* The value of key in object token obj, or FJ_NONE. The first of repeated keys wins. */
FUZZ_UNUSED static size_t fj_get(const fj_doc *d, size_t obj, const char *key) {
    size_t i, k, n = strlen(key);
    if (obj == FJ_NONE || d->tok[obj].type != FJ_OBJECT) return FJ_NONE;
    for (i = obj + 1, k = 0; k < d->tok[obj].count; ++k, i = d->tok[i + 1].next) {
        const fj_token *t = &d->tok[i];
        if (t->end - t->start - 2 == n && memcmp(d->text + t->start + 1, key, n) == 0) return i + 1;
    }
    return FJ_NONE;
}

/* Elements of an array: for (i = fj_first(d, arr); i != FJ_NONE; i = fj_next(d, arr, i)). */
FUZZ_UNUSED static size_t fj_first(const fj_doc *d, size_t arr) {
    return arr != FJ_NONE && d->tok[arr].type == FJ_ARRAY && d->tok[arr].count ? arr + 1 : FJ_NONE;
}

FUZZ_UNUSED static size_t fj_next(const fj_doc *d, size_t arr, size_t i) {
    return d->tok[i].next < d->tok[arr].next ? d->tok[i].next : FJ_NONE;
}

FUZZ_UNUSED static int fj_is(const fj_doc *d, size_t i, fj_type type) { return i != FJ_NONE && d->tok[i].type == type; }

FUZZ_UNUSED static int fj_is_bool(const fj_doc *d, size_t i) { return fj_is(d, i, FJ_TRUE) || fj_is(d, i, FJ_FALSE); }

/* A non-negative integer written without fraction or exponent, below 2^53; -1 otherwise. */
FUZZ_UNUSED static int64_t fj_count(const fj_doc *d, size_t i) {
    int64_t v = 0;
    size_t p;
    if (!fj_is(d, i, FJ_NUMBER)) return -1;
    for (p = d->tok[i].start; p < d->tok[i].end; ++p) {
        char c = d->text[p];
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
        if (v > ((int64_t)1 << 53)) return -1;
    }
    return v;
}

FUZZ_UNUSED static void fj_put_utf8(char *out, size_t *n, uint32_t cp) {
    if (cp < 0x80) {
        out[(*n)++] = (char)cp;
    } else if (cp < 0x800) {
        out[(*n)++] = (char)(0xC0 | (cp >> 6));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out[(*n)++] = (char)(0xE0 | (cp >> 12));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        out[(*n)++] = (char)(0xF0 | (cp >> 18));
        out[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

FUZZ_UNUSED static uint32_t fj_hex4(const char *p) {
    return (uint32_t)(fj_hex(p[0]) << 12 | fj_hex(p[1]) << 8 | fj_hex(p[2]) << 4 | fj_hex(p[3]));
}

/* The decoded bytes of string token i (malloc'd, NUL-terminated, *len without the NUL). A lone
 * surrogate escape becomes its three-byte form, which is not UTF-8 and so fails any comparison
 * with valid text. NULL when i is not a string. */
FUZZ_UNUSED static char *fj_decode(const fj_doc *d, size_t i, size_t *len) {
    const char *p, *end;
    char *out;
    size_t n = 0;
    if (!fj_is(d, i, FJ_STRING)) return NULL;
    p = d->text + d->tok[i].start + 1;
    end = d->text + d->tok[i].end - 1;
    out = (char *)malloc((size_t)(end - p) + 1);
    if (!out) abort();
    while (p < end) {
        if (*p != '\\') {
            out[n++] = *p++;
            continue;
        }
        ++p;
        switch (*p) {
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'n': out[n++] = '\n'; break;
        case 'r': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case 'u': {
            uint32_t cp = fj_hex4(p + 1);
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 7 && p[1] == '\\' && p[2] == 'u') {
                uint32_t lo = fj_hex4(p + 3);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                }
            }
            fj_put_utf8(out, &n, cp);
            break;
        }
        default: out[n++] = *p; break; /* " \ / */
        }
        ++p;
    }
    out[n] = '\0';
    if (len) *len = n;
    return out;
}

/* 1 when string token i decodes to exactly the n bytes at s. */
FUZZ_UNUSED static int fj_equals(const fj_doc *d, size_t i, const char *s, size_t n) {
    size_t len;
    char *v = fj_decode(d, i, &len);
    int same = v && len == n && memcmp(v, s, n) == 0;
    free(v);
    return same;
}

FUZZ_UNUSED static int fj_equals_str(const fj_doc *d, size_t i, const char *s) { return fj_equals(d, i, s, strlen(s)); }

/* Decoded string compared with strcmp's order (as unsigned bytes); NULL tokens sort first. */
FUZZ_UNUSED static int fj_compare(const fj_doc *d, size_t a, size_t b) {
    char *x = fj_decode(d, a, NULL), *y = fj_decode(d, b, NULL);
    int c = x && y ? strcmp(x, y) : (x != NULL) - (y != NULL);
    free(x);
    free(y);
    return c;
}

/* ---------------------------------------------------------------------------------------------
 * Checks on every document helder hands out.
 */

/* A string helder returned: NUL-terminated at len, valid UTF-8; with json, one JSON value, which
 * is parsed into d (the caller frees it). */
FUZZ_UNUSED static void fuzz_check_output(const char *out, size_t len, int json, fj_doc *d) {
    FUZZ_ASSERT(out != NULL);
    FUZZ_ASSERT(strlen(out) == len);
    FUZZ_ASSERT(helder_utf8_validate(out, len, NULL) == HELDER_OK);
    if (json) FUZZ_ASSERT(fj_parse(d, out, len));
}

/* The rules of a text check and their severity, from helder_constants_json: "text"."rules". */
#define FUZZ_MAX_RULES 32
FUZZ_UNUSED static struct {
    int loaded;
    size_t count;
    char id[FUZZ_MAX_RULES][32];
    helder_severity severity[FUZZ_MAX_RULES];
} fuzz_text_rules;

FUZZ_UNUSED static helder_severity fuzz_severity(const fj_doc *d, size_t i) {
    if (fj_equals_str(d, i, "info")) return HELDER_SEVERITY_INFO;
    if (fj_equals_str(d, i, "warning")) return HELDER_SEVERITY_WARNING;
    if (fj_equals_str(d, i, "error")) return HELDER_SEVERITY_ERROR;
    return HELDER_SEVERITY_NONE;
}

FUZZ_UNUSED static void fuzz_load_text_rules(void) {
    char *json = NULL;
    size_t len = 0, rules, r;
    fj_doc d;
    if (fuzz_text_rules.loaded) return;
    FUZZ_ASSERT(helder_constants_json(&json, &len) == HELDER_OK);
    fuzz_check_output(json, len, 1, &d);
    rules = fj_get(&d, fj_get(&d, 0, "text"), "rules");
    for (r = fj_first(&d, rules); r != FJ_NONE; r = fj_next(&d, rules, r)) {
        size_t n;
        char *id = fj_decode(&d, fj_get(&d, r, "id"), &n);
        FUZZ_ASSERT(id && n > 0 && n < sizeof fuzz_text_rules.id[0] && fuzz_text_rules.count < FUZZ_MAX_RULES);
        memcpy(fuzz_text_rules.id[fuzz_text_rules.count], id, n + 1);
        fuzz_text_rules.severity[fuzz_text_rules.count] = fuzz_severity(&d, fj_get(&d, r, "severity"));
        FUZZ_ASSERT(fuzz_text_rules.severity[fuzz_text_rules.count] != HELDER_SEVERITY_NONE);
        fuzz_text_rules.count++;
        free(id);
    }
    FUZZ_ASSERT(fuzz_text_rules.count > 0);
    fj_free(&d);
    helder_free(json);
    fuzz_text_rules.loaded = 1;
}

/* The index of the text rule that string token i names, or -1. */
FUZZ_UNUSED static int fuzz_text_rule(const fj_doc *d, size_t i) {
    size_t k;
    fuzz_load_text_rules();
    for (k = 0; k < fuzz_text_rules.count; ++k)
        if (fj_equals_str(d, i, fuzz_text_rules.id[k])) return (int)k;
    return -1;
}

/* The rule ids of dossier findings: the codes of lib/data/dossier/messages.tsv (the messages every
 * finding is written with) under the prefixes of the report schema. */
FUZZ_UNUSED static const char *const fuzz_dossier_prefixes[] = {"input.", "schema.", "ref.", "time.", "law.", "principle.", "procedure."};
/* The dossier's own findings, and those the procedure joins to its report at the C boundary. */
FUZZ_UNUSED static const char *const fuzz_dossier_rule_files[] = {HELDER_SOURCE_DIR "/lib/data/dossier/messages.tsv",
                                                                  HELDER_SOURCE_DIR "/lib/data/procedure/finding_texts.tsv"};
FUZZ_UNUSED static char **fuzz_dossier_codes;
FUZZ_UNUSED static size_t fuzz_dossier_code_count;

FUZZ_UNUSED static void fuzz_load_dossier_rules(void) {
    FILE *f;
    char line[4096];
    size_t file;
    if (fuzz_dossier_codes) return;
    fuzz_dossier_codes = (char **)calloc(256, sizeof *fuzz_dossier_codes);
    FUZZ_ASSERT(fuzz_dossier_codes != NULL);
    for (file = 0; file < sizeof fuzz_dossier_rule_files / sizeof *fuzz_dossier_rule_files; ++file) {
        f = fopen(fuzz_dossier_rule_files[file], "r");
        FUZZ_ASSERT(f != NULL);
        while (fgets(line, sizeof line, f)) {
            size_t p, n = strcspn(line, "\t\r\n");
            int known = 0;
            if (line[0] == '#' || n == 0 || line[n] != '\t') continue;
            for (p = 0; p < sizeof fuzz_dossier_prefixes / sizeof *fuzz_dossier_prefixes; ++p)
                known |= strncmp(line, fuzz_dossier_prefixes[p], strlen(fuzz_dossier_prefixes[p])) == 0;
            if (!known) continue; /* e.g. source.article: a note added to messages, not a rule */
            FUZZ_ASSERT(fuzz_dossier_code_count < 256);
            line[n] = '\0';
            fuzz_dossier_codes[fuzz_dossier_code_count] = (char *)malloc(n + 1);
            FUZZ_ASSERT(fuzz_dossier_codes[fuzz_dossier_code_count] != NULL);
            memcpy(fuzz_dossier_codes[fuzz_dossier_code_count++], line, n + 1);
        }
        fclose(f);
    }
    FUZZ_ASSERT(fuzz_dossier_code_count > 20);
}

FUZZ_UNUSED static int fuzz_dossier_rule_known(const fj_doc *d, size_t i) {
    size_t k;
    fuzz_load_dossier_rules();
    for (k = 0; k < fuzz_dossier_code_count; ++k)
        if (fj_equals_str(d, i, fuzz_dossier_codes[k])) return 1;
    return 0;
}

/* A finding's span: 0 <= start <= end <= len, and not before the previous finding's (start, end).
 * *prev_start and *prev_end carry the previous span (start at 0, 0). Returns the order relative
 * to the previous span: 0 when the same span, so that the caller compares the rule. */
FUZZ_UNUSED static int fuzz_check_span(const fj_doc *d, size_t finding, size_t len, int64_t *prev_start, int64_t *prev_end,
                           int64_t *start, int64_t *end) {
    *start = fj_count(d, fj_get(d, finding, "start"));
    *end = fj_count(d, fj_get(d, finding, "end"));
    FUZZ_ASSERT(*start >= 0 && *end >= 0);
    FUZZ_ASSERT(*start <= *end);
    FUZZ_ASSERT((uint64_t)*end <= (uint64_t)len);
    FUZZ_ASSERT(*start > *prev_start || (*start == *prev_start && *end >= *prev_end)); /* sorted by start, then end */
    {
        int same = *start == *prev_start && *end == *prev_end;
        *prev_start = *start;
        *prev_end = *end;
        return !same;
    }
}

/* In valid UTF-8 text, a span starts and ends on character boundaries. */
FUZZ_UNUSED static void fuzz_check_boundaries(const char *text, size_t len, int64_t start, int64_t end) {
    FUZZ_ASSERT(start == (int64_t)len || ((unsigned char)text[start] & 0xC0) != 0x80);
    FUZZ_ASSERT(end == (int64_t)len || ((unsigned char)text[end] & 0xC0) != 0x80);
    FUZZ_ASSERT(helder_utf8_validate(text + start, (size_t)(end - start), NULL) == HELDER_OK);
}

FUZZ_UNUSED static void fuzz_check_message(const fj_doc *d, size_t finding) {
    size_t m = fj_get(d, finding, "message");
    FUZZ_ASSERT(fj_is(d, m, FJ_OBJECT));
    FUZZ_ASSERT(fj_is(d, fj_get(d, m, "nl"), FJ_STRING) && d->tok[fj_get(d, m, "nl")].end - d->tok[fj_get(d, m, "nl")].start > 2);
    FUZZ_ASSERT(fj_is(d, fj_get(d, m, "en"), FJ_STRING) && d->tok[fj_get(d, m, "en")].end - d->tok[fj_get(d, m, "en")].start > 2);
}

/* Both render functions on one (text, report): render must accept it in every format (the output
 * UTF-8, and JSON for "json" and "sarif"; the highest severity that of the findings), and other
 * must refuse it as the other kind. */
typedef helder_status (*fuzz_render_fn)(const helder_text_source *, size_t, const char *, size_t, char **, size_t *,
                                        helder_severity *);

FUZZ_UNUSED static void fuzz_check_renders(fuzz_render_fn render, fuzz_render_fn other, const char *text, size_t text_len,
                               const char *report, size_t report_len, helder_severity highest) {
    static const char *const formats[] = {"{\"format\":\"text\",\"color\":true}", "{\"format\":\"text\",\"language\":\"en\"}",
                                          "{\"format\":\"sarif\"}", "{\"format\":\"json\"}"};
    helder_text_source src[2];
    size_t f, count;
    src[0].struct_size = sizeof src[0];
    src[0].uri = "fuzz.txt";
    src[0].text = text ? text : "";
    src[0].text_len = text_len;
    src[0].report_json = report;
    src[0].report_len = report_len;
    src[1] = src[0];
    src[1].uri = NULL;
    for (count = 1; count <= 2; ++count) {
        for (f = 0; f < sizeof formats / sizeof *formats; ++f) {
            char *out = NULL;
            size_t len = 0;
            helder_severity h = (helder_severity)-1;
            int json = f >= 2;
            fj_doc d;
            FUZZ_ASSERT(render(src, count, formats[f], strlen(formats[f]), &out, &len, &h) == HELDER_OK);
            fuzz_check_output(out, len, json, &d);
            FUZZ_ASSERT(h == highest);
            if (json) fj_free(&d);
            helder_free(out);
        }
    }
    {
        char *out = NULL;
        FUZZ_ASSERT(other(src, 1, NULL, 0, &out, NULL, NULL) == HELDER_E_INVALID_JSON);
        FUZZ_ASSERT(out == NULL);
    }
}

/* A report of helder_text_check on (text, len): format 1, counts that match, known rules that ran,
 * findings inside the text, on character boundaries, sorted, each with the text it marks and its
 * rule's severity; with detail, sentences and words inside the text and in order. with_spelling:
 * the spelling rule must have run. Then both renders (fuzz_check_renders). */
FUZZ_UNUSED static void fuzz_check_text_report(const char *text, size_t len, const char *report, size_t report_len,
                                               int with_spelling) {
    fj_doc d;
    size_t i, rules_run, findings, counts, scores, n = 0;
    int ran[FUZZ_MAX_RULES] = {0};
    int64_t prev_start = 0, prev_end = 0, start, end;
    int prev_rule = -1;
    helder_severity highest = HELDER_SEVERITY_NONE;
    fuzz_check_output(report, report_len, 1, &d);
    FUZZ_ASSERT(fj_is(&d, 0, FJ_OBJECT));
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, 0, "format")) == 1);
    FUZZ_ASSERT(fj_equals_str(&d, fj_get(&d, 0, "language"), "nl"));
    FUZZ_ASSERT(fj_is_bool(&d, fj_get(&d, 0, "meets_b1")));
    scores = fj_get(&d, 0, "scores");
    FUZZ_ASSERT(fj_is(&d, scores, FJ_OBJECT));
    counts = fj_get(&d, 0, "counts");
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "bytes")) == (int64_t)len);
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "sentences")) >= 0);
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "words")) >= 0);
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "syllables")) >= 0);
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "long_words")) >= 0);

    rules_run = fj_get(&d, 0, "rules_run");
    FUZZ_ASSERT(fj_is(&d, rules_run, FJ_ARRAY));
    for (i = fj_first(&d, rules_run); i != FJ_NONE; i = fj_next(&d, rules_run, i)) {
        int r = fuzz_text_rule(&d, i);
        FUZZ_ASSERT(r >= 0);   /* a known rule */
        FUZZ_ASSERT(!ran[r]); /* once */
        ran[r] = 1;
    }
    if (with_spelling) {
        int spelling = 0;
        for (i = fj_first(&d, rules_run); i != FJ_NONE; i = fj_next(&d, rules_run, i))
            spelling |= fj_equals_str(&d, i, "spelling");
        FUZZ_ASSERT(spelling);
    }

    findings = fj_get(&d, 0, "findings");
    FUZZ_ASSERT(fj_is(&d, findings, FJ_ARRAY));
    for (i = fj_first(&d, findings); i != FJ_NONE; i = fj_next(&d, findings, i), ++n) {
        int r = fuzz_text_rule(&d, fj_get(&d, i, "rule"));
        helder_severity s = fuzz_severity(&d, fj_get(&d, i, "severity"));
        size_t suggestions = fj_get(&d, i, "suggestions"), k;
        FUZZ_ASSERT(fj_is(&d, i, FJ_OBJECT));
        FUZZ_ASSERT(r >= 0);                              /* a known rule */
        FUZZ_ASSERT(ran[r]);                              /* that ran */
        FUZZ_ASSERT(s == fuzz_text_rules.severity[r]);    /* with its severity */
        if (s > highest) highest = s;
        if (!fuzz_check_span(&d, i, len, &prev_start, &prev_end, &start, &end))
            FUZZ_ASSERT(r != prev_rule); /* no finding twice */
        prev_rule = r;
        fuzz_check_boundaries(text, len, start, end);
        FUZZ_ASSERT(fj_equals(&d, fj_get(&d, i, "text"), text + start, (size_t)(end - start)));
        fuzz_check_message(&d, i);
        FUZZ_ASSERT(fj_is(&d, suggestions, FJ_ARRAY));
        for (k = fj_first(&d, suggestions); k != FJ_NONE; k = fj_next(&d, suggestions, k)) FUZZ_ASSERT(fj_is(&d, k, FJ_STRING));
    }
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "findings")) == (int64_t)n);

    /* With "detail": sentences and words inside the text, not empty, in order, without overlap. */
    {
        static const char *const lists[] = {"sentences", "words"};
        size_t l;
        for (l = 0; l < 2; ++l) {
            size_t list = fj_get(&d, 0, lists[l]), m = 0;
            int64_t last_end = 0;
            if (list == FJ_NONE) continue;
            FUZZ_ASSERT(fj_is(&d, list, FJ_ARRAY));
            for (i = fj_first(&d, list); i != FJ_NONE; i = fj_next(&d, list, i), ++m) {
                start = fj_count(&d, fj_get(&d, i, "start"));
                end = fj_count(&d, fj_get(&d, i, "end"));
                FUZZ_ASSERT(start >= last_end && start < end && (uint64_t)end <= (uint64_t)len);
                last_end = end;
            }
            if (l == 1) FUZZ_ASSERT((int64_t)m == fj_count(&d, fj_get(&d, counts, "words")));
        }
    }
    fj_free(&d);
    fuzz_check_renders(helder_text_render, helder_dossier_render, text, len, report, report_len, highest);
}

/* A report of helder_dossier_validate on (json, len): format 1, a known status, "valid" exactly
 * when there is no error, counts that match the findings, findings with a known rule, a span
 * inside the input (on character boundaries when the input is UTF-8), sorted (start, end, rule),
 * a message and a source; "invalid_utf8" only when the input is not UTF-8. Then both renders. */
FUZZ_UNUSED static void fuzz_check_dossier_report(const char *json, size_t len, const char *report, size_t report_len) {
    static const char *const statuses[] = {"valid", "invalid", "not_json", "invalid_utf8", "too_large", "too_deep"};
    fj_doc d;
    size_t i, findings, counts, status, k, prev_rule = FJ_NONE;
    int64_t prev_start = 0, prev_end = 0, start, end, errors = 0, warnings = 0;
    int known_status = 0, valid, utf8 = helder_utf8_validate(json, len, NULL) == HELDER_OK;
    helder_severity highest = HELDER_SEVERITY_NONE;
    fuzz_check_output(report, report_len, 1, &d);
    FUZZ_ASSERT(fj_is(&d, 0, FJ_OBJECT));
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, 0, "format")) == 1);
    status = fj_get(&d, 0, "status");
    for (k = 0; k < sizeof statuses / sizeof *statuses; ++k) known_status |= fj_equals_str(&d, status, statuses[k]);
    FUZZ_ASSERT(known_status);
    FUZZ_ASSERT(fj_is_bool(&d, fj_get(&d, 0, "valid")));
    valid = fj_is(&d, fj_get(&d, 0, "valid"), FJ_TRUE);
    FUZZ_ASSERT(valid == fj_equals_str(&d, status, "valid"));
    FUZZ_ASSERT(!utf8 || !fj_equals_str(&d, status, "invalid_utf8")); /* "invalid_utf8" only for input that is not */
    FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "today"), FJ_STRING));
    counts = fj_get(&d, 0, "counts");
    FUZZ_ASSERT(fj_is(&d, counts, FJ_OBJECT));

    findings = fj_get(&d, 0, "findings");
    FUZZ_ASSERT(fj_is(&d, findings, FJ_ARRAY));
    for (i = fj_first(&d, findings); i != FJ_NONE; i = fj_next(&d, findings, i)) {
        size_t rule = fj_get(&d, i, "rule"), source = fj_get(&d, i, "source"), pointer = fj_get(&d, i, "pointer");
        helder_severity s = fuzz_severity(&d, fj_get(&d, i, "severity"));
        FUZZ_ASSERT(fj_is(&d, i, FJ_OBJECT));
        FUZZ_ASSERT(fuzz_dossier_rule_known(&d, rule));
        FUZZ_ASSERT(s != HELDER_SEVERITY_NONE);
        if (s == HELDER_SEVERITY_ERROR) ++errors;
        else ++warnings;
        if (s > highest) highest = s;
        if (!fuzz_check_span(&d, i, len, &prev_start, &prev_end, &start, &end))
            FUZZ_ASSERT(fj_compare(&d, prev_rule, rule) <= 0); /* sorted by start, end, then rule */
        prev_rule = rule;
        if (utf8) fuzz_check_boundaries(json, len, start, end);
        FUZZ_ASSERT(fj_is(&d, pointer, FJ_STRING));
        FUZZ_ASSERT(d.tok[pointer].end - d.tok[pointer].start == 2 || d.text[d.tok[pointer].start + 1] == '/'); /* a JSON Pointer */
        fuzz_check_message(&d, i);
        FUZZ_ASSERT(fj_is(&d, source, FJ_OBJECT));
        FUZZ_ASSERT(fj_equals_str(&d, fj_get(&d, source, "kind"), "law") ||
                    fj_equals_str(&d, fj_get(&d, source, "kind"), "principle") ||
                    fj_equals_str(&d, fj_get(&d, source, "kind"), "format"));
    }
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "errors")) == errors);
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, counts, "warnings")) == warnings);
    FUZZ_ASSERT(!valid || errors == 0);
    FUZZ_ASSERT(!fj_equals_str(&d, status, "invalid") || errors > 0);
    fj_free(&d);
    fuzz_check_renders(helder_dossier_render, helder_text_render, json, len, report, report_len, highest);
}

#endif /* HELDER_FUZZ_SUPPORT_H */
