// SPDX-License-Identifier: EUPL-1.2
// helder_dossier_view: the access decision without the store.
#include "access/view_document.hh"
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "helder/dossier.h"

extern "C" {

HELDER_API helder_status helder_dossier_view(const helder_ctx *ctx, const char *dossier_json, size_t dossier_len,
                                             const char *request_json, size_t request_len, char **out, size_t *out_len) {
    return helder::capi::report_call(ctx, dossier_json, dossier_len, "dossier_json", request_json, request_len, out, out_len,
                                     [&](std::string_view dossier, std::string_view request) {
                                         return helder::access::view_document(*ctx->access, dossier, request);
                                     });
}

}  // extern "C"
