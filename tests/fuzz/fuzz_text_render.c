/* Fuzzes helder_text_render and helder_dossier_render with a hostile report: the input is
 * "TEXT\0REPORT"; each render function reads its own kind of report and refuses the other. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "helder/helder.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *zero = memchr(data, 0, size);
    helder_text_source src;
    char *out = NULL;
    size_t text_len = zero ? (size_t)(zero - data) : size;
    static const char *formats[] = {"{\"format\":\"text\",\"color\":true}", "{\"format\":\"sarif\"}", "{\"format\":\"json\"}"};
    size_t f;
    src.struct_size = sizeof src;
    src.uri = "fuzz.txt";
    src.text = (const char *)data;
    src.text_len = text_len;
    src.report_json = zero ? (const char *)zero + 1 : "";
    src.report_len = zero ? size - text_len - 1 : 0;
    for (f = 0; f < 3; ++f) {
        if (helder_text_render(&src, 1, formats[f], strlen(formats[f]), &out, NULL, NULL) == HELDER_OK) helder_free(out);
        else if (out)
            abort();
        if (helder_dossier_render(&src, 1, formats[f], strlen(formats[f]), &out, NULL, NULL) == HELDER_OK) helder_free(out);
        else if (out)
            abort();
    }
    return 0;
}
