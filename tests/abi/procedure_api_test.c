/* helder_procedure_deadline as a vendor calls it: pure C99, only <helder/helder.h>, only
 * libhelder.so. Good requests, NULL pointers and bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "helder/helder.h"

static helder_status deadline(const char *request, char **out) {
    size_t len = 0;
    helder_status st;
    *out = NULL;
    st = helder_procedure_deadline(request, request ? strlen(request) : 0, out, &len);
    if (st == HELDER_OK) {
        assert_non_null(*out);
        assert_int_equal(strlen(*out), len);
    } else {
        assert_null(*out);
    }
    return st;
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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_hoge_raads_case),
        cmocka_unit_test(an_ots_is_never_moved_and_a_spoed_hearing_is_unverified),
        cmocka_unit_test(the_text_answer_asks_for_a_check),
        cmocka_unit_test(bad_input_has_a_status_and_a_message),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
