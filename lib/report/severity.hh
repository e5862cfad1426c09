// SPDX-License-Identifier: EUPL-1.2
// Severities of findings as the reports and renderers of every capability name them.
#pragma once

#include <string_view>

#include "helder/common.h"

namespace helder::report {

// "error", "warning", "info" or "none".
const char *severity_name(helder_severity severity);
// The severity a name stands for; HELDER_SEVERITY_NONE for any other text.
helder_severity severity_from_name(std::string_view name);

}  // namespace helder::report
