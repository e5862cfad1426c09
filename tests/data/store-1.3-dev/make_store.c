/* SPDX-License-Identifier: EUPL-1.2 */
/* Writes tests/data/store-1.3-dev/store.db with helder 1.3.0 as it was before the audit's member
 * keys were keyed with a secret (commit 12e4d81, unreleased): its read, history and export entries
 * name the members they showed by the unkeyed key, the first 8 bytes of SHA-256(dossier id "\n"
 * member). The tests check that a newer helder still answers who read a member's data from those
 * entries. Built against that commit with the test clock (the dev preset), not part of the build:
 *   git worktree add /tmp/helder-12e4d81 12e4d81 && cd /tmp/helder-12e4d81 && cmake --preset dev &&
 *   cmake --build --preset dev --target helder
 *   cc -std=c99 -I/tmp/helder-12e4d81/include -I/tmp/helder-12e4d81/build/dev/include make_store.c \
 *      -L/tmp/helder-12e4d81/build/dev/lib -lhelder -o make_store
 *   LD_LIBRARY_PATH=/tmp/helder-12e4d81/build/dev/lib ./make_store REPO_DIR store.db
 * What it holds: dossier-2025-0042 (familie-de-boer) committed on 2026-11-23, read by joris (the
 * fixed professional: everyone shown) and by sanne (herself and the household) on 2026-11-24, its
 * history with the dossiers listed by joris, and sanne's export of her own data on 2026-11-25. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <helder/helder.h>

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long size;
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (text = malloc((size_t)size + 1)) != NULL)
        *len = fread(text, 1, (size_t)size, f);
    fclose(f);
    return text;
}

typedef helder_status (*operation)(helder_store *, const char *, size_t, char **, size_t *);

static void expect(const char *what, helder_status got, char *answer) {
    if (got != HELDER_OK) {
        fprintf(stderr, "%s: %s (%s)\n", what, helder_status_string(got), helder_last_error());
        exit(1);
    }
    printf("%s: %.160s\n", what, answer);
    helder_free(answer);
}

/* The store's test clock is an option of the store: each day is an opening of the file. */
static helder_store *open_at(const helder_ctx *ctx, const char *path, const char *at) {
    char options[128];
    helder_store *store = NULL;
    snprintf(options, sizeof options, "{\"test_clock\":\"%s\"}", at);
    if (helder_store_open(ctx, path, options, strlen(options), &store) != HELDER_OK) {
        fprintf(stderr, "open: %s\n", helder_last_error());
        exit(1);
    }
    return store;
}

static void run(helder_store *store, operation op, const char *what, const char *request) {
    char *answer = NULL;
    const helder_status status = op(store, request, strlen(request), &answer, NULL);
    expect(what, status, answer);
}

int main(int argc, char **argv) {
    char path[4096], *boer, *answer = NULL;
    size_t boer_len = 0;
    const char *request = "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"eerste versie\"}";
    helder_ctx *ctx = NULL;
    helder_store *store;
    helder_status status;
    if (argc != 3) {
        fprintf(stderr, "usage: make_store REPO_DIR STORE.db\n");
        return 2;
    }
    snprintf(path, sizeof path, "%s/examples/dossiers/familie-de-boer.json", argv[1]);
    if (!(boer = read_file(path, &boer_len)) || helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) return 1;
    store = open_at(ctx, argv[2], "2026-11-23T10:00:00Z");
    status = helder_store_commit(store, boer, boer_len, request, strlen(request), &answer, NULL);
    expect("commit", status, answer);
    helder_store_close(store);
    store = open_at(ctx, argv[2], "2026-11-24T10:00:00Z");
    run(store, helder_store_read, "read as joris",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"}}");
    run(store, helder_store_read, "read as sanne",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"sanne\"}}");
    run(store, helder_store_history, "history",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},\"with_dossiers\":true}");
    helder_store_close(store);
    store = open_at(ctx, argv[2], "2026-11-25T10:00:00Z");
    run(store, helder_store_export, "export",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"sanne\"}}");
    status = helder_store_verify(store, &answer, NULL);
    expect("verify", status, answer);
    helder_store_close(store);
    helder_ctx_destroy(ctx);
    free(boer);
    return 0;
}
