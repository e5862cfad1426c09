/* SPDX-License-Identifier: EUPL-1.2 */
#define _POSIX_C_SOURCE 200809L /* strdup */
/* helder_procedure_deadline, _apply, _state and _spec as a vendor calls them: pure C99, only
 * <helder/helder.h>, only libhelder.so. Good requests, NULL pointers and bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "answer_contract.h"

#include "helder/helder.h"

static helder_status deadline(const char *request, char **out) {
    size_t len = 0;
    *out = NULL;
    const helder_status st = helder_procedure_deadline(request, request ? strlen(request) : 0, out, &len);
    return answer_contract(st, *out, len);
}

static void the_hoge_raads_case(void **state) {
    char *out;
    (void)state;
    assert_int_equal(deadline("{\"kind\":\"hoger-beroep\",\"from\":\"2016-02-29\",\"party\":\"requester\",\"today\":\"2016-05-30\"}", &out), HELDER_OK);
    assert_non_null(strstr(out, "\"due\":\"2016-05-30\""));
    assert_non_null(strstr(out, "\"nominal_due\":\"2016-05-29\""));
    assert_non_null(strstr(out, "\"basis\":\"art. 806 lid 1 Rv\""));
    assert_non_null(strstr(out, "\"label\":\"VERIFIED\""));
    assert_non_null(strstr(out, "\"atw_applies\":true"));
    assert_non_null(strstr(out, "\"days_left\":0"));
    assert_non_null(strstr(out, "Dat is een zondag."));
    helder_free(out);
}

static void an_ots_is_never_moved_and_a_spoed_hearing_is_unverified(void **state) {
    char *out;
    (void)state;
    /* 28 February 2027 is a Sunday: the end of a measure stays. */
    assert_int_equal(deadline("{\"kind\":\"voorlopige-ots\",\"from\":\"2026-11-30\",\"today\":\"2026-12-01\"}", &out), HELDER_OK);
    assert_non_null(strstr(out, "\"due\":\"2027-02-28\""));
    assert_non_null(strstr(out, "\"atw_applies\":false"));
    helder_free(out);
    assert_int_equal(deadline("{\"kind\":\"spoed-zitting\",\"from\":\"2026-04-13\",\"today\":\"2026-04-14\"}", &out), HELDER_OK);
    assert_non_null(strstr(out, "\"label\":\"UNVERIFIED\""));
    assert_non_null(strstr(out, "\"id\":\"check_with_lawyer\""));
    helder_free(out);
}

static void the_text_answer_asks_for_a_check(void **state) {
    char *out;
    (void)state;
    assert_int_equal(deadline("{\"kind\":\"schorsing-gezag\",\"from\":\"2026-03-27\",\"today\":\"2026-04-01\",\"format\":\"text\"}", &out), HELDER_OK);
    assert_non_null(strstr(out, "Vraag uw advocaat of het Juridisch Loket om deze datum na te kijken."));
    helder_free(out);
}

static void bad_input_has_a_status_and_a_message(void **state) {
    char *out = (char *)"untouched";
    size_t len = 7;
    (void)state;
    assert_int_equal(deadline("{\"kind\":\"onbekend\",\"from\":\"2026-03-02\"}", &out), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "kind must be one of"));
    assert_int_equal(deadline("{\"kind\":\"ots\",\"from\":\"2026-02-30\"}", &out), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "from must be"));
    assert_int_equal(deadline("{\"kind\":\"ots\"}", &out), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "from is missing"));
    assert_int_equal(deadline("{\"kind\":\"ots\xc3\",\"from\":\"2026-03-02\"}", &out), HELDER_E_INVALID_UTF8);
    assert_int_equal(deadline("not json", &out), HELDER_E_INVALID_JSON);
    assert_int_equal(helder_procedure_deadline(NULL, 5, &out, &len), HELDER_E_INVALID_ARGUMENT);
    assert_null(out);
    assert_int_equal(len, 0);
    assert_int_equal(helder_procedure_deadline("{}", 2, NULL, NULL), HELDER_E_INVALID_ARGUMENT);
    /* NULL with length 0 is an empty request: kind is missing. */
    assert_int_equal(helder_procedure_deadline(NULL, 0, &out, NULL), HELDER_E_INVALID_JSON);
    assert_non_null(strstr(helder_last_error(), "kind is missing"));
}

static helder_ctx *ctx;

static int make_ctx(void **state) {
    (void)state;
    return helder_ctx_create(NULL, 0, &ctx) == HELDER_OK ? 0 : -1;
}

static int free_ctx(void **state) {
    (void)state;
    helder_ctx_destroy(ctx);
    return 0;
}

/* Applies one event to the instance in *instance (replaced by the answer's instance). */
static char *apply(char **instance, const char *event) {
    char *out = NULL, *start, *end;
    size_t len = 0, n;
    assert_int_equal(helder_procedure_apply(ctx, NULL, 0, *instance, strlen(*instance), event, strlen(event), &out, &len), HELDER_OK);
    assert_int_equal(strlen(out), len);
    /* The instance is the answer's last member. */
    start = strstr(out, "\"instance\":");
    assert_non_null(start);
    start += strlen("\"instance\":");
    end = out + len - 1; /* the closing brace of the answer */
    n = (size_t)(end - start);
    free(*instance);
    *instance = malloc(n + 1);
    memcpy(*instance, start, n);
    (*instance)[n] = 0;
    return out;
}

static void a_procedure_moves_on_and_refuses_with_reasons(void **state) {
    char *instance = strdup("{\"format\":\"helder-procedure-instance\",\"format_version\":1,"
                            "\"spec\":{\"id\":\"nl-jeugdbescherming\",\"version\":\"2026-12-1\"},"
                            "\"child\":{\"id\":\"daan\",\"birth_date\":\"2012-03-01\"},\"events\":[]}");
    char *out, *st = NULL;
    size_t len = 0;
    (void)state;
    helder_free(apply(&instance, "{\"event\":\"melding\",\"date\":\"2026-01-05\"}"));
    out = apply(&instance, "{\"event\":\"spoedbeslissing\",\"date\":\"2026-01-09\"}");
    assert_non_null(strstr(out, "\"applied\":true"));
    assert_non_null(strstr(out, "\"id\":\"spoed\""));
    helder_free(out);
    out = apply(&instance, "{\"event\":\"zitting_gehouden\",\"date\":\"2026-01-20\",\"facts\":{\"parents_heard\":true}}");
    helder_free(out);
    /* Daan is 13 and was not invited: refused, with the reason and what to do. */
    out = apply(&instance, "{\"event\":\"beschikking_ots\",\"date\":\"2026-01-21\"}");
    assert_non_null(strstr(out, "\"applied\":false"));
    assert_non_null(strstr(out, "\"code\":\"guard_missing\""));
    assert_non_null(strstr(out, "Nodig het kind uit"));
    helder_free(out);
    /* Where it stands, for Daan: the hearing stage, the voorlopige OTS running (no appeal period:
     * whether a spoed decision can be appealed is not confirmed), his rights. */
    assert_int_equal(helder_procedure_state(ctx, NULL, 0, instance, strlen(instance), "{\"today\":\"2026-01-22\",\"party\":\"child_12_15\"}",
                                            strlen("{\"today\":\"2026-01-22\",\"party\":\"child_12_15\"}"), &st, &len), HELDER_OK);
    assert_non_null(strstr(st, "\"id\":\"zitting\""));
    assert_non_null(strstr(st, "\"kind\":\"voorlopige-ots\",\"from\":\"2026-01-09\""));
    assert_non_null(strstr(st, "\"due\":\"2026-04-09\""));
    assert_null(strstr(st, "\"kind\":\"hoger-beroep\""));
    assert_non_null(strstr(st, "\"party\":\"child_12_15\""));
    assert_non_null(strstr(st, "De rechter nodigt je uit"));
    assert_null(strstr(st, "\"party\":\"parent_with_gezag\""));
    helder_free(st);
    free(instance);
}

static void the_shipped_specifications_are_listed(void **state) {
    char *out = NULL;
    (void)state;
    assert_int_equal(helder_procedure_spec(ctx, NULL, &out, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"id\":\"nl-jeugdbescherming\""));
    assert_non_null(strstr(out, "\"kind\":\"policy\""));
    helder_free(out);
    assert_int_equal(helder_procedure_spec(ctx, "law", &out, NULL), HELDER_OK);
    assert_non_null(strstr(out, "\"format\": \"helder-procedure\""));
    helder_free(out);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_hoge_raads_case),
        cmocka_unit_test(an_ots_is_never_moved_and_a_spoed_hearing_is_unverified),
        cmocka_unit_test(the_text_answer_asks_for_a_check),
        cmocka_unit_test(bad_input_has_a_status_and_a_message),
        cmocka_unit_test(a_procedure_moves_on_and_refuses_with_reasons),
        cmocka_unit_test(the_shipped_specifications_are_listed),
    };
    return cmocka_run_group_tests(tests, make_ctx, free_ctx);
}
