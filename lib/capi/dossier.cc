// helder_dossier_validate.
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "dossier/validator.hh"
#include "helder/dossier.h"

extern "C" {

HELDER_API helder_status helder_dossier_validate(const helder_ctx *ctx, const char *json, size_t len,
                                                 const char *options_json, size_t options_len, char **out_report,
                                                 size_t *out_len) {
    return helder::capi::report_call(ctx, json, len, "json", options_json, options_len, out_report, out_len,
                                     [&](std::string_view input, std::string_view options_text)
                                         -> helder::Result<helder::json::OwnedText> {
                                         auto options = helder::dossier::parse_validate_options(options_text);
                                         if (!options) return options.error();
                                         return helder::dossier::validate(*ctx->dossier, *ctx->text, input, options.value());
                                     });
}

}  // extern "C"
