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
            if (auto end = date_at(e, "end"); end && last_end < *end) last_end = *end;
        });
        // A placement authorisation not carried out within three months lapses.
        if (kind == "muhp" || kind == "spoed_muhp") {
            const LegalFact &lapse = law.get("muhp_lapses_unused");
            const auto decided = date_at(m, "court_decision_date");
            const auto carried_out = date_at(m, "carried_out_on");
            if (decided) {
                const Date deadline = lapse.after(*decided);
                if ((carried_out && deadline < *carried_out) || (!carried_out && deadline < today))
                    c.law("time.placement_lapsed", carried_out ? m.find("carried_out_on") : m, lapse, {{"limit_nl", lapse.describe_nl()}, {"limit_en", lapse.describe_en()}});
            }
        }
        // A suspension of authority lapses after three months unless ending authority is asked for.
        if (kind == "schorsing_gezag" || kind == "voorlopige_voogdij") {
            const LegalFact &lapse = law.get("schorsing_lapses");
            const auto decided = date_at(m, "court_decision_date");
            const std::string_view child = m.find("child").as_string();
            bool ending_requested = false;
            each(c.root, "measures", [&](const json::Value &o) {
                ending_requested = ending_requested || (o.find("kind").as_string() == "gezagsbeeindiging" && o.find("child").as_string() == child);
            });
            each(c.root, "decisions", [&](const json::Value &d) {
                if (d.find("kind").as_string() != "request_measure") return;
                for (json::Value a = d.find("about").first_child(); a.valid(); a = a.next_sibling())
                    ending_requested = ending_requested || a.as_string() == child;
            });
            const Date runs_to = date_at(m, "end").value_or(today);
            if (decided && !ending_requested && lapse.after(*decided) < runs_to)
                c.law("time.suspension_lapsed", m, lapse, {{"limit_nl", lapse.describe_nl()}, {"limit_en", lapse.describe_en()}});
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
