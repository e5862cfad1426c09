/* SPDX-License-Identifier: EUPL-1.2 */
#define _POSIX_C_SOURCE 200809L
/* Allocation failure (docs/memory.md): every C API call runs with an allocator, set with
 * helder_set_allocator(), that fails at the 1st, 2nd, … Nth allocation of that call. Each run must
 * end in HELDER_OK with the answer of a run without failure, or in HELDER_E_NO_MEMORY with its
 * out-parameters NULL and 0 and a message; then the same call without failure must give the
 * answer again (nothing was left half-built). No crash, and every block of the allocator is
 * released again; under LeakSanitizer (the asan preset) no other leak either. Beyond the first
 * kDense allocations of a call the indices are sampled (each about 1/kStep further than the
 * last; for the first call of a new context, which builds its models in thousands of
 * allocations, kColdDense and 1/kColdStep) so that the sweep takes a minute, not hours.
 * Pure C99, only <helder/helder.h>, as a vendor uses it. Usage: alloc_failure_sweep_test [SCENARIO…] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"
#include "../read_file.h"

enum { kDense = 48, kStep = 6, kColdDense = 24, kColdStep = 2 };

/* ---- the allocator ----------------------------------------------------------------------- */

static size_t allocations; /* since arm() */
static size_t fail_at;     /* the allocation that fails; 0: none */
static int failed;         /* whether it did */
static size_t live;        /* blocks allocated and not released */

static int fail_now(void) {
    if (++allocations != fail_at) return 0;
    failed = 1;
    return 1;
}

static void *test_allocate(void *user_data, size_t size) {
    void *p;
    if (user_data != &live || size == 0) abort(); /* the documented contract */
    if (fail_now()) return NULL;
    p = malloc(size);
    if (p) ++live;
    return p;
}

static void *test_reallocate(void *user_data, void *ptr, size_t size) {
    if (user_data != &live || size == 0 || !ptr) abort();
    if (fail_now()) return NULL;
    return realloc(ptr, size);
}

static void test_release(void *user_data, void *ptr) {
    if (user_data != &live || !ptr) abort();
    --live;
    free(ptr);
}

static void arm(size_t at) {
    allocations = 0;
    fail_at = at;
    failed = 0;
}

/* ---- inputs ------------------------------------------------------------------------------- */


static char *dossier;
static size_t dossier_len;
static helder_ctx *warm; /* a context whose models are built */
static helder_ctx *cold; /* a new context for each run */
static helder_store *store;

#define STR(s) s, strlen(s)
static const char kText[] = "Middels deze brief informeren wij u dat de ondertoezichtstelling wordt verlengd. "
                            "De moeder is zeer onbetrouwbaarr. Zie https://example.org/a.";
static const char kToday[] = "{\"today\":\"2026-11-23\"}";
static const char kInstance[] = "{\"format\":\"helder-procedure-instance\",\"format_version\":1,"
                                "\"spec\":{\"id\":\"nl-jeugdbescherming\",\"version\":\"2026-12-1\"},"
                                "\"child\":{\"id\":\"daan\",\"birth_date\":\"2012-03-01\"},\"events\":[]}";
#ifdef HELDER_TEST_CLOCK
#define STORE_OPTIONS "{\"test_clock\":\"2026-11-23T10:00:00Z\"}"
#else
#define STORE_OPTIONS "{}"
#endif
#define FIRST_COMMIT "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"start\"}"
#define ABOUT "\"dossier_id\":\"dossier-2025-0042\""
#define AS_JORIS "{" ABOUT ",\"actor\":{\"kind\":\"professional\",\"id\":\"joris\"}}"

/* ---- the calls ---------------------------------------------------------------------------- */

struct answer {
    char *json;
    size_t len;
};

typedef helder_status (*call_fn)(struct answer *a);

static helder_status constants(struct answer *a) { return helder_constants_json(&a->json, &a->len); }
static helder_status ctx_create(struct answer *a) { /* no document: the context is the answer */
    helder_ctx *ctx = NULL;
    a->json = NULL;
    a->len = 0;
    const helder_status s = helder_ctx_create(STR("{\"accept_words\":[\"helder\"]}"), &ctx);
    if ((s == HELDER_OK) != (ctx != NULL)) abort();
    helder_ctx_destroy(ctx);
    return s;
}
static helder_status text_check(struct answer *a) {
    return helder_text_check(warm, STR(kText), STR("{\"detail\":true}"), &a->json, &a->len);
}
static helder_status first_text_check(struct answer *a) {
    return helder_text_check(cold, STR(kText), NULL, 0, &a->json, &a->len);
}
static helder_status text_render(struct answer *a) {
    helder_text_source source = {sizeof source, "brief.txt", kText, sizeof kText - 1, NULL, 0};
    char *report = NULL;
    size_t report_len = 0;
    helder_severity highest = HELDER_SEVERITY_ERROR;
    helder_status s;
    arm(0); /* the report is an input here */
    if (helder_text_check(warm, STR(kText), NULL, 0, &report, &report_len) != HELDER_OK) abort();
    source.report_json = report;
    source.report_len = report_len;
    arm(fail_at);
    s = helder_text_render(&source, 1, STR("{\"format\":\"sarif\"}"), &a->json, &a->len, &highest);
    if (s != HELDER_OK && highest != HELDER_SEVERITY_NONE) abort();
    helder_free(report);
    return s;
}
static helder_status dossier_validate(struct answer *a) {
    return helder_dossier_validate(warm, dossier, dossier_len, STR(kToday), &a->json, &a->len);
}
static helder_status dossier_render(struct answer *a) {
    helder_text_source source = {sizeof source, "dossier.json", NULL, 0, NULL, 0};
    char *report = NULL;
    size_t report_len = 0;
    helder_severity highest = HELDER_SEVERITY_ERROR;
    helder_status s;
    arm(0); /* the report is an input here */
    if (helder_dossier_validate(warm, dossier, dossier_len, STR(kToday), &report, &report_len) != HELDER_OK) abort();
    source.text = dossier;
    source.text_len = dossier_len;
    source.report_json = report;
    source.report_len = report_len;
    arm(fail_at);
    s = helder_dossier_render(&source, 1, STR("{\"format\":\"sarif\"}"), &a->json, &a->len, &highest);
    if (s != HELDER_OK && highest != HELDER_SEVERITY_NONE) abort();
    helder_free(report);
    return s;
}
static helder_status utf8_validate(struct answer *a) { /* no document */
    size_t bad = 0;
    a->json = NULL;
    a->len = 0;
    return helder_utf8_validate(STR(kText), &bad);
}
static helder_status dossier_view(struct answer *a) {
    return helder_dossier_view(warm, dossier, dossier_len,
                               STR("{\"reader\":{\"kind\":\"member\",\"id\":\"mark\"},\"date\":\"2026-11-23\"}"), &a->json,
                               &a->len);
}
static helder_status procedure_deadline(struct answer *a) {
    return helder_procedure_deadline(STR("{\"kind\":\"hoger-beroep\",\"from\":\"2026-03-23\",\"today\":\"2026-06-01\"}"),
                                     &a->json, &a->len);
}
static helder_status procedure_apply(struct answer *a) {
    return helder_procedure_apply(warm, NULL, 0, STR(kInstance), STR("{\"event\":\"melding\",\"date\":\"2026-01-05\"}"),
                                  &a->json, &a->len);
}
static helder_status procedure_state(struct answer *a) {
    return helder_procedure_state(warm, NULL, 0, STR(kInstance), STR("{\"today\":\"2026-06-01\",\"party\":\"parent_with_gezag\"}"),
                                  &a->json, &a->len);
}
static helder_status procedure_from_dossier(struct answer *a) {
    return helder_procedure_from_dossier(warm, dossier, dossier_len, STR("{\"child\":\"daan\",\"today\":\"2026-11-23\"}"),
                                         &a->json, &a->len);
}
static helder_status procedure_spec(struct answer *a) {
    return helder_procedure_spec(warm, "nl-jeugdbescherming", &a->json, &a->len);
}
static helder_status procedure_verify(struct answer *a) {
    return helder_procedure_verify(STR("law"), NULL, 0, &a->json, &a->len);
}
static helder_status procedure_render(struct answer *a) {
    return helder_procedure_render(STR("law"), STR("{\"format\":\"dot\"}"), &a->json, &a->len);
}
static helder_status letter_list(struct answer *a) { return helder_letter_list(warm, NULL, 0, &a->json, &a->len); }
static helder_status letter_draft(struct answer *a) {
    return helder_letter_draft(warm, STR("{\"letter\":\"klacht\",\"party\":\"other_adult\"}"), &a->json, &a->len);
}
static helder_status store_open(struct answer *a) {
    helder_store *s = NULL;
    a->json = NULL;
    a->len = 0;
    const helder_status status = helder_store_open(warm, ":memory:", STR(STORE_OPTIONS), &s);
    if ((status == HELDER_OK) != (s != NULL)) abort();
    helder_store_close(s);
    return status;
}
static helder_status store_commit(struct answer *a) {
    return helder_store_commit(store, dossier, dossier_len, STR(FIRST_COMMIT), &a->json, &a->len);
}
static helder_status store_read(struct answer *a) { return helder_store_read(store, STR(AS_JORIS), &a->json, &a->len); }
static helder_status store_history(struct answer *a) {
    return helder_store_history(store, STR(AS_JORIS), &a->json, &a->len);
}
static helder_status store_add_statement(struct answer *a) {
    return helder_store_add_statement(
        store, STR("{" ABOUT ",\"by\":\"mark\",\"kind\":\"own_statement\",\"text\":\"Ik wil mijn kinderen vaker zien.\"}"),
        &a->json, &a->len);
}
static helder_status store_export(struct answer *a) {
    return helder_store_export(store, STR("{" ABOUT ",\"actor\":{\"kind\":\"member\",\"id\":\"mark\"},\"format\":\"text\"}"),
                               &a->json, &a->len);
}
static helder_status store_request_destruction(struct answer *a) {
    return helder_store_request_destruction(store, STR("{" ABOUT ",\"requested_by\":\"mark\"}"), &a->json, &a->len);
}
static helder_status store_verify(struct answer *a) { return helder_store_verify(store, &a->json, &a->len); }
static helder_status store_verify_head(struct answer *a) {
    return helder_store_verify_head(store, NULL, 0, &a->json, &a->len);
}
static helder_status store_indicators(struct answer *a) {
    return helder_store_indicators(store, NULL, 0, &a->json, &a->len);
}

/* ---- what runs around a call ------------------------------------------------------------- */

enum needs { NOTHING, COLD_CTX, EMPTY_STORE, STORED_DOSSIER };

static void prepare(enum needs needs) {
    char *out = NULL;
    size_t len = 0;
    arm(0);
    if (needs == COLD_CTX && helder_ctx_create(NULL, 0, &cold) != HELDER_OK) abort();
    if (needs != EMPTY_STORE && needs != STORED_DOSSIER) return;
    if (helder_store_open(warm, ":memory:", STR(STORE_OPTIONS), &store) != HELDER_OK) abort();
    if (needs == STORED_DOSSIER && helder_store_commit(store, dossier, dossier_len, STR(FIRST_COMMIT), &out, &len) != HELDER_OK)
        abort();
    helder_free(out);
}

static void finish(void) {
    arm(0);
    helder_ctx_destroy(cold);
    cold = NULL;
    helder_store_close(store);
    store = NULL;
}

struct scenario {
    const char *name;
    call_fn call;
    enum needs needs;
};

#define CALL(fn, needs) {#fn, fn, needs}
static const struct scenario kScenarios[] = {
    CALL(constants, NOTHING),
    CALL(utf8_validate, NOTHING),
    CALL(ctx_create, NOTHING),
    CALL(text_check, NOTHING),
    CALL(first_text_check, COLD_CTX),
    CALL(text_render, NOTHING),
    CALL(dossier_validate, NOTHING),
    CALL(dossier_render, NOTHING),
    CALL(dossier_view, NOTHING),
    CALL(procedure_deadline, NOTHING),
    CALL(procedure_apply, NOTHING),
    CALL(procedure_state, NOTHING),
    CALL(procedure_from_dossier, NOTHING),
    CALL(procedure_spec, NOTHING),
    CALL(procedure_verify, NOTHING),
    CALL(procedure_render, NOTHING),
    CALL(letter_list, NOTHING),
    CALL(letter_draft, NOTHING),
    CALL(store_open, NOTHING),
    CALL(store_commit, EMPTY_STORE),
    CALL(store_read, STORED_DOSSIER),
    CALL(store_history, STORED_DOSSIER),
    CALL(store_add_statement, STORED_DOSSIER),
    CALL(store_export, STORED_DOSSIER),
    CALL(store_request_destruction, STORED_DOSSIER),
    CALL(store_verify, STORED_DOSSIER),
    CALL(store_verify_head, STORED_DOSSIER),
    CALL(store_indicators, STORED_DOSSIER),
};

/* Whether the text before `at` ends with `key`. */
static int after(const char *text, size_t at, const char *key) {
    const size_t n = strlen(key);
    return at + 1 >= n && memcmp(text + at + 1 - n, key, n) == 0;
}

/* Equal answers; the number after "seconds": (a time helder_procedure_verify() measures) and the
 * hexadecimal digits after "hash":" (an audit entry's hash covers the keys that name members,
 * made with a random secret in each store: docs/store.md) may differ. */
static int same(const struct answer *a, const struct answer *b) {
    size_t i = 0, j = 0;
    while (i < a->len && j < b->len) {
        const char *skipped = NULL;
        if (a->json[i] != b->json[j]) return 0;
        if (after(a->json, i, "\"seconds\":")) skipped = "0123456789.e-";
        if (after(a->json, i, "\"hash\":\"")) skipped = "0123456789abcdef";
        if (skipped) {
            while (i + 1 < a->len && strchr(skipped, a->json[i + 1])) ++i;
            while (j + 1 < b->len && strchr(skipped, b->json[j + 1])) ++j;
        }
        ++i;
        ++j;
    }
    return i == a->len && j == b->len;
}

/* The allocations of an answer of `len` bytes written after the store has done the work (the
 * JSON buffer starts at 256 bytes and doubles): when one of them fails, the change or the logged
 * access is already stored (docs/memory.md), so the same call again gives another answer. */
static size_t answer_allocations(size_t len) {
    size_t n = 1, capacity = 256;
    for (; capacity < len + 1; capacity *= 2) ++n;
    return n;
}

static size_t stored_before_answer; /* runs that met that documented limit */

/* ICU leaks a block or two when it runs out of memory while it makes a break iterator, which a
 * context does once, for its first text (docs/memory.md; LeakSanitizer is told in icu.supp). */
enum { kIcuLeakBlocks = 2 };
static size_t icu_leaked_blocks, icu_leak_runs;

/* One run failing at allocation `at` of `total`; returns the number of problems. */
static int run_failing_at(const struct scenario *sc, size_t at, size_t total, const struct answer *reference) {
    struct answer a = {(char *)&live, 12345}; /* poison: must be overwritten */
    helder_status status;
    int problems = 0, did_fail;
    const size_t live_before = live;
    prepare(sc->needs);
    arm(at);
    status = sc->call(&a);
    did_fail = failed;
    arm(0);
    if (status == HELDER_OK) {
        if (!same(&a, reference)) {
            fprintf(stderr, "FAIL: %s, allocation %zu failing: HELDER_OK with another answer\n", sc->name, at);
            ++problems;
        }
    } else if (status == HELDER_E_NO_MEMORY) {
        if (a.json != NULL || a.len != 0 || helder_last_error()[0] == '\0') {
            fprintf(stderr, "FAIL: %s, allocation %zu failing: out-parameters not reset or no message\n", sc->name, at);
            ++problems;
            a.json = NULL;
        }
        if (!did_fail) {
            fprintf(stderr, "FAIL: %s: HELDER_E_NO_MEMORY though allocation %zu never came\n", sc->name, at);
            ++problems;
        }
    } else {
        fprintf(stderr, "FAIL: %s, allocation %zu failing: %s (%s)\n", sc->name, at, helder_status_string(status),
                helder_last_error());
        ++problems;
        if (a.json == (char *)&live) a.json = NULL;
    }
    helder_free(a.json);
    if (status != HELDER_OK) { /* the failure left nothing half-built or half-written behind */
        struct answer again = {NULL, 0};
        status = sc->call(&again);
        const int in_answer = sc->needs >= EMPTY_STORE && at + answer_allocations(reference->len) > total;
        if (status != HELDER_OK && in_answer) ++stored_before_answer;
        else if (status == HELDER_OK && !same(&again, reference) && in_answer) ++stored_before_answer;
        else if (status != HELDER_OK || !same(&again, reference)) {
            fprintf(stderr, "FAIL: %s after allocation %zu failed: %s (%s), %s answer\n", sc->name, at,
                    helder_status_string(status), helder_last_error(), status == HELDER_OK ? "another" : "no");
            ++problems;
        }
        helder_free(again.json);
    }
    finish();
    if (sc->needs == COLD_CTX && live > live_before && live - live_before <= kIcuLeakBlocks) {
        icu_leaked_blocks += live - live_before;
        ++icu_leak_runs;
    } else if (live != live_before) {
        fprintf(stderr, "FAIL: %s, allocation %zu failing: %ld blocks never released\n", sc->name, at,
                (long)(live - live_before));
        ++problems;
    }
    return problems;
}

static int sweep(const struct scenario *sc) {
    struct answer reference = {NULL, 0};
    size_t total, at, runs = 0;
    int problems = 0;
    prepare(sc->needs);
    arm(0);
    if (sc->call(&reference) != HELDER_OK) {
        fprintf(stderr, "FAIL: %s without failure: %s\n", sc->name, helder_last_error());
        finish();
        return 1;
    }
    total = allocations;
    finish();
    const size_t dense = sc->needs == COLD_CTX ? kColdDense : kDense, step = sc->needs == COLD_CTX ? kColdStep : kStep;
    for (at = 1; at <= total; at = at < dense ? at + 1 : at + at / step) {
        problems += run_failing_at(sc, at, total, &reference);
        ++runs;
        if (at < total && at + at / step > total && at >= dense) { /* the last one as well */
            problems += run_failing_at(sc, total, total, &reference);
            ++runs;
            break;
        }
    }
    printf("%-26s %6zu allocations, %3zu runs failing one of them%s\n", sc->name, total, runs,
           problems ? ": FAILED" : "");
    helder_free(reference.json);
    return problems;
}

int main(int argc, char **argv) {
    static const helder_allocator allocator = {sizeof allocator, test_allocate, test_reallocate, test_release, &live};
    helder_allocator too_small = allocator;
    size_t i, process_caches;
    int problems = 0, j;
    too_small.struct_size = sizeof(size_t);
    if (helder_set_allocator(&too_small) != HELDER_E_INVALID_ARGUMENT) {
        fprintf(stderr, "FAIL: a struct_size too small is accepted\n");
        return 1;
    }
    /* Before anything else in the process: the setting is fixed by the first call. */
    if (helder_set_allocator(&allocator) != HELDER_OK) {
        fprintf(stderr, "FAIL: helder_set_allocator: %s\n", helder_last_error());
        return 1;
    }
    dossier = read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer.json", &dossier_len);
    /* What ICU and SQLite keep for the life of the process (data caches) is allocated once, by a
     * context and a store that are gone again before the sweep: every block allocated after
     * this point must be released by the end. */
    if (!dossier || helder_ctx_create(NULL, 0, &warm) != HELDER_OK) {
        fprintf(stderr, "FAIL: setup: %s\n", helder_last_error());
        return 1;
    }
    for (i = 0; i < sizeof kScenarios / sizeof *kScenarios; ++i) {
        struct answer a = {NULL, 0};
        prepare(kScenarios[i].needs);
        (void)kScenarios[i].call(&a);
        helder_free(a.json);
        finish();
    }
    helder_ctx_destroy(warm);
    process_caches = live;
    if (helder_ctx_create(NULL, 0, &warm) != HELDER_OK) {
        fprintf(stderr, "FAIL: setup: %s\n", helder_last_error());
        return 1;
    }
    if (helder_set_allocator(NULL) != HELDER_E_MISUSE) {
        fprintf(stderr, "FAIL: helder_set_allocator after first use is not HELDER_E_MISUSE\n");
        return 1;
    }
    for (i = 0; i < sizeof kScenarios / sizeof *kScenarios; ++i) { /* build the models once */
        struct answer a = {NULL, 0};
        const struct scenario *sc = &kScenarios[i];
        if (sc->needs != NOTHING) continue;
        (void)sc->call(&a);
        helder_free(a.json);
    }
    for (i = 0; i < sizeof kScenarios / sizeof *kScenarios; ++i) {
        int chosen = argc <= 1;
        for (j = 1; j < argc; ++j) chosen |= strcmp(argv[j], kScenarios[i].name) == 0;
        if (chosen) problems += sweep(&kScenarios[i]);
    }
    helder_ctx_destroy(warm);
    free(dossier);
    if (live != process_caches + icu_leaked_blocks) {
        fprintf(stderr, "FAIL: %ld blocks from the allocator never released\n", (long)(live - process_caches - icu_leaked_blocks));
        ++problems;
    }
    if (problems) {
        fprintf(stderr, "FAIL: %d problems\n", problems);
        return 1;
    }
    printf("every call failing at each allocation (sampled after the first %d, %d for a new context): a clean "
           "status; %zu runs "
           "failed in the answer of a store operation that was already stored; %zu runs of a new context "
           "left %zu blocks of ICU's; ICU and SQLite keep %zu blocks for the process\n",
           (int)kDense, (int)kColdDense, stored_before_answer, icu_leak_runs, icu_leaked_blocks, process_caches);
    return 0;
}
