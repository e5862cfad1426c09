// SPDX-License-Identifier: EUPL-1.2
// A whole text check: validate, segment, count, run the rules, score, write the report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/json_writer.hh"
#include "core/result.hh"
#include "text/options.hh"
#include "text/report.hh"
#include "text/segmentation.hh"
#include "text/scores.hh"
#include "text/text_model.hh"

namespace helder::text {

// The report (write_report() in text/report.hh makes it JSON), or HELDER_E_TOO_LARGE /
// HELDER_E_INVALID_UTF8 for unusable text.
Result<TextReport> check_text(const TextModel &model, std::string_view text, const CheckOptions &options);

// The features of a text for the difficulty model, without the rest of the report: used by
// scripts/fit-difficulty.py through the calibration tool, and by the tests.
TextFeatures text_features(const TextModel &model, std::string_view text,
                           std::vector<std::string> *unfamiliar = nullptr);

}  // namespace helder::text
