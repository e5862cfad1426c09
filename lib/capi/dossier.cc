// SPDX-License-Identifier: EUPL-1.2
// helder_dossier_validate and helder_dossier_render.
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "capi/render_call.hh"
#include "dossier/report_json.hh"
#include "dossier/report_reader.hh"
#include "dossier/validator.hh"
#include "helder/dossier.h"
#include "procedure/from_dossier.hh"


extern "C" {

HELDER_API helder_status helder_dossier_validate(const helder_ctx *ctx, const char *json, size_t len,
                                                 const char *options_json, size_t options_len, char **out_report,
                                                 size_t *out_len) {
    return helder::capi::report_call(ctx, json, len, "json", options_json, options_len, out_report, out_len,
                                     [&](std::string_view input, std::string_view options_text)
                                         -> helder::Result<helder::json::OwnedText> {
                                         auto options = helder::dossier::parse_validate_options(options_text);
                                         if (!options) return options.error();
                                         auto report = helder::dossier::validate(*ctx->dossier, *ctx->text, input, options.value());
                                         // The procedure's findings join here, so that lib/dossier never reads lib/procedure.
                                         if (report.status == "valid" || report.status == "invalid")
                                             report.add(helder::procedure::procedure_findings(*ctx->procedures, input, report.today));
                                         return helder::dossier::write_report(*ctx->dossier, report);
                                     });
}

HELDER_API helder_status helder_dossier_render(const helder_text_source *sources, size_t count, const char *options_json,
                                               size_t options_len, char **out, size_t *out_len,
                                               helder_severity *out_highest) {
    return helder::capi::render_call(sources, count, options_json, options_len, out, out_len, out_highest,
                                     helder::dossier::read_report);
}

}  // extern "C"
