// SPDX-License-Identifier: EUPL-1.2
#include "capi/render_call.hh"

#include <cstddef>

#include "capi/boundary.hh"

namespace helder::capi {

helder_status render_call(const helder_text_source *sources, size_t count, const char *options_json, size_t options_len,
                          char **out, size_t *out_len, helder_severity *out_highest, report::Reader reader) {
    return guarded([&]() -> helder_status {
        if (out) *out = nullptr;
        if (out_len) *out_len = 0;
        if (out_highest) *out_highest = HELDER_SEVERITY_NONE;
        if (!out) return fail(HELDER_E_INVALID_ARGUMENT, "out is NULL");
        if (!sources && count != 0) return fail(HELDER_E_INVALID_ARGUMENT, "sources is NULL but count is not 0");
        std::string_view options_text;
        if (!as_view(options_json, options_len, options_text))
            return fail(HELDER_E_INVALID_ARGUMENT, "options_json is NULL but options_len is not 0");
        auto options = report::parse_options(options_text);
        if (!options) return fail(options.error());
        std::vector<report::Input> inputs;
        const auto *bytes = reinterpret_cast<const unsigned char *>(sources);
        const size_t stride = count ? sources[0].struct_size : 0;
        // The fields of version 1.0 end after report_len; a smaller struct is not ours.
        const size_t minimum = offsetof(helder_text_source, report_len) + sizeof(size_t);
        for (size_t i = 0; i < count; ++i) {
            const auto *src = reinterpret_cast<const helder_text_source *>(bytes + i * stride);
            if (src->struct_size < minimum || src->struct_size != stride)
                return fail(HELDER_E_INVALID_ARGUMENT, "sources[" + std::to_string(i) + "].struct_size is wrong");
            report::Input input;
            if (src->uri) input.uri = src->uri;
            if (!as_view(src->text, src->text_len, input.text) || !as_view(src->report_json, src->report_len, input.report_json))
                return fail(HELDER_E_INVALID_ARGUMENT, "sources[" + std::to_string(i) + "] has a NULL pointer with a length");
            inputs.push_back(std::move(input));
        }
        auto rendered = report::render(inputs, reader, options.value());
        if (!rendered) return fail(rendered.error());
        const helder_status handed = hand_out(rendered->output, out, out_len);
        if (handed == HELDER_OK && out_highest) *out_highest = rendered->highest;
        return handed;
    });
}

}  // namespace helder::capi
