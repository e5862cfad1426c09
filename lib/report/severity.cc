// SPDX-License-Identifier: EUPL-1.2
#include "report/severity.hh"

namespace helder::report {

const char *severity_name(helder_severity severity) {
    switch (severity) {
        case HELDER_SEVERITY_ERROR: return "error";
        case HELDER_SEVERITY_WARNING: return "warning";
        case HELDER_SEVERITY_INFO: return "info";
        default: return "none";
    }
}

helder_severity severity_from_name(std::string_view name) {
    if (name == "error") return HELDER_SEVERITY_ERROR;
    if (name == "warning") return HELDER_SEVERITY_WARNING;
    if (name == "info") return HELDER_SEVERITY_INFO;
    return HELDER_SEVERITY_NONE;
}

}  // namespace helder::report
