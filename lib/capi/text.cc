// SPDX-License-Identifier: EUPL-1.2
// helder_text_check and helder_text_render.
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "capi/render_call.hh"
#include "helder/text.h"
#include "text/checker.hh"
#include "text/options.hh"
#include "text/report.hh"
#include "text/report_reader.hh"

extern "C" {

HELDER_API helder_status helder_text_check(const helder_ctx *ctx, const char *utf8, size_t len,
                                           const char *options_json, size_t options_len, char **out_report,
                                           size_t *out_len) {
    return helder::capi::report_call(ctx, utf8, len, "utf8", options_json, options_len, out_report, out_len,
                                     [&](std::string_view text, std::string_view options_text)
                                         -> helder::Result<helder::json::OwnedText> {
                                         auto options = helder::text::parse_check_options(options_text);
                                         if (!options) return options.error();
                                         auto report = helder::text::check_text(*ctx->text, text, options.value());
                                         if (!report) return report.error();
                                         return helder::text::write_report(report.value());
                                     });
}

HELDER_API helder_status helder_text_render(const helder_text_source *sources, size_t count, const char *options_json,
                                            size_t options_len, char **out, size_t *out_len,
                                            helder_severity *out_highest) {
    return helder::capi::render_call(sources, count, options_json, options_len, out, out_len, out_highest,
                                     helder::text::read_report);
}

}  // extern "C"
