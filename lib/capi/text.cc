// helder_text_check and helder_text_render.
#include "capi/boundary.hh"
#include "capi/context.hh"
#include "helder/text.h"
#include "text/checker.hh"
#include "text/options.hh"
#include "text/render.hh"

using helder::capi::fail;
using helder::capi::guarded;

extern "C" {

HELDER_API helder_status helder_text_check(const helder_ctx *ctx, const char *utf8, size_t len,
                                           const char *options_json, size_t options_len, char **out_report,
                                           size_t *out_len) {
    return helder::capi::report_call(ctx, utf8, len, "utf8", options_json, options_len, out_report, out_len,
                                     [&](std::string_view text, std::string_view options_text)
                                         -> helder::Result<helder::json::OwnedText> {
                                         auto options = helder::text::parse_check_options(options_text);
                                         if (!options) return options.error();
                                         return helder::text::check_text(*ctx->text, text, options.value());
                                     });
}

HELDER_API helder_status helder_text_render(const helder_text_source *sources, size_t count, const char *options_json,
                                            size_t options_len, char **out, size_t *out_len,
                                            helder_severity *out_highest) {
    return guarded([&]() -> helder_status {
        if (out) *out = nullptr;
        if (out_len) *out_len = 0;
        if (out_highest) *out_highest = HELDER_SEVERITY_NONE;
        if (!out) return fail(HELDER_E_INVALID_ARGUMENT, "out is NULL");
        if (!sources && count != 0) return fail(HELDER_E_INVALID_ARGUMENT, "sources is NULL but count is not 0");
        std::string_view options_text;
        if (!helder::capi::as_view(options_json, options_len, options_text))
            return fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        auto options = helder::text::parse_render_options(options_text);
        if (!options) return fail(options.error());
        std::vector<helder::text::RenderSource> list;
        const auto *bytes = reinterpret_cast<const unsigned char *>(sources);
        const size_t stride = count ? sources[0].struct_size : 0;
        // The fields of version 1.0 end after report_len; a smaller struct is not ours.
        const size_t minimum = offsetof(helder_text_source, report_len) + sizeof(size_t);
        for (size_t i = 0; i < count; ++i) {
            const auto *src = reinterpret_cast<const helder_text_source *>(bytes + i * stride);
            if (src->struct_size < minimum || src->struct_size != stride)
                return fail(HELDER_E_INVALID_ARGUMENT, "sources[" + std::to_string(i) + "].struct_size is wrong");
            helder::text::RenderSource s;
            if (src->uri) s.uri = src->uri;
            if (!helder::capi::as_view(src->text, src->text_len, s.text) ||
                !helder::capi::as_view(src->report_json, src->report_len, s.report_json))
                return fail(HELDER_E_INVALID_ARGUMENT, "sources[" + std::to_string(i) + "] has a NULL pointer with a length");
            list.push_back(std::move(s));
        }
        auto rendered = helder::text::render(list, options.value());
        if (!rendered) return fail(rendered.error());
        if (out_highest) *out_highest = rendered->highest;
        return helder::capi::hand_out(rendered->output, out, out_len);
    });
}

}  // extern "C"
