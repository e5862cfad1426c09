// SPDX-License-Identifier: EUPL-1.2
// The procedure through the C ABI: deadlines as dates, an instance's events and state, and the
// verification and pictures of a specification (lib/procedure/).
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "helder/procedure.h"
#include "procedure/deadline_document.hh"
#include "procedure/procedure_document.hh"
#include "procedure/spec_documents.hh"

namespace {

// The shape of the calls on an instance: a context, an optional specification, the instance and
// one more JSON argument (the event, or the query).
template <class Run>
helder_status instance_call(const helder_ctx *ctx, const char *spec_json, size_t spec_len, const char *instance_json, size_t instance_len,
                            const char *arg_json, size_t arg_len, const char *arg_name, char **out, size_t *out_len, Run run) {
    return helder::capi::document_call(out, out_len, "out", [&](helder::Result<helder::json::OwnedText> &document) -> helder_status {
        using helder::capi::fail;
        if (!ctx) return fail(HELDER_E_INVALID_ARGUMENT, "ctx is NULL");
        std::string_view spec, instance, arg;
        if (!helder::capi::as_view(spec_json, spec_len, spec)) return fail(HELDER_E_INVALID_ARGUMENT, "spec_json is NULL but spec_len is not 0");
        if (!helder::capi::as_view(instance_json, instance_len, instance) || instance.empty())
            return fail(HELDER_E_INVALID_ARGUMENT, "instance_json is NULL or empty");
        if (!helder::capi::as_view(arg_json, arg_len, arg)) return fail(HELDER_E_INVALID_ARGUMENT, std::string(arg_name) + " is NULL but its length is not 0");
        document = run(*ctx->procedures, spec, instance, arg);
        return HELDER_OK;
    });
}



// The shape of helder_procedure_verify and _render: a specification and options in, one document out.
template <class Document>
helder_status spec_call(const char *spec, size_t spec_len, const char *options_json, size_t options_len, char **out, size_t *out_len,
                        Document document_of) {
    return helder::capi::document_call(out, out_len, "out", [&](helder::Result<helder::json::OwnedText> &document) -> helder_status {
        std::string_view spec_text, options;
        if (!helder::capi::as_view(spec, spec_len, spec_text))
            return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "spec is NULL but spec_len is not 0");
        if (!helder::capi::as_view(options_json, options_len, options))
            return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        document = document_of(spec_text, options);
        return HELDER_OK;
    });
}

}  // namespace

extern "C" {

HELDER_API helder_status helder_procedure_deadline(const char *request_json, size_t request_len, char **out, size_t *out_len) {
    return helder::capi::document_call(out, out_len, "out", [&](helder::Result<helder::json::OwnedText> &document) -> helder_status {
        std::string_view request;
        if (!helder::capi::as_view(request_json, request_len, request))
            return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "request_json is NULL but request_len is not 0");
        document = helder::procedure::deadline_document(request);
        return HELDER_OK;
    });
}

HELDER_API helder_status helder_procedure_apply(const helder_ctx *ctx, const char *spec_json, size_t spec_len, const char *instance_json,
                                               size_t instance_len, const char *event_json, size_t event_len, char **out, size_t *out_len) {
    return instance_call(ctx, spec_json, spec_len, instance_json, instance_len, event_json, event_len, "event_json", out, out_len,
                         helder::procedure::apply_document);
}

HELDER_API helder_status helder_procedure_state(const helder_ctx *ctx, const char *spec_json, size_t spec_len, const char *instance_json,
                                               size_t instance_len, const char *query_json, size_t query_len, char **out, size_t *out_len) {
    return instance_call(ctx, spec_json, spec_len, instance_json, instance_len, query_json, query_len, "query_json", out, out_len,
                         helder::procedure::state_document);
}

HELDER_API helder_status helder_procedure_from_dossier(const helder_ctx *ctx, const char *dossier_json, size_t dossier_len,
                                                      const char *request_json, size_t request_len, char **out, size_t *out_len) {
    return helder::capi::report_call(ctx, dossier_json, dossier_len, "dossier_json", request_json, request_len, out, out_len,
                                     [&](std::string_view dossier, std::string_view request) {
                                         return helder::procedure::from_dossier_document(*ctx->procedures, dossier, request);
                                     });
}

HELDER_API helder_status helder_procedure_spec(const helder_ctx *ctx, const char *name, char **out, size_t *out_len) {
    return helder::capi::document_call(out, out_len, "out", [&](helder::Result<helder::json::OwnedText> &document) -> helder_status {
        if (!ctx) return helder::capi::fail(HELDER_E_INVALID_ARGUMENT, "ctx is NULL");
        document = helder::procedure::spec_document(*ctx->procedures, name ? std::string_view(name) : std::string_view());
        return HELDER_OK;
    });
}

HELDER_API helder_status helder_procedure_verify(const char *spec, size_t spec_len, const char *options_json, size_t options_len, char **out,
                                                 size_t *out_len) {
    return spec_call(spec, spec_len, options_json, options_len, out, out_len, helder::procedure::verify_document);
}

HELDER_API helder_status helder_procedure_render(const char *spec, size_t spec_len, const char *options_json, size_t options_len, char **out,
                                                 size_t *out_len) {
    return spec_call(spec, spec_len, options_json, options_len, out, out_len, helder::procedure::render_document);
}

}  // extern "C"
