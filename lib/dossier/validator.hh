// SPDX-License-Identifier: EUPL-1.2
// Validating a family dossier, in layers: the input (JSON, size, depth, duplicate keys), the
// published schema, references, time and legal periods, the law, and the principles of the
// Toekomstscenario. The result is a typed Report; report_json.hh writes it as JSON
// (lib/data/schemas/dossier-report.schema.json) where it leaves the library.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hh"
#include "dossier/checks.hh"
#include "dossier/dossier_model.hh"
#include "helder/dossier.h"
#include "text/text_model.hh"

namespace helder::dossier {

constexpr size_t kMaxDepth = HELDER_DOSSIER_MAX_DEPTH;
constexpr size_t kMaxBytesLimit = HELDER_DOSSIER_MAX_BYTES_LIMIT;

// Options JSON: {"today": "YYYY-MM-DD", "max_bytes", "max_professionals", "check_family_texts"}.
Result<ValidateOptions> parse_validate_options(std::string_view json);

// What the validation found about a dossier that could be read (absent for input failures).
struct Tally {
    uint32_t members = 0, professionals = 0, active_professionals = 0, handovers = 0;
};

struct Report {
    std::string status;             // valid, invalid, not_json, invalid_utf8, too_deep, too_large
    bool valid = false;
    Date today;
    uint32_t errors = 0, warnings = 0;
    std::optional<Tally> tally;
    std::vector<Finding> findings;  // sorted by place, then rule
    std::string dossier_id;         // the dossier's "id" when it has one

    const Finding *first_error() const;
    // Adds the findings of a layer above (the procedure): counted, and kept in the report's order.
    void add(std::vector<Finding> more);
};

// The report for any input; throws only for internal faults.
Report validate(const DossierModel &model, const text::TextModel &text, std::string_view input, const ValidateOptions &options);

// Today's date from the system clock (UTC).
Date system_today();

}  // namespace helder::dossier
