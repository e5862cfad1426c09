/* Fuzzes the JSON options of helder_text_check and helder_ctx_create. */
#include <stdint.h>
#include <stdlib.h>

#include "helder/helder.h"

static helder_ctx *context(void) {
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    return ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char text[] = "De gezinsvoogd werd niet gehoord. Middels dit rapport meld ik dat moeder onverschillig is.";
    char *report = NULL;
    helder_ctx *ctx = NULL;
    if (helder_text_check(context(), text, sizeof text - 1, (const char *)data, size, &report, NULL) == HELDER_OK)
        helder_free(report);
    else if (report)
        abort();
    if (helder_ctx_create((const char *)data, size, &ctx) == HELDER_OK) helder_ctx_destroy(ctx);
    else if (ctx)
        abort();
    return 0;
}
