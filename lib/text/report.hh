// SPDX-License-Identifier: EUPL-1.2
// A text check's result, and its JSON writer (lib/data/schemas/text-report.schema.json): the one
// place where a text check becomes text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_writer.hh"
#include "text/options.hh"
#include "text/rules/rules.hh"
#include "text/scores.hh"
#include "text/segmentation.hh"

namespace helder::text {

// Version of the report format; raised when a field changes meaning (adding fields does not).
constexpr int kReportFormat = 1;

// The result of a text check. Findings point into `texts` and the lexicons, so it is kept
// whole; `text` is the caller's and must outlive it.
struct TextReport {
    std::string_view text;
    bool detail = false;  // words and sentences in the report
    Segmentation seg;
    std::unique_ptr<FindingTexts> texts;
    std::unique_ptr<Lexicon> overlay;  // the check's own word lists
    TextFeatures features;
    Scores scores;
    std::vector<Finding> findings;  // sorted
    std::vector<const char *> rules_run;
};

json::OwnedText write_report(const TextReport &report);

}  // namespace helder::text
