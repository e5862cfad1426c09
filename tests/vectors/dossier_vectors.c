/* SPDX-License-Identifier: EUPL-1.2 */
/* Prints helder's answers for the dossier vectors: every example and invalid dossier and every
 * dossier fuzz seed validated with each option set, then the store scenario of
 * store_scenario.tsv run on a store in memory. One line per answer: name, options or request,
 * status, answer (or error message). The WebAssembly build prints the same lines
 * (wasm/test/agreement.test.mjs); the two outputs must be byte-for-byte equal. The store takes
 * its time from the system clock (since 1.3 a request cannot name it, and WebAssembly has no test
 * clock), so in the store's answers each date-time of the clock and each audit hash (which covers
 * the time) is printed as <clock> and <hash>; both sides run on the same day.
 * Usage: dossier_vectors REPO_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"
#include "vector_files.h"

/* The option sets every dossier is validated with (the JS side has the same list). */
static const char *const kOptionSets[] = {
    "{\"today\":\"2026-11-23\"}",
    "{\"today\":\"2029-06-01\",\"max_professionals\":1,\"check_family_texts\":false}",
    "{\"today\":\"2026-11-23\",\"max_bytes\":4000}",
};

/* The folders of dossier vectors, below the repository. */
static const char *const kFolders[] = {"examples/dossiers", "tests/data/dossiers/invalid", "tests/fuzz/corpus/dossier_validate"};

static void print_answer(helder_status st, const char *answer, size_t len) {
    printf("%d\t", (int)st);
    if (st == HELDER_OK) fwrite(answer, 1, len, stdout);
    else fputs(helder_last_error(), stdout);
    putchar('\n');
}

static int digit_at(const char *s, size_t i) { return s[i] >= '0' && s[i] <= '9'; }

/* Whether s starts with a date-time of the store's clock, YYYY-MM-DDThh:mm:ssZ. */
static int clock_time_at(const char *s, size_t left) {
    static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
    size_t i;
    if (left < sizeof shape - 1) return 0;
    for (i = 0; i < sizeof shape - 1; ++i)
        if (shape[i] == 'd' ? !digit_at(s, i) : s[i] != shape[i]) return 0;
    return 1;
}

/* Whether s starts with an audit hash: 64 lowercase hexadecimal digits after "hash":" or "head":". */
static int audit_hash_at(const char *text, size_t at, size_t len) {
    size_t i;
    if (at < 8 || len - at < 64 || (strncmp(text + at - 8, "\"hash\":\"", 8) != 0 && strncmp(text + at - 8, "\"head\":\"", 8) != 0))
        return 0;
    for (i = at; i < at + 64; ++i)
        if (!digit_at(text, i) && !(text[i] >= 'a' && text[i] <= 'f')) return 0;
    return 1;
}

/* A store answer, with the clock's times and the audit hashes in place holders. */
static void print_store_answer(helder_status st, const char *answer, size_t len) {
    const char *text = st == HELDER_OK ? answer : helder_last_error();
    size_t i, n = st == HELDER_OK ? len : strlen(text);
    printf("%d\t", (int)st);
    for (i = 0; i < n;) {
        if (clock_time_at(text + i, n - i)) {
            fputs("<clock>", stdout);
            i += 20;
        } else if (audit_hash_at(text, i, n)) {
            fputs("<hash>", stdout);
            i += 64;
        } else {
            putchar(text[i++]);
        }
    }
    putchar('\n');
}

static int validate_all(helder_ctx *ctx, const char *repo) {
    size_t f, i, k;
    for (f = 0; f < sizeof kFolders / sizeof kFolders[0]; ++f) {
        char dir[4096], *names[512];
        const char *suffix = f == 2 ? "" : ".json";
        size_t count;
        snprintf(dir, sizeof dir, "%s/%s", repo, kFolders[f]);
        count = sorted_names(dir, suffix, names, sizeof names / sizeof names[0]);
        if (count == 0) return 1;
        for (i = 0; i < count; ++i) {
            char path[4608];
            size_t len = 0;
            char *text;
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            text = read_file(path, &len);
            if (!text) return 1;
            for (k = 0; k < sizeof kOptionSets / sizeof kOptionSets[0]; ++k) {
                char *report = NULL;
                size_t report_len = 0;
                const helder_status st =
                    helder_dossier_validate(ctx, text, len, kOptionSets[k], strlen(kOptionSets[k]), &report, &report_len);
                printf("%s/%s\t%s\t", kFolders[f], names[i], kOptionSets[k]);
                print_answer(st, report, report_len);
                helder_free(report);
            }
            free(text);
            free(names[i]);
        }
    }
    return 0;
}

/* The store operations that take one request. */
typedef helder_status (*store_operation)(helder_store *, const char *, size_t, char **, size_t *);

static store_operation request_operation(const char *name) {
    static const struct {
        const char *name;
        store_operation run;
    } operations[] = {
        {"read", helder_store_read},
        {"history", helder_store_history},
        {"add_statement", helder_store_add_statement},
        {"export", helder_store_export},
        {"destroy", helder_store_request_destruction},
        {"indicators", helder_store_indicators},
    };
    size_t i;
    for (i = 0; i < sizeof operations / sizeof operations[0]; ++i)
        if (strcmp(operations[i].name, name) == 0) return operations[i].run;
    return NULL;
}

static int run_scenario(helder_ctx *ctx, const char *repo) {
    char path[4096], *scenario, *line, *next;
    size_t len = 0;
    helder_store *store = NULL;
    snprintf(path, sizeof path, "%s/tests/vectors/store_scenario.tsv", repo);
    scenario = read_file(path, &len);
    if (!scenario || helder_store_open(ctx, ":memory:", NULL, 0, &store) != HELDER_OK) return 1;
    for (line = scenario; line && *line; line = next) {
        char *operation = line, *file, *request, *answer = NULL;
        size_t answer_len = 0, request_len;
        helder_status st;
        store_operation run;
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        if (*line == '#' || *line == '\0') continue;
        file = strchr(operation, '\t');
        if (!file) return 1;
        *file++ = '\0';
        request = strchr(file, '\t');
        if (!request) return 1;
        *request++ = '\0';
        request_len = strlen(request);
        if (strcmp(operation, "commit") == 0) {
            char dossier_path[4608];
            size_t dossier_len = 0;
            char *dossier;
            snprintf(dossier_path, sizeof dossier_path, "%s/%s", repo, file);
            dossier = read_file(dossier_path, &dossier_len);
            if (!dossier) return 1;
            st = helder_store_commit(store, dossier, dossier_len, request, request_len, &answer, &answer_len);
            free(dossier);
        } else if ((run = request_operation(operation)) != NULL) {
            st = run(store, request, request_len, &answer, &answer_len);
        } else if (strcmp(operation, "verify") == 0) {
            st = helder_store_verify(store, &answer, &answer_len);
        } else {
            fprintf(stderr, "unknown operation %s\n", operation);
            return 1;
        }
        printf("%s\t%s\t", operation, request);
        print_store_answer(st, answer, answer_len);
        helder_free(answer);
    }
    helder_store_close(store);
    free(scenario);
    return 0;
}

int main(int argc, char **argv) {
    helder_ctx *ctx = NULL;
    int failed;
    if (argc != 2) {
        fprintf(stderr, "usage: dossier_vectors REPO_DIR\n");
        return 2;
    }
    if (helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) {
        fprintf(stderr, "helder_ctx_create: %s\n", helder_last_error());
        return 1;
    }
    failed = validate_all(ctx, argv[1]) || run_scenario(ctx, argv[1]);
    helder_ctx_destroy(ctx);
    if (failed) fprintf(stderr, "dossier_vectors: cannot read the vectors below %s\n", argv[1]);
    return failed;
}
