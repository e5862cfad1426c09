/* SPDX-License-Identifier: EUPL-1.2 */
/* The out-parameter contract every JSON answer of the C API keeps: on HELDER_OK a NUL-terminated
 * text of the length it reports; on any other status no text. One home for the check the ABI
 * tests make after each call (include after <cmocka.h>). */
#ifndef HELDER_TESTS_ABI_ANSWER_CONTRACT_H
#define HELDER_TESTS_ABI_ANSWER_CONTRACT_H

#include <string.h>

#include "helder/helder.h"

static helder_status answer_contract(helder_status st, const char *out, size_t len) {
    if (st == HELDER_OK) {
        assert_non_null(out);
        assert_int_equal(strlen(out), len);
    } else {
        assert_null(out);
    }
    return st;
}

#endif
