// SPDX-License-Identifier: EUPL-1.2
// Writes a dossier validation Report as JSON (lib/data/schemas/dossier-report.schema.json): the
// one place where a validation result becomes text.
#pragma once

#include "core/json_writer.hh"
#include "dossier/dossier_model.hh"
#include "dossier/validator.hh"

namespace helder::dossier {

// Version of the report format; raised when a field changes meaning (adding fields does not).
constexpr int kReportFormat = 1;

json::OwnedText write_report(const DossierModel &model, const Report &report);

// The message of a finding, with "not confirmed" added when the law behind it is not VERIFIED.
Message finding_message(const DossierModel &model, const Finding &f);

}  // namespace helder::dossier
