/* SPDX-License-Identifier: EUPL-1.2 */
/* Prints helder's answer for every test vector: one line per (file, option set) with the status
 * and the report (or the error message). The WebAssembly build prints the same lines
 * (wasm/test/agreement.test.mjs); the two outputs must be byte-for-byte equal.
 * Usage: text_vectors DICTIONARY_PREFIX VECTOR_DIR */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"
#include "vector_files.h"

/* The option sets every vector runs with (the JS side has the same list). */
static const char *const kOptionSets[] = {
    "{}",
    "{\"detail\":true}",
    "{\"spelling\":false,\"long_sentence_words\":5,\"long_word_letters\":10}",
    "{\"max_bytes\":100}",
};

int main(int argc, char **argv) {
    char options[1024];
    helder_ctx *ctx = NULL;
    char *names[1024];
    size_t count = 0, i, k;
    if (argc != 3) {
        fprintf(stderr, "usage: text_vectors DICTIONARY_PREFIX VECTOR_DIR\n");
        return 2;
    }
    snprintf(options, sizeof options, "{\"dictionary\":{\"aff\":\"%s.aff\",\"dic\":\"%s.dic\"}}", argv[1], argv[1]);
    if (helder_ctx_create(options, strlen(options), &ctx) != HELDER_OK) {
        fprintf(stderr, "helder_ctx_create: %s\n", helder_last_error());
        return 1;
    }
    count = sorted_names(argv[2], "", names, sizeof names / sizeof names[0]);
    if (count == 0) {
        fprintf(stderr, "no vectors in %s\n", argv[2]);
        return 1;
    }
    for (i = 0; i < count; ++i) {
        char path[4096];
        size_t len = 0;
        char *text;
        snprintf(path, sizeof path, "%s/%s", argv[2], names[i]);
        text = read_file(path, &len);
        if (!text) return 1;
        for (k = 0; k < sizeof kOptionSets / sizeof kOptionSets[0]; ++k) {
            char *report = NULL;
            size_t report_len = 0;
            helder_status st = helder_text_check(ctx, text, len, kOptionSets[k], strlen(kOptionSets[k]), &report, &report_len);
            printf("%s\t%s\t%d\t", names[i], kOptionSets[k], (int)st);
            if (st == HELDER_OK) fwrite(report, 1, report_len, stdout);
            else fputs(helder_last_error(), stdout);
            putchar('\n');
            helder_free(report);
        }
        free(text);
        free(names[i]);
    }
    helder_ctx_destroy(ctx);
    return 0;
}
