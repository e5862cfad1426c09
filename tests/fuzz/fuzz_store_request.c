/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the store's JSON requests (and a dossier given to commit): the first byte picks the
 * operation, the rest is the request. Each input gets a fresh in-memory store holding the
 * example dossier, so that every run starts alike. Invariants: an answer exactly when the call
 * succeeds; no storage or internal error; a request (or dossier) that is not JSON is never
 * answered; every answer is valid UTF-8 and JSON (a text export: UTF-8 text) with the dossier's
 * id; and afterwards the audit chain verifies. */
#include "fuzz_support.h"

/* Every run at the same time of the store's clock where the build has a test clock (the fuzz and
 * dev presets), so that a seed finds what it found before; a release replays at the real time. */
#ifdef HELDER_TEST_CLOCK
static const char kStoreOptions[] = "{\"test_clock\":\"2026-11-23T10:00:00Z\"}";
#else
static const char kStoreOptions[] = "{}";
#endif

static helder_ctx *ctx;
static char *example;
static size_t example_len;

static void load(void) {
    FILE *f;
    long size;
    if (ctx) return;
    if (helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    f = fopen(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer.json", "rb");
    if (!f) abort();
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    rewind(f);
    example = malloc((size_t)size);
    example_len = fread(example, 1, (size_t)size, f);
    fclose(f);
}

/* The answer of a successful call: the request (for 7, the dossier) was JSON, and the answer is
 * valid UTF-8 and one JSON object, with the dossier's id for every operation but indicators; only
 * a text export (request "format": "text") is plain text instead. */
static void check_answer(int op, const char *request, size_t request_len, const char *out, size_t out_len) {
    fj_doc req, ans;
    int text_export = 0;
    if (op != 5 || request_len > 0) { /* indicators' request may be empty */
        FUZZ_ASSERT(fj_parse(&req, request, request_len));
        text_export = op == 3 && fj_equals_str(&req, fj_get(&req, 0, "format"), "text");
        fj_free(&req);
    }
    fuzz_check_output(out, out_len, !text_export, &ans);
    if (text_export) {
        FUZZ_ASSERT(out_len > 0);
        return;
    }
    FUZZ_ASSERT(fj_is(&ans, 0, FJ_OBJECT));
    if (op != 5) FUZZ_ASSERT(fj_is(&ans, fj_get(&ans, 0, "dossier_id"), FJ_STRING));
    fj_free(&ans);
}

typedef helder_status (*store_call)(helder_store *, const char *, size_t, char **, size_t *);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char first[] = "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"start\"}";
    static const store_call calls[] = {helder_store_read,   helder_store_history, helder_store_add_statement,
                                       helder_store_export, helder_store_request_destruction, helder_store_indicators};
    helder_store *store = NULL;
    char *out = NULL;
    size_t out_len = 0;
    const char *request = (const char *)data + 1;
    size_t request_len = size ? size - 1 : 0;
    helder_status st;
    load();
    if (size == 0) return 0;
    if (helder_store_open(ctx, ":memory:", kStoreOptions, sizeof kStoreOptions - 1, &store) != HELDER_OK) abort();
    if (helder_store_commit(store, example, example_len, first, sizeof first - 1, &out, NULL) != HELDER_OK) abort();
    helder_free(out);
    out = NULL;
    switch (data[0] % 8) {
    case 6: st = helder_store_commit(store, example, example_len, request, request_len, &out, &out_len); break;
    case 7:
        st = helder_store_commit(store, request, request_len, "{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"x\"}", 52,
                                 &out, &out_len);
        break;
    default: st = calls[data[0] % 8](store, request, request_len, &out, &out_len); break;
    }
    FUZZ_ASSERT((st == HELDER_OK) == (out != NULL)); /* an answer exactly when the call succeeds */
    /* A request can be refused, but never break the store: no storage or internal errors, which
     * in WebAssembly (no C++ exceptions) would abort the module. */
    FUZZ_ASSERT(st != HELDER_E_INTERNAL && st != HELDER_E_IO && st != HELDER_E_CORRUPT && st != HELDER_E_BUSY);
    if (st == HELDER_OK) check_answer(data[0] % 8, request, request_len, out, out_len);
    helder_free(out);
    /* Whatever the request did, the store is still whole. */
    out = NULL;
    FUZZ_ASSERT(helder_store_verify(store, &out, &out_len) == HELDER_OK);
    {
        fj_doc d;
        fuzz_check_output(out, out_len, 1, &d);
        FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "ok"), FJ_TRUE));
        FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "first_broken"), FJ_NULL));
        fj_free(&d);
    }
    helder_free(out);
    helder_store_close(store);
    return 0;
}
