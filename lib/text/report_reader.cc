// SPDX-License-Identifier: EUPL-1.2
#include "text/report_reader.hh"

#include "core/number.hh"
#include "report/counted.hh"

namespace helder::text {
namespace {

constexpr std::string_view kKind = "text-check";

std::string number_text(const json::Value &v) { return v.is_number() ? std::string(v.raw_number()) : std::string(); }

void summarise(const json::Value &root, report::Document &d) {
    const json::Value counts = root.find("counts"), scores = root.find("scores");
    const int64_t sentences = counts.find("sentences").as_integer(), words = counts.find("words").as_integer();
    const auto findings = static_cast<int64_t>(d.items.size());
    const std::string flesch = number_text(scores.find("flesch_douma")), difficulty = number_text(scores.find("difficulty"));
    const bool b1 = !root.find("meets_b1").is_bool() || root.find("meets_b1").as_bool();
    using report::counted;
    d.summary_en = counted(sentences, "sentence", "sentences") + ", " + counted(words, "word", "words");
    d.summary_nl = counted(sentences, "zin", "zinnen") + ", " + counted(words, "woord", "woorden");
    if (!flesch.empty()) {
        d.summary_en += ", Flesch-Douma " + flesch;
        d.summary_nl += ", Flesch-Douma " + decimal_comma(flesch);
    }
    if (!difficulty.empty()) {
        d.summary_en += ", difficulty " + difficulty + "/100";
        d.summary_nl += ", moeilijkheid " + decimal_comma(difficulty) + "/100";
    }
    d.summary_en += std::string(", B1: ") + (b1 ? "yes" : "no") + ", " + counted(findings, "finding", "findings");
    d.summary_nl += std::string(", B1: ") + (b1 ? "ja" : "nee") + ", " + counted(findings, "bevinding", "bevindingen");
    for (json::Value r = root.find("b1").find("reasons").first_child(); r.valid(); r = r.next_sibling()) {
        const json::Value m = r.find("message");
        if (m.find("nl").is_string() && m.find("en").is_string())
            d.notes.emplace_back(std::string(m.find("nl").as_string()), std::string(m.find("en").as_string()));
    }
}

}  // namespace

Result<report::Document> read_report(const report::Input &input) {
    auto doc = json::Document::parse(input.report_json, report::report_limits());
    if (!doc) return report::not_a_report(input, kKind, doc.error().message);
    const json::Value root = doc->root();
    if (!root.is_object() || !root.find("scores").is_object() || !root.find("rules_run").is_array() || !root.find("counts").is_object())
        return report::not_a_report(input, kKind, "not a report of helder_text_check() (a dossier report renders with helder_dossier_render())");
    auto d = report::read_findings(input, doc.value(), kKind);
    if (!d) return d.error();
    summarise(root, d.value());
    return d;
}

}  // namespace helder::text
