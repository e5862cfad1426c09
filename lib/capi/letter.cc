// SPDX-License-Identifier: EUPL-1.2
// The letters a family member can send through the C ABI (lib/letters/).
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "helder/letter.h"
#include "letters/letter_document.hh"

namespace {

// The shape of both calls: a context and one JSON request in, one document out.
template <class Document>
helder_status letter_call(const helder_ctx *ctx, const char *request_json, size_t request_len, char **out, size_t *out_len,
                          Document document_of) {
    return helder::capi::document_call(out, out_len, "out", [&](helder::Result<helder::json::OwnedText> &document) -> helder_status {
        if (!ctx) return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "ctx is NULL");
        std::string_view request;
        if (!helder::capi::as_view(request_json, request_len, request))
            return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "request_json is NULL but request_len is not 0");
        document = document_of(*ctx->letters, request);
        return HELDER_OK;
    });
}

}  // namespace

extern "C" {

HELDER_API helder_status helder_letter_list(const helder_ctx *ctx, const char *request_json, size_t request_len, char **out, size_t *out_len) {
    return letter_call(ctx, request_json, request_len, out, out_len, helder::letters::list_document);
}

HELDER_API helder_status helder_letter_draft(const helder_ctx *ctx, const char *request_json, size_t request_len, char **out, size_t *out_len) {
    return letter_call(ctx, request_json, request_len, out, out_len, helder::letters::draft_document);
}

}  // extern "C"
