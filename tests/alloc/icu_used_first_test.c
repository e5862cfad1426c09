/* SPDX-License-Identifier: EUPL-1.2 */
/* A host that used ICU before it sets helder's allocator (.NET and many other hosts use the
 * system's ICU): the caller's release() must only ever get blocks its allocate() made. Every block
 * carries a mark in front; a block without it is a block of someone else's, and fails the test.
 * Pure C99 and ICU's C API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "helder/helder.h"

#define MARK 0x68656c646572ULL /* "helder" */

static size_t own_released, live;

typedef union {
    unsigned long long mark;
    long double align;
} header;

static void *mark(void *block) {
    if (!block) return NULL;
    ((header *)block)->mark = MARK;
    return (header *)block + 1;
}

static void *unmarked(void *ptr) {
    header *h = (header *)ptr - 1;
    if (h->mark != MARK) {
        fprintf(stderr, "FAIL: release() got a block the allocator did not make\n");
        exit(1);
    }
    return h;
}

static void *test_allocate(void *user_data, size_t size) {
    (void)user_data;
    ++live;
    return mark(malloc(sizeof(header) + size));
}

static void *test_reallocate(void *user_data, void *ptr, size_t size) {
    (void)user_data;
    return mark(realloc(unmarked(ptr), sizeof(header) + size));
}

static void test_release(void *user_data, void *ptr) {
    (void)user_data;
    free(unmarked(ptr));
    ++own_released;
    --live;
}

int main(void) {
    static const helder_allocator allocator = {sizeof allocator, test_allocate, test_reallocate, test_release, NULL};
    static const char text[] = "De moeder gaat morgen met de kinderen naar school. Het plan werd besproken.";
    UChar buffer[64];
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *words;
    helder_ctx *ctx = NULL;
    char *report = NULL;
    int i;

    /* The host uses ICU first, and keeps an iterator open while helder works: its memory was made
     * with malloc(), and ICU frees it when the host closes it, after the setting. */
    u_uastrcpy(buffer, "De kinderen gaan naar school.");
    words = ubrk_open(UBRK_WORD, "nl", buffer, -1, &status);
    if (U_FAILURE(status)) {
        fprintf(stderr, "FAIL: ICU: %s\n", u_errorName(status));
        return 1;
    }
    while (ubrk_next(words) != UBRK_DONE) {
    }

    if (helder_set_allocator(&allocator) != HELDER_OK) {
        fprintf(stderr, "FAIL: helder_set_allocator: %s\n", helder_last_error());
        return 1;
    }
    if (helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) {
        fprintf(stderr, "FAIL: helder_ctx_create: %s\n", helder_last_error());
        return 1;
    }
    for (i = 0; i < 3; ++i) {
        if (helder_text_check(ctx, text, sizeof text - 1, NULL, 0, &report, NULL) != HELDER_OK || !strstr(report, "\"passive\"")) {
            fprintf(stderr, "FAIL: helder_text_check: %s\n", helder_last_error());
            return 1;
        }
        helder_free(report);
    }
    helder_ctx_destroy(ctx);
    ubrk_close(words);
    /* ICU again, after the setting: still its own memory. */
    status = U_ZERO_ERROR;
    words = ubrk_open(UBRK_SENTENCE, "nl", buffer, -1, &status);
    if (U_SUCCESS(status)) ubrk_close(words);
    if (own_released == 0) {
        fprintf(stderr, "FAIL: the reports did not come from the allocator\n");
        return 1;
    }
    printf("ok: %zu blocks of the allocator released, none of anyone else's\n", own_released);
    return 0;
}
