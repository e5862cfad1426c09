/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes helder_text_render and helder_dossier_render with a hostile report: the input is
 * "TEXT\0REPORT"; each render function reads its own kind of report and refuses the other. A
 * report is refused only as HELDER_E_INVALID_JSON, without output; what is rendered is valid UTF-8
 * (even from a text that is not), JSON for "json" and "sarif" (so a report the renderer accepts
 * is JSON: "json" hands it back as it came), and has a severity between NONE and ERROR. */
#include "fuzz_support.h"

static void render(fuzz_render_fn fn, const helder_text_source *src) {
    static const char *const formats[] = {"{\"format\":\"text\",\"color\":true}", "{\"format\":\"sarif\"}", "{\"format\":\"json\"}"};
    size_t f, count;
    for (count = 1; count <= 2; ++count) {
        for (f = 0; f < sizeof formats / sizeof *formats; ++f) {
            char *out = NULL;
            size_t len = 0;
            helder_severity highest = (helder_severity)-1;
            helder_status st = fn(src, count, formats[f], strlen(formats[f]), &out, &len, &highest);
            if (st == HELDER_OK) {
                fj_doc d;
                fuzz_check_output(out, len, f > 0, &d);
                if (f > 0) fj_free(&d);
                FUZZ_ASSERT(highest >= HELDER_SEVERITY_NONE && highest <= HELDER_SEVERITY_ERROR);
                helder_free(out);
            } else {
                FUZZ_ASSERT(st == HELDER_E_INVALID_JSON);
                FUZZ_ASSERT(out == NULL);
                if (count == 1) return; /* the same report twice is refused too */
            }
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *zero = (const uint8_t *)memchr(data, 0, size);
    helder_text_source src[2];
    size_t text_len = zero ? (size_t)(zero - data) : size;
    src[0].struct_size = sizeof src[0];
    src[0].uri = "fuzz.txt";
    src[0].text = (const char *)data;
    src[0].text_len = text_len;
    src[0].report_json = zero ? (const char *)zero + 1 : "";
    src[0].report_len = zero ? size - text_len - 1 : 0;
    src[1] = src[0];
    src[1].uri = NULL;
    render(helder_text_render, src);
    render(helder_dossier_render, src);
    return 0;
}
