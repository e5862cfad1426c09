/* Fuzzes the store's JSON requests (and a dossier given to commit): the first byte picks the
 * operation, the rest is the request. Each input gets a fresh in-memory store holding the
 * example dossier, so that every run starts alike. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"

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

typedef helder_status (*store_call)(helder_store *, const char *, size_t, char **, size_t *);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char first[] = "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"start\",\"at\":\"2026-11-23T10:00:00Z\"}";
    static const store_call calls[] = {helder_store_read,   helder_store_history, helder_store_add_statement,
                                       helder_store_export, helder_store_destroy, helder_store_indicators};
    helder_store *store = NULL;
    char *out = NULL;
    const char *request = (const char *)data + 1;
    size_t request_len = size ? size - 1 : 0;
    helder_status st;
    load();
    if (size == 0) return 0;
    if (helder_store_open(ctx, ":memory:", NULL, 0, &store) != HELDER_OK) abort();
    if (helder_store_commit(store, example, example_len, first, sizeof first - 1, &out, NULL) != HELDER_OK) abort();
    helder_free(out);
    out = NULL;
    switch (data[0] % 8) {
    case 6: st = helder_store_commit(store, example, example_len, request, request_len, &out, NULL); break;
    case 7:
        st = helder_store_commit(store, request, request_len, "{\"expected_version\":1,\"author\":\"joris\",\"reason\":\"x\"}", 52,
                                 &out, NULL);
        break;
    default: st = calls[data[0] % 8](store, request, request_len, &out, NULL); break;
    }
    if ((st == HELDER_OK) != (out != NULL)) abort(); /* an answer exactly when the call succeeds */
    /* A request can be refused, but never break the store: no storage or internal errors, which
     * in WebAssembly (no C++ exceptions) would abort the module. */
    if (st == HELDER_E_INTERNAL || st == HELDER_E_IO || st == HELDER_E_CORRUPT || st == HELDER_E_BUSY) abort();
    helder_free(out);
    /* Whatever the request did, the store is still whole. */
    if (helder_store_verify(store, &out, NULL) != HELDER_OK || !strstr(out, "\"ok\":true")) abort();
    helder_free(out);
    helder_store_close(store);
    return 0;
}
