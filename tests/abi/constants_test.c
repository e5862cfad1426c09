/* SPDX-License-Identifier: EUPL-1.2 */
/* helder_constants_json gives every constant of the public headers with the value the headers
 * give it: a JavaScript, C# or Python caller reads them there instead of copying numbers by hand.
 * tests/abi/constants_listed.sh checks that every constant of include/helder/ is in kConstants. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "helder/helder.h"

struct constant {
    const char *name;     /* the macro or enum constant */
    const char *context;  /* the text that must stand before it in the JSON: its object */
    const char *key;
    long long value;
};

#define STATUS(c, key) {#c, "\"status\":{", key, (long long)(c)}
#define SEVERITY(c, key) {#c, "\"severity\":{", key, (long long)(c)}

static const struct constant kConstants[] = {
    {"HELDER_VERSION_MAJOR", "\"version\":{", "major", HELDER_VERSION_MAJOR},
    {"HELDER_VERSION_MINOR", "\"version\":{", "minor", HELDER_VERSION_MINOR},
    {"HELDER_VERSION_PATCH", "\"version\":{", "patch", HELDER_VERSION_PATCH},
    {"HELDER_VERSION_NUMBER", "\"version\":{", "number", HELDER_VERSION_NUMBER},
    STATUS(HELDER_OK, "OK"),
    STATUS(HELDER_E_INTERNAL, "E_INTERNAL"),
    STATUS(HELDER_E_INVALID_ARGUMENT, "E_INVALID_ARGUMENT"),
    STATUS(HELDER_E_INVALID_UTF8, "E_INVALID_UTF8"),
    STATUS(HELDER_E_TOO_LARGE, "E_TOO_LARGE"),
    STATUS(HELDER_E_INVALID_JSON, "E_INVALID_JSON"),
    STATUS(HELDER_E_NO_MEMORY, "E_NO_MEMORY"),
    STATUS(HELDER_E_NOT_FOUND, "E_NOT_FOUND"),
    STATUS(HELDER_E_IO, "E_IO"),
    STATUS(HELDER_E_CONFLICT, "E_CONFLICT"),
    STATUS(HELDER_E_DENIED, "E_DENIED"),
    STATUS(HELDER_E_CORRUPT, "E_CORRUPT"),
    STATUS(HELDER_E_UNSUPPORTED, "E_UNSUPPORTED"),
    STATUS(HELDER_E_BUSY, "E_BUSY"),
    STATUS(HELDER_E_MISUSE, "E_MISUSE"),
    SEVERITY(HELDER_SEVERITY_NONE, "NONE"),
    SEVERITY(HELDER_SEVERITY_INFO, "INFO"),
    SEVERITY(HELDER_SEVERITY_WARNING, "WARNING"),
    SEVERITY(HELDER_SEVERITY_ERROR, "ERROR"),
    {"HELDER_TEXT_DEFAULT_MAX_BYTES", "\"text\":{", "default_max_bytes", (long long)HELDER_TEXT_DEFAULT_MAX_BYTES},
    {"HELDER_DOSSIER_FORMAT", "\"dossier\":{", "format", HELDER_DOSSIER_FORMAT},
    {"HELDER_PROCEDURE_INSTANCE_FORMAT", "\"procedure\":{", "instance_format", HELDER_PROCEDURE_INSTANCE_FORMAT},
    {"HELDER_DOSSIER_DEFAULT_MAX_BYTES", "\"dossier\":{", "default_max_bytes", (long long)HELDER_DOSSIER_DEFAULT_MAX_BYTES},
    {"HELDER_DOSSIER_MAX_BYTES_LIMIT", "\"dossier\":{", "max_bytes_limit", (long long)HELDER_DOSSIER_MAX_BYTES_LIMIT},
    {"HELDER_DOSSIER_MAX_DEPTH", "\"dossier\":{", "max_depth", HELDER_DOSSIER_MAX_DEPTH},
    {"HELDER_REPORT_MAX_BYTES", "\"report\":{", "max_bytes", (long long)HELDER_REPORT_MAX_BYTES},
    {"HELDER_REPORT_MAX_VALUES", "\"report\":{", "max_values", (long long)HELDER_REPORT_MAX_VALUES},
    /* helder_text_source as this compiler lays it out */
    {"sizeof(helder_text_source)", "\"source_struct\":{", "size", (long long)sizeof(helder_text_source)},
    {"offsetof(uri)", "\"source_struct\":{", "uri", (long long)offsetof(helder_text_source, uri)},
    {"offsetof(text)", "\"source_struct\":{", "text", (long long)offsetof(helder_text_source, text)},
    {"offsetof(text_len)", "\"source_struct\":{", "text_len", (long long)offsetof(helder_text_source, text_len)},
    {"offsetof(report_json)", "\"source_struct\":{", "report_json", (long long)offsetof(helder_text_source, report_json)},
    {"offsetof(report_len)", "\"source_struct\":{", "report_len", (long long)offsetof(helder_text_source, report_len)},
};

/* The value of "key" inside the object that starts at `context` (the first closing brace ends it). */
static int value_in(const char *json, const struct constant *c, long long *out) {
    const char *object = strstr(json, c->context);
    char needle[64];
    const char *end, *at;
    if (!object) return 0;
    object += strlen(c->context) - 1;
    end = strchr(object, '}');
    snprintf(needle, sizeof needle, "\"%s\":", c->key);
    for (at = strstr(object, needle); at && at < end; at = strstr(at + 1, needle))
        if (at[-1] == '{' || at[-1] == ',') return sscanf(at + strlen(needle), "%lld", out) == 1;
    return 0;
}

static void test_every_constant_has_the_header_value(void **state) {
    char *json = NULL;
    size_t i, wrong = 0;
    (void)state;
    assert_int_equal(helder_constants_json(&json, NULL), HELDER_OK);
    for (i = 0; i < sizeof kConstants / sizeof kConstants[0]; ++i) {
        long long value = -1;
        if (!value_in(json, &kConstants[i], &value) || value != kConstants[i].value) {
            fprintf(stderr, "%s: header %lld, constants_json %lld\n", kConstants[i].name, kConstants[i].value, value);
            ++wrong;
        }
    }
    assert_non_null(strstr(json, "\"string\":\"" HELDER_VERSION_STRING "\""));
    helder_free(json);
    assert_int_equal(wrong, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_every_constant_has_the_header_value)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
