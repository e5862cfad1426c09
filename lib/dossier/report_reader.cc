// SPDX-License-Identifier: EUPL-1.2
#include "dossier/report_reader.hh"

#include "report/counted.hh"

namespace helder::dossier {
namespace {

using report::counted;

constexpr std::string_view kKind = "dossier";

void summarise(const json::Value &root, report::Document &d) {
    const json::Value counts = root.find("counts");
    const std::string status(root.find("status").as_string());
    const int64_t errors = counts.find("errors").as_integer(), warnings = counts.find("warnings").as_integer(),
                  handovers = counts.find("handovers").as_integer();
    d.summary_en = status + ", " + counted(errors, "error", "errors") + ", " + counted(warnings, "warning", "warnings") + ", " +
                   counted(handovers, "handover", "handovers");
    const std::string status_nl = status == "valid" ? "geldig" : status == "invalid" ? "ongeldig" : status;
    d.summary_nl = status_nl + ", " + counted(errors, "fout", "fouten") + ", " + counted(warnings, "waarschuwing", "waarschuwingen") +
                   ", " + counted(handovers, "overdracht", "overdrachten");
}

}  // namespace

Result<report::Document> read_report(const report::Input &input) {
    auto doc = json::Document::parse(input.report_json, report::report_limits());
    if (!doc) return report::not_a_report(input, kKind, doc.error().message);
    const json::Value root = doc->root();
    if (!root.is_object() || !root.find("status").is_string() || !root.find("valid").is_bool() || !root.find("counts").is_object())
        return report::not_a_report(input, kKind, "not a report of helder_dossier_validate() (a text report renders with helder_text_render())");
    auto d = report::read_findings(input, doc.value(), kKind);
    if (!d) return d.error();
    summarise(root, d.value());
    return d;
}

}  // namespace helder::dossier
