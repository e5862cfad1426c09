/* SPDX-License-Identifier: EUPL-1.2 */
/* Fuzzes helder_procedure_apply and helder_procedure_state with any bytes: the first byte picks
 * the call, the rest is an instance and, after the first NUL byte, the event (apply) or the query
 * (state); without a NUL a fixed one. Invariants: the call answers OK, INVALID_JSON, INVALID_UTF8
 * or UNSUPPORTED (an instance of another specification version) and nothing else; an answer is
 * valid UTF-8 and JSON; apply says whether the event applied and gives a refusal exactly when it
 * did not, and the instance it hands back has one event more when it applied and as many as the
 * input when it did not, and loads again; state has stages, facts, next steps, deadlines and parties. */
#include "fuzz_support.h"

static helder_ctx *context(void) {
    static helder_ctx *ctx;
    if (!ctx && helder_ctx_create(NULL, 0, &ctx) != HELDER_OK) abort();
    return ctx;
}

/* Elements of the array member "events" of the JSON object text, or -1. */
static int64_t event_count(const char *text, size_t len) {
    fj_doc d;
    int64_t n = -1;
    if (fj_parse(&d, text, len) && fj_is(&d, fj_get(&d, 0, "events"), FJ_ARRAY)) n = (int64_t)d.tok[fj_get(&d, 0, "events")].count;
    fj_free(&d);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char kEvent[] = "{\"event\":\"melding\",\"date\":\"2026-01-05\"}";
    static const char kQuery[] = "{\"today\":\"2026-06-01\"}";
    const char *instance, *arg;
    size_t instance_len, arg_len;
    const uint8_t *nul;
    char *out = NULL;
    size_t len = 0;
    helder_status status;
    fj_doc d;
    int apply;
    if (size == 0) return 0;
    apply = data[0] & 1;
    instance = (const char *)data + 1;
    nul = (const uint8_t *)memchr(data + 1, 0, size - 1);
    if (nul) {
        instance_len = (size_t)(nul - (data + 1));
        arg = (const char *)nul + 1;
        arg_len = size - 1 - instance_len - 1;
    } else {
        instance_len = size - 1;
        arg = apply ? kEvent : kQuery;
        arg_len = strlen(arg);
    }
    status = apply ? helder_procedure_apply(context(), NULL, 0, instance, instance_len, arg, arg_len, &out, &len)
                   : helder_procedure_state(context(), NULL, 0, instance, instance_len, arg, arg_len, &out, &len);
    FUZZ_ASSERT(status == HELDER_OK || status == HELDER_E_INVALID_JSON || status == HELDER_E_INVALID_UTF8 ||
                status == HELDER_E_UNSUPPORTED || (status == HELDER_E_INVALID_ARGUMENT && instance_len == 0));
    FUZZ_ASSERT((status == HELDER_OK) == (out != NULL));
    if (status != HELDER_OK) return 0;
    fuzz_check_output(out, len, 1, &d);
    FUZZ_ASSERT(fj_is(&d, 0, FJ_OBJECT));
    FUZZ_ASSERT(fj_count(&d, fj_get(&d, 0, "format")) == 1);
    FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "stages"), FJ_ARRAY) && d.tok[fj_get(&d, 0, "stages")].count >= 1);
    FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "spec"), FJ_OBJECT));
    if (apply) {
        const size_t applied = fj_get(&d, 0, "applied"), refusal = fj_get(&d, 0, "refusal"), answer_instance = fj_get(&d, 0, "instance");
        const int64_t before = event_count(instance, instance_len);
        int64_t after;
        char *again = NULL;
        size_t again_len = 0;
        FUZZ_ASSERT(fj_is_bool(&d, applied));
        FUZZ_ASSERT(fj_is(&d, applied, FJ_TRUE) ? fj_is(&d, refusal, FJ_NULL) : fj_is(&d, refusal, FJ_OBJECT));
        if (fj_is(&d, refusal, FJ_OBJECT))
            FUZZ_ASSERT(fj_is(&d, fj_get(&d, refusal, "reasons"), FJ_ARRAY) && d.tok[fj_get(&d, refusal, "reasons")].count >= 1);
        FUZZ_ASSERT(fj_is(&d, answer_instance, FJ_OBJECT));
        after = event_count(out + d.tok[answer_instance].start, d.tok[answer_instance].end - d.tok[answer_instance].start);
        FUZZ_ASSERT(before >= 0 && after == before + (fj_is(&d, applied, FJ_TRUE) ? 1 : 0));
        /* The instance handed back loads again, on the specification version it names. */
        FUZZ_ASSERT(helder_procedure_state(context(), NULL, 0, out + d.tok[answer_instance].start,
                                           d.tok[answer_instance].end - d.tok[answer_instance].start, kQuery, strlen(kQuery), &again,
                                           &again_len) == HELDER_OK);
        helder_free(again);
    } else {
        FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "facts"), FJ_OBJECT));
        FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "next_steps"), FJ_ARRAY));
        FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "deadlines"), FJ_ARRAY));
        FUZZ_ASSERT(fj_is(&d, fj_get(&d, 0, "parties"), FJ_ARRAY) && d.tok[fj_get(&d, 0, "parties")].count >= 1);
    }
    fj_free(&d);
    helder_free(out);
    return 0;
}
