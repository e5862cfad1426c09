/* Fuzzes helder_text_check: the input is the text. Any status is fine; a crash, a leak, an
 * out-of-range offset or a report that is not NUL-terminated is not. */
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
    static const char options[] = "{\"detail\":true,\"long_sentence_words\":5,\"long_word_letters\":8}";
    char *report = NULL;
    size_t len = 0;
    helder_status st = helder_text_check(context(), (const char *)data, size, options, sizeof options - 1, &report, &len);
    if (st == HELDER_OK) {
        if (!report || strlen(report) != len) abort();
        helder_free(report);
    } else if (report) {
        abort();
    }
    return 0;
}
