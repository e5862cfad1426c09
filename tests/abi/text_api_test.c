/* SPDX-License-Identifier: EUPL-1.2 */
/* The public C API as a vendor uses it: pure C99, only <helder/helder.h>, only libhelder.so.
 * Every public function, with good input and with bad input. */
#define _POSIX_C_SOURCE 200112L /* pthread_barrier_t */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <pthread.h>

#include "helder/helder.h"

static helder_ctx *make_ctx(void) {
    helder_ctx *ctx = NULL;
    assert_int_equal(helder_ctx_create(NULL, 0, &ctx), HELDER_OK);
    assert_non_null(ctx);
    return ctx;
}

static char *check(helder_ctx *ctx, const char *text, const char *options) {
    char *report = NULL;
    size_t len = 0;
    helder_status st = helder_text_check(ctx, text, strlen(text), options, options ? strlen(options) : 0, &report, &len);
    assert_int_equal(st, HELDER_OK);
    assert_non_null(report);
    assert_int_equal(strlen(report), len);
    return report;
}

/* ---- versions, status strings, errors, memory ---------------------------------------- */

static void test_version(void **state) {
    char expected[32];
    (void)state;
    assert_int_equal(helder_version_number(), HELDER_VERSION_NUMBER);
    assert_string_equal(helder_version_string(), HELDER_VERSION_STRING);
    snprintf(expected, sizeof expected, "%d.%d.%d", HELDER_VERSION_MAJOR, HELDER_VERSION_MINOR, HELDER_VERSION_PATCH);
    assert_string_equal(helder_version_string(), expected);
}

static void test_status_strings(void **state) {
    (void)state;
    assert_string_equal(helder_status_string(HELDER_OK), "success");
    assert_string_equal(helder_status_string(HELDER_E_INVALID_UTF8), "invalid UTF-8");
    assert_string_equal(helder_status_string(HELDER_E_TOO_LARGE), "input too large");
    assert_string_equal(helder_status_string((helder_status)999), "unknown status");
    assert_string_equal(helder_status_string((helder_status)-1), "unknown status");
}

static void test_last_error_follows_the_last_call(void **state) {
    helder_ctx *ctx = NULL;
    (void)state;
    assert_int_equal(helder_ctx_create(NULL, 0, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_non_null(strstr(helder_last_error(), "out_ctx"));
    assert_int_equal(helder_ctx_create(NULL, 0, &ctx), HELDER_OK);
    assert_string_equal(helder_last_error(), "");
    helder_ctx_destroy(ctx);
}

static void test_free_and_destroy_accept_null(void **state) {
    (void)state;
    helder_free(NULL);
    helder_ctx_destroy(NULL);
}

/* ---- contexts ------------------------------------------------------------------------- */

static void test_ctx_bad_options(void **state) {
    helder_ctx *ctx = (helder_ctx *)&ctx; /* must be reset to NULL on failure */
    (void)state;
    assert_int_equal(helder_ctx_create("{", 1, &ctx), HELDER_E_INVALID_JSON);
    assert_null(ctx);
    assert_int_equal(helder_ctx_create("[]", 2, &ctx), HELDER_E_INVALID_JSON);
    assert_int_equal(helder_ctx_create("{\"colour\":1}", 12, &ctx), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "colour"));
    assert_int_equal(helder_ctx_create(NULL, 5, &ctx), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_ctx_create("{\"accept_words\":[1]}", 20, &ctx), HELDER_E_INVALID_JSON);
    {
        const char *missing = "{\"dictionary\":{\"aff\":\"/nonexistent/nl.aff\",\"dic\":\"/nonexistent/nl.dic\"}}";
        assert_int_equal(helder_ctx_create(missing, strlen(missing), &ctx), HELDER_E_NOT_FOUND);
        assert_non_null(strstr(helder_last_error(), "/nonexistent/nl.aff"));
    }
    assert_null(ctx);
}

static void test_ctx_word_lists(void **state) {
    const char *options = "{\"accept_words\":[\"ondertoezichtstelling\"],"
                          "\"extra_terms\":[{\"term\":\"cliëntsysteem\",\"rule\":\"jargon\",\"class\":\"n\","
                          "\"alternatives\":[\"het gezin\"]}]}";
    helder_ctx *ctx = NULL;
    char *report;
    (void)state;
    assert_int_equal(helder_ctx_create(options, strlen(options), &ctx), HELDER_OK);
    report = check(ctx, "De ondertoezichtstelling van het cliëntsysteem loopt.", NULL);
    assert_null(strstr(report, "\"text\":\"ondertoezichtstelling\""));
    assert_non_null(strstr(report, "\"text\":\"cliëntsysteem\""));
    assert_non_null(strstr(report, "\"suggestions\":[\"het gezin\"]"));
    helder_free(report);
    helder_ctx_destroy(ctx);
}

/* ---- constants and UTF-8 ----------------------------------------------------------- */

static void test_constants_json(void **state) {
    char *json = NULL;
    size_t len = 0;
    char expected[64];
    (void)state;
    assert_int_equal(helder_constants_json(&json, &len), HELDER_OK);
    assert_int_equal(strlen(json), len);
    snprintf(expected, sizeof expected, "\"E_INVALID_UTF8\":%d", (int)HELDER_E_INVALID_UTF8);
    assert_non_null(strstr(json, expected));
    snprintf(expected, sizeof expected, "\"WARNING\":%d", (int)HELDER_SEVERITY_WARNING);
    assert_non_null(strstr(json, expected));
    snprintf(expected, sizeof expected, "\"number\":%d", HELDER_VERSION_NUMBER);
    assert_non_null(strstr(json, expected));
    assert_non_null(strstr(json, "\"id\":\"passive\""));
    helder_free(json);
    assert_int_equal(helder_constants_json(NULL, NULL), HELDER_E_INVALID_ARGUMENT);
}

static void expect_bad_utf8(const char *bytes, size_t len, size_t offset) {
    size_t bad = (size_t)-1;
    assert_int_equal(helder_utf8_validate(bytes, len, &bad), HELDER_E_INVALID_UTF8);
    assert_int_equal(bad, offset);
}

static void test_utf8_validate(void **state) {
    size_t bad = 77;
    (void)state;
    assert_int_equal(helder_utf8_validate("ideeën", strlen("ideeën"), &bad), HELDER_OK);
    assert_int_equal(bad, 77); /* untouched on success */
    assert_int_equal(helder_utf8_validate(NULL, 0, NULL), HELDER_OK);
    assert_int_equal(helder_utf8_validate(NULL, 3, NULL), HELDER_E_INVALID_ARGUMENT);
    expect_bad_utf8("ab\xC0\x80", 4, 2);          /* overlong */
    expect_bad_utf8("abc\xED\xA0\x80", 6, 3);     /* surrogate */
    expect_bad_utf8("\xF4\x90\x80\x80", 4, 0);    /* above U+10FFFF */
    expect_bad_utf8("twee\xE2\x82", 6, 4);        /* truncated */
    expect_bad_utf8("x\x80", 2, 1);               /* lone continuation byte */
    expect_bad_utf8("abcdefghijklmnop\xFF", 17, 16);
}

/* ---- text checking --------------------------------------------------------------------- */

static void test_check_bad_arguments(void **state) {
    helder_ctx *ctx = make_ctx();
    char *report = (char *)&report;
    size_t len = 99;
    (void)state;
    assert_int_equal(helder_text_check(NULL, "x", 1, NULL, 0, &report, &len), HELDER_E_INVALID_ARGUMENT);
    assert_null(report);
    assert_int_equal(len, 0);
    assert_int_equal(helder_text_check(ctx, "x", 1, NULL, 0, NULL, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_text_check(ctx, NULL, 4, NULL, 0, &report, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_text_check(ctx, "x", 1, NULL, 2, &report, NULL), HELDER_E_INVALID_ARGUMENT);
    helder_ctx_destroy(ctx);
}

static void test_check_invalid_utf8_names_offset(void **state) {
    helder_ctx *ctx = make_ctx();
    char *report = NULL;
    const char text[] = "Hallo w\xC3\x28reld";
    (void)state;
    assert_int_equal(helder_text_check(ctx, text, sizeof text - 1, NULL, 0, &report, NULL), HELDER_E_INVALID_UTF8);
    assert_null(report);
    assert_non_null(strstr(helder_last_error(), "byte 7"));
    helder_ctx_destroy(ctx);
}

static void test_check_size_limit(void **state) {
    helder_ctx *ctx = make_ctx();
    char *report = NULL;
    const char *options = "{\"max_bytes\":10}";
    (void)state;
    assert_int_equal(helder_text_check(ctx, "Dit is een te lange tekst.", 26, options, strlen(options), &report, NULL),
                     HELDER_E_TOO_LARGE);
    assert_null(report);
    assert_non_null(strstr(helder_last_error(), "max_bytes"));
    assert_int_equal(helder_text_check(ctx, "Kort.", 5, options, strlen(options), &report, NULL), HELDER_OK);
    helder_free(report);
    helder_ctx_destroy(ctx);
}

static void test_check_malformed_options(void **state) {
    helder_ctx *ctx = make_ctx();
    char *report = NULL;
    static const char *bad[] = {"{", "[1]", "{\"long_sentence_words\":0}", "{\"long_sentence_words\":\"20\"}",
                                "{\"rules\":{\"nonsense\":false}}", "{\"detail\":1}", "{\"a\":1}",
                                "{\"max_bytes\":1,\"max_bytes\":2}", "{\"extra_terms\":[{\"rule\":\"jargon\"}]}"};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; ++i) {
        assert_int_equal(helder_text_check(ctx, "Tekst.", 6, bad[i], strlen(bad[i]), &report, NULL), HELDER_E_INVALID_JSON);
        assert_null(report);
        assert_true(strlen(helder_last_error()) > 0);
    }
    helder_ctx_destroy(ctx);
}

static void test_check_empty_text(void **state) {
    helder_ctx *ctx = make_ctx();
    char *report = NULL;
    size_t len = 0;
    (void)state;
    assert_int_equal(helder_text_check(ctx, NULL, 0, NULL, 0, &report, &len), HELDER_OK);
    assert_non_null(strstr(report, "\"sentences\":0"));
    assert_non_null(strstr(report, "\"words\":0"));
    assert_non_null(strstr(report, "\"difficulty\":null"));
    assert_non_null(strstr(report, "\"findings\":[]"));
    helder_free(report);
    helder_ctx_destroy(ctx);
}

static void test_check_finds_with_byte_offsets(void **state) {
    /* "ë" takes two bytes: offsets are bytes, not characters. */
    const char *text = "Ideeën zijn welkom. De rechter sprak een ondertoezichtstelling uit.";
    const char *term = strstr(text, "ondertoezichtstelling");
    char expected[96];
    helder_ctx *ctx = make_ctx();
    char *report = check(ctx, text, NULL);
    (void)state;
    snprintf(expected, sizeof expected, "\"rule\":\"jargon\",\"severity\":\"warning\",\"start\":%d,\"end\":%d",
             (int)(term - text), (int)(term - text + strlen("ondertoezichtstelling")));
    assert_non_null(strstr(report, expected));
    assert_non_null(strstr(report, "\"sentences\":2"));
    helder_free(report);
    helder_ctx_destroy(ctx);
}

static void test_check_detail(void **state) {
    helder_ctx *ctx = make_ctx();
    char *report = check(ctx, "Jan leest.", "{\"detail\":true}");
    (void)state;
    assert_non_null(strstr(report, "\"sentences\":[{\"start\":0,\"end\":10,\"words\":2}]"));
    assert_non_null(strstr(report, "{\"start\":0,\"end\":3,\"syllables\":1,\"kind\":\"word\"}"));
    assert_non_null(strstr(report, "{\"start\":4,\"end\":9,\"syllables\":1,\"kind\":\"word\"}"));
    helder_free(report);
    helder_ctx_destroy(ctx);
}

static void test_check_rules_can_be_turned_off(void **state) {
    helder_ctx *ctx = make_ctx();
    char *on = check(ctx, "Het besluit werd door de rechter genomen.", NULL);
    char *off = check(ctx, "Het besluit werd door de rechter genomen.", "{\"rules\":{\"passive\":false}}");
    (void)state;
    assert_non_null(strstr(on, "\"rule\":\"passive\""));
    assert_null(strstr(off, "\"rule\":\"passive\""));
    assert_null(strstr(off, "\"passive\""));
    helder_free(on);
    helder_free(off);
    helder_ctx_destroy(ctx);
}

/* ---- rendering --------------------------------------------------------------------------- */

static helder_text_source source(const char *uri, const char *text, const char *report) {
    helder_text_source s;
    s.struct_size = sizeof s;
    s.uri = uri;
    s.text = text;
    s.text_len = strlen(text);
    s.report_json = report;
    s.report_len = report ? strlen(report) : 0;
    return s;
}

static void test_render_formats(void **state) {
    const char *text = "Middels deze brief informeren wij u.";
    helder_ctx *ctx = make_ctx();
    char *report = check(ctx, text, NULL);
    helder_text_source src = source("brief.txt", text, report);
    char *out = NULL;
    size_t len = 0;
    helder_severity highest = HELDER_SEVERITY_NONE;
    (void)state;
    assert_int_equal(helder_text_render(&src, 1, "{\"format\":\"text\"}", 17, &out, &len, &highest), HELDER_OK);
    assert_non_null(strstr(out, "brief.txt:1:1:"));
    assert_non_null(strstr(out, "[officialese]"));
    assert_non_null(strstr(out, "^^^^^^^"));
    assert_int_equal(highest, HELDER_SEVERITY_WARNING);
    assert_null(strchr(out, '\x1b')); /* no colour unless asked */
    helder_free(out);
    assert_int_equal(helder_text_render(&src, 1, "{\"format\":\"sarif\"}", 18, &out, &len, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"version\":\"2.1.0\""));
    assert_non_null(strstr(out, "\"ruleId\":\"officialese\""));
    assert_non_null(strstr(out, "\"byteOffset\":0,\"byteLength\":7"));
    helder_free(out);
    assert_int_equal(helder_text_render(&src, 1, "{\"format\":\"json\"}", 17, &out, &len, NULL), HELDER_OK);
    assert_int_equal(len, strlen(report) + 1);
    assert_memory_equal(out, report, strlen(report));
    helder_free(out);
    helder_free(report);
    helder_ctx_destroy(ctx);
}

static void test_render_bad_input(void **state) {
    const char *text = "Tekst.";
    helder_text_source src = source("a.txt", text, "{\"findings\":[{\"rule\":\"x\"}]}");
    char *out = NULL;
    (void)state;
    assert_int_equal(helder_text_render(&src, 1, NULL, 0, NULL, NULL, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_text_render(NULL, 2, NULL, 0, &out, NULL, NULL), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(helder_text_render(&src, 1, NULL, 0, &out, NULL, NULL), HELDER_E_INVALID_JSON);
    assert_null(out);
    src.report_json = "{\"counts\":{},\"scores\":{},\"rules_run\":[],"
                      "\"findings\":[{\"rule\":\"x\",\"severity\":\"info\",\"start\":0,\"end\":99,"
                      "\"message\":{\"nl\":\"a\",\"en\":\"b\"}}]}";
    src.report_len = strlen(src.report_json);
    assert_int_equal(helder_text_render(&src, 1, NULL, 0, &out, NULL, NULL), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "outside the text"));
    src.struct_size = 3;
    assert_int_equal(helder_text_render(&src, 1, NULL, 0, &out, NULL, NULL), HELDER_E_INVALID_ARGUMENT);
    src = source("a.txt", text, "{\"findings\":[]}");
    assert_int_equal(helder_text_render(&src, 1, "{\"format\":\"pdf\"}", 16, &out, NULL, NULL), HELDER_E_INVALID_JSON);
    assert_int_equal(helder_text_render(NULL, 0, NULL, 0, &out, NULL, NULL), HELDER_OK);
    helder_free(out);
}

/* ---- threads: one context, many checks at once -------------------------------------------- */

struct job {
    helder_ctx *ctx;
    const char *text;
    char *report;
};

static void *run_job(void *arg) {
    struct job *j = (struct job *)arg;
    size_t len = 0;
    int i;
    for (i = 0; i < 20; ++i) {
        char *report = NULL;
        if (helder_text_check(j->ctx, j->text, strlen(j->text), NULL, 0, &report, &len) != HELDER_OK) return NULL;
        helder_free(j->report);
        j->report = report;
    }
    return arg;
}

static void test_threads_share_a_context(void **state) {
    const char *text = "Het kind werd door de gezinsvoogd gezien. Moeder is onverschillig. Middels een plan van "
                       "aanpak werken we aan veiligheid.";
    helder_ctx *ctx = make_ctx();
    pthread_t threads[4];
    struct job jobs[4];
    char *single = check(ctx, text, NULL);
    int i;
    (void)state;
    for (i = 0; i < 4; ++i) {
        jobs[i].ctx = ctx;
        jobs[i].text = text;
        jobs[i].report = NULL;
        assert_int_equal(pthread_create(&threads[i], NULL, run_job, &jobs[i]), 0);
    }
    for (i = 0; i < 4; ++i) {
        void *result = NULL;
        assert_int_equal(pthread_join(threads[i], &result), 0);
        assert_non_null(result);
        assert_string_equal(jobs[i].report, single);
        helder_free(jobs[i].report);
    }
    helder_free(single);
    helder_ctx_destroy(ctx);
}

/* A fresh context builds its parts on first use: threads that all start with one (text checks
 * and procedure questions at the same moment) each get the answer a context used alone gives. */
struct first_use {
    helder_ctx *ctx;
    pthread_barrier_t *start;
    int procedure;  /* 1: asks for the shipped procedure, 0: checks the text */
    const char *text;
    char *answer;
};

static void *run_first_use(void *arg) {
    struct first_use *u = (struct first_use *)arg;
    size_t len = 0;
    helder_status st;
    pthread_barrier_wait(u->start);
    if (u->procedure) st = helder_procedure_spec(u->ctx, "law", &u->answer, &len);
    else st = helder_text_check(u->ctx, u->text, strlen(u->text), NULL, 0, &u->answer, &len);
    return st == HELDER_OK ? arg : NULL;
}

static void test_threads_build_a_fresh_context(void **state) {
    const char *text = "Middels een plan van aanpak werken we aan veiligheid. Moeder is onverschillig.";
    helder_ctx *reference = make_ctx();
    helder_ctx *ctx = make_ctx();
    char *single_text = check(reference, text, NULL);
    char *single_spec = NULL;
    size_t len = 0;
    pthread_t threads[6];
    struct first_use uses[6];
    pthread_barrier_t start;
    int i;
    (void)state;
    assert_int_equal(helder_procedure_spec(reference, "law", &single_spec, &len), HELDER_OK);
    assert_int_equal(pthread_barrier_init(&start, NULL, 6), 0);
    for (i = 0; i < 6; ++i) {
        uses[i].ctx = ctx;
        uses[i].start = &start;
        uses[i].procedure = i % 2;
        uses[i].text = text;
        uses[i].answer = NULL;
        assert_int_equal(pthread_create(&threads[i], NULL, run_first_use, &uses[i]), 0);
    }
    for (i = 0; i < 6; ++i) {
        void *result = NULL;
        assert_int_equal(pthread_join(threads[i], &result), 0);
        assert_non_null(result);
        assert_string_equal(uses[i].answer, uses[i].procedure ? single_spec : single_text);
        helder_free(uses[i].answer);
    }
    pthread_barrier_destroy(&start);
    helder_free(single_text);
    helder_free(single_spec);
    helder_ctx_destroy(ctx);
    helder_ctx_destroy(reference);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_status_strings),
        cmocka_unit_test(test_last_error_follows_the_last_call),
        cmocka_unit_test(test_free_and_destroy_accept_null),
        cmocka_unit_test(test_ctx_bad_options),
        cmocka_unit_test(test_ctx_word_lists),
        cmocka_unit_test(test_constants_json),
        cmocka_unit_test(test_utf8_validate),
        cmocka_unit_test(test_check_bad_arguments),
        cmocka_unit_test(test_check_invalid_utf8_names_offset),
        cmocka_unit_test(test_check_size_limit),
        cmocka_unit_test(test_check_malformed_options),
        cmocka_unit_test(test_check_empty_text),
        cmocka_unit_test(test_check_finds_with_byte_offsets),
        cmocka_unit_test(test_check_detail),
        cmocka_unit_test(test_check_rules_can_be_turned_off),
        cmocka_unit_test(test_render_formats),
        cmocka_unit_test(test_render_bad_input),
        cmocka_unit_test(test_threads_share_a_context),
        cmocka_unit_test(test_threads_build_a_fresh_context),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
