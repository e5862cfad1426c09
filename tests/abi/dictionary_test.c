/* SPDX-License-Identifier: EUPL-1.2 */
/* A dictionary that Hunspell cannot use is refused when the context is made, with the path in
 * the message: /dev/null, /etc/passwd, an empty file, a directory, a missing file (issue 11:
 * each was accepted, and the spelling rule then found every word wrong or none). Pure C99 with
 * POSIX for the temporary files. */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "helder/helder.h"

#define NL_AFF "/usr/share/hunspell/nl.aff"
#define NL_DIC "/usr/share/hunspell/nl.dic"

/* helder_ctx_create with {"dictionary": {"aff": aff, "dic": dic}}; returns the status and
 * checks that a failure leaves no context and names `named` in the message. */
static helder_status create(const char *aff, const char *dic, const char *named) {
    char options[1024];
    helder_ctx *ctx = (helder_ctx *)&ctx;
    helder_status st;
    snprintf(options, sizeof options, "{\"dictionary\":{\"aff\":\"%s\",\"dic\":\"%s\"}}", aff, dic);
    st = helder_ctx_create(options, strlen(options), &ctx);
    if (st == HELDER_OK) {
        helder_ctx_destroy(ctx);
        return st;
    }
    assert_null(ctx);
    if (!strstr(helder_last_error(), named)) fail_msg("message \"%s\" does not name %s", helder_last_error(), named);
    return st;
}

static void test_special_files_are_refused(void **state) {
    (void)state;
    assert_int_equal(create("/dev/null", "/dev/null", "/dev/null"), HELDER_E_IO);
    assert_int_equal(create("/etc/passwd", "/etc/passwd", "/etc/passwd"), HELDER_E_IO);
    assert_int_equal(create("/tmp", "/tmp", "/tmp"), HELDER_E_IO); /* a directory */
    assert_int_equal(create("/nonexistent/nl.aff", "/nonexistent/nl.dic", "/nonexistent/nl.aff"), HELDER_E_NOT_FOUND);
}

static void test_empty_files_and_directories_are_refused(void **state) {
    char aff[] = "/tmp/helder-dict-XXXXXX", dir[] = "/tmp/helder-dir-XXXXXX";
    int fd = mkstemp(aff);
    (void)state;
    assert_true(fd >= 0);
    close(fd);
    assert_non_null(mkdtemp(dir));
    assert_int_equal(create(aff, aff, aff), HELDER_E_IO);
    assert_int_equal(create(dir, dir, dir), HELDER_E_IO);
    unlink(aff);
    rmdir(dir);
}

/* Each file of the pair is looked at: a good .aff with a bad .dic, and the other way round. */
static void test_each_file_is_checked(void **state) {
    char dic[] = "/tmp/helder-dic-XXXXXX";
    int fd;
    FILE *f;
    (void)state;
    if (access(NL_AFF, R_OK) != 0 || access(NL_DIC, R_OK) != 0) skip(); /* hunspell-nl (scripts/setup.sh) */
    assert_int_equal(create(NL_AFF, NL_DIC, ""), HELDER_OK);
    assert_int_equal(create(NL_AFF, "/etc/passwd", "/etc/passwd"), HELDER_E_IO);
    assert_int_equal(create("/etc/passwd", NL_DIC, "/etc/passwd"), HELDER_E_IO);
    assert_int_equal(create(NL_AFF, "/dev/null", "/dev/null"), HELDER_E_IO);
    assert_int_equal(create(NL_DIC, NL_AFF, NL_DIC), HELDER_E_IO); /* the two swapped */
    assert_int_equal(create(NL_AFF, "/nonexistent/nl.dic", "/nonexistent/nl.dic"), HELDER_E_NOT_FOUND);
    /* A .dic of a word count and words is one. */
    fd = mkstemp(dic);
    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    assert_non_null(f);
    fputs("2\nhuis\nboom\n", f);
    fclose(f);
    assert_int_equal(create(NL_AFF, dic, ""), HELDER_OK);
    unlink(dic);
}

/* "system" finds Debian's dictionary, which passes the same checks. */
static void test_system_dictionary_still_loads(void **state) {
    helder_ctx *ctx = NULL;
    (void)state;
    if (access(NL_AFF, R_OK) != 0) skip();
    assert_int_equal(helder_ctx_create("{\"dictionary\":\"system\"}", 23, &ctx), HELDER_OK);
    helder_ctx_destroy(ctx);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_special_files_are_refused),
        cmocka_unit_test(test_empty_files_and_directories_are_refused),
        cmocka_unit_test(test_each_file_is_checked),
        cmocka_unit_test(test_system_dictionary_still_loads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
