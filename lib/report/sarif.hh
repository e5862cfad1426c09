// SPDX-License-Identifier: EUPL-1.2
// Findings as SARIF 2.1.0, for editors and CI systems.
#pragma once

#include <string>
#include <vector>

#include "report/render.hh"

namespace helder::report {

std::string render_sarif(const std::vector<Document> &docs, const Options &options);

}  // namespace helder::report
