// SPDX-License-Identifier: EUPL-1.2
// Time: no birth date in the future, ages 0-100, ends after starts, and every measure within
// its legal maximum (lib/data/law/legal_facts.tsv).
#include "dossier/checks.hh"

namespace helder::dossier {
namespace {

constexpr helder_severity kError = HELDER_SEVERITY_ERROR;

void end_after_start(Checks &c, const json::Value &item) {
    const auto start = date_at(item, "start"), end = date_at(item, "end");
    if (start && end && *end < *start) c.add("time.end_before_start", kError, item.find("end"));
}

// A term from `start` to `end` longer than the legal maximum.
void term_within(Checks &c, const json::Value &item, const char *code, const LegalFact &max) {
    const auto start = date_at(item, "start"), end = date_at(item, "end");
    if (!start || !end || *end < *start) return;
    if (max.after(*start) < *end) {
        const int64_t days = end->days() - start->days();
        c.law(code, item.find("end"), max,
              {{"days", std::to_string(days)}, {"limit_nl", max.describe_nl()}, {"limit_en", max.describe_en()}});
    }
}

// Measures the brief gives no rule for extending: an extension is recorded, but not checked.
bool extension_without_rule(std::string_view kind) {
    return kind == "voorlopige_ots" || kind == "spoed_muhp" || kind == "schorsing_gezag" || kind == "voorlopige_voogdij";
}

}  // namespace

void check_time(Checks &c) {
    const Date today = c.options.today;
    for (const auto &[id, m] : c.members) {
        if (!m.birth) continue;
        const json::Value at = m.value.find("birth_date");
        if (today < *m.birth) {
            c.add("time.birth_in_future", kError, at);
        } else if (age_on(*m.birth, today) > 100) {
            c.add("time.age_out_of_range", kError, at, {{"value", std::to_string(age_on(*m.birth, today))}});
        }
    }
    each(c.root, "professionals", [&](const json::Value &p) { end_after_start(c, p); });
    each(c.root, "consents", [&](const json::Value &p) { end_after_start(c, p); });

    const LegalFacts &law = c.model.law();
    each(c.root, "measures", [&](const json::Value &m) {
        end_after_start(c, m);
        const std::string_view kind = m.find("kind").as_string();
        if (kind == "ots") term_within(c, m, "time.measure_too_long", law.get("ots_term_max"));
        else if (kind == "voorlopige_ots") term_within(c, m, "time.measure_too_long", law.get("voorlopige_ots_max"));
        else if (kind == "muhp") term_within(c, m, "time.measure_too_long", law.get("muhp_term_max"));
        const bool extendable = kind == "ots" || kind == "muhp";
        const LegalFact &ext_max = kind == "ots" ? law.get("ots_extension_max") : law.get("muhp_term_max");
        Date last_end = date_at(m, "end").value_or(Date{});
        each(m, "extensions", [&](const json::Value &e) {
            end_after_start(c, e);
            if (extendable) term_within(c, e, "time.extension_too_long", ext_max);
            else if (extension_without_rule(kind))
                c.law("time.extension_without_rule", e, law.get("extension_without_rule"), {}, HELDER_SEVERITY_WARNING);
            if (auto end = date_at(e, "end"); end && last_end < *end) last_end = *end;
        });
        // A placement authorisation not actually carried out within three months lapses. Not
        // applied to a spoedmachtiging: the brief has no confirmed duration for it.
        if (kind == "muhp") {
            const LegalFact &lapse = law.get("muhp_lapses_unused");
            const auto decided = date_at(m, "court_decision_date");
            const auto carried_out = date_at(m, "carried_out_on");
            if (decided) {
                const Date deadline = lapse.after(*decided);
                const std::vector<std::pair<std::string, std::string>> args = {{"limit_nl", lapse.describe_nl()}, {"limit_en", lapse.describe_en()}, {"last_day", deadline.str()}};
                if (carried_out && deadline < *carried_out)
                    c.law("time.placement_lapsed", m.find("carried_out_on"), lapse, args, kError, "time.placement_carried_out_late");
                else if (!carried_out && deadline < today)
                    c.law("time.placement_lapsed", m, lapse, args);
            }
        }
        // A suspension of authority lapses after three months unless ending authority is asked for.
        if (kind == "schorsing_gezag" || kind == "voorlopige_voogdij") {
            const LegalFact &lapse = law.get("schorsing_lapses");
            const auto decided = date_at(m, "court_decision_date");
            const Date runs_to = date_at(m, "end").value_or(today);
            if (decided && lapse.after(*decided) < runs_to &&
                !ending_requested_by(c.root, m.find("child").as_string(), lapse.after(*decided)))
                c.law("time.suspension_lapsed", m, lapse,
                      {{"limit_nl", lapse.describe_nl()}, {"limit_en", lapse.describe_en()}, {"last_day", lapse.after(*decided).str()}});
        }
        // Measures for a child end at 18.
        const Member *child = c.member(m.find("child").as_string());
        if (child && child->birth && last_end.year > 0) {
            const LegalFact &majority = law.get("majority");
            if (majority.after(*child->birth) < last_end) c.law("time.measure_after_majority", m, majority);
        }
    });
}

}  // namespace helder::dossier
