// Writes the JSON report of a text check (lib/data/schemas/text-report.schema.json).
#pragma once

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

struct ReportInput {
    std::string_view text;
    const Segmentation &seg;
    const CheckOptions &options;
    const TextFeatures &features;
    const Scores &scores;
    const std::vector<Finding> &findings;  // sorted
    std::vector<const char *> rules_run;
};

json::OwnedText write_report(const ReportInput &in);

const char *severity_name(helder_severity severity);

}  // namespace helder::text
