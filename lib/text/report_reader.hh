// SPDX-License-Identifier: EUPL-1.2
// Reads a text-check report that a caller hands back for rendering (helder_text_render): its
// findings and its summary line. Anything else, a dossier report included, is refused.
#pragma once

#include "report/render.hh"

namespace helder::text {

Result<report::Document> read_report(const report::Input &input);

}  // namespace helder::text
