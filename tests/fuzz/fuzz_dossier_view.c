/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes helder_dossier_view with any bytes as the dossier; the first byte picks who asks (a
 * member or professional of the example and the access-matrix households, or a stranger).
 * Invariants: the call answers OK, DENIED or INVALID_JSON and nothing else; an answer is valid
 * UTF-8 and JSON with a "dossier" object and a "withheld" list whose reasons are known and whose
 * counts add up; a fixed professional is never given a partial view. */
#include "fuzz_support.h"

static helder_ctx *context(void) {
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    return ctx;
}

static const char *const kReaders[][2] = {
    {"member", "sanne"},  {"member", "daan"},       {"member", "noor"},    {"member", "ria"},     {"professional", "joris"},
    {"professional", "fatima"}, {"professional", "eva"}, {"member", "moeder"}, {"member", "oma"}, {"member", "kind16"},
    {"member", "vader"},  {"professional", "vast"}, {"professional", "schuld"}, {"member", "niemand"}};
#define READERS (sizeof kReaders / sizeof kReaders[0])

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char request[160];
    char *out = NULL;
    size_t len = 0, i;
    int n;
    const char *const *reader;
    helder_status status;
    fj_doc d;
    int64_t items = 0, parts = 0;
    if (size == 0) return 0;
    reader = kReaders[data[0] % READERS];
    n = snprintf(request, sizeof request, "{\"reader\":{\"kind\":\"%s\",\"id\":\"%s\"},\"date\":\"2026-11-23\"}", reader[0], reader[1]);
    status = helder_dossier_view(context(), (const char *)data + 1, size - 1, request, (size_t)n, &out, &len);
    FUZZ_ASSERT(status == HELDER_OK || status == HELDER_E_DENIED || status == HELDER_E_INVALID_JSON);
    FUZZ_ASSERT((status == HELDER_OK) == (out != NULL));
    if (status != HELDER_OK) return 0;
    fuzz_check_output(out, len, 1, &d);
    FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "dossier"), FJ_OBJECT));
    FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "withheld"), FJ_ARRAY));
    for (i = fj_first(&d, fj_get(&d, 0, "withheld")); i != FJ_NONE; i = fj_next(&d, fj_get(&d, 0, "withheld"), i)) {
        const size_t reason = fj_get(&d, i, "reason"), what = fj_get(&d, i, "what");
        FUZZ_ASSERT(fj_equals_str(&d, reason, "other_person") || fj_equals_str(&d, reason, "outside_purpose") ||
                    fj_equals_str(&d, reason, "access_limited"));
        FUZZ_ASSERT(fj_count(&d, fj_get(&d, i, "count")) >= 1);
        if (fj_equals_str(&d, what, "items")) items += fj_count(&d, fj_get(&d, i, "count"));
        else parts += fj_count(&d, fj_get(&d, i, "count"));
    }
    FUZZ_ASSERT(items == fj_count(&d, fj_get(&d, 0, "items_withheld")));
    FUZZ_ASSERT(parts == fj_count(&d, fj_get(&d, 0, "parts_withheld")));
    /* A reader granted by the rule of the fixed professional sees everything. */
    for (i = fj_first(&d, fj_get(&d, 0, "rules")); i != FJ_NONE; i = fj_next(&d, fj_get(&d, 0, "rules"), i))
        if (fj_equals_str(&d, i, "fixed_professional")) FUZZ_ASSERT(items == 0 && parts == 0);
    fj_free(&d);
    helder_free(out);
    return 0;
}
