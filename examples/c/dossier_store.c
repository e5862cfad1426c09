/* SPDX-License-Identifier: EUPL-1.2 */
/* A vendor's dossier program: validate a family dossier, keep it in a store file, read it as a
 * child of 13 may see it, and print the plain-language export for a parent.
 * Build: cc dossier_store.c -lhelder -o dossier_store
 * Run:   ./dossier_store dossier.json store.db */
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

/* Prints the answer a call just handed out (and frees it), or the error; returns the status. */
static helder_status show(const char *what, helder_status status, char **answer) {
    if (status == HELDER_OK) printf("--- %s\n%s\n", what, *answer);
    else printf("--- %s: %s: %s\n", what, helder_status_string(status), helder_last_error());
    helder_free(*answer);
    *answer = NULL;
    return status;
}

int main(int argc, char **argv) {
    const char *commit = "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"eerste versie\"}";
    const char *read_as_daan =
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"daan\"}}";
    /* Every request names who asks; the store's clock gives its time. Sanne asks for her own export. */
    const char *export_for_sanne =
        "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"sanne\"},\"format\":\"text\"}";
    helder_ctx *ctx = NULL;
    helder_store *store = NULL;
    char *dossier, *answer = NULL;
    size_t dossier_len = 0;
    helder_status status;
    if (argc != 3) {
        fprintf(stderr, "usage: dossier_store DOSSIER.json STORE.db\n");
        return 2;
    }
    dossier = read_file(argv[1], &dossier_len);
    if (!dossier) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    if (helder_ctx_create(NULL, 0, &ctx) != HELDER_OK || helder_store_open(ctx, argv[2], NULL, 0, &store) != HELDER_OK) {
        fprintf(stderr, "%s\n", helder_last_error());
        return 1;
    }
    show("validation", helder_dossier_validate(ctx, dossier, dossier_len, NULL, 0, &answer, NULL), &answer);
    /* A second run finds version 1 already there: the store answers with a conflict. */
    show("commit", helder_store_commit(store, dossier, dossier_len, commit, strlen(commit), &answer, NULL), &answer);
    show("read as Daan (13)", helder_store_read(store, read_as_daan, strlen(read_as_daan), &answer, NULL), &answer);
    status = show("export for Sanne", helder_store_export(store, export_for_sanne, strlen(export_for_sanne), &answer, NULL), &answer);
    show("verify", helder_store_verify(store, &answer, NULL), &answer);
    helder_store_close(store);
    helder_ctx_destroy(ctx);
    free(dossier);
    return status == HELDER_OK ? 0 : 1;
}
