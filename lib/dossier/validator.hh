// Validating a family dossier, in layers: the input (JSON, size, depth, duplicate keys), the
// published schema, references, time and legal periods, the law, and the principles of the
// Toekomstscenario. The report is JSON (lib/data/schemas/dossier-report.schema.json).
#pragma once

#include <string_view>

#include "core/json_writer.hh"
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

// The report for any input; errors only for unusable options (already parsed) or internal faults.
json::OwnedText validate(const DossierModel &model, const text::TextModel &text, std::string_view input,
                         const ValidateOptions &options);

// Today's date from the system clock (UTC).
Date system_today();

}  // namespace helder::dossier
