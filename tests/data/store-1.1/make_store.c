/* SPDX-License-Identifier: EUPL-1.2 */
/* Writes tests/data/store-1.1/store.db with the released helder 1.1 (commit a623c7b), so that
 * the tests can check that a newer helder opens and migrates it. Built against 1.1, not part of
 * the build:
 *   git worktree add /tmp/helder-1.1 a623c7b && cd /tmp/helder-1.1 && cmake --preset dev &&
 *   cmake --build --preset dev --target helder
 *   cc -std=c99 -I/tmp/helder-1.1/include -I/tmp/helder-1.1/build/dev/include make_store.c \
 *      -L/tmp/helder-1.1/build/dev/lib -lhelder -o make_store
 *   LD_LIBRARY_PATH=/tmp/helder-1.1/build/dev/lib ./make_store REPO_DIR store.db
 * What it holds: dossier-2025-0042 (familie-de-boer) committed twice, read, its history listed,
 * a correction added (version 3) and an export; dossier-2026-0107 (familie-yilmaz) committed and
 * destroyed; a read refused (nothing logged in 1.1). */
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

static int expect(const char *what, helder_status got, helder_status want, char *answer) {
    if (got != want) {
        fprintf(stderr, "%s: %s (%s)\n", what, helder_status_string(got), helder_last_error());
        exit(1);
    }
    printf("%s: %.160s\n", what, got == HELDER_OK ? answer : helder_last_error());
    helder_free(answer);
    return 0;
}

static void run(helder_store *store, operation op, const char *what, const char *request, helder_status want) {
    char *answer = NULL;
    const helder_status got = op(store, request, strlen(request), &answer, NULL);
    expect(what, got, want, answer);
}

static void commit(helder_store *store, const char *dossier, size_t len, const char *request) {
    char *answer = NULL;
    const helder_status got = helder_store_commit(store, dossier, len, request, strlen(request), &answer, NULL);
    expect("commit", got, HELDER_OK, answer);
}

int main(int argc, char **argv) {
    char path[4096], *boer, *changed, *yilmaz, *at, *answer = NULL;
    size_t boer_len = 0, yilmaz_len = 0;
    const char *from = "geen geld had voor boodschappen", *to = "geen geld had voor eten";
    helder_ctx *ctx = NULL;
    helder_store *store = NULL;
    helder_status status;
    if (argc != 3) {
        fprintf(stderr, "usage: make_store REPO_DIR STORE.db\n");
        return 2;
    }
    snprintf(path, sizeof path, "%s/examples/dossiers/familie-de-boer.json", argv[1]);
    boer = read_file(path, &boer_len);
    snprintf(path, sizeof path, "%s/examples/dossiers/familie-yilmaz.json", argv[1]);
    yilmaz = read_file(path, &yilmaz_len);
    if (!boer || !yilmaz || !(at = strstr(boer, from))) return 1;
    changed = malloc(boer_len + 1);
    memcpy(changed, boer, (size_t)(at - boer));
    strcpy(changed + (at - boer), to);
    strcat(changed, at + strlen(from));
    if (helder_ctx_create(NULL, 0, &ctx) != HELDER_OK || helder_store_open(ctx, argv[2], NULL, 0, &store) != HELDER_OK) {
        fprintf(stderr, "%s\n", helder_last_error());
        return 1;
    }
    commit(store, boer, boer_len, "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"eerste versie\",\"at\":\"2026-11-23T10:00:00Z\"}");
    commit(store, changed, strlen(changed), "{\"expected_version\":1,\"author\":\"fatima\",\"reason\":\"typefout\",\"at\":\"2026-11-24T09:30:00Z\"}");
    run(store, helder_store_read, "read as joris",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},\"at\":\"2026-11-24\"}", HELDER_OK);
    run(store, helder_store_read, "read as daan",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"daan\"},\"at\":\"2026-11-24\"}", HELDER_OK);
    run(store, helder_store_read, "read as noor",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"noor\"},\"at\":\"2026-11-24\"}", HELDER_E_DENIED);
    run(store, helder_store_add_statement, "statement",
        "{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"sanne\",\"kind\":\"correction\",\"concerns_item\":\"f-fridge\","
        "\"text\":\"Er stond melk in de koelkast.\",\"at\":\"2026-11-24T11:00:00Z\"}", HELDER_OK);
    run(store, helder_store_history, "history",
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"},\"at\":\"2026-11-24\"}", HELDER_OK);
    run(store, helder_store_export, "export", "{\"dossier_id\":\"dossier-2025-0042\",\"person\":\"sanne\",\"at\":\"2026-11-24\"}", HELDER_OK);
    commit(store, yilmaz, yilmaz_len, "{\"expected_version\":0,\"author\":\"lotte\",\"reason\":\"start\",\"at\":\"2026-11-24T12:00:00Z\"}");
    run(store, helder_store_destroy, "destroy", "{\"dossier_id\":\"dossier-2026-0107\",\"requested_by\":\"esra\",\"at\":\"2026-11-25\"}", HELDER_OK);
    status = helder_store_verify(store, &answer, NULL);
    expect("verify", status, HELDER_OK, answer);
    helder_store_close(store);
    helder_ctx_destroy(ctx);
    free(boer);
    free(changed);
    free(yilmaz);
    return 0;
}
