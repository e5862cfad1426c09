// SPDX-License-Identifier: EUPL-1.2
// Findings as readable lines for a terminal: place, severity, rule and message, the line with
// the span marked, suggestions, and the document's closing summary.
#pragma once

#include <string>

#include "report/render.hh"

namespace helder::report {

void render_terminal(const Document &doc, const Options &options, std::string &out);

}  // namespace helder::report
