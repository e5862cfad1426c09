/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes helder_dossier_validate with any bytes as the dossier: every input gets a report (bad
 * input is a report, never a failed call), and the report's invariants hold
 * (fuzz_check_dossier_report: a known status, "valid" exactly when there is no error, counts that
 * match, every rule one of lib/data/dossier/messages.tsv, spans inside the input and sorted; valid
 * UTF-8 and JSON; renderable by helder_dossier_render, refused by helder_text_render). */
#include "fuzz_support.h"

static helder_ctx *context(void) {
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    return ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char options[] = "{\"today\":\"2026-11-23\"}";
    char *report = NULL;
    size_t len = 0;
    FUZZ_ASSERT(helder_dossier_validate(context(), (const char *)data, size, options, sizeof options - 1, &report, &len) ==
                HELDER_OK);
    fuzz_check_dossier_report((const char *)data, size, report, len);
    helder_free(report);
    return 0;
}
