/* Fuzzes helder_dossier_validate with any bytes as the dossier: every input gets a report. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"

static helder_ctx *context(void) {
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    return ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char options[] = "{\"today\":\"2026-11-23\"}";
    char *report = NULL;
    size_t len = 0;
    if (helder_dossier_validate(context(), (const char *)data, size, options, sizeof options - 1, &report, &len) != HELDER_OK)
        abort(); /* bad input is a report, never a failed call */
    if (!report || strlen(report) != len || !strstr(report, "\"status\":")) abort();
    helder_free(report);
    return 0;
}
