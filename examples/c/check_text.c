/* SPDX-License-Identifier: EUPL-1.2 */
/* A vendor's first program: check a Dutch text with libhelder and print the JSON report.
 * Build: cc check_text.c $(pkg-config --cflags --libs helder) -o check_text
 * Run:   ./check_text "Middels deze brief ..." */
#include <stdio.h>
#include <string.h>

#include <helder/helder.h>

int main(int argc, char **argv) {
    const char *text = argc > 1 ? argv[1] : "Middels deze brief informeren wij u over de ondertoezichtstelling.";
    const char *ctx_options = "{\"dictionary\":\"system\"}"; /* Debian's hunspell-nl, for spelling */
    helder_ctx *ctx = NULL;
    char *report = NULL;
    size_t report_len = 0;
    helder_status status;

    status = helder_ctx_create(ctx_options, strlen(ctx_options), &ctx);
    if (status == HELDER_E_NOT_FOUND) /* no dictionary installed: check without spelling */
        status = helder_ctx_create(NULL, 0, &ctx);
    if (status != HELDER_OK) {
        fprintf(stderr, "helder_ctx_create: %s: %s\n", helder_status_string(status), helder_last_error());
        return 1;
    }
    status = helder_text_check(ctx, text, strlen(text), NULL, 0, &report, &report_len);
    if (status != HELDER_OK) {
        fprintf(stderr, "helder_text_check: %s: %s\n", helder_status_string(status), helder_last_error());
        helder_ctx_destroy(ctx);
        return 1;
    }
    fwrite(report, 1, report_len, stdout);
    putchar('\n');
    helder_free(report); /* not free(): the library owns its heap */
    helder_ctx_destroy(ctx);
    return 0;
}
