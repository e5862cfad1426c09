// SPDX-License-Identifier: EUPL-1.2
// Reads a dossier validation report that a caller hands back for rendering
// (helder_dossier_render): its findings and its summary line. Anything else is refused.
#pragma once

#include "report/render.hh"

namespace helder::dossier {

Result<report::Document> read_report(const report::Input &input);

}  // namespace helder::dossier
