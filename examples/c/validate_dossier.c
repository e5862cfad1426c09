/* SPDX-License-Identifier: EUPL-1.2 */
/* Validate a family dossier and print each finding: its severity, rule, place (a JSON Pointer),
 * the Dutch message and, for a rule of law, the article and how sure helder is of it.
 * The report is JSON (share/helder/schemas/dossier-report.schema.json); this program reads it
 * with Jansson (Debian: libjansson-dev), but any JSON library does.
 * Build: cc validate_dossier.c $(pkg-config --cflags --libs helder jansson) -o validate_dossier
 * Run:   ./validate_dossier dossier.json */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <helder/helder.h>
#include <jansson.h>

/* The file's bytes, as they are: helder's findings point into them by byte offset. */
static char *file_bytes(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *bytes = NULL;
    size_t size = 0, got;
    char chunk[65536];
    if (!f) return NULL;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        char *grown = realloc(bytes, size + got);
        if (!grown) break;
        bytes = grown;
        memcpy(bytes + size, chunk, got);
        size += got;
    }
    fclose(f);
    *len = size;
    return bytes ? bytes : calloc(1, 1);
}

/* A string member of a JSON object, or "" when it is missing. */
static const char *text(const json_t *object, const char *key) {
    const char *value = json_string_value(json_object_get(object, key));
    return value ? value : "";
}

static void print_finding(const json_t *finding) {
    const json_t *source = json_object_get(finding, "source");
    printf("%s %s at %s: %s", text(finding, "severity"), text(finding, "rule"), text(finding, "pointer"),
           text(json_object_get(finding, "message"), "nl"));
    if (strcmp(text(source, "kind"), "law") == 0) printf(" [%s, %s]", text(source, "article"), text(source, "label"));
    putchar('\n');
}

int main(int argc, char **argv) {
    /* A fixed "today" makes the output the same every day; leave it out to use the system date. */
    const char *options = "{\"today\":\"2026-03-10\"}";
    helder_ctx *ctx = NULL;
    char *dossier, *report = NULL;
    size_t dossier_len = 0, report_len = 0, i;
    helder_status status;
    json_t *doc, *counts, *finding;
    if (argc != 2) {
        fprintf(stderr, "usage: validate_dossier DOSSIER.json\n");
        return 2;
    }
    if (!(dossier = file_bytes(argv[1], &dossier_len))) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    status = helder_ctx_create(NULL, 0, &ctx);
    if (status == HELDER_OK)
        status = helder_dossier_validate(ctx, dossier, dossier_len, options, strlen(options), &report, &report_len);
    if (status != HELDER_OK) { /* a dossier with errors is not a failed call: only bad arguments are */
        fprintf(stderr, "%s: %s\n", helder_status_string(status), helder_last_error());
        helder_ctx_destroy(ctx);
        free(dossier);
        return 1;
    }
    doc = json_loadb(report, report_len, 0, NULL);
    helder_free(report); /* not free(): the library owns its heap */
    counts = json_object_get(doc, "counts");
    printf("%s: %s, errors: %d, warnings: %d\n", argv[1], text(doc, "status"),
           (int)json_integer_value(json_object_get(counts, "errors")),
           (int)json_integer_value(json_object_get(counts, "warnings")));
    json_array_foreach(json_object_get(doc, "findings"), i, finding) print_finding(finding);
    json_decref(doc);
    helder_ctx_destroy(ctx);
    free(dossier);
    return 0;
}
