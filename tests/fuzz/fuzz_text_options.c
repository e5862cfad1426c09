/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes the JSON options of helder_text_check and helder_ctx_create. Options are refused only as
 * HELDER_E_INVALID_JSON (a "max_bytes" below the text's size: HELDER_E_TOO_LARGE), without a
 * report; a report that comes back keeps the invariants of fuzz_check_text_report. A context is
 * refused only as HELDER_E_INVALID_JSON, HELDER_E_NOT_FOUND or HELDER_E_IO (a dictionary), and a
 * context that is created checks a text. */
#include "fuzz_support.h"

static const char text[] = "De gezinsvoogd werd niet gehoord. Middels dit rapport meld ik dat moeder onverschillig is.";

static helder_ctx *context(void) {
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    return ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *report = NULL;
    size_t len = 0;
    helder_ctx *ctx = NULL;
    helder_status st = helder_text_check(context(), text, sizeof text - 1, (const char *)data, size, &report, &len);
    if (st == HELDER_OK) {
        fuzz_check_text_report(text, sizeof text - 1, report, len, 0);
        helder_free(report);
    } else {
        FUZZ_ASSERT(st == HELDER_E_INVALID_JSON || st == HELDER_E_TOO_LARGE);
        FUZZ_ASSERT(report == NULL);
    }
    st = helder_ctx_create((const char *)data, size, &ctx);
    if (st == HELDER_OK) {
        FUZZ_ASSERT(ctx != NULL);
        FUZZ_ASSERT(helder_text_check(ctx, text, sizeof text - 1, NULL, 0, &report, &len) == HELDER_OK);
        fuzz_check_text_report(text, sizeof text - 1, report, len, 0);
        helder_free(report);
        helder_ctx_destroy(ctx);
    } else {
        FUZZ_ASSERT(st == HELDER_E_INVALID_JSON || st == HELDER_E_NOT_FOUND || st == HELDER_E_IO);
        FUZZ_ASSERT(ctx == NULL);
    }
    return 0;
}
