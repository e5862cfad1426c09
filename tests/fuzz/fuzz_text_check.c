/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes helder_text_check: the input is the text, checked with Debian's Dutch Hunspell dictionary
 * (scripts/setup.sh installs hunspell-nl) so that the spelling rule runs too. A text that is valid
 * UTF-8 must give a report whose invariants hold (fuzz_check_text_report: known rules, the spelling
 * rule among them; offsets inside the text, on character boundaries and sorted; valid UTF-8 and
 * JSON; renderable by helder_text_render, refused by helder_dossier_render); any other text must
 * be refused as HELDER_E_INVALID_UTF8, without a report. */
#include "fuzz_support.h"

static helder_ctx *context(void) {
    static const char options[] =
        "{\"dictionary\":{\"aff\":\"/usr/share/hunspell/nl.aff\",\"dic\":\"/usr/share/hunspell/nl.dic\"}}";
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(options, sizeof options - 1, &ctx) != HELDER_OK) {
        fprintf(stderr, "cannot load /usr/share/hunspell/nl.{aff,dic} (scripts/setup.sh installs hunspell-nl): %s\n",
                helder_last_error());
        abort();
    }
    return ctx;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char options[] = "{\"detail\":true,\"long_sentence_words\":5,\"long_word_letters\":8}";
    const char *text = (const char *)data;
    char *report = NULL;
    size_t len = 0;
    helder_status st = helder_text_check(context(), text, size, options, sizeof options - 1, &report, &len);
    if (helder_utf8_validate(text, size, NULL) == HELDER_OK) {
        FUZZ_ASSERT(st == HELDER_OK); /* far below the size limit */
        fuzz_check_text_report(text, size, report, len, 1);
        helder_free(report);
    } else {
        FUZZ_ASSERT(st == HELDER_E_INVALID_UTF8);
        FUZZ_ASSERT(report == NULL);
    }
    return 0;
}
