/* SPDX-License-Identifier: EUPL-1.2 */
/* helder_procedure_verify and helder_procedure_render as a vendor calls them: pure C99, only
 * <helder/helder.h>, only libhelder.so. A shipped specification by name, one of the broken
 * specifications of tests/data/procedure/broken/ as JSON, NULL pointers and bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "answer_contract.h"

#include "helder/helder.h"

static char *read_broken(const char *name) {
    char path[512];
    FILE *f;
    long size;
    char *text;
    snprintf(path, sizeof path, "%s/tests/data/procedure/broken/%s.json", HELDER_SOURCE_DIR, name);
    f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    text = malloc((size_t)size + 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)size, f), (size_t)size);
    text[size] = '\0';
    fclose(f);
    return text;
}

static helder_status call(helder_status (*fn)(const char *, size_t, const char *, size_t, char **, size_t *), const char *spec,
                          const char *options, char **out) {
    size_t len = 0;
    *out = NULL;
    const helder_status st = fn(spec, spec ? strlen(spec) : 0, options, options ? strlen(options) : 0, out, &len);
    return answer_contract(st, *out, len);
}

static void a_shipped_specification_by_name(void **state) {
    char *out;
    (void)state;
    assert_int_equal(call(helder_procedure_verify, "toekomstscenario", NULL, &out), HELDER_OK);
    assert_non_null(strstr(out, "\"id\":\"nl-toekomstscenario\""));
    assert_non_null(strstr(out, "\"id\":\"no_handover\",\"kind\":\"never_event\",\"declared\":true,\"ok\":true"));
    assert_non_null(strstr(out, "\"id\":\"stages_reachable\",\"kind\":\"stages_reachable\",\"declared\":false,\"ok\":true"));
    assert_non_null(strstr(out, "\"states\":"));
    helder_free(out);
}

static void a_broken_specification_as_json_names_its_shortest_path(void **state) {
    char *out, *spec = read_broken("decision_without_hearing");
    (void)state;
    assert_int_equal(call(helder_procedure_verify, spec, "{\"max_states\":1000}", &out), HELDER_OK);
    assert_non_null(strstr(out, "\"ok\":false"));
    assert_non_null(strstr(out, "\"id\":\"heard_before_compulsory\",\"kind\":\"entry_requires\",\"declared\":true,\"ok\":false"));
    assert_non_null(strstr(out, "\"code\":\"entered_without_guard\""));
    assert_non_null(strstr(out, "\"path\":[{\"event\":\"melding\",\"facts\":{}"));
    assert_non_null(strstr(out, "{\"event\":\"beschikking_ots\",\"facts\":{}"));
    helder_free(out);
    free(spec);
}

static void pictures_in_both_formats(void **state) {
    char *out;
    (void)state;
    assert_int_equal(call(helder_procedure_render, "law", "{\"format\":\"dot\",\"highlight\":[\"ots\"]}", &out), HELDER_OK);
    assert_true(strncmp(out, "digraph \"nl-jeugdbescherming\" {", 31) == 0);
    assert_non_null(strstr(out, "\"ots\" [label="));
    assert_non_null(strstr(out, "fillcolor=\"#fff59d\""));
    helder_free(out);
    assert_int_equal(call(helder_procedure_render, "law", "{\"format\":\"mermaid\",\"language\":\"en\"}", &out), HELDER_OK);
    assert_non_null(strstr(out, "flowchart TD"));
    assert_non_null(strstr(out, "condition: The parents with parental"));
    assert_null(strstr(out, "family_heard"));
    helder_free(out);
}

static void bad_input_has_a_status_and_a_message(void **state) {
    char *out = (char *)"untouched";
    size_t len = 7;
    char *cycle = read_broken("guard_cycle");
    (void)state;
    assert_int_equal(call(helder_procedure_verify, cycle, NULL, &out), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "/guards/"));
    free(cycle);
    assert_int_equal(call(helder_procedure_verify, "nergens", NULL, &out), HELDER_E_INVALID_ARGUMENT);
    assert_int_equal(call(helder_procedure_verify, "law", "{\"max_states\":10}", &out), HELDER_E_TOO_LARGE);
    assert_non_null(strstr(helder_last_error(), "more than 10 states"));
    assert_int_equal(call(helder_procedure_render, "law", "{\"format\":\"png\"}", &out), HELDER_E_INVALID_JSON);
    assert_int_equal(call(helder_procedure_render, "law", "{\"format\":\"dot\",\"highlight\":[\"x\"]}", &out), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "no stage \"x\""));
    assert_int_equal(helder_procedure_verify(NULL, 3, NULL, 0, &out, &len), HELDER_E_INVALID_ARGUMENT);
    assert_null(out);
    assert_int_equal(len, 0);
    assert_int_equal(helder_procedure_render("law", 3, "{\"format\":\"dot\"}", 16, NULL, NULL), HELDER_E_INVALID_ARGUMENT);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_shipped_specification_by_name),
        cmocka_unit_test(a_broken_specification_as_json_names_its_shortest_path),
        cmocka_unit_test(pictures_in_both_formats),
        cmocka_unit_test(bad_input_has_a_status_and_a_message),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
