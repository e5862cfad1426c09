/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the requests of helder_letter_list and helder_letter_draft: the first byte picks the call
 * (even: draft, odd: list), the rest is the request. Invariants: the call answers OK,
 * INVALID_JSON, INVALID_UTF8 or DENIED (a party that may not send the letter, with the reason in
 * English and Dutch) and nothing else; an answer exactly when it is OK, valid UTF-8 and JSON; a
 * request that is not JSON (or not UTF-8) is never answered; a draft has the letter in Dutch and
 * English, the blanks, the law with labels, the deadline (or null) and notes; a list has the
 * letters, each with the parties that may send it. */
#include "fuzz_support.h"

static helder_ctx *context(void) {
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    return ctx;
}

static int is_label(const fj_doc *d, size_t i) {
    return fj_equals_str(d, i, "VERIFIED") || fj_equals_str(d, i, "SECONDARY") || fj_equals_str(d, i, "UNVERIFIED");
}

static void check_draft(const fj_doc *d) {
    size_t text = fj_get(d, 0, "text"), law = fj_get(d, 0, "law"), notes = fj_get(d, 0, "notes"), deadline = fj_get(d, 0, "deadline"), i;
    FUZZ_ASSERT(fj_is(d, fj_get(d, 0, "letter"), FJ_STRING) && fj_is(d, fj_get(d, 0, "party"), FJ_STRING));
    FUZZ_ASSERT(fj_is(d, fj_get(d, text, "nl"), FJ_STRING) && fj_is(d, fj_get(d, text, "en"), FJ_STRING));
    FUZZ_ASSERT(d->tok[fj_get(d, text, "nl")].end - d->tok[fj_get(d, text, "nl")].start > 100);
    FUZZ_ASSERT(fj_is(d, fj_get(d, 0, "blanks"), FJ_ARRAY));
    FUZZ_ASSERT(fj_is(d, law, FJ_ARRAY) && fj_is(d, notes, FJ_ARRAY) && d->tok[notes].count >= 2);
    for (i = fj_first(d, law); i != FJ_NONE; i = fj_next(d, law, i)) {
        FUZZ_ASSERT(is_label(d, fj_get(d, i, "label")));
        /* A note exactly where the law is not VERIFIED. */
        FUZZ_ASSERT(fj_equals_str(d, fj_get(d, i, "label"), "VERIFIED") == fj_is(d, fj_get(d, i, "note"), FJ_NULL));
    }
    FUZZ_ASSERT(fj_is(d, deadline, FJ_NULL) || (fj_is(d, deadline, FJ_OBJECT) && fj_is(d, fj_get(d, deadline, "due"), FJ_STRING)));
}

static void check_list(const fj_doc *d) {
    size_t letters = fj_get(d, 0, "letters"), i;
    FUZZ_ASSERT(fj_is(d, letters, FJ_ARRAY) && d->tok[letters].count >= 5);
    for (i = fj_first(d, letters); i != FJ_NONE; i = fj_next(d, letters, i)) {
        FUZZ_ASSERT(fj_is(d, fj_get(d, i, "parties"), FJ_ARRAY) && d->tok[fj_get(d, i, "parties")].count >= 1);
        FUZZ_ASSERT(fj_is(d, fj_get(d, i, "fields"), FJ_ARRAY));
        /* With a party: offered, or a refusal that says why. */
        if (!fj_is(d, fj_get(d, 0, "party"), FJ_NULL))
            FUZZ_ASSERT(fj_is(d, fj_get(d, i, "offered"), FJ_TRUE) ? fj_is(d, fj_get(d, i, "refusal"), FJ_NULL)
                                                                   : fj_is(d, fj_get(d, i, "refusal"), FJ_OBJECT));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *request = (const char *)data + 1;
    size_t request_len = size ? size - 1 : 0;
    char *out = NULL;
    size_t len = 0;
    helder_status status;
    int list;
    fj_doc d;
    if (size == 0) return 0;
    list = data[0] & 1;
    status = list ? helder_letter_list(context(), request, request_len, &out, &len)
                  : helder_letter_draft(context(), request, request_len, &out, &len);
    FUZZ_ASSERT(status == HELDER_OK || status == HELDER_E_INVALID_JSON || status == HELDER_E_INVALID_UTF8 ||
                (status == HELDER_E_DENIED && !list));
    FUZZ_ASSERT((status == HELDER_OK) == (out != NULL));
    if (status == HELDER_E_DENIED) FUZZ_ASSERT(strstr(helder_last_error(), " [nl] ") != NULL);
    if (status != HELDER_OK) return 0;
    /* Only a request that is UTF-8 JSON is answered (an empty one asks for the defaults). */
    if (request_len > 0) {
        fj_doc req;
        FUZZ_ASSERT(helder_utf8_validate(request, request_len, NULL) == HELDER_OK && fj_parse(&req, request, request_len));
        fj_free(&req);
    }
    fuzz_check_output(out, len, 1, &d);
    FUZZ_ASSERT(fj_is(&d, 0, FJ_OBJECT) && fj_count(&d, fj_get(&d, 0, "format")) == 1);
    if (list) check_list(&d);
    else check_draft(&d);
    fj_free(&d);
    helder_free(out);
    return 0;
}
