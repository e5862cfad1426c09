/* SPDX-License-Identifier: EUPL-1.2 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
/* The dossier and store API as a vendor uses it: pure C99, only <helder/helder.h>, only
 * libhelder.so. Every function with good input, NULL pointers and malformed requests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "answer_contract.h"
#include <pthread.h>
#include <unistd.h>

#include "helder/helder.h"
#include "../read_file.h"

static char *example;
static size_t example_len;
static helder_ctx *ctx;


static char *read_example(size_t *len) { return read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer.json", len); }

static int setup(void **state) {
    (void)state;
    example = read_example(&example_len);
    return example && helder_ctx_create(NULL, 0, &ctx) == HELDER_OK ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    helder_ctx_destroy(ctx);
    free(example);
    return 0;
}

/* Runs a store call with a NUL-terminated request; returns the status, the answer in *out. */
typedef helder_status (*store_call)(helder_store *, const char *, size_t, char **, size_t *);

static helder_status call(store_call fn, helder_store *store, const char *request, char **out) {
    size_t len = 0;
    *out = NULL;
    const helder_status st = fn(store, request, request ? strlen(request) : 0, out, &len);
    return answer_contract(st, *out, len);
}

static helder_status commit(helder_store *store, const char *dossier, size_t len, const char *request, char **out) {
    size_t out_len = 0;
    return helder_store_commit(store, dossier, len, request, strlen(request), out, &out_len);
}

/* The store's clock stands still in a build with the test clock; a release takes the real time,
 * so the check of Noor's age holds there while she (born 2017-01-30) is under 12. */
#ifdef HELDER_TEST_CLOCK
#define TEST_CLOCK_OPTION ",\"test_clock\":\"2026-11-23T10:00:00Z\""
#else
#define TEST_CLOCK_OPTION ""
#endif
#define STORE_OPTIONS "{\"busy_timeout_ms\":5000" TEST_CLOCK_OPTION "}"

static helder_store *open_memory(void) {
    helder_store *store = NULL;
    assert_int_equal(helder_store_open(ctx, ":memory:", STORE_OPTIONS, strlen(STORE_OPTIONS), &store), HELDER_OK);
    assert_non_null(store);
    return store;
}

#define FIRST_COMMIT "{\"expected_version\":0,\"author\":\"joris\",\"reason\":\"start\"}"
#define READ_AS(kind, id) "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"" kind "\",\"id\":\"" id "\"}}"

/* ---- helder_dossier_validate ------------------------------------------------------------ */

static void test_validate_the_example(void **state) {
    char *report = NULL;
    size_t len = 0;
    (void)state;
    assert_int_equal(helder_dossier_validate(ctx, example, example_len, "{\"today\":\"2026-11-23\"}", 22, &report, &len),
                     HELDER_OK);
    assert_int_equal(strlen(report), len);
    assert_non_null(strstr(report, "\"status\":\"valid\""));
    assert_non_null(strstr(report, "principle.handover"));
    helder_free(report);
}

/* The procedure's finding joins the report: eight weeks before the OTS ends, with no extension
 * decided, and not a day earlier. */
static void test_validate_adds_the_procedures_findings(void **state) {
    char *report = NULL;
    (void)state;
    assert_int_equal(helder_dossier_validate(ctx, example, example_len, "{\"today\":\"2027-03-16\"}", 22, &report, NULL), HELDER_OK);
    assert_non_null(strstr(report, "\"rule\":\"procedure.measure_ends_soon\""));
    assert_non_null(strstr(report, "11 mei 2027"));
    assert_non_null(strstr(report, "\"valid\":true"));
    helder_free(report);
    assert_int_equal(helder_dossier_validate(ctx, example, example_len, "{\"today\":\"2027-03-15\"}", 22, &report, NULL), HELDER_OK);
    assert_null(strstr(report, "procedure.measure_ends_soon"));
    helder_free(report);
}

static void test_procedure_from_the_dossier(void **state) {
    char *out = NULL;
    const char request[] = "{\"child\":\"daan\",\"today\":\"2026-11-23\"}";
    (void)state;
    assert_int_equal(helder_procedure_from_dossier(ctx, example, example_len, request, sizeof request - 1, &out, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"event\":\"beschikking_ots\""));
    assert_non_null(strstr(out, "\"kind\":\"measure_end\""));
    assert_non_null(strstr(out, "\"due\":\"2027-05-11\""));
    assert_non_null(strstr(out, "\"notes\":[]"));
    helder_free(out);
}

/* A child's procedure recorded in the dossier (format 2): from_dossier replays it; a recorded
 * event that does not replay is a finding of the report, at the event. */
static void test_recorded_events_replay_or_are_a_finding(void **state) {
    const char request[] = "{\"child\":\"daan\",\"today\":\"2026-11-23\"}";
    size_t len = 0, changed_len;
    char *dossier = read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer-procedure.json", &len);
    char *changed, *at, *out = NULL;
    (void)state;
    assert_non_null(dossier);
    assert_int_equal(helder_procedure_from_dossier(ctx, dossier, len, request, sizeof request - 1, &out, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"recorded\":[{\"spec\":{\"id\":\"nl-jeugdbescherming\""));
    assert_non_null(strstr(out, "\"refused\":null"));
    assert_non_null(strstr(out, "\"kind\":\"vervallenverklaring-aanwijzing\""));
    helder_free(out);
    assert_int_equal(helder_dossier_validate(ctx, dossier, len, "{\"today\":\"2026-11-23\"}", 22, &out, NULL), HELDER_OK);
    assert_null(strstr(out, "procedure.event_refused"));
    helder_free(out);
    /* The recorded hearing did not invite Daan (13): the OTS after it does not replay. */
    at = strstr(dossier, "\"child_invited\": true");
    assert_non_null(at);
    changed = malloc(len + 2);
    memcpy(changed, dossier, (size_t)(at - dossier));
    changed_len = (size_t)(at - dossier);
    memcpy(changed + changed_len, "\"child_invited\": false", 22);
    changed_len += 22;
    memcpy(changed + changed_len, at + 21, len - (size_t)(at - dossier) - 21);
    changed_len += len - (size_t)(at - dossier) - 21;
    assert_int_equal(helder_dossier_validate(ctx, changed, changed_len, "{\"today\":\"2026-11-23\"}", 22, &out, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"rule\":\"procedure.event_refused\""));
    assert_non_null(strstr(out, "/procedure_events/5"));
    helder_free(out);
    assert_int_equal(helder_procedure_from_dossier(ctx, changed, changed_len, request, sizeof request - 1, &out, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"code\":\"guard_missing\""));
    assert_non_null(strstr(out, "\"position\":6"));
    helder_free(out);
    free(changed);
    free(dossier);
}

/* Findings from the procedure join the report in its order (place, then rule), also when one
 * shares its span with a finding of the schema: a recorded event without its date is both. */
static void test_procedure_findings_keep_the_report_order(void **state) {
    size_t len = 0, changed_len;
    char *dossier = read_file(HELDER_SOURCE_DIR "/examples/dossiers/familie-de-boer-procedure.json", &len);
    const char needle[] = "\"event\": \"raadsonderzoek_start\", \"date\"";
    char *changed, *at, *out = NULL, *rule;
    long prev_start = -1, prev_end = -1, start, end;
    char prev_rule[128] = "";
    int shared_span = 0;
    (void)state;
    assert_non_null(dossier);
    at = strstr(dossier, needle);
    assert_non_null(at);
    changed = malloc(len);
    memcpy(changed, dossier, len);
    changed_len = len;
    changed[(at - dossier) + sizeof needle - 4] = 'v'; /* "date" becomes "dave" */
    assert_int_equal(helder_dossier_validate(ctx, changed, changed_len, "{\"today\":\"2026-11-23\"}", 22, &out, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"rule\":\"schema.required\""));
    assert_non_null(strstr(out, "\"rule\":\"procedure.event_refused\""));
    for (rule = strstr(out, "{\"rule\":\""); rule; rule = strstr(rule + 1, "{\"rule\":\"")) {
        char name[128];
        const char *name_end = strchr(rule + 9, '"');
        const char *s = strstr(rule, "\"start\":");
        assert_non_null(name_end);
        assert_non_null(s);
        assert_true((size_t)(name_end - rule - 9) < sizeof name);
        memcpy(name, rule + 9, (size_t)(name_end - rule - 9));
        name[name_end - rule - 9] = 0;
        assert_int_equal(sscanf(s, "\"start\":%ld,\"end\":%ld", &start, &end), 2);
        assert_true(start > prev_start || (start == prev_start && end >= prev_end));
        if (start == prev_start && end == prev_end) {
            shared_span = 1;
            assert_true(strcmp(prev_rule, name) <= 0);
        }
        prev_start = start;
        prev_end = end;
        strcpy(prev_rule, name);
    }
    assert_true(shared_span);
    helder_free(out);
    free(changed);
    free(dossier);
}

static void test_validate_bad_input_is_a_report(void **state) {
    const char *inputs[] = {"", "{", "[]", "{\"a\":1,\"a\":2}", "\xff\xfe", "{\"format_version\":\"1\"}"};
    const char *statuses[] = {"not_json", "not_json", "invalid", "invalid", "invalid_utf8", "invalid"};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof inputs / sizeof *inputs; ++i) {
        char *report = NULL;
        char expected[64];
        assert_int_equal(helder_dossier_validate(ctx, inputs[i], strlen(inputs[i]), NULL, 0, &report, NULL), HELDER_OK);
        snprintf(expected, sizeof expected, "\"status\":\"%s\"", statuses[i]);
        if (!strstr(report, expected)) fail_msg("input %zu: expected %s in %s", i, expected, report);
        if (i == 3 && !strstr(report, "input.duplicate_key")) fail_msg("no duplicate key finding in %s", report);
        helder_free(report);
    }
}

static void test_validate_bad_arguments(void **state) {
    char *report = (char *)1;
    (void)state;
    assert_int_equal(helder_dossier_validate(NULL, "{}", 2, NULL, 0, &report, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_null(report);
    assert_int_equal(helder_dossier_validate(ctx, NULL, 2, NULL, 0, &report, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_dossier_validate(ctx, "{}", 2, NULL, 0, NULL, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_dossier_validate(ctx, "{}", 2, NULL, 3, &report, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_dossier_validate(ctx, "{}", 2, "{\"today\":\"2026-02-30\"}", 22, &report, NULL),
                     HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "today"));
    assert_int_equal(helder_dossier_validate(ctx, "{}", 2, "{\"colour\":1}", 12, &report, NULL), HELDER_E_INVALID_JSON);
    assert_null(report);
}

/* ---- helder_store_* ---------------------------------------------------------------------- */

/* One function renders one kind of report: dossier reports with helder_dossier_render, text
 * reports with helder_text_render; each refuses the other kind. */
static void test_render_one_kind_each(void **state) {
    char *dossier_report = NULL, *text_report = NULL, *out = (char *)1;
    size_t dossier_len = 0, text_len = 0, out_len = 7;
    helder_severity highest = HELDER_SEVERITY_ERROR;
    helder_text_source src;
    (void)state;
    assert_int_equal(helder_dossier_validate(ctx, example, example_len, "{\"today\":\"2026-11-23\"}", 22, &dossier_report,
                                             &dossier_len), HELDER_OK);
    assert_int_equal(helder_text_check(ctx, "Tekst.", 6, NULL, 0, &text_report, &text_len), HELDER_OK);
    memset(&src, 0, sizeof src);
    src.struct_size = sizeof src;
    src.uri = "gezin.json";
    src.text = example;
    src.text_len = example_len;
    src.report_json = dossier_report;
    src.report_len = dossier_len;
    assert_int_equal(helder_dossier_render(&src, 1, "{\"language\":\"en\"}", 17, &out, &out_len, &highest), HELDER_OK);
    assert_non_null(strstr(out, "gezin.json: valid, 0 errors, "));
    assert_non_null(strstr(out, " 1 handover\n")); /* the example has one change of fixed professional */
    helder_free(out);
    out = (char *)1;
    assert_int_equal(helder_text_render(&src, 1, NULL, 0, &out, &out_len, &highest), HELDER_E_INVALID_JSON);
    assert_null(out);
    assert_int_equal(out_len, 0);
    assert_int_equal(highest, HELDER_SEVERITY_NONE);
    assert_non_null(strstr(helder_last_error(), "helder_dossier_render"));
    src.text = "Tekst.";
    src.text_len = 6;
    src.report_json = text_report;
    src.report_len = text_len;
    out = (char *)1;
    assert_int_equal(helder_dossier_render(&src, 1, NULL, 0, &out, &out_len, NULL), HELDER_E_INVALID_JSON);
    assert_null(out);
    assert_non_null(strstr(helder_last_error(), "helder_text_render"));
    assert_int_equal(helder_text_render(&src, 1, NULL, 0, &out, &out_len, NULL), HELDER_OK);
    assert_non_null(strstr(out, "1 zin,")); /* "Tekst." is one sentence: the singular */
    helder_free(out);
    helder_free(dossier_report);
    helder_free(text_report);
}

static void test_store_open_bad_arguments(void **state) {
    helder_store *store = (helder_store *)1;
    (void)state;
    assert_int_equal(helder_store_open(NULL, ":memory:", NULL, 0, &store), HELDER_E_INVALID_ARGUMENT);
    assert_null(store);
    assert_int_equal(helder_store_open(ctx, NULL, NULL, 0, &store), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_open(ctx, ":memory:", NULL, 0, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_open(ctx, ":memory:", NULL, 5, &store), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_open(ctx, ":memory:", "{\"busy\":1}", 10, &store), HELDER_E_INVALID_JSON);
    assert_int_equal(helder_store_open(ctx, ":memory:", "{\"busy_timeout_ms\":", 19, &store), HELDER_E_INVALID_JSON);
    assert_int_equal(helder_store_open(ctx, "/nonexistent/folder/store.db", NULL, 0, &store), HELDER_E_IO);
    assert_null(store);
    assert_non_null(strstr(helder_last_error(), "store.db"));
    {
        /* The store's clock can be set only in a build with the test clock; a release takes the real time. */
        static const char fixed[] = "{\"test_clock\":\"2026-11-23T10:00:00Z\"}", bad_clock[] = "{\"test_clock\":\"gisteren\"}";
#ifdef HELDER_TEST_CLOCK
        assert_int_equal(helder_store_open(ctx, ":memory:", fixed, sizeof fixed - 1, &store), HELDER_OK);
        helder_store_close(store);
        store = NULL;
#else
        assert_int_equal(helder_store_open(ctx, ":memory:", fixed, sizeof fixed - 1, &store), HELDER_E_INVALID_JSON);
        assert_non_null(strstr(helder_last_error(), "unknown field \"test_clock\""));
#endif
        assert_int_equal(helder_store_open(ctx, ":memory:", bad_clock, sizeof bad_clock - 1, &store), HELDER_E_INVALID_JSON);
        assert_null(store);
    }
    assert_int_equal(helder_store_open(ctx, ":memory:", "{\"busy_timeout_ms\":100}", 23, &store), HELDER_OK);
    helder_store_close(store);
    helder_store_close(NULL);
}

static void test_store_round_trip(void **state) {
    helder_store *store = open_memory();
    char *out = NULL;
    size_t len = 0;
    (void)state;
    assert_int_equal(commit(store, example, example_len, FIRST_COMMIT, &out), HELDER_OK);
    assert_non_null(strstr(out, "\"version\":1"));
    helder_free(out);

    assert_int_equal(call(helder_store_read, store, READ_AS("professional", "joris"), &out), HELDER_OK);
    assert_non_null(strstr(out, "\"withheld\":0"));
    helder_free(out);
    assert_int_equal(call(helder_store_read, store, READ_AS("member", "noor"), &out), HELDER_E_DENIED);
    assert_non_null(strstr(helder_last_error(), "12"));
    assert_int_equal(call(helder_store_history, store, READ_AS("professional", "joris"), &out), HELDER_OK);
    assert_non_null(strstr(out, "\"reason\":\"start\""));
    helder_free(out);
    assert_int_equal(call(helder_store_add_statement, store,
                          "{\"dossier_id\":\"dossier-2025-0042\",\"by\":\"mark\",\"kind\":\"own_statement\","
                          "\"text\":\"Ik wil mijn kinderen vaker zien.\"}",
                          &out),
                     HELDER_OK);
    assert_non_null(strstr(out, "\"version\":2"));
    helder_free(out);
    assert_int_equal(call(helder_store_export, store,
                          "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"mark\"},\"format\":\"text\"}",
                          &out),
                     HELDER_OK);
    assert_non_null(strstr(out, "Ik wil mijn kinderen vaker zien."));
    helder_free(out);
    /* An export names who asks; a grandmother in the network gets none of a child's. */
    assert_int_equal(call(helder_store_export, store,
                          "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"ria\"},\"person\":\"daan\"}",
                          &out),
                     HELDER_E_DENIED);
    assert_null(out);
    /* A request cannot name its own time. */
    assert_int_equal(call(helder_store_read, store,
                          "{\"dossier_id\":\"dossier-2025-0042\",\"actor\":{\"kind\":\"member\",\"id\":\"noor\"},\"at\":\"2030-06-01\"}",
                          &out),
                     HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "\"at\" is not accepted"));
    assert_int_equal(helder_store_verify(store, &out, &len), HELDER_OK);
    assert_non_null(strstr(out, "\"ok\":true"));
    helder_free(out);
    assert_int_equal(call(helder_store_indicators, store, NULL, &out), HELDER_OK);
    assert_non_null(strstr(out, "\"suppressed\":true"));
    helder_free(out);
    /* A stale write is a conflict; nothing is written. */
    assert_int_equal(commit(store, example, example_len, FIRST_COMMIT, &out), HELDER_E_CONFLICT);
    assert_null(out);
    /* The example is an OTS dossier: a request to destroy needs review, and nothing is destroyed. */
    assert_int_equal(call(helder_store_request_destruction, store,
                          "{\"dossier_id\":\"dossier-2025-0042\",\"requested_by\":\"mark\"}", &out),
                     HELDER_OK);
    assert_non_null(strstr(out, "\"outcome\":\"needs_review\""));
    assert_non_null(strstr(out, "\"due\":{\"date\":\"2027-02-23\",\"article\":\"art. 7.3.9 Jw\""));
    helder_free(out);
    assert_int_equal(call(helder_store_read, store, READ_AS("professional", "joris"), &out), HELDER_OK);
    helder_free(out);
    helder_store_close(store);
}

static void test_store_bad_arguments(void **state) {
    static const store_call calls[] = {helder_store_read,   helder_store_history, helder_store_add_statement,
                                       helder_store_export, helder_store_request_destruction, helder_store_indicators};
    helder_store *store = open_memory();
    char *out = (char *)1;
    size_t len = 0, i;
    (void)state;
    for (i = 0; i < sizeof calls / sizeof *calls; ++i) {
        const helder_status required = calls[i] == helder_store_indicators ? HELDER_OK : HELDER_E_INVALID_ARGUMENT;
        assert_int_equal(calls[i](NULL, "{}", 2, &out, &len), HELDER_E_INVALID_ARGUMENT);
        assert_null(out);
        assert_int_equal(calls[i](store, "{}", 2, NULL, &len), HELDER_E_INVALID_ARGUMENT);
        assert_int_equal(calls[i](store, NULL, 4, &out, &len), HELDER_E_INVALID_ARGUMENT);
        assert_int_equal(calls[i](store, NULL, 0, &out, &len), required);
        helder_free(out);
        out = NULL;
        assert_int_equal(calls[i](store, "{\"dossier_id\":", 14, &out, &len), HELDER_E_INVALID_JSON);
        assert_int_equal(calls[i](store, "[1]", 3, &out, &len), HELDER_E_INVALID_JSON);
        assert_int_equal(calls[i](store, "{\"x\":\"\xff\"}", 8, &out, &len), HELDER_E_INVALID_JSON);
        assert_non_null(strstr(helder_last_error(), "request"));
        assert_null(out);
    }
    assert_int_equal(helder_store_verify(NULL, &out, &len), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_verify(store, NULL, &len), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_commit(NULL, example, example_len, FIRST_COMMIT, strlen(FIRST_COMMIT), &out, &len),
                     HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_commit(store, NULL, 3, FIRST_COMMIT, strlen(FIRST_COMMIT), &out, &len),
                     HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_commit(store, example, example_len, NULL, 0, &out, &len), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_store_commit(store, "{", 1, FIRST_COMMIT, strlen(FIRST_COMMIT), &out, &len), HELDER_E_INVALID_JSON);
    assert_int_equal(helder_store_commit(store, example, example_len, "{\"author\":\"x\"}", 14, &out, &len),
                     HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "expected_version"));
    assert_null(out);
    helder_store_close(store);
}

/* Every commit answers with the chain's head; helder_store_verify_head() checks the chain still
 * holds it. (The edits it catches are in tests/internal/store_audit_test.cc.) */
static void test_store_verify_against_a_kept_head(void **state) {
    helder_store *store = open_memory();
    char *out = NULL, request[256], *head;
    size_t len = 0;
    const char *found;
    (void)state;
    assert_int_equal(commit(store, example, example_len, FIRST_COMMIT, &out), HELDER_OK);
    found = strstr(out, "\"audit_head\":{\"seq\":1,\"hash\":\"");
    assert_non_null(found);
    head = strchr(found, '{');
    snprintf(request, sizeof request, "{\"expected_head\":%.*s}", (int)(strchr(head, '}') + 1 - head), head);
    helder_free(out);
    assert_int_equal(helder_store_verify_head(store, request, strlen(request), &out, &len), HELDER_OK);
    assert_int_equal(strlen(out), len);
    assert_non_null(strstr(out, "\"ok\":true"));
    assert_non_null(strstr(out, "\"audit_head\":{\"seq\":1,"));
    helder_free(out);
    /* The old function and a NULL request: no head to compare with. */
    assert_int_equal(helder_store_verify_head(store, NULL, 0, &out, &len), HELDER_OK);
    assert_non_null(strstr(out, "\"ok\":true"));
    helder_free(out);
    /* A head the chain never reached: entries were cut off. */
    request[strlen("{\"expected_head\":{\"seq\":")] = '5';
    assert_int_equal(helder_store_verify_head(store, request, strlen(request), &out, &len), HELDER_OK);
    assert_non_null(strstr(out, "\"ok\":false"));
    assert_non_null(strstr(out, "\"first_broken\":2"));
    assert_non_null(strstr(out, "cut off"));
    helder_free(out);
    out = (char *)1;
    assert_int_equal(helder_store_verify_head(store, "{\"expected_head\":{\"seq\":1}}", 27, &out, &len), HELDER_E_INVALID_JSON);
    assert_null(out);
    assert_non_null(strstr(helder_last_error(), "hash"));
    assert_int_equal(helder_store_verify_head(NULL, NULL, 0, &out, &len), HELDER_E_INVALID_ARGUMENT);
    helder_store_close(store);
}

/* ---- several handles on one file, one per thread --------------------------------------- */

enum { kWriters = 4, kCommitsEach = 8 };

struct writer {
    const char *path;
    int index;
    int committed;
};

/* Each thread has its own handle and its own dossier (the example with another id). */
static void *write_dossier(void *arg) {
    struct writer *w = arg;
    helder_store *store = NULL;
    char *dossier = malloc(example_len + 16);
    const char *id = strstr(example, "dossier-2025-0042");
    size_t prefix = (size_t)(id - example), len;
    int v;
    memcpy(dossier, example, prefix);
    len = prefix + (size_t)sprintf(dossier + prefix, "thread-%d", w->index);
    memcpy(dossier + len, id + 17, example_len - prefix - 17);
    len += example_len - prefix - 17;
    if (helder_store_open(ctx, w->path, "{\"busy_timeout_ms\":20000" TEST_CLOCK_OPTION "}",
                          strlen("{\"busy_timeout_ms\":20000" TEST_CLOCK_OPTION "}"), &store) != HELDER_OK)
        return NULL;
    for (v = 0; v < kCommitsEach; ++v) {
        char request[160], *out = NULL;
        size_t out_len;
        snprintf(request, sizeof request, "{\"expected_version\":%d,\"author\":\"joris\",\"reason\":\"r%d\"}", v, v);
        if (helder_store_commit(store, dossier, len, request, strlen(request), &out, &out_len) == HELDER_OK) ++w->committed;
        helder_free(out);
    }
    helder_store_close(store);
    free(dossier);
    return NULL;
}

static void test_threads_with_their_own_handles(void **state) {
    char dir[] = "/tmp/helder-abi-XXXXXX", path[64], *out = NULL;
    pthread_t threads[kWriters];
    struct writer writers[kWriters];
    helder_store *store = NULL;
    size_t len = 0;
    int i;
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/store.db", dir);
    /* Create the file first, so that the threads do not race to set it up. */
    assert_int_equal(helder_store_open(ctx, path, NULL, 0, &store), HELDER_OK);
    helder_store_close(store);
    for (i = 0; i < kWriters; ++i) {
        writers[i].path = path;
        writers[i].index = i;
        writers[i].committed = 0;
        assert_int_equal(pthread_create(&threads[i], NULL, write_dossier, &writers[i]), 0);
    }
    for (i = 0; i < kWriters; ++i) {
        pthread_join(threads[i], NULL);
        assert_int_equal(writers[i].committed, kCommitsEach);
    }
    assert_int_equal(helder_store_open(ctx, path, NULL, 0, &store), HELDER_OK);
    assert_int_equal(helder_store_verify(store, &out, &len), HELDER_OK);
    assert_non_null(strstr(out, "\"ok\":true"));
    assert_non_null(strstr(out, "\"entries\":32"));
    helder_free(out);
    helder_store_close(store);
    {
        char command[128];
        snprintf(command, sizeof command, "rm -rf '%s'", dir);
        assert_int_equal(system(command), 0);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_validate_the_example),
        cmocka_unit_test(test_validate_adds_the_procedures_findings),
        cmocka_unit_test(test_procedure_from_the_dossier),
        cmocka_unit_test(test_recorded_events_replay_or_are_a_finding),
        cmocka_unit_test(test_procedure_findings_keep_the_report_order),
        cmocka_unit_test(test_validate_bad_input_is_a_report),
        cmocka_unit_test(test_validate_bad_arguments),
        cmocka_unit_test(test_render_one_kind_each),
        cmocka_unit_test(test_store_open_bad_arguments),
        cmocka_unit_test(test_store_round_trip),
        cmocka_unit_test(test_store_bad_arguments),
        cmocka_unit_test(test_store_verify_against_a_kept_head),
        cmocka_unit_test(test_threads_with_their_own_handles),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
