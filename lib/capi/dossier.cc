// helder_dossier_validate.
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "dossier/validator.hh"
#include "helder/dossier.h"

using helder::capi::fail;
using helder::capi::guarded;

extern "C" {

HELDER_API helder_status helder_dossier_validate(const helder_ctx *ctx, const char *json, size_t len,
                                                 const char *options_json, size_t options_len, char **out_report,
                                                 size_t *out_len) {
    return guarded([&]() -> helder_status {
        if (out_report) *out_report = nullptr;
        if (out_len) *out_len = 0;
        if (!ctx) return fail(HELDER_E_INVALID_ARGUMENT, "ctx is NULL");
        if (!out_report) return fail(HELDER_E_INVALID_ARGUMENT, "out_report is NULL");
        std::string_view input, options_text;
        if (!helder::capi::as_view(json, len, input)) return fail(HELDER_E_INVALID_ARGUMENT, "json is NULL but len is not 0");
        if (!helder::capi::as_view(options_json, options_len, options_text))
            return fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        auto options = helder::dossier::parse_validate_options(options_text);
        if (!options) return fail(options.error());
        auto report = helder::dossier::validate(*ctx->dossier, *ctx->text, input, options.value());
        *out_report = report.data.release();
        if (out_len) *out_len = report.size;
        return HELDER_OK;
    });
}

}  // extern "C"
