// SPDX-License-Identifier: EUPL-1.2
// Legal deadlines as dates (domain brief 2.13, 2.13a): for a kind of deadline and the date it
// starts from, the last day, with each step of the computation, the basis and its label, and
// warnings where the law is not known well enough. The kinds are data
// (lib/data/procedure/deadlines.tsv), each resting on a fact of lib/data/law/legal_facts.tsv;
// the words are in lib/data/procedure/deadline_texts.tsv.
//
// A Deadline is computed without words (steps and warnings are small records), so that a caller
// who needs only the date pays nothing for texts; DeadlineRules::render gives the words.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/messages.hh"
#include "law/atw_calendar.hh"
#include "law/date.hh"
#include "law/legal_facts.hh"

namespace helder::procedure {

// How the Algemene termijnenwet (Atw) treats a kind's last day (deadlines.tsv, column atw).
enum class AtwUse { applies, duration, long_period, unverified, working_days };

// Who asks about an appeal (art. 806 lid 1 Rv): the requester and those sent a copy count from
// the day of the decision, others from service or knowledge. Only hoger-beroep takes a party.
enum class AppealParty { unknown, requester, copy, other };

struct DeadlineKind {
    std::string id;  // "hoger-beroep"
    const law::LegalFact *fact = nullptr;
    std::string start;  // text start_<start>
    AtwUse atw = AtwUse::applies;
    bool takes_party = false;
    std::string day_of;  // whose day the last day is: family, measure, court, organisation
    std::vector<std::string> notes;  // text ids
};

enum class StepKind {
    start,             // date: from
    count,             // date: the nominal last day
    count_month_end,   // the month has no day with from's number
    count_working_days,
    skip_weekend,      // date: a Saturday or Sunday the period runs past
    skip_holiday,      // date, holiday
    skip_decree,       // date: a decree day
    atw_moved,         // date: the last day (art. 1 lid 1)
    atw_two_days,      // date: the last day (art. 2)
    atw_not_moved,
    atw_duration,
    atw_long_period,
    atw_unverified,
};

struct Step {
    StepKind kind;
    Date date;
    law::AtwHoliday holiday = law::AtwHoliday::none;
};

enum class WarningKind {
    party_unknown,
    value_secondary,
    value_unverified,
    article_secondary,
    article_unverified,
    working_days_unverified,  // date: the last day if every day counts
    atw_unverified_other,     // date: the last day if the Atw applies
    atw_unverified_same,
    decree_days_unknown,      // first_year..last_year
    note,                     // note: the text id
    check_with_lawyer,
};

struct Warning {
    WarningKind kind;
    Date date;
    int first_year = 0, last_year = 0;
    const std::string *note = nullptr;
};

struct Deadline {
    const DeadlineKind *kind = nullptr;
    Date from, today;
    AppealParty party = AppealParty::unknown;
    Date nominal_due;  // the last day as counted
    Date due;          // the last day
    std::string_view label;       // the weaker of the fact's value and article labels
    std::string_view date_label;  // also weakened by the Atw rules that decided `due`
    std::optional<bool> atw_applies;  // nothing when the brief does not know
    std::vector<std::string_view> atw_rules;  // ids in lib/data/law/atw_rules.tsv that moved `due`
    int64_t days_left = 0;            // from today to due; negative when past
    std::vector<Step> steps;
    std::vector<Warning> warnings;

    bool in_time() const { return days_left >= 0; }
};

struct RenderedWarning {
    std::string_view id;
    Message text;
};

class DeadlineRules {
public:
    // The rules of the embedded data, loaded once (thread-safe; throws Failure on bad data).
    static const DeadlineRules &shipped();

    const DeadlineKind *kind(std::string_view id) const;
    const std::vector<DeadlineKind> &kinds() const { return kinds_; }
    const law::LegalFacts &facts() const { return facts_; }

    // `party` is ignored unless the kind takes one.
    Deadline compute(const DeadlineKind &kind, const Date &from, AppealParty party, const Date &today) const;

    std::vector<Message> render_steps(const Deadline &d) const;
    std::vector<RenderedWarning> render_warnings(const Deadline &d) const;
    // A text of deadline_texts.tsv with its placeholders filled.
    Message text(std::string_view id, const MessageArgs &args = {}) const;
    // "zondag 29 mei 2016" / "Sunday 29 May 2016".
    std::string day_and_date(const Date &d, bool english) const;
    // The sentence that gives the last day and says whose day it is: "De laatste dag is …", or a
    // kind's own words (due_<kind>) when the day is not the family's last day to act.
    Message due_sentence(const Deadline &d) const;

private:
    DeadlineRules();
    law::LegalFacts facts_;
    Messages texts_;
    std::vector<DeadlineKind> kinds_;
    std::unordered_map<std::string_view, const DeadlineKind *> by_id_;
};

std::string_view party_id(AppealParty p);
std::optional<AppealParty> party_from_id(std::string_view id);

}  // namespace helder::procedure
