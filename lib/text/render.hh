// Presenting text-check reports: readable terminal text, JSON, and SARIF 2.1.0 (for editors
// and CI systems). Input is the reports as helder_text_check() wrote them, with their texts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hh"
#include "helder/common.h"

namespace helder::text {

struct RenderSource {
    std::string uri;
    std::string_view text;
    std::string_view report_json;
};

enum class RenderFormat { Text, Json, Sarif };

struct RenderOptions {
    RenderFormat format = RenderFormat::Text;
    bool english = false;
    bool color = false;
};

Result<RenderOptions> parse_render_options(std::string_view json);

struct Rendered {
    std::string output;
    helder_severity highest = HELDER_SEVERITY_NONE;
};

// Errors: HELDER_E_INVALID_JSON for a report that is not helder's, HELDER_E_INVALID_UTF8.
Result<Rendered> render(const std::vector<RenderSource> &sources, const RenderOptions &options);

}  // namespace helder::text
