// SPDX-License-Identifier: EUPL-1.2
#include "procedure/deadline.hh"

#include <algorithm>

#include "core/resources.hh"
#include "core/result.hh"
#include "core/tsv.hh"

namespace helder::procedure {
namespace {

// Art. 4 Atw (atw_rules.tsv, not_long_periods).
bool longer_than_atw_allows(const law::LegalFact &f) { return law::atw_excludes_long_period(f.value, f.unit); }

[[noreturn]] void bad_line(size_t line, const std::string &why) {
    throw Failure(HELDER_E_INTERNAL, "deadlines.tsv line " + std::to_string(line) + ": " + why);
}

AtwUse atw_use(std::string_view id, size_t line) {
    if (id == "applies") return AtwUse::applies;
    if (id == "duration") return AtwUse::duration;
    if (id == "long_period") return AtwUse::long_period;
    if (id == "unverified") return AtwUse::unverified;
    if (id == "working_days") return AtwUse::working_days;
    bad_line(line, "unknown atw value " + std::string(id));
}

// The data says what the law says: a row cannot claim the Atw for a period art. 4 excludes, nor
// count working days for a fact that is not in working days.
void check_consistent(const DeadlineKind &k, size_t line) {
    const law::LegalFact &f = *k.fact;
    if (f.unit == "rule") bad_line(line, "fact " + f.id + " has no period");
    if ((k.atw == AtwUse::working_days) != f.in_working_days()) bad_line(line, "working_days must match the fact's unit");
    if (k.atw == AtwUse::applies && longer_than_atw_allows(f)) bad_line(line, "art. 4 Atw excludes a period this long");
    if (k.atw == AtwUse::long_period && !longer_than_atw_allows(f)) bad_line(line, "the period is not longer than art. 4 Atw allows");
}

bool counts_months(const law::LegalFact &f) { return f.unit == "month" || f.unit == "year"; }

}  // namespace

std::string_view party_id(AppealParty p) {
    switch (p) {
    case AppealParty::requester: return "requester";
    case AppealParty::copy: return "copy";
    case AppealParty::other: return "other";
    case AppealParty::unknown: break;
    }
    return "";
}

std::optional<AppealParty> party_from_id(std::string_view id) {
    if (id == "requester") return AppealParty::requester;
    if (id == "copy") return AppealParty::copy;
    if (id == "other") return AppealParty::other;
    return std::nullopt;
}

DeadlineRules::DeadlineRules()
    : facts_(law::LegalFacts::load()), texts_(Messages::load("procedure/deadline_texts.tsv")) {
    for (const auto &row : tsv::parse(resources::get("procedure/deadlines.tsv"))) {
        const auto &f = row.fields;
        if (f.size() != 6) bad_line(row.line, "expected 6 columns");
        DeadlineKind k;
        k.id = std::string(f[0]);
        k.fact = facts_.find(f[1]);
        if (!k.fact) bad_line(row.line, "unknown legal fact " + std::string(f[1]));
        k.start = std::string(f[2]);
        k.atw = atw_use(f[3], row.line);
        k.takes_party = k.start == "appeal";
        k.day_of = std::string(f[4]);
        if (k.day_of != "family" && k.day_of != "measure" && k.day_of != "court" && k.day_of != "organisation")
            bad_line(row.line, "day_of must be family, measure, court or organisation");
        // A day that is not the family's last day to act says so in its own words.
        if ((k.day_of != "family") != texts_.templates().count("due_" + k.id))
            bad_line(row.line, "a kind has a text due_" + k.id + " exactly when its day_of is not family");
        if (f[5] != "-")
            for (std::string_view note : tsv::split(f[5], ',')) k.notes.emplace_back(note);
        check_consistent(k, row.line);
        // Every text the kind needs exists now, not when a family asks.
        for (const std::string &id : {"kind_" + k.id, "start_" + k.start})
            if (!texts_.templates().count(id)) bad_line(row.line, "no text " + id);
        std::vector<std::string> needed = k.notes;
        if (k.takes_party)
            for (AppealParty p : {AppealParty::requester, AppealParty::copy, AppealParty::other}) needed.push_back("start_" + k.start + "_" + std::string(party_id(p)));
        for (const std::string &id : needed)
            if (!texts_.templates().count(id)) bad_line(row.line, "no text " + id);
        kinds_.push_back(std::move(k));
    }
    for (const DeadlineKind &k : kinds_) by_id_.emplace(k.id, &k);
}

const DeadlineRules &DeadlineRules::shipped() {
    static const DeadlineRules rules;
    return rules;
}

const DeadlineKind *DeadlineRules::kind(std::string_view id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
}

Deadline DeadlineRules::compute(const DeadlineKind &kind, const Date &from, AppealParty party, const Date &today) const {
    const law::LegalFact &fact = *kind.fact;
    Deadline d;
    d.kind = &kind;
    d.from = from;
    d.today = today;
    d.party = kind.takes_party ? party : AppealParty::unknown;
    d.label = fact.label;
    d.date_label = fact.label;
    d.steps.reserve(8);
    d.warnings.reserve(6);

    // Every start rule counts from the day after `from` (for the vervallenverklaring that is the
    // day after sending), so the period's last day is always fact.after(from).
    d.steps.push_back({StepKind::start, from});
    d.nominal_due = d.due = fact.after(from);
    if (fact.in_working_days()) d.steps.push_back({StepKind::count_working_days, d.nominal_due});
    else if (counts_months(fact) && d.nominal_due.day < from.day) d.steps.push_back({StepKind::count_month_end, d.nominal_due});
    else d.steps.push_back({StepKind::count, d.nominal_due});

    const auto weaken_by_rules = [&](const std::vector<std::string> &rules) {
        for (const std::string &id : rules) d.date_label = law::weaker_label(d.date_label, law::atw_rule(id).label);
    };
    const auto warn_unknown_decree_years = [&](const Date &end) {
        int first = 0, last = 0;
        for (int year = add_days(from, 1).year; year <= end.year; ++year) {
            if (law::decree_days_known(year)) continue;
            if (!first) first = year;
            last = year;
        }
        if (first) d.warnings.push_back({WarningKind::decree_days_unknown, end, first, last});
    };

    switch (kind.atw) {
    case AtwUse::applies: {
        const law::AtwPeriodEnd end = law::atw_period_end(from, d.nominal_due);
        d.due = end.end;
        d.atw_applies = true;
        for (const std::string &id : end.rules) d.atw_rules.push_back(law::atw_rule(id).id);
        weaken_by_rules(end.rules);
        if (!end.moved) {
            d.steps.push_back({StepKind::atw_not_moved, d.due});
        } else {
            // The days the period runs past, in order; under art. 2 ordinary days lie between.
            for (Date day = d.nominal_due; day < d.due; day = add_days(day, 1)) {
                const law::AtwHoliday h = law::atw_holiday(day);
                if (h == law::AtwHoliday::decree_day) d.steps.push_back({StepKind::skip_decree, day});
                else if (h != law::AtwHoliday::none) d.steps.push_back({StepKind::skip_holiday, day, h});
                else if (iso_weekday(day) >= 6) d.steps.push_back({StepKind::skip_weekend, day});
            }
            const bool by_two_days = std::find(end.rules.begin(), end.rules.end(), "two_free_days") != end.rules.end();
            d.steps.push_back({by_two_days ? StepKind::atw_two_days : StepKind::atw_moved, d.due});
        }
        if (end.decree_days_unknown) warn_unknown_decree_years(d.due);
        break;
    }
    case AtwUse::duration:
        d.atw_applies = false;
        d.steps.push_back({StepKind::atw_duration, d.due});
        break;
    case AtwUse::long_period:
        d.atw_applies = false;
        d.atw_rules.push_back(law::atw_rule("not_long_periods").id);
        weaken_by_rules({"not_long_periods"});
        d.steps.push_back({StepKind::atw_long_period, d.due});
        break;
    case AtwUse::unverified: {
        // The earlier date is shown: acting by then is in time either way.
        d.date_label = "UNVERIFIED";
        d.steps.push_back({StepKind::atw_unverified, d.due});
        const law::AtwPeriodEnd end = law::atw_period_end(from, d.nominal_due);
        d.warnings.push_back({end.moved ? WarningKind::atw_unverified_other : WarningKind::atw_unverified_same, end.end});
        if (end.decree_days_unknown) warn_unknown_decree_years(end.end);
        break;
    }
    case AtwUse::working_days:
        d.atw_applies = false;
        break;
    }

    if (kind.takes_party && d.party == AppealParty::unknown) d.warnings.push_back({WarningKind::party_unknown, from});
    if (fact.in_working_days() && fact.value_label != "VERIFIED")
        d.warnings.push_back({WarningKind::working_days_unverified, add_days(from, fact.value)});
    if (fact.value_label == "SECONDARY") d.warnings.push_back({WarningKind::value_secondary, from});
    if (fact.value_label == "UNVERIFIED") d.warnings.push_back({WarningKind::value_unverified, from});
    if (fact.article_label == "SECONDARY") d.warnings.push_back({WarningKind::article_secondary, from});
    if (fact.article_label == "UNVERIFIED") d.warnings.push_back({WarningKind::article_unverified, from});
    for (const std::string &note : kind.notes) d.warnings.push_back({WarningKind::note, from, 0, 0, &note});
    if (d.date_label != "VERIFIED") d.warnings.push_back({WarningKind::check_with_lawyer, from});

    d.days_left = d.due.days() - today.days();
    return d;
}

Message DeadlineRules::text(std::string_view id, const MessageArgs &args) const { return texts_.format(id, args); }

std::string DeadlineRules::day_and_date(const Date &d, bool english) const {
    const Message &day = texts_.templates().at("weekday_" + std::to_string(iso_weekday(d)));
    return (english ? day.en : day.nl) + " " + spelled_out(d, english);
}

Message DeadlineRules::due_sentence(const Deadline &d) const {
    const std::string own = "due_" + d.kind->id;
    const std::string id = d.kind->day_of == "family" ? std::string("text_due") : own;
    return Message{text(id, {{"end", day_and_date(d.due, false)}}).nl, text(id, {{"end", day_and_date(d.due, true)}}).en};
}

namespace {

std::string_view step_text_id(StepKind k) {
    switch (k) {
    case StepKind::start: return "start_";
    case StepKind::count: return "count";
    case StepKind::count_month_end: return "count_month_end";
    case StepKind::count_working_days: return "count_working_days";
    case StepKind::skip_weekend: return "skip_weekend";
    case StepKind::skip_holiday: return "skip_holiday";
    case StepKind::skip_decree: return "skip_decree";
    case StepKind::atw_moved: return "atw_moved";
    case StepKind::atw_two_days: return "atw_two_days";
    case StepKind::atw_not_moved: return "atw_not_moved";
    case StepKind::atw_duration: return "atw_duration";
    case StepKind::atw_long_period: return "atw_long_period";
    case StepKind::atw_unverified: return "atw_unverified";
    }
    return "";
}

std::string_view warning_text_id(const Warning &w) {
    switch (w.kind) {
    case WarningKind::party_unknown: return "party_unknown";
    case WarningKind::value_secondary: return "value_secondary";
    case WarningKind::value_unverified: return "value_unverified";
    case WarningKind::article_secondary: return "article_secondary";
    case WarningKind::article_unverified: return "article_unverified";
    case WarningKind::working_days_unverified: return "working_days_unverified";
    case WarningKind::atw_unverified_other: return "atw_unverified_other";
    case WarningKind::atw_unverified_same: return "atw_unverified_same";
    case WarningKind::decree_days_unknown: return "decree_days_unknown";
    case WarningKind::note: return *w.note;
    case WarningKind::check_with_lawyer: return "check_with_lawyer";
    }
    return "";
}

// For an appeal the start depends on who asks: start_appeal_requester, …; start_appeal unknown.
std::string start_text_id(const DeadlineKind &k, AppealParty party) {
    std::string id = "start_" + k.start;
    if (k.takes_party && party != AppealParty::unknown) (id += "_") += party_id(party);
    return id;
}

std::string years_text(int first, int last, bool english) {
    if (first == last) return std::to_string(first);
    return std::to_string(first) + (english ? " to " : " tot en met ") + std::to_string(last);
}

}  // namespace

std::vector<Message> DeadlineRules::render_steps(const Deadline &d) const {
    const law::LegalFact &fact = *d.kind->fact;
    std::vector<Message> out;
    out.reserve(d.steps.size());
    for (const Step &s : d.steps) {
        std::string id(step_text_id(s.kind));
        if (s.kind == StepKind::start) id = start_text_id(*d.kind, d.party);
        // The first day the period runs past is the one the count just named: "Dat is een zondag."
        const bool skip = s.kind == StepKind::skip_weekend || s.kind == StepKind::skip_holiday || s.kind == StepKind::skip_decree;
        if (skip && s.date == d.nominal_due) id += "_first";
        Message m;
        for (const bool english : {false, true}) {
            // A step that rests on an Atw rule names its article, and says so when it is not sure.
            const law::AtwRule *rule = nullptr;
            if (s.kind == StepKind::atw_moved) rule = &law::atw_rule("period_end");
            if (s.kind == StepKind::atw_two_days) rule = &law::atw_rule("two_free_days");
            if (s.kind == StepKind::atw_long_period) rule = &law::atw_rule("not_long_periods");
            // Only the values the template names are written.
            const auto value = [&](std::string_view name, std::string &v) {
                const auto pick = [&](const Message &t) { v += english ? t.en : t.nl; };
                if (name == "period") v += english ? fact.describe_en() : fact.describe_nl();
                else if (name == "from") v += day_and_date(d.from, english);
                else if (name == "from_date") v += spelled_out(d.from, english);
                else if (name == "first_day") v += day_and_date(add_days(d.from, 1), english);
                else if (name == "nominal") v += spelled_out(d.nominal_due, english);
                else if (name == "from_day") v += std::to_string(d.from.day);
                else if (name == "end") v += day_and_date(s.date, english);
                else if (name == "date") v += spelled_out(s.date, english);
                else if (name == "weekday") pick(texts_.templates().at("weekday_" + std::to_string(iso_weekday(s.date))));
                else if (name == "holiday") {
                    if (s.kind == StepKind::skip_holiday) pick(texts_.templates().at("holiday_" + std::string(law::atw_holiday_id(s.holiday))));
                } else if (name == "article") {
                    if (rule) v += rule->article;
                } else return false;
                return true;
            };
            std::string filled = texts_.format_one(id, english, value);
            if (rule && rule->label != "VERIFIED") (filled += " ") += texts_.format_one("rule_label_" + rule->label, english, value);
            (english ? m.en : m.nl) = std::move(filled);
        }
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<RenderedWarning> DeadlineRules::render_warnings(const Deadline &d) const {
    const law::LegalFact &fact = *d.kind->fact;
    std::vector<RenderedWarning> out;
    out.reserve(d.warnings.size());
    for (const Warning &w : d.warnings) {
        const std::string_view id = warning_text_id(w);
        Message m;
        for (const bool english : {false, true}) {
            const auto value = [&](std::string_view name, std::string &v) {
                if (name == "from") v += day_and_date(d.from, english);
                else if (name == "end" || name == "other_end") v += day_and_date(w.date, english);
                else if (name == "article") v += fact.article;
                else if (name == "years") v += years_text(w.first_year, w.last_year, english);
                else return false;
                return true;
            };
            (english ? m.en : m.nl) = texts_.format_one(id, english, value);
        }
        out.push_back({id, std::move(m)});
    }
    return out;
}

}  // namespace helder::procedure
