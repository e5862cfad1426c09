/* SPDX-License-Identifier: EUPL-1.2 */
#define _POSIX_C_SOURCE 200809L /* mkstemp, opendir */
#define HELDER_NO_DEPRECATION_WARNINGS /* helder_store_destroy, a deprecated alias, keeps its conventions too */
/* docs/conventions.md: "On failure, out-pointers are set to NULL (and lengths to 0), so a caller
 * never frees garbage." This test holds every public function with out-parameters to that: each
 * out-parameter is poisoned first, then the call is driven down an error path, and the test
 * asserts the documented status, a non-empty helder_last_error(), and that every out-parameter
 * it was given was reset (pointer NULL, length 0, severity HELDER_SEVERITY_NONE; the bad offset
 * of helder_utf8_validate() is the documented offset on HELDER_E_INVALID_UTF8, 0 otherwise).
 * Pure C99, only <helder/helder.h>, only libhelder.so, as a vendor uses it.
 *
 * Adding a function: an entry in kApis (its adapter turns a row into a call) and its rows in
 * kCases. A store operation of the shape (store, request, len, out_json, out_len) is one
 * API_STORE_OP line in kApis and kStoreRequestApis, and gets the generic request errors of
 * kStoreRequestCases for free. test_every_function_is_listed reads the headers in include/helder
 * and fails for a public function that returns a helder_status and has no entry here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <unistd.h>

#include "helder/helder.h"
#include "../read_file.h"

/* ---- inputs and outputs ------------------------------------------------------------------ */

/* (pointer, length) of an input: S("…") is a literal without its NUL, NUL_WITH_LEN(n) the NULL
 * pointer with a non-zero length; a field left out of a row is {NULL, 0}. */
struct bytes {
    const char *ptr;
    size_t len;
};
#define S(literal) {literal, sizeof literal - 1}
#define NUL_WITH_LEN(n) {NULL, n}

/* The out-parameters of all functions; a row says which ones a call gets as NULL. */
enum out_param {
    OUT_JSON = 1u << 0,      /* char **out_json / out_report / out */
    OUT_LEN = 1u << 1,       /* size_t *out_len */
    OUT_HIGHEST = 1u << 2,   /* helder_severity *out_highest */
    OUT_CTX = 1u << 3,       /* helder_ctx **out_ctx */
    OUT_STORE = 1u << 4,     /* helder_store **out_store */
    OUT_BAD_OFFSET = 1u << 5 /* size_t *out_bad_offset */
};

struct outs {
    char *json;
    size_t len;
    helder_severity highest;
    helder_ctx *ctx;
    helder_store *store;
    size_t bad_offset;
};

/* Poison: addresses that are valid but never a helder allocation, and numbers nobody returns. */
static char poison_object;
#define POISON_PTR ((void *)&poison_object)
#define POISON_SIZE ((size_t)12345)
#define POISON_SEVERITY HELDER_SEVERITY_ERROR

/* Which handle (or which odd first argument) a row passes. */
enum handle {
    GOOD = 0,         /* the fixture's context or store */
    NULL_HANDLE,      /* ctx, store or sources is NULL */
    NOT_A_STORE,      /* helder_store_open: a file that is not a SQLite database */
    BIG_DOSSIER,      /* helder_store_commit: a dossier over HELDER_DOSSIER_DEFAULT_MAX_BYTES */
    GONE_DOSSIER,     /* helder_store_commit: the example under the id of a destroyed dossier */
    SOURCE_TOO_SMALL, /* helder_text_render, helder_set_allocator: struct_size smaller than the first struct */
    SOURCE_TEXT_NULL, /* helder_text_render: text NULL with text_len 6 */
    SECOND_SOURCE     /* helder_text_render: a good source with a warning, then the row's report */
};

struct error_case;
struct api;
typedef helder_status (*adapter)(const struct api *api, const struct error_case *c, struct outs *o);
typedef helder_status (*store_op)(helder_store *, const char *, size_t, char **, size_t *);

struct api {
    const char *name;
    unsigned outs; /* every out-parameter the function has */
    adapter call;
    store_op op;           /* for the store operations of one shape */
    int request_optional;  /* store operations: (NULL, 0) is a valid request */
};

struct error_case {
    const struct api *api;
    const char *what;
    helder_status status; /* the documented error */
    enum handle handle;
    struct bytes input;   /* text, dossier JSON, report JSON, path or request */
    struct bytes options; /* options_json (helder_store_commit: unused) */
    struct bytes dossier; /* helder_store_commit only; {NULL, 0} = the example dossier */
    unsigned null_outs;   /* out-parameters passed as NULL; the others are poisoned and checked */
    size_t bad_offset;    /* helder_utf8_validate on HELDER_E_INVALID_UTF8: the documented offset */
};

/* ---- fixture ----------------------------------------------------------------------------- */

static helder_ctx *ctx;
static helder_store *store;
static struct bytes example;     /* examples/dossiers/familie-de-boer.json */
static struct bytes big_dossier; /* one byte over the default dossier limit */
static struct bytes gone_dossier; /* the example under the id GONE */
static char junk_path[] = "/tmp/helder-out-params-XXXXXX";

#define FIRST_COMMIT "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"start\"}"
/* The store's clock stands still in a build with the test clock; a release takes the real time,
 * so the cases about a child's age hold there while Noor (born 2017-01-30) is under 12. */
#ifdef HELDER_TEST_CLOCK
#define STORE_OPTIONS "{\"test_clock\":\"2026-11-23T10:00:00Z\"}"
#else
#define STORE_OPTIONS "{}"
#endif
#define GONE "dossier-gone" /* a copy of the example under another id, destroyed in setup */


/* Frees the answer of a setup call (*out is read after the call, not as an argument beside it). */
static int ok_call(helder_status status, char **out) {
    helder_free(*out);
    *out = NULL;
    return status == HELDER_OK;
}

static int setup(void **state) {
    static const char gone_commit[] = "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"start\","
                                      "\"dossier_id\":\"" GONE "\"}";
    static const char gone_destroy[] = "{\"dossier_id\":\"" GONE "\",\"requested_by\":\"mark\"}";
    static const char junk[] = "This file is not a SQLite database, but it is long enough to have a header. "
                               "This file is not a SQLite database, but it is long enough to have a header.\n";
    char *out = NULL, *big;
    size_t len = 0;
    int fd;
    (void)state;
    example.ptr = read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer.json", &example.len);
    if (!example.ptr) return -1;
    big = malloc(HELDER_DOSSIER_DEFAULT_MAX_BYTES + 1);
    memset(big, ' ', HELDER_DOSSIER_DEFAULT_MAX_BYTES + 1);
    big[0] = '{';
    big[HELDER_DOSSIER_DEFAULT_MAX_BYTES] = '}';
    big_dossier.ptr = big;
    big_dossier.len = HELDER_DOSSIER_DEFAULT_MAX_BYTES + 1;
    fd = mkstemp(junk_path);
    if (fd < 0 || write(fd, junk, sizeof junk - 1) != (ssize_t)(sizeof junk - 1) || close(fd) != 0) return -1;
    if (helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) return -1;
    if (helder_store_open(ctx, ":memory:", STORE_OPTIONS, strlen(STORE_OPTIONS), &store) != HELDER_OK) return -1;
    /* dossier-2025-0042 at version 1, and GONE (a request to destroy data in it needs review). */
    if (!ok_call(helder_store_commit(store, example.ptr, example.len, FIRST_COMMIT, strlen(FIRST_COMMIT), &out, &len), &out))
        return -1;
    {
        /* The example under the id GONE (the dossier's own id must match dossier_id). */
        const char *id = strstr(example.ptr, "dossier-2025-0042");
        const size_t prefix = (size_t)(id - example.ptr), rest = example.len - prefix - strlen("dossier-2025-0042");
        char *gone = malloc(example.len + sizeof GONE);
        size_t gone_len = prefix;
        memcpy(gone, example.ptr, prefix);
        memcpy(gone + gone_len, GONE, strlen(GONE));
        gone_len += strlen(GONE);
        memcpy(gone + gone_len, id + strlen("dossier-2025-0042"), rest);
        gone_len += rest;
        gone_dossier.ptr = gone;
        gone_dossier.len = gone_len;
    }
    if (!ok_call(helder_store_commit(store, gone_dossier.ptr, gone_dossier.len, gone_commit, strlen(gone_commit), &out, &len),
                 &out))
        return -1;
    out = NULL;
    /* Since 1.3 a destruction takes out one person's data; in this OTS dossier it needs review. */
    if (!ok_call(helder_store_request_destruction(store, gone_destroy, strlen(gone_destroy), &out, &len), &out)) return -1;
    return 0;
}

static int teardown(void **state) {
    (void)state;
    helder_store_close(store);
    helder_ctx_destroy(ctx);
    free((char *)example.ptr);
    free((char *)big_dossier.ptr);
    free((char *)gone_dossier.ptr);
    unlink(junk_path);
    return 0;
}

/* ---- adapters: one row, one call --------------------------------------------------------- */

#define OUT(bit, field) ((c->null_outs & (bit)) ? NULL : &o->field)

static const helder_ctx *ctx_for(const struct error_case *c) { return c->handle == NULL_HANDLE ? NULL : ctx; }
static helder_store *store_for(const struct error_case *c) { return c->handle == NULL_HANDLE ? NULL : store; }

static helder_status call_ctx_create(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_ctx_create(c->options.ptr, c->options.len, OUT(OUT_CTX, ctx));
}

static helder_status call_constants_json(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_constants_json(OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

static helder_status call_utf8_validate(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_utf8_validate(c->input.ptr, c->input.len, OUT(OUT_BAD_OFFSET, bad_offset));
}

static void *test_allocate(void *user_data, size_t size) { return (void)user_data, malloc(size); }
static void *test_reallocate(void *user_data, void *ptr, size_t size) { return (void)user_data, realloc(ptr, size); }
static void test_release(void *user_data, void *ptr) { (void)user_data, free(ptr); }

/* No out-parameters; its error rows prove the message and the status (tests/alloc: the rest). */
static helder_status call_set_allocator(const struct api *api, const struct error_case *c, struct outs *o) {
    helder_allocator allocator = {sizeof allocator, test_allocate, test_reallocate, test_release, NULL};
    (void)api;
    (void)o;
    if (c->handle == SOURCE_TOO_SMALL) allocator.struct_size = sizeof(size_t);
    return helder_set_allocator(c->handle == NULL_HANDLE ? NULL : &allocator);
}

static helder_status call_text_check(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_text_check(ctx_for(c), c->input.ptr, c->input.len, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
                             OUT(OUT_LEN, len));
}

static helder_status call_text_render(const struct api *api, const struct error_case *c, struct outs *o) {
    static const char text[] = "Middels deze brief informeren wij u.";
    /* Of both kinds at once, so that either render function reads it. */
    static const char warning_report[] = "{\"counts\":{},\"scores\":{},\"rules_run\":[],\"status\":\"valid\",\"valid\":true,"
                                         "\"findings\":[{\"rule\":\"officialese\",\"severity\":\"warning\",\"start\":0,"
                                         "\"end\":7,\"message\":{\"nl\":\"a\",\"en\":\"b\"}}]}";
    helder_text_source sources[2];
    size_t i, count = 1;
    
    for (i = 0; i < 2; ++i) {
        sources[i].struct_size = sizeof sources[i];
        sources[i].uri = "brief.txt";
        sources[i].text = text;
        sources[i].text_len = sizeof text - 1;
        sources[i].report_json = c->input.ptr;
        sources[i].report_len = c->input.len;
    }
    if (c->handle == SOURCE_TOO_SMALL) sources[0].struct_size = 3;
    if (c->handle == SOURCE_TEXT_NULL) sources[0].text = NULL;
    if (c->handle == SECOND_SOURCE) {
        sources[0].report_json = warning_report;
        sources[0].report_len = sizeof warning_report - 1;
        count = 2;
    }
    return (strcmp(api->name, "helder_dossier_render") == 0 ? helder_dossier_render : helder_text_render)(
        c->handle == NULL_HANDLE ? NULL : sources, count, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
        OUT(OUT_LEN, len), OUT(OUT_HIGHEST, highest));
}

static helder_status call_dossier_validate(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_dossier_validate(ctx_for(c), c->input.ptr, c->input.len, c->options.ptr, c->options.len,
                                   OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

static helder_status call_dossier_view(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_dossier_view(ctx_for(c), c->input.ptr, c->input.len, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
                               OUT(OUT_LEN, len));
}

static helder_status call_procedure_deadline(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_procedure_deadline(c->input.ptr, c->input.len, OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

/* The instance is the input, the event or the query the options; the shipped specification. */
static helder_status call_procedure_apply(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_procedure_apply(ctx_for(c), NULL, 0, c->input.ptr, c->input.len, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
                                  OUT(OUT_LEN, len));
}

static helder_status call_procedure_state(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_procedure_state(ctx_for(c), NULL, 0, c->input.ptr, c->input.len, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
                                  OUT(OUT_LEN, len));
}

static helder_status call_procedure_from_dossier(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_procedure_from_dossier(ctx_for(c), c->input.ptr, c->input.len, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
                                         OUT(OUT_LEN, len));
}

static helder_status call_procedure_spec(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_procedure_spec(ctx_for(c), c->input.ptr, OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

static helder_status call_procedure_verify(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_procedure_verify(c->input.ptr, c->input.len, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
                                   OUT(OUT_LEN, len));
}

static helder_status call_procedure_render(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_procedure_render(c->input.ptr, c->input.len, c->options.ptr, c->options.len, OUT(OUT_JSON, json),
                                   OUT(OUT_LEN, len));
}

static helder_status call_letter_list(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_letter_list(ctx_for(c), c->input.ptr, c->input.len, OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

static helder_status call_letter_draft(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_letter_draft(ctx_for(c), c->input.ptr, c->input.len, OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

static helder_status call_store_open(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_store_open(ctx_for(c), c->handle == NOT_A_STORE ? junk_path : c->input.ptr, c->options.ptr,
                             c->options.len, OUT(OUT_STORE, store));
}

static helder_status call_store_commit(const struct api *api, const struct error_case *c, struct outs *o) {
    struct bytes dossier = c->dossier;
    (void)api;
    if (c->handle == BIG_DOSSIER) dossier = big_dossier;
    else if (c->handle == GONE_DOSSIER) dossier = gone_dossier;
    else if (!dossier.ptr && dossier.len == 0) dossier = example;
    return helder_store_commit(store_for(c), dossier.ptr, dossier.len, c->input.ptr, c->input.len, OUT(OUT_JSON, json),
                               OUT(OUT_LEN, len));
}

static helder_status call_store_op(const struct api *api, const struct error_case *c, struct outs *o) {
    return api->op(store_for(c), c->input.ptr, c->input.len, OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

static helder_status call_store_verify(const struct api *api, const struct error_case *c, struct outs *o) {
    (void)api;
    return helder_store_verify(store_for(c), OUT(OUT_JSON, json), OUT(OUT_LEN, len));
}

/* ---- the functions ----------------------------------------------------------------------- */

#define API(fn, outs, adapter) {#fn, outs, adapter, NULL, 0}
#define API_STORE_OP(fn, optional) {#fn, OUT_JSON | OUT_LEN, call_store_op, fn, optional}

enum {
    SET_ALLOCATOR, CTX_CREATE, CONSTANTS_JSON, UTF8_VALIDATE, TEXT_CHECK, TEXT_RENDER, DOSSIER_VALIDATE, DOSSIER_RENDER,
    DOSSIER_VIEW, PROCEDURE_DEADLINE, PROCEDURE_APPLY, PROCEDURE_STATE, PROCEDURE_FROM_DOSSIER, PROCEDURE_SPEC, PROCEDURE_VERIFY,
    PROCEDURE_RENDER, LETTER_LIST, LETTER_DRAFT, STORE_OPEN, STORE_COMMIT, STORE_READ, STORE_HISTORY, STORE_ADD_STATEMENT, STORE_EXPORT, STORE_DESTROY,
    STORE_REQUEST_DESTRUCTION, STORE_VERIFY, STORE_VERIFY_HEAD, STORE_INDICATORS, API_COUNT
};

static const struct api kApis[API_COUNT] = {
    [SET_ALLOCATOR] = API(helder_set_allocator, 0, call_set_allocator),
    [CTX_CREATE] = API(helder_ctx_create, OUT_CTX, call_ctx_create),
    [CONSTANTS_JSON] = API(helder_constants_json, OUT_JSON | OUT_LEN, call_constants_json),
    [UTF8_VALIDATE] = API(helder_utf8_validate, OUT_BAD_OFFSET, call_utf8_validate),
    [TEXT_CHECK] = API(helder_text_check, OUT_JSON | OUT_LEN, call_text_check),
    [TEXT_RENDER] = API(helder_text_render, OUT_JSON | OUT_LEN | OUT_HIGHEST, call_text_render),
    [DOSSIER_VALIDATE] = API(helder_dossier_validate, OUT_JSON | OUT_LEN, call_dossier_validate),
    [DOSSIER_RENDER] = API(helder_dossier_render, OUT_JSON | OUT_LEN | OUT_HIGHEST, call_text_render),
    [DOSSIER_VIEW] = API(helder_dossier_view, OUT_JSON | OUT_LEN, call_dossier_view),
    [PROCEDURE_DEADLINE] = API(helder_procedure_deadline, OUT_JSON | OUT_LEN, call_procedure_deadline),
    [PROCEDURE_APPLY] = API(helder_procedure_apply, OUT_JSON | OUT_LEN, call_procedure_apply),
    [PROCEDURE_STATE] = API(helder_procedure_state, OUT_JSON | OUT_LEN, call_procedure_state),
    [PROCEDURE_FROM_DOSSIER] = API(helder_procedure_from_dossier, OUT_JSON | OUT_LEN, call_procedure_from_dossier),
    [PROCEDURE_SPEC] = API(helder_procedure_spec, OUT_JSON | OUT_LEN, call_procedure_spec),
    [PROCEDURE_VERIFY] = API(helder_procedure_verify, OUT_JSON | OUT_LEN, call_procedure_verify),
    [PROCEDURE_RENDER] = API(helder_procedure_render, OUT_JSON | OUT_LEN, call_procedure_render),
    [LETTER_LIST] = API(helder_letter_list, OUT_JSON | OUT_LEN, call_letter_list),
    [LETTER_DRAFT] = API(helder_letter_draft, OUT_JSON | OUT_LEN, call_letter_draft),
    [STORE_OPEN] = API(helder_store_open, OUT_STORE, call_store_open),
    [STORE_COMMIT] = API(helder_store_commit, OUT_JSON | OUT_LEN, call_store_commit),
    [STORE_READ] = API_STORE_OP(helder_store_read, 0),
    [STORE_HISTORY] = API_STORE_OP(helder_store_history, 0),
    [STORE_ADD_STATEMENT] = API_STORE_OP(helder_store_add_statement, 0),
    [STORE_EXPORT] = API_STORE_OP(helder_store_export, 0),
    [STORE_DESTROY] = API_STORE_OP(helder_store_destroy, 0),
    [STORE_REQUEST_DESTRUCTION] = API_STORE_OP(helder_store_request_destruction, 0),
    [STORE_VERIFY] = API(helder_store_verify, OUT_JSON | OUT_LEN, call_store_verify),
    [STORE_VERIFY_HEAD] = API_STORE_OP(helder_store_verify_head, 1),
    [STORE_INDICATORS] = API_STORE_OP(helder_store_indicators, 1),
};

/* The functions that take a JSON request and get every row of kStoreRequestCases. */
static const int kStoreRequestApis[] = {STORE_COMMIT, STORE_READ, STORE_HISTORY, STORE_ADD_STATEMENT,
                                        STORE_EXPORT, STORE_DESTROY, STORE_REQUEST_DESTRUCTION, STORE_VERIFY_HEAD,
                                        STORE_INDICATORS};

/* ---- the error paths --------------------------------------------------------------------- */

#define E_ARG HELDER_E_INVALID_ARGUMENT
#define E_JSON HELDER_E_INVALID_JSON
#define ACTOR(kind, id) "\"actor\":{\"kind\":\"" kind "\",\"id\":\"" id "\"}"
#define ABOUT(id) "{\"dossier_id\":\"" id "\","

/* Generic request errors, for every function in kStoreRequestApis (the api is filled in). */
static const struct error_case kStoreRequestCases[] = {
    {.what = "NULL store", .status = E_ARG, .handle = NULL_HANDLE, .input = S("{}")},
    {.what = "NULL out_json, out_len given", .status = E_ARG, .input = S("{}"), .null_outs = OUT_JSON},
    {.what = "NULL request with a length", .status = E_ARG, .input = NUL_WITH_LEN(4)},
    {.what = "no request", .status = E_ARG, .input = {NULL, 0}}, /* skipped where the request is optional */
    {.what = "truncated request", .status = E_JSON, .input = S("{\"dossier_id\":")},
    {.what = "request not an object", .status = E_JSON, .input = S("[1]")},
    {.what = "request with invalid UTF-8", .status = E_JSON, .input = S("{\"x\":\"\xff\"}")},
    {.what = "request with an unknown key", .status = E_JSON, .input = S("{\"dossier_idd\":\"dossier-2025-0042\"}")},
    {.what = "request with a duplicate key", .status = E_JSON, .input = S("{\"dossier_id\":\"a\",\"dossier_id\":\"a\"}")},
};

static const struct error_case kCases[] = {
    /* helder_set_allocator (the fixture has used helder already) */
    {&kApis[SET_ALLOCATOR], "after first use", HELDER_E_MISUSE, .handle = GOOD},
    {&kApis[SET_ALLOCATOR], "NULL after first use", HELDER_E_MISUSE, .handle = NULL_HANDLE},
    {&kApis[SET_ALLOCATOR], "struct_size too small", E_ARG, .handle = SOURCE_TOO_SMALL},

    /* helder_ctx_create */
    {&kApis[CTX_CREATE], "NULL out_ctx", E_ARG, .null_outs = OUT_CTX},
    {&kApis[CTX_CREATE], "NULL options with a length", E_ARG, .options = NUL_WITH_LEN(5)},
    {&kApis[CTX_CREATE], "truncated options", E_JSON, .options = S("{\"accept_words\":[")},
    {&kApis[CTX_CREATE], "options not an object", E_JSON, .options = S("[]")},
    {&kApis[CTX_CREATE], "unknown option", E_JSON, .options = S("{\"dictionnary\":\"system\"}")},
    {&kApis[CTX_CREATE], "options with invalid UTF-8", E_JSON, .options = S("{\"accept_words\":[\"\xc3\x28\"]}")},
    {&kApis[CTX_CREATE], "malformed dictionary", E_JSON, .options = S("{\"dictionary\":42}")},
    {&kApis[CTX_CREATE], "missing dictionary files", HELDER_E_NOT_FOUND,
     .options = S("{\"dictionary\":{\"aff\":\"/nonexistent/nl.aff\",\"dic\":\"/nonexistent/nl.dic\"}}")},

    /* helder_constants_json */
    {&kApis[CONSTANTS_JSON], "NULL out_json, out_len given", E_ARG, .null_outs = OUT_JSON},
    {&kApis[CONSTANTS_JSON], "NULL out_json and out_len", E_ARG, .null_outs = OUT_JSON | OUT_LEN},

    /* helder_utf8_validate: the bad offset is the documented result of HELDER_E_INVALID_UTF8 */
    {&kApis[UTF8_VALIDATE], "NULL text with a length", E_ARG, .input = NUL_WITH_LEN(3)},
    {&kApis[UTF8_VALIDATE], "stray continuation byte", HELDER_E_INVALID_UTF8, .input = S("ab\x80"), .bad_offset = 2},
    {&kApis[UTF8_VALIDATE], "overlong", HELDER_E_INVALID_UTF8, .input = S("a\xc0\xaf"), .bad_offset = 1},
    {&kApis[UTF8_VALIDATE], "surrogate", HELDER_E_INVALID_UTF8, .input = S("\xed\xa0\x80"), .bad_offset = 0},
    {&kApis[UTF8_VALIDATE], "above U+10FFFF", HELDER_E_INVALID_UTF8, .input = S("abc\xf4\x90\x80\x80"), .bad_offset = 3},
    {&kApis[UTF8_VALIDATE], "truncated sequence, NULL out_bad_offset", HELDER_E_INVALID_UTF8, .input = S("\xe2\x82"),
     .null_outs = OUT_BAD_OFFSET},

    /* helder_text_check */
    {&kApis[TEXT_CHECK], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = S("Tekst.")},
    {&kApis[TEXT_CHECK], "NULL out_report, out_len given", E_ARG, .input = S("Tekst."), .null_outs = OUT_JSON},
    {&kApis[TEXT_CHECK], "NULL text with a length", E_ARG, .input = NUL_WITH_LEN(4)},
    {&kApis[TEXT_CHECK], "NULL options with a length", E_ARG, .input = S("Tekst."), .options = NUL_WITH_LEN(2)},
    {&kApis[TEXT_CHECK], "truncated options", E_JSON, .input = S("Tekst."), .options = S("{\"detail\":")},
    {&kApis[TEXT_CHECK], "unknown option", E_JSON, .input = S("Tekst."), .options = S("{\"colour\":true}")},
    {&kApis[TEXT_CHECK], "option of the wrong type", E_JSON, .input = S("Tekst."), .options = S("{\"detail\":1}")},
    {&kApis[TEXT_CHECK], "unknown rule", E_JSON, .input = S("Tekst."), .options = S("{\"rules\":{\"nonsense\":false}}")},
    {&kApis[TEXT_CHECK], "options with invalid UTF-8", E_JSON, .input = S("Tekst."),
     .options = S("{\"accept_words\":[\"\xff\"]}")},
    {&kApis[TEXT_CHECK], "invalid UTF-8 text", HELDER_E_INVALID_UTF8, .input = S("Goed\xff zo.")},
    {&kApis[TEXT_CHECK], "text over max_bytes", HELDER_E_TOO_LARGE, .input = S("Deze tekst is te lang."),
     .options = S("{\"max_bytes\":8}")},

    /* helder_text_render */
    {&kApis[TEXT_RENDER], "NULL out, out_len and out_highest given", E_ARG, .input = S("{\"findings\":[]}"),
     .null_outs = OUT_JSON},
    {&kApis[TEXT_RENDER], "NULL sources with a count", E_ARG, .handle = NULL_HANDLE},
    {&kApis[TEXT_RENDER], "struct_size too small", E_ARG, .handle = SOURCE_TOO_SMALL, .input = S("{\"findings\":[]}")},
    {&kApis[TEXT_RENDER], "NULL text with a length", E_ARG, .handle = SOURCE_TEXT_NULL, .input = S("{\"findings\":[]}")},
    {&kApis[TEXT_RENDER], "NULL report with a length", E_ARG, .input = NUL_WITH_LEN(2)},
    {&kApis[TEXT_RENDER], "NULL options with a length", E_ARG, .input = S("{\"findings\":[]}"),
     .options = NUL_WITH_LEN(3)},
    {&kApis[TEXT_RENDER], "truncated options", E_JSON, .input = S("{\"findings\":[]}"), .options = S("{\"format\"")},
    {&kApis[TEXT_RENDER], "unknown option", E_JSON, .input = S("{\"findings\":[]}"), .options = S("{\"colour\":true}")},
    {&kApis[TEXT_RENDER], "unknown format", E_JSON, .input = S("{\"findings\":[]}"), .options = S("{\"format\":\"pdf\"}")},
    {&kApis[TEXT_RENDER], "truncated report", E_JSON, .input = S("{\"findings\":[")},
    {&kApis[TEXT_RENDER], "report with invalid UTF-8", E_JSON, .input = S("{\"findings\":[],\"x\":\"\xff\"}")},
    {&kApis[TEXT_RENDER], "finding outside the text", E_JSON,
     .input = S("{\"findings\":[{\"rule\":\"x\",\"severity\":\"info\",\"start\":0,\"end\":99,"
                "\"message\":{\"nl\":\"a\",\"en\":\"b\"}}]}")},
    /* The first source has a warning: a failure in the second may not leave it in out_highest. */
    {&kApis[TEXT_RENDER], "second report malformed", E_JSON, .handle = SECOND_SOURCE,
     .input = S("{\"findings\":[{\"rule\":\"x\"}]}")},

    /* helder_dossier_validate (bad dossiers are reports, not errors) */
    {&kApis[DOSSIER_VALIDATE], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = S("{}")},
    {&kApis[DOSSIER_VALIDATE], "NULL out_report, out_len given", E_ARG, .input = S("{}"), .null_outs = OUT_JSON},
    {&kApis[DOSSIER_VALIDATE], "NULL json with a length", E_ARG, .input = NUL_WITH_LEN(2)},
    {&kApis[DOSSIER_VALIDATE], "NULL options with a length", E_ARG, .input = S("{}"), .options = NUL_WITH_LEN(3)},
    {&kApis[DOSSIER_VALIDATE], "truncated options", E_JSON, .input = S("{}"), .options = S("{\"today\":")},
    {&kApis[DOSSIER_VALIDATE], "unknown option", E_JSON, .input = S("{}"), .options = S("{\"colour\":1}")},
    {&kApis[DOSSIER_VALIDATE], "impossible date", E_JSON, .input = S("{}"), .options = S("{\"today\":\"2026-02-30\"}")},
    {&kApis[DOSSIER_VALIDATE], "max_bytes over the limit", E_JSON, .input = S("{}"),
     .options = S("{\"max_bytes\":67108865}")},
    {&kApis[DOSSIER_VALIDATE], "options with invalid UTF-8", E_JSON, .input = S("{}"),
     .options = S("{\"today\":\"\xff\"}")},

    /* helder_dossier_view (the request is passed as the options) */
#define VIEW_AS(id) S("{\"reader\":{\"kind\":\"member\",\"id\":\"" id "\"},\"date\":\"2026-11-23\"}")
    {&kApis[DOSSIER_VIEW], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = S("{}"), .options = VIEW_AS("sanne")},
    {&kApis[DOSSIER_VIEW], "NULL out, out_len given", E_ARG, .input = S("{}"), .options = VIEW_AS("sanne"), .null_outs = OUT_JSON},
    {&kApis[DOSSIER_VIEW], "NULL dossier with a length", E_ARG, .input = NUL_WITH_LEN(2), .options = VIEW_AS("sanne")},
    {&kApis[DOSSIER_VIEW], "NULL request with a length", E_ARG, .input = S("{}"), .options = NUL_WITH_LEN(3)},
    {&kApis[DOSSIER_VIEW], "no request", E_JSON, .input = S("{}")},
    {&kApis[DOSSIER_VIEW], "truncated request", E_JSON, .input = S("{}"), .options = S("{\"reader\":")},
    {&kApis[DOSSIER_VIEW], "unknown reader kind", E_JSON, .input = S("{}"),
     .options = S("{\"reader\":{\"kind\":\"judge\",\"id\":\"x\"},\"date\":\"2026-11-23\"}")},
    {&kApis[DOSSIER_VIEW], "impossible date", E_JSON, .input = S("{}"),
     .options = S("{\"reader\":{\"kind\":\"member\",\"id\":\"x\"},\"date\":\"2026-02-30\"}")},
    {&kApis[DOSSIER_VIEW], "truncated dossier", E_JSON, .input = S("{\"id\":"), .options = VIEW_AS("sanne")},
    {&kApis[DOSSIER_VIEW], "dossier with invalid UTF-8", E_JSON, .input = S("{\"id\":\"\xff\"}"), .options = VIEW_AS("sanne")},
    {&kApis[DOSSIER_VIEW], "reader not in the dossier", HELDER_E_DENIED, .input = S("{\"id\":\"d\"}"), .options = VIEW_AS("sanne")},

    /* helder_procedure_deadline */
    {&kApis[PROCEDURE_DEADLINE], "NULL out, out_len given", E_ARG, .input = S("{\"kind\":\"ots\",\"from\":\"2026-03-02\"}"),
     .null_outs = OUT_JSON},
    {&kApis[PROCEDURE_DEADLINE], "NULL request with a length", E_ARG, .input = NUL_WITH_LEN(2)},
    {&kApis[PROCEDURE_DEADLINE], "no request", E_JSON, .input = {NULL, 0}},
    {&kApis[PROCEDURE_DEADLINE], "unknown kind", E_JSON, .input = S("{\"kind\":\"x\",\"from\":\"2026-03-02\"}")},
    {&kApis[PROCEDURE_DEADLINE], "impossible date", E_JSON, .input = S("{\"kind\":\"ots\",\"from\":\"2026-02-30\"}")},
    {&kApis[PROCEDURE_DEADLINE], "request with invalid UTF-8", HELDER_E_INVALID_UTF8,
     .input = S("{\"kind\":\"\xff\",\"from\":\"2026-03-02\"}")},

    /* helder_procedure_apply and helder_procedure_state (the instance as input, the event or query as options) */
#define NEW_INSTANCE S("{\"format\":\"helder-procedure-instance\",\"format_version\":1,\"spec\":{\"id\":\"nl-jeugdbescherming\",\"version\":\"x\"},\"events\":[]}")
#define MELDING S("{\"event\":\"melding\",\"date\":\"2026-03-02\"}")
    {&kApis[PROCEDURE_APPLY], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = NEW_INSTANCE, .options = MELDING},
    {&kApis[PROCEDURE_APPLY], "NULL out, out_len given", E_ARG, .input = NEW_INSTANCE, .options = MELDING, .null_outs = OUT_JSON},
    {&kApis[PROCEDURE_APPLY], "NULL instance", E_ARG, .input = {NULL, 0}, .options = MELDING},
    {&kApis[PROCEDURE_APPLY], "NULL event with a length", E_ARG, .input = NEW_INSTANCE, .options = NUL_WITH_LEN(3)},
    {&kApis[PROCEDURE_APPLY], "truncated instance", E_JSON, .input = S("{\"format\":"), .options = MELDING},
    {&kApis[PROCEDURE_APPLY], "unknown specification", E_JSON,
     .input = S("{\"format\":\"helder-procedure-instance\",\"format_version\":1,\"spec\":{\"id\":\"x\",\"version\":\"1\"},\"events\":[]}"),
     .options = MELDING},
    {&kApis[PROCEDURE_APPLY], "impossible date", E_JSON, .input = NEW_INSTANCE, .options = S("{\"event\":\"melding\",\"date\":\"2026-02-30\"}")},
    {&kApis[PROCEDURE_APPLY], "event with invalid UTF-8", HELDER_E_INVALID_UTF8, .input = NEW_INSTANCE,
     .options = S("{\"event\":\"\xff\",\"date\":\"2026-03-02\"}")},
    {&kApis[PROCEDURE_STATE], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = NEW_INSTANCE},
    {&kApis[PROCEDURE_STATE], "NULL out, out_len given", E_ARG, .input = NEW_INSTANCE, .null_outs = OUT_JSON},
    {&kApis[PROCEDURE_STATE], "unknown party", E_JSON, .input = NEW_INSTANCE, .options = S("{\"party\":\"judge\"}")},
    {&kApis[PROCEDURE_STATE], "impossible today", E_JSON, .input = NEW_INSTANCE, .options = S("{\"today\":\"2026-13-01\"}")},
    {&kApis[PROCEDURE_FROM_DOSSIER], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = S("{}"), .options = S("{\"child\":\"daan\"}")},
    {&kApis[PROCEDURE_FROM_DOSSIER], "NULL out, out_len given", E_ARG, .input = S("{}"), .options = S("{\"child\":\"daan\"}"), .null_outs = OUT_JSON},
    {&kApis[PROCEDURE_FROM_DOSSIER], "no child", E_JSON, .input = S("{}"), .options = S("{}")},
    {&kApis[PROCEDURE_FROM_DOSSIER], "not a child of the household", E_JSON, .input = S("{\"household\":{\"members\":[]}}"),
     .options = S("{\"child\":\"daan\"}")},
    {&kApis[PROCEDURE_FROM_DOSSIER], "truncated dossier", E_JSON, .input = S("{\"household\":"), .options = S("{\"child\":\"daan\"}")},
    {&kApis[PROCEDURE_SPEC], "NULL ctx", E_ARG, .handle = NULL_HANDLE},
    {&kApis[PROCEDURE_SPEC], "NULL out, out_len given", E_ARG, .null_outs = OUT_JSON},
    {&kApis[PROCEDURE_SPEC], "unknown name", E_ARG, .input = S("judge")},
    /* helder_procedure_verify */
    {&kApis[PROCEDURE_VERIFY], "NULL out, out_len given", E_ARG, .input = S("law"), .null_outs = OUT_JSON},
    {&kApis[PROCEDURE_VERIFY], "NULL spec with a length", E_ARG, .input = NUL_WITH_LEN(3)},
    {&kApis[PROCEDURE_VERIFY], "NULL options with a length", E_ARG, .input = S("law"), .options = NUL_WITH_LEN(2)},
    {&kApis[PROCEDURE_VERIFY], "no spec", E_ARG, .input = {NULL, 0}},
    {&kApis[PROCEDURE_VERIFY], "unknown shipped spec", E_ARG, .input = S("elders")},
    {&kApis[PROCEDURE_VERIFY], "spec that does not load", E_JSON, .input = S("{\"format\":\"helder-procedure\"}")},
    {&kApis[PROCEDURE_VERIFY], "unknown option", E_JSON, .input = S("law"), .options = S("{\"x\":1}")},
    {&kApis[PROCEDURE_VERIFY], "too many states", HELDER_E_TOO_LARGE, .input = S("law"), .options = S("{\"max_states\":5}")},
    {&kApis[PROCEDURE_VERIFY], "spec with invalid UTF-8", HELDER_E_INVALID_UTF8, .input = S("{\"id\":\"\xff\"}")},

    /* helder_procedure_render */
    {&kApis[PROCEDURE_RENDER], "NULL out, out_len given", E_ARG, .input = S("law"), .options = S("{\"format\":\"dot\"}"),
     .null_outs = OUT_JSON},
    {&kApis[PROCEDURE_RENDER], "NULL spec with a length", E_ARG, .input = NUL_WITH_LEN(3), .options = S("{\"format\":\"dot\"}")},
    {&kApis[PROCEDURE_RENDER], "no format", E_JSON, .input = S("law")},
    {&kApis[PROCEDURE_RENDER], "unknown format", E_JSON, .input = S("law"), .options = S("{\"format\":\"svg\"}")},
    {&kApis[PROCEDURE_RENDER], "unknown stage to highlight", E_JSON, .input = S("law"),
     .options = S("{\"format\":\"dot\",\"highlight\":[\"nergens\"]}")},
    {&kApis[PROCEDURE_RENDER], "options with invalid UTF-8", HELDER_E_INVALID_UTF8, .input = S("law"),
     .options = S("{\"format\":\"\xff\"}")},

    /* helder_letter_list and helder_letter_draft (the request as input) */
#define KLACHT S("{\"letter\":\"klacht\",\"party\":\"other_adult\"}")
    {&kApis[LETTER_LIST], "NULL ctx", E_ARG, .handle = NULL_HANDLE},
    {&kApis[LETTER_LIST], "NULL out, out_len given", E_ARG, .null_outs = OUT_JSON},
    {&kApis[LETTER_LIST], "NULL request with a length", E_ARG, .input = NUL_WITH_LEN(2)},
    {&kApis[LETTER_LIST], "unknown party", E_JSON, .input = S("{\"party\":\"judge\"}")},
    {&kApis[LETTER_LIST], "request with invalid UTF-8", HELDER_E_INVALID_UTF8, .input = S("{\"party\":\"\xff\"}")},
    {&kApis[LETTER_DRAFT], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = KLACHT},
    {&kApis[LETTER_DRAFT], "NULL out, out_len given", E_ARG, .input = KLACHT, .null_outs = OUT_JSON},
    {&kApis[LETTER_DRAFT], "NULL request with a length", E_ARG, .input = NUL_WITH_LEN(2)},
    {&kApis[LETTER_DRAFT], "no request", E_JSON, .input = {NULL, 0}},
    {&kApis[LETTER_DRAFT], "truncated request", E_JSON, .input = S("{\"letter\":")},
    {&kApis[LETTER_DRAFT], "unknown letter", E_JSON, .input = S("{\"letter\":\"brief\",\"party\":\"other_adult\"}")},
    {&kApis[LETTER_DRAFT], "impossible date", E_JSON,
     .input = S("{\"letter\":\"klacht\",\"party\":\"other_adult\",\"date\":\"2026-02-30\"}")},
    {&kApis[LETTER_DRAFT], "request with invalid UTF-8", HELDER_E_INVALID_UTF8,
     .input = S("{\"letter\":\"klacht\",\"party\":\"other_adult\",\"details\":\"\xff\"}")},
    {&kApis[LETTER_DRAFT], "a party that may not send the letter", HELDER_E_DENIED,
     .input = S("{\"letter\":\"vervallenverklaring\",\"party\":\"parent_without_gezag\"}")},

    /* helder_dossier_render (the same adapter as helder_text_render) */
    {&kApis[DOSSIER_RENDER], "NULL sources with a count", E_ARG, .handle = NULL_HANDLE},
    {&kApis[DOSSIER_RENDER], "NULL out, out_len and out_highest given", E_ARG, .input = S("{\"findings\":[]}"),
     .null_outs = OUT_JSON},
    {&kApis[DOSSIER_RENDER], "struct_size too small", E_ARG, .handle = SOURCE_TOO_SMALL, .input = S("{\"findings\":[]}")},
    {&kApis[DOSSIER_RENDER], "NULL report with a length", E_ARG, .input = NUL_WITH_LEN(2)},
    {&kApis[DOSSIER_RENDER], "NULL options with a length", E_ARG, .input = S("{}"), .options = NUL_WITH_LEN(3)},
    {&kApis[DOSSIER_RENDER], "unknown option", E_JSON, .input = S("{}"), .options = S("{\"colour\":true}")},
    {&kApis[DOSSIER_RENDER], "truncated report", E_JSON, .input = S("{\"findings\":[")},
    {&kApis[DOSSIER_RENDER], "a text report", E_JSON,
     .input = S("{\"counts\":{},\"scores\":{},\"rules_run\":[],\"findings\":[]}")},
    {&kApis[DOSSIER_RENDER], "second report malformed", E_JSON, .handle = SECOND_SOURCE,
     .input = S("{\"findings\":[{\"rule\":\"x\"}]}")},

    /* helder_store_open */
    {&kApis[STORE_OPEN], "NULL ctx", E_ARG, .handle = NULL_HANDLE, .input = {":memory:", 8}},
    {&kApis[STORE_OPEN], "NULL path", E_ARG, .handle = GOOD},
    {&kApis[STORE_OPEN], "NULL out_store", E_ARG, .input = {":memory:", 8}, .null_outs = OUT_STORE},
    {&kApis[STORE_OPEN], "NULL options with a length", E_ARG, .input = {":memory:", 8}, .options = NUL_WITH_LEN(5)},
    {&kApis[STORE_OPEN], "truncated options", E_JSON, .input = {":memory:", 8}, .options = S("{\"busy_timeout_ms\":")},
    {&kApis[STORE_OPEN], "unknown option", E_JSON, .input = {":memory:", 8}, .options = S("{\"busy\":1}")},
    {&kApis[STORE_OPEN], "option out of range", E_JSON, .input = {":memory:", 8}, .options = S("{\"busy_timeout_ms\":-1}")},
    {&kApis[STORE_OPEN], "options with invalid UTF-8", E_JSON, .input = {":memory:", 8}, .options = S("{\"\xff\":1}")},
    {&kApis[STORE_OPEN], "folder does not exist", HELDER_E_IO, .input = {"/nonexistent/folder/store.db", 28}},
    {&kApis[STORE_OPEN], "not a database", HELDER_E_CORRUPT, .handle = NOT_A_STORE},

    /* helder_store_commit (and the rows of kStoreRequestCases) */
    {&kApis[STORE_COMMIT], "NULL dossier with a length", E_ARG, .input = S(FIRST_COMMIT), .dossier = NUL_WITH_LEN(5)},
    {&kApis[STORE_COMMIT], "NULL dossier with a length, NULL out_json", E_ARG, .input = S(FIRST_COMMIT),
     .dossier = NUL_WITH_LEN(5), .null_outs = OUT_JSON},
    {&kApis[STORE_COMMIT], "NULL dossier with a length, NULL store", E_ARG, .handle = NULL_HANDLE,
     .input = S(FIRST_COMMIT), .dossier = NUL_WITH_LEN(5)},
    {&kApis[STORE_COMMIT], "truncated dossier", E_JSON, .input = S(FIRST_COMMIT), .dossier = S("{\"id\":")},
    {&kApis[STORE_COMMIT], "empty dossier", E_JSON, .input = S(FIRST_COMMIT), .dossier = S("")},
    {&kApis[STORE_COMMIT], "dossier with invalid UTF-8", E_JSON, .input = S(FIRST_COMMIT),
     .dossier = S("{\"id\":\"\xff\"}")},
    {&kApis[STORE_COMMIT], "dossier with schema errors", E_JSON, .input = S(FIRST_COMMIT), .dossier = S("[]")},
    {&kApis[STORE_COMMIT], "dossier over the size limit", E_JSON, .handle = BIG_DOSSIER, .input = S(FIRST_COMMIT)},
    {&kApis[STORE_COMMIT], "no expected_version", E_JSON, .input = S("{\"author\":\"joris\",\"reason\":\"x\"}")},
    {&kApis[STORE_COMMIT], "dossier_id is not the dossier's id", E_JSON,
     .input = S("{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"x\","
                "\"dossier_id\":\"another\"}")},
    {&kApis[STORE_COMMIT], "stale expected_version", HELDER_E_CONFLICT, .input = S(FIRST_COMMIT)},
    {&kApis[STORE_COMMIT], "expected_version ahead", HELDER_E_CONFLICT,
     .input = S("{\"expected_version\":7,\"author\":\"joris\",\"reason\":\"x\"}")},
    {&kApis[STORE_COMMIT], "stale version of another dossier", HELDER_E_CONFLICT, .handle = GONE_DOSSIER,
     .input = S("{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"x\","
                "\"dossier_id\":\"" GONE "\"}")},

    /* helder_store_read */
    {&kApis[STORE_READ], "missing dossier", HELDER_E_NOT_FOUND, .input = S(ABOUT("nobody") ACTOR("professional", "joris") "}")},
    {&kApis[STORE_READ], "missing version", HELDER_E_NOT_FOUND,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("professional", "joris") ",\"version\":9}")},
    {&kApis[STORE_READ], "child under 12 denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("member", "noor") "}")},
    {&kApis[STORE_READ], "professional no longer involved denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("professional", "eva") "}")},
    {&kApis[STORE_READ], "stranger denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("member", "someone-else") "}")},
    {&kApis[STORE_READ], "unknown actor kind", E_JSON, .input = S(ABOUT("dossier-2025-0042") ACTOR("judge", "x") "}")},
    {&kApis[STORE_READ], "a time of its own (the store's clock decides)", E_JSON,
     .input = S("{\"dossier_id\":\"dossier-2025-0042\",\"at\":\"2026-11-23\"," ACTOR("professional", "joris") "}")},

    /* helder_store_history */
    {&kApis[STORE_HISTORY], "missing dossier", HELDER_E_NOT_FOUND, .input = S(ABOUT("nobody") ACTOR("professional", "joris") "}")},
    {&kApis[STORE_HISTORY], "member denied", HELDER_E_DENIED, .input = S(ABOUT("dossier-2025-0042") ACTOR("member", "mark") "}")},
    {&kApis[STORE_HISTORY], "professional no longer involved denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("professional", "eva") "}")},
    {&kApis[STORE_HISTORY], "no actor", E_JSON, .input = S("{\"dossier_id\":\"dossier-2025-0042\"}")},

    /* helder_store_add_statement */
    {&kApis[STORE_ADD_STATEMENT], "missing dossier", HELDER_E_NOT_FOUND,
     .input = S(ABOUT("nobody") "\"by\":\"mark\",\"kind\":\"own_statement\",\"text\":\"Ik.\"}")},
    {&kApis[STORE_ADD_STATEMENT], "child under 12 denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") "\"by\":\"noor\",\"kind\":\"own_statement\",\"text\":\"Ik.\"}")},
    {&kApis[STORE_ADD_STATEMENT], "stranger denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") "\"by\":\"someone-else\",\"kind\":\"own_statement\",\"text\":\"Ik.\"}")},
    {&kApis[STORE_ADD_STATEMENT], "unknown kind", E_JSON,
     .input = S(ABOUT("dossier-2025-0042") "\"by\":\"mark\",\"kind\":\"complaint\",\"text\":\"Ik.\"}")},

    /* helder_store_export */
    {&kApis[STORE_EXPORT], "missing dossier", HELDER_E_NOT_FOUND, .input = S(ABOUT("nobody") ACTOR("member", "mark") "}")},
    {&kApis[STORE_EXPORT], "person not in the household", HELDER_E_NOT_FOUND,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("professional", "joris") ",\"person\":\"someone-else\"}")},
    {&kApis[STORE_EXPORT], "stranger denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("member", "someone-else") ",\"person\":\"mark\"}")},
    {&kApis[STORE_EXPORT], "network member about a child denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("member", "ria") ",\"person\":\"daan\"}")},
    {&kApis[STORE_EXPORT], "no actor", E_JSON, .input = S(ABOUT("dossier-2025-0042") "\"person\":\"mark\"}")},
    {&kApis[STORE_EXPORT], "unknown format", E_JSON,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("member", "mark") ",\"format\":\"pdf\"}")},
    {&kApis[STORE_EXPORT], "unknown language", E_JSON,
     .input = S(ABOUT("dossier-2025-0042") ACTOR("member", "mark") ",\"language\":\"de\"}")},

    /* helder_store_request_destruction (every row fails: the example dossier survives) */
    {&kApis[STORE_REQUEST_DESTRUCTION], "missing dossier", HELDER_E_NOT_FOUND, .input = S(ABOUT("nobody") "\"requested_by\":\"mark\"}")},
    {&kApis[STORE_REQUEST_DESTRUCTION], "child under 12 denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") "\"requested_by\":\"noor\"}")},
    {&kApis[STORE_REQUEST_DESTRUCTION], "stranger denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") "\"requested_by\":\"someone-else\"}")},
    {&kApis[STORE_REQUEST_DESTRUCTION], "the caller's exception is an unknown field", E_JSON,
     .input = S(ABOUT("dossier-2025-0042") "\"requested_by\":\"mark\","
                "\"exception\":{\"kind\":\"important_to_other\",\"reason\":\"Daan heeft het nodig.\"}}")},
    /* helder_store_destroy: the deprecated alias */
    {&kApis[STORE_DESTROY], "missing dossier", HELDER_E_NOT_FOUND, .input = S(ABOUT("nobody") "\"requested_by\":\"mark\"}")},
    {&kApis[STORE_DESTROY], "child under 12 denied", HELDER_E_DENIED,
     .input = S(ABOUT("dossier-2025-0042") "\"requested_by\":\"noor\"}")},

    /* helder_store_verify */
    {&kApis[STORE_VERIFY], "NULL store", E_ARG, .handle = NULL_HANDLE},
    {&kApis[STORE_VERIFY], "NULL out_json, out_len given", E_ARG, .null_outs = OUT_JSON},

    /* helder_store_verify_head (a NULL request is fine: see kStoreRequestCases) */
    {&kApis[STORE_VERIFY_HEAD], "expected_head not an object", E_JSON, .input = S("{\"expected_head\":7}")},
    {&kApis[STORE_VERIFY_HEAD], "expected_head without hash", E_JSON, .input = S("{\"expected_head\":{\"seq\":1}}")},
    {&kApis[STORE_VERIFY_HEAD], "hash not hexadecimal", E_JSON,
     .input = S("{\"expected_head\":{\"seq\":1,\"hash\":\"not-a-hash\"}}")},

    /* helder_store_indicators (a NULL request is fine: see kStoreRequestCases) */
    {&kApis[STORE_INDICATORS], "min_group too small", E_JSON, .input = S("{\"min_group\":1}")},
    {&kApis[STORE_INDICATORS], "min_group not a number", E_JSON, .input = S("{\"min_group\":\"5\"}")},
};

/* ---- the check --------------------------------------------------------------------------- */

/* Runs one row; prints what is wrong and returns 1, or returns 0. */
static int run_case(const struct error_case *c) {
    const unsigned given = c->api->outs & ~c->null_outs;
    struct outs o;
    helder_status status;
    int wrong = 0;
    o.json = POISON_PTR;
    o.len = POISON_SIZE;
    o.highest = POISON_SEVERITY;
    o.ctx = POISON_PTR;
    o.store = POISON_PTR;
    o.bad_offset = POISON_SIZE;
    /* A successful call clears the last error, so a message afterwards is this call's. */
    assert_int_equal(helder_utf8_validate(NULL, 0, NULL), HELDER_OK);
    assert_string_equal(helder_last_error(), "");

    status = c->api->call(c->api, c, &o);

#define WRONG(...)                                             \
    do {                                                       \
        print_error("%s: %s: ", c->api->name, c->what);        \
        print_error(__VA_ARGS__);                              \
        print_error("\n");                                     \
        wrong = 1;                                             \
    } while (0)
    if (status != c->status)
        WRONG("status %d (%s), expected %d (%s) [%s]", (int)status, helder_status_string(status), (int)c->status,
              helder_status_string(c->status), helder_last_error());
    if (status != HELDER_OK && helder_last_error()[0] == '\0') WRONG("helder_last_error() is empty");
    if ((given & OUT_JSON) && o.json != NULL)
        WRONG("*out_json was not reset to NULL (%s)", o.json == POISON_PTR ? "left untouched" : "set");
    if ((given & OUT_LEN) && o.len != 0) WRONG("*out_len was not reset to 0 (%zu)", o.len);
    if ((given & OUT_HIGHEST) && o.highest != HELDER_SEVERITY_NONE)
        WRONG("*out_highest was not reset to HELDER_SEVERITY_NONE (%d)", (int)o.highest);
    if ((given & OUT_CTX) && o.ctx != NULL)
        WRONG("*out_ctx was not reset to NULL (%s)", o.ctx == POISON_PTR ? "left untouched" : "set");
    if ((given & OUT_STORE) && o.store != NULL)
        WRONG("*out_store was not reset to NULL (%s)", o.store == POISON_PTR ? "left untouched" : "set");
    if (given & OUT_BAD_OFFSET) {
        const size_t expected = status == HELDER_E_INVALID_UTF8 ? c->bad_offset : 0;
        if (o.bad_offset != expected) WRONG("*out_bad_offset is %zu, expected %zu", o.bad_offset, expected);
    }
#undef WRONG
    /* A call that wrongly succeeded hands out real results: release them. */
    if (status == HELDER_OK) {
        if ((given & OUT_JSON) && o.json != POISON_PTR) helder_free(o.json);
        if ((given & OUT_CTX) && o.ctx != POISON_PTR) helder_ctx_destroy(o.ctx);
        if ((given & OUT_STORE) && o.store != POISON_PTR) helder_store_close(o.store);
    }
    return wrong;
}

static void test_error_paths_reset_out_params(void **state) {
    size_t i;
    int wrong = 0;
    (void)state;
    for (i = 0; i < sizeof kCases / sizeof *kCases; ++i) wrong += run_case(&kCases[i]);
    if (wrong) fail_msg("%d of %d error paths broke the out-parameter convention (see above)", wrong,
                        (int)(sizeof kCases / sizeof *kCases));
}

static void test_store_request_errors_reset_out_params(void **state) {
    size_t a, i;
    int wrong = 0, count = 0;
    (void)state;
    for (a = 0; a < sizeof kStoreRequestApis / sizeof *kStoreRequestApis; ++a) {
        const struct api *api = &kApis[kStoreRequestApis[a]];
        for (i = 0; i < sizeof kStoreRequestCases / sizeof *kStoreRequestCases; ++i) {
            struct error_case c = kStoreRequestCases[i];
            c.api = api;
            if (!c.input.ptr && c.input.len == 0 && api->request_optional) continue;
            wrong += run_case(&c);
            ++count;
        }
    }
    if (wrong) fail_msg("%d of %d request errors broke the out-parameter convention (see above)", wrong, count);
}

/* Every function in the headers of include/helder that returns a helder_status has out-parameters: each one
 * must be in kApis, and each entry of kApis must have at least one row. */
static int listed(const char *name) {
    size_t i;
    for (i = 0; i < API_COUNT; ++i)
        if (kApis[i].name && strcmp(kApis[i].name, name) == 0) return 1;
    return 0;
}

static int has_rows(const struct api *api) {
    size_t i;
    for (i = 0; i < sizeof kCases / sizeof *kCases; ++i)
        if (kCases[i].api == api) return 1;
    for (i = 0; i < sizeof kStoreRequestApis / sizeof *kStoreRequestApis; ++i)
        if (&kApis[kStoreRequestApis[i]] == api) return 1;
    return 0;
}

static void test_every_function_is_listed(void **state) {
    static const char dir_path[] = HELDER_SOURCE_DIR "/include/helder";
    static const char marker[] = "helder_status helder_";
    DIR *dir = opendir(dir_path);
    struct dirent *entry;
    int missing = 0, found = 0;
    size_t i;
    (void)state;
    assert_non_null(dir);
    while ((entry = readdir(dir)) != NULL) {
        const size_t n = strlen(entry->d_name);
        char path[512], *text;
        const char *p;
        size_t len;
        if (n < 2 || strcmp(entry->d_name + n - 2, ".h") != 0) continue;
        snprintf(path, sizeof path, "%s/%s", dir_path, entry->d_name);
        text = read_file(path, &len);
        assert_non_null(text);
        for (p = strstr(text, marker); p; p = strstr(p + 1, marker)) {
            char name[128];
            const char *start = p + strlen("helder_status "), *end = start;
            while ((*end >= 'a' && *end <= 'z') || (*end >= '0' && *end <= '9') || *end == '_') ++end;
            if (*end != '(' || (size_t)(end - start) >= sizeof name) continue;
            memcpy(name, start, (size_t)(end - start));
            name[end - start] = '\0';
            ++found;
            if (!listed(name)) {
                print_error("%s (%s) returns a helder_status but has no entry in kApis\n", name, entry->d_name);
                ++missing;
            }
        }
        free(text);
    }
    closedir(dir);
    assert_true(found >= API_COUNT);
    for (i = 0; i < API_COUNT; ++i) {
        assert_non_null(kApis[i].name);
        if (!has_rows(&kApis[i])) {
            print_error("%s has no rows in kCases\n", kApis[i].name);
            ++missing;
        }
    }
    if (missing) fail_msg("%d public functions are not covered by this test", missing);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_function_is_listed),
        cmocka_unit_test(test_error_paths_reset_out_params),
        cmocka_unit_test(test_store_request_errors_reset_out_params),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
